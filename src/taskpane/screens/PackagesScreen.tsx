import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useRef } from 'react';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import type { ModelResult } from '../../model/model.js';
import { GRANT_SIZE_KEYS } from '../../model/offer-merge.js';
import { MAX_PACKAGES } from '../../model/schema.js';
import { getAt, setAt, textFromValue, type Draft, type NumberKind, type Path } from '../draft.js';
import { FieldGrid, NumberField, TextField } from '../components/Fields.js';
import { freeName } from '../package-lines.js';
import { PackageTable } from '../components/PackageTable.js';
import { Section } from '../components/Section.js';
import { useDraft, useField } from '../state.js';

const PackageChart = lazy(
  () => import(/* webpackChunkName: "package-chart" */ '../components/PackageChart.js'),
);

const useStyles = makeStyles({
  pkg: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sub: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontSize: tokens.fontSizeBase300 },
  own: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

const PACKAGES = ['packages'] as const;
const OFFER = ['offer'] as const;
const n = (text: string) => new JsonNumber(text);

type SizeKind = (typeof GRANT_SIZE_KEYS)[number];
const SIZE_LABELS: Record<SizeKind, string> = {
  shares: 'Shares',
  value: 'Dollar value',
  percentOfFullyDiluted: '% of fully diluted',
};

function packagesOf(draft: Draft): JsonValue[] {
  const list = getAt(draft, PACKAGES);
  return Array.isArray(list) ? list : [];
}

function nameOf(pkg: JsonValue | undefined): string {
  const name = pkg !== undefined ? getAt(pkg, ['name']) : undefined;
  return typeof name === 'string' ? name : '';
}

/** The offer's current value of a field, as a package field shows it when inheriting. */
function offerText(
  draft: Draft,
  result: ModelResult | null,
  field: Path,
  kind: NumberKind,
  unit?: string,
): string | undefined {
  let v = getAt(draft, [...OFFER, ...field]);
  if (v === undefined && result) {
    // A default the offer leaves out (annual raise 0, payout 100 %…): the resolved value.
    let cur: unknown = result.scenario.offer;
    for (const part of field) cur = (cur as Record<string, unknown> | undefined)?.[part];
    if (cur != null && typeof cur === 'object' && 'toFixed' in cur)
      v = n((cur as { toFixed(): string }).toFixed());
    else if (typeof cur === 'number') v = n(String(cur));
    else if (typeof cur === 'string') v = cur;
  }
  if (v === undefined || v === null) return undefined;
  const t = textFromValue(v, kind);
  if (kind === 'percent') return `${t} %`;
  return unit === '$' ? `$${t}` : t;
}

/**
 * A package field that inherits the offer's value while empty: the offer's value is the
 * placeholder and the hint says so; typing a value overrides it; clearing it inherits again.
 */
function InheritNumber({
  pkg,
  field,
  label,
  kind = 'plain',
  unit,
  result,
  testId,
}: {
  pkg: Path;
  field: Path;
  label: string;
  kind?: NumberKind;
  unit?: string;
  result: ModelResult | null;
  testId?: string;
}) {
  const { draft } = useDraft();
  const own = getAt(draft, [...pkg, ...field]) !== undefined;
  const offer = offerText(draft, result, field, kind, unit);
  return (
    <NumberField
      path={[...pkg, ...field]}
      label={label}
      kind={kind}
      unit={unit}
      testId={testId}
      placeholder={offer}
      hint={own ? 'this package’s own value' : `as the offer${offer ? `: ${offer}` : ''}`}
    />
  );
}

/** A choice that may also inherit the offer's value (empty = as the offer). */
function InheritChoice({
  pkg,
  field,
  label,
  options,
}: {
  pkg: Path;
  field: Path;
  label: string;
  options: readonly { value: string; label: string }[];
}) {
  const f = useField([...pkg, ...field]);
  const { draft } = useDraft();
  const s = useStyles();
  const offer = getAt(draft, [...OFFER, ...field]);
  const offerLabel = options.find((o) => o.value === offer)?.label ?? String(offer ?? '—');
  const value = typeof f.value === 'string' ? f.value : '';
  const known = value === '' || options.some((o) => o.value === value);
  return (
    <Field
      label={label}
      validationMessage={f.error}
      validationState={f.error ? 'error' : 'none'}
      style={{ minWidth: 0 }}
    >
      <Select
        className={s.control}
        value={value}
        data-path={f.key}
        onChange={(_, d) => f.set(d.value === '' ? undefined : d.value)}
      >
        <option value="">As the offer ({offerLabel})</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The grant size: as the offer, or this package's own in one unit (it replaces the offer's). */
function GrantSize({
  pkg,
  result,
  index,
}: {
  pkg: Path;
  result: ModelResult | null;
  index: number;
}) {
  const { draft, update } = useDraft();
  const s = useStyles();
  const equity = [...pkg, 'equity'];
  const kind = GRANT_SIZE_KEYS.find((k) => getAt(draft, [...equity, k]) !== undefined) ?? '';
  const offerKind = GRANT_SIZE_KEYS.find(
    (k) => getAt(draft, [...OFFER, 'equity', k]) !== undefined,
  );
  const offerSize = offerKind
    ? `${offerText(draft, result, ['equity', offerKind], offerKind === 'percentOfFullyDiluted' ? 'percent' : 'plain', offerKind === 'value' ? '$' : undefined)}${offerKind === 'shares' ? ' shares' : ''}`
    : '—';
  return (
    <>
      <Field label="Initial grant size" style={{ minWidth: 0 }}>
        <Select
          className={s.control}
          value={kind}
          data-testid={`package-${index}-size-kind`}
          onChange={(_, d) =>
            update((dr) => {
              let out = dr;
              const prev = GRANT_SIZE_KEYS.find((k) => getAt(dr, [...equity, k]) !== undefined);
              const kept = prev ? getAt(dr, [...equity, prev]) : undefined;
              for (const k of GRANT_SIZE_KEYS) out = setAt(out, [...equity, k], undefined);
              if (d.value === '') return out;
              // Start from the offer's figure in that unit when it has one, else a round number.
              const start =
                (d.value === prev ? kept : undefined) ??
                getAt(dr, [...OFFER, 'equity', d.value]) ??
                n(
                  d.value === 'percentOfFullyDiluted'
                    ? '0.001'
                    : d.value === 'value'
                      ? '400000'
                      : '100000',
                );
              return setAt(out, [...equity, d.value], start);
            })
          }
        >
          <option value="">As the offer ({offerSize})</option>
          {GRANT_SIZE_KEYS.map((k) => (
            <option key={k} value={k}>
              {SIZE_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      {kind === 'shares' && (
        <NumberField
          path={[...equity, 'shares']}
          label="Shares"
          testId={`package-${index}-shares`}
        />
      )}
      {kind === 'value' && (
        <NumberField
          path={[...equity, 'value']}
          label="Grant value"
          unit="$"
          hint="sized at the sizing price"
        />
      )}
      {kind === 'percentOfFullyDiluted' && (
        <NumberField
          path={[...equity, 'percentOfFullyDiluted']}
          label="Share of fully diluted"
          kind="percent"
        />
      )}
    </>
  );
}

type RefreshMode = 'inherit' | 'none' | 'own';

/** The refresh program a package uses: the offer's, none, or its own (replacing the offer's whole). */
function RefreshChoice({ pkg, index }: { pkg: Path; index: number }) {
  const { draft, update } = useDraft();
  const s = useStyles();
  const kept = useRef<JsonValue | undefined>(undefined);
  const path = [...pkg, 'refresh'];
  const v = getAt(draft, path);
  const mode: RefreshMode = v === undefined ? 'inherit' : v === null ? 'none' : 'own';
  const offerHas = getAt(draft, [...OFFER, 'refresh']) !== undefined;
  return (
    <>
      <Field label="Earned refreshes">
        <RadioGroup
          value={mode}
          data-testid={`package-${index}-refresh`}
          onChange={(_, d) =>
            update((dr) => {
              const cur = getAt(dr, path);
              if (cur !== undefined && cur !== null) kept.current = cur;
              if (d.value === 'inherit') return setAt(dr, path, undefined);
              if (d.value === 'none') return setAt(dr, path, null);
              return setAt(
                dr,
                path,
                kept.current ??
                  getAt(dr, [...OFFER, 'refresh']) ?? {
                    strike: getAt(dr, [...OFFER, 'equity', 'strike']) ?? n('1'),
                    grantFairValue: getAt(dr, [...OFFER, 'equity', 'grantFairValue']) ?? n('1'),
                    vestingMonths: n('24'),
                    cliffMonths: n('0'),
                    vestEveryMonths: n('1'),
                    milestones: [],
                  },
              );
            })
          }
        >
          <Radio
            value="inherit"
            label={offerHas ? 'As the offer (its program)' : 'As the offer (none)'}
          />
          <Radio value="none" label="No refresh program" />
          <Radio value="own" label="Its own program" />
        </RadioGroup>
      </Field>
      {mode === 'own' && (
        <div className={s.own}>
          <OwnProgram path={path} />
        </div>
      )}
    </>
  );
}

/** A package's own refresh program: its terms, milestones and margin rule. */
function OwnProgram({ path }: { path: Path }) {
  const { draft, update } = useDraft();
  const s = useStyles();
  const ms = [...path, 'milestones'];
  const list = getAt(draft, ms);
  const milestones = Array.isArray(list) ? list : [];
  const margin = getAt(draft, [...path, 'margin']);
  const keptMargin = useRef<JsonValue | undefined>(undefined);
  return (
    <>
      <FieldGrid>
        <NumberField path={[...path, 'strike']} label="Refresh strike" unit="$" />
        <NumberField path={[...path, 'grantFairValue']} label="Refresh fair value" unit="$" />
        <NumberField path={[...path, 'vestingMonths']} label="Vesting (months)" />
        <NumberField path={[...path, 'cliffMonths']} label="Cliff (months)" />
        <NumberField path={[...path, 'vestEveryMonths']} label="Vests every (months)" />
      </FieldGrid>
      {milestones.map((_, j) => {
        const p = [...ms, j];
        const name = getAt(draft, [...p, 'name']);
        return (
          <div key={j} className={s.details} role="group" aria-label={`Refresh milestone ${j + 1}`}>
            <FieldGrid>
              <TextField path={[...p, 'name']} label={`Milestone ${j + 1}`} wide />
              <NumberField path={[...p, 'dueDay']} label="Due day" />
              <NumberField path={[...p, 'probability']} label="Probability" kind="percent" />
              <NumberField path={[...p, 'value']} label="Grant value if hit" unit="$" />
            </FieldGrid>
            <div className={s.row}>
              <Button
                size="small"
                onClick={() => update((dr) => setAt(dr, p, undefined))}
                aria-label={`Remove milestone ${j + 1}${typeof name === 'string' && name ? ` (${name})` : ''}`}
              >
                Remove milestone
              </Button>
            </div>
          </div>
        );
      })}
      <div className={s.row}>
        <Button
          size="small"
          onClick={() =>
            update((dr) => {
              const cur = getAt(dr, ms);
              const arr = Array.isArray(cur) ? cur : [];
              return setAt(dr, ms, [
                ...arr,
                {
                  name: `Milestone ${arr.length + 1}`,
                  dueDay: n('90'),
                  probability: n('0.5'),
                  value: n('25000'),
                },
              ]);
            })
          }
        >
          Add milestone
        </Button>
      </div>
      <Switch
        label="Refresh on gross-margin gains"
        checked={margin !== undefined}
        onChange={(_, d) =>
          update((dr) => {
            const mp = [...path, 'margin'];
            if (d.checked)
              return setAt(
                dr,
                mp,
                keptMargin.current ?? { valuePerPoint: n('25000'), measureEveryMonths: n('3') },
              );
            keptMargin.current = getAt(dr, mp);
            return setAt(dr, mp, undefined);
          })
        }
      />
      {margin !== undefined && (
        <FieldGrid>
          <NumberField
            path={[...path, 'margin', 'valuePerPoint']}
            label="Value per point"
            unit="$"
          />
          <NumberField
            path={[...path, 'margin', 'measureEveryMonths']}
            label="Measure every (months)"
          />
          <NumberField
            path={[...path, 'margin', 'capPerYear']}
            label="Cap per year"
            unit="$"
            hint="empty: no cap"
          />
        </FieldGrid>
      )}
    </>
  );
}

const MORE_EQUITY = [
  'instrument',
  'strike',
  'grantFairValue',
  'vestingMonths',
  'cliffMonths',
  'vestEveryMonths',
];

/** One package: its name, cash terms, grant and refresh program, and its list actions. */
function PackageEditor({
  index,
  count,
  result,
  onMove,
  onDuplicate,
  onRemove,
}: {
  index: number;
  count: number;
  result: ModelResult | null;
  onMove: (to: number) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}) {
  const s = useStyles();
  const { draft, problems } = useDraft();
  const pkg = [...PACKAGES, index];
  const name = nameOf(getAt(draft, pkg));
  const label = `package ${index + 1}${name ? ` (${name})` : ''}`;
  const equity = getAt(draft, [...pkg, 'equity']);
  // Open the extra equity terms when the package sets one or one of them has a problem.
  const moreOpen =
    MORE_EQUITY.some((k) => equity !== undefined && getAt(equity, [k]) !== undefined) ||
    [...problems.keys()].some((k) =>
      MORE_EQUITY.some((f) => k === `packages[${index}].equity.${f}`),
    );
  return (
    <fieldset className={s.pkg} data-testid={`package-${index}`}>
      <legend className={s.legend}>
        Package {index + 1}
        {index === 0 ? ' · the reference for break-even' : ''}
      </legend>
      <FieldGrid>
        <TextField path={[...pkg, 'name']} label="Name" wide testId={`package-${index}-name`} />
      </FieldGrid>
      <h3 className={s.sub}>Cash</h3>
      <FieldGrid>
        <InheritNumber
          pkg={pkg}
          field={['baseSalary']}
          label="Base salary (per year)"
          unit="$"
          result={result}
          testId={`package-${index}-base`}
        />
        <InheritNumber
          pkg={pkg}
          field={['signOnBonus']}
          label="Sign-on bonus"
          unit="$"
          result={result}
          testId={`package-${index}-sign-on`}
        />
        <InheritNumber
          pkg={pkg}
          field={['annualRaise']}
          label="Annual raise"
          kind="percent"
          result={result}
        />
        <InheritNumber
          pkg={pkg}
          field={['targetBonusPct']}
          label="Target bonus"
          kind="percent"
          result={result}
        />
        <InheritNumber
          pkg={pkg}
          field={['bonusPayoutPct']}
          label="Bonus payout"
          kind="percent"
          result={result}
        />
      </FieldGrid>
      <h3 className={s.sub}>Equity</h3>
      <FieldGrid>
        <GrantSize pkg={pkg} result={result} index={index} />
      </FieldGrid>
      <details open={moreOpen || undefined} className={s.details}>
        <summary className={s.summary}>Instrument, strike and vesting</summary>
        <FieldGrid>
          <InheritChoice
            pkg={pkg}
            field={['equity', 'instrument']}
            label="Instrument"
            options={[
              { value: 'option', label: 'Stock options' },
              { value: 'rsu', label: 'RSUs' },
            ]}
          />
          <InheritNumber
            pkg={pkg}
            field={['equity', 'strike']}
            label="Strike price"
            unit="$"
            result={result}
          />
          <InheritNumber
            pkg={pkg}
            field={['equity', 'grantFairValue']}
            label="Grant fair value"
            unit="$"
            result={result}
          />
          <InheritNumber
            pkg={pkg}
            field={['equity', 'vestingMonths']}
            label="Vesting (months)"
            result={result}
          />
          <InheritNumber
            pkg={pkg}
            field={['equity', 'cliffMonths']}
            label="Cliff (months)"
            result={result}
          />
          <InheritNumber
            pkg={pkg}
            field={['equity', 'vestEveryMonths']}
            label="Vests every (months)"
            result={result}
          />
        </FieldGrid>
      </details>
      <RefreshChoice pkg={pkg} index={index} />
      <div className={s.row}>
        <Button
          size="small"
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
          aria-label={`Move up: ${label}`}
        >
          Move up
        </Button>
        <Button
          size="small"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
          aria-label={`Move down: ${label}`}
        >
          Move down
        </Button>
        <Button
          size="small"
          disabled={count >= MAX_PACKAGES}
          onClick={onDuplicate}
          aria-label={`Duplicate ${label}`}
        >
          Duplicate
        </Button>
        <Button size="small" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}

/**
 * Packages (docs/model.md §9): up to four variants of the offer shown to the candidate, who picks
 * one. Each package sets only the fields §9 lets it set; what it leaves empty is the offer's.
 * The comparison (runway for the company, value for the candidate, break-even price) is on top.
 */
export function PackagesScreen({ result, stale }: { result: ModelResult | null; stale: boolean }) {
  const { draft, update } = useDraft();
  const list = packagesOf(draft);
  const names = list.map(nameOf);

  const add = () =>
    update((dr) => {
      const cur = packagesOf(dr);
      if (cur.length >= MAX_PACKAGES) return dr;
      return setAt(dr, PACKAGES, [
        ...cur,
        { name: freeName(`Package ${cur.length + 1}`, cur.map(nameOf)) },
      ]);
    });
  const duplicate = (i: number) =>
    update((dr) => {
      const cur = packagesOf(dr);
      const src = cur[i];
      if (cur.length >= MAX_PACKAGES || src === undefined) return dr;
      const copy = setAt(
        src,
        ['name'],
        freeName(`${nameOf(src) || `Package ${i + 1}`} (copy)`, cur.map(nameOf)),
      );
      return setAt(dr, PACKAGES, [...cur.slice(0, i + 1), copy, ...cur.slice(i + 1)]);
    });
  const remove = (i: number) =>
    update((dr) => {
      const cur = packagesOf(dr);
      // No packages left: the scenario goes back to a single offer (an empty list is an error).
      if (cur.length <= 1) return setAt(dr, PACKAGES, undefined);
      return setAt(dr, [...PACKAGES, i], undefined);
    });
  const move = (from: number, to: number) =>
    update((dr) => {
      const cur = packagesOf(dr);
      if (to < 0 || to >= cur.length) return dr;
      const next = [...cur];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item as JsonValue);
      return setAt(dr, PACKAGES, next);
    });

  const shown = result && result.packages.length > 0 ? result : null;
  return (
    <>
      {shown && (
        <div style={stale ? { opacity: 0.6 } : undefined} data-testid="package-compare">
          <PackageTable result={shown} />
          <Suspense fallback={<Spinner size="small" label="Loading chart…" />}>
            <PackageChart result={shown} />
          </Suspense>
        </div>
      )}
      <Section
        title={`Packages (${list.length} of ${MAX_PACKAGES})`}
        note={
          list.length === 0
            ? 'Offer the candidate up to four packages (cash-heavy, balanced, earned equity…) and see what each does to runway and what it is worth to them. A package starts as the offer; set only what differs.'
            : 'Empty fields are the offer’s (shown in grey). Break-even prices compare each package with package 1.'
        }
        action={
          <Button
            size="small"
            appearance="primary"
            disabled={list.length >= MAX_PACKAGES}
            onClick={add}
            data-testid="add-package"
          >
            Add package
          </Button>
        }
      >
        {list.map((_, i) => (
          <PackageEditor
            key={i}
            index={i}
            count={list.length}
            result={result}
            onMove={(to) => move(i, to)}
            onDuplicate={() => duplicate(i)}
            onRemove={() => remove(i)}
          />
        ))}
        {names.length > 0 && names.length < MAX_PACKAGES && (
          <p style={{ margin: 0 }}>
            {MAX_PACKAGES - names.length} more package{MAX_PACKAGES - names.length === 1 ? '' : 's'}{' '}
            can be added.
          </p>
        )}
      </Section>
    </>
  );
}
