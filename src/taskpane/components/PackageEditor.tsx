import { Field, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import type { ModelResult } from '../../model/model.js';
import { MAX_PACKAGES } from '../../model/schema.js';
import { getAt, setAt, textFromValue, type Draft, type NumberKind, type Path } from '../draft.js';
import { useDraft } from '../state.js';
import { ChoiceField, FieldGrid, NumberField, TextField } from './Fields.js';
import {
  GRANT_SIZE_LABEL,
  GrantSizeField,
  INSTRUMENT_OPTIONS,
  VESTING_TERMS,
  grantSizeKind,
  withGrantSize,
  withoutGrantSize,
  type GrantSizeKey,
} from './GrantFields.js';
import { ItemFieldset, ListItemActions } from './ListItems.js';
import { cashTerm, type CashTerm } from './OfferTerms.js';
import { OwnRefreshProgram, newRefreshProgram } from './RefreshFields.js';

/**
 * One package of the Packages screen (docs/model.md §9): its name, cash terms, grant and refresh
 * program. A field left empty is the offer's: the offer's value shows as its placeholder.
 */

const useStyles = makeStyles({
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

const OFFER = ['offer'] as const;
const n = (text: string) => new JsonNumber(text);

/** The name of a package ('' while it has none). */
export function packageName(pkg: JsonValue | undefined): string {
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

/** A number a package may set, as the package editor shows it. */
interface InheritedNumber {
  field: Path;
  label: string;
  kind?: NumberKind;
  unit?: string;
  /** The test id's tail: `package-${index}-${testId}`. */
  testId?: string;
}

/** A cash term as a package shows it (its hint says what it inherits). */
function packageCashTerm(term: CashTerm, testId?: string): InheritedNumber {
  const { label, kind, unit } = cashTerm(term);
  return { field: [term], label, kind, unit, testId };
}

/** The cash terms a package may set, in the order its Cash part shows them. */
const PACKAGE_CASH: readonly InheritedNumber[] = [
  packageCashTerm('baseSalary', 'base'),
  packageCashTerm('signOnBonus', 'sign-on'),
  packageCashTerm('annualRaise'),
  packageCashTerm('targetBonusPct'),
  packageCashTerm('bonusPayoutPct'),
];

const EQUITY_TERMS: readonly InheritedNumber[] = [
  { field: ['equity', 'strike'], label: 'Strike price', unit: '$' },
  { field: ['equity', 'grantFairValue'], label: 'Grant fair value', unit: '$' },
  ...VESTING_TERMS.map((t) => ({ field: ['equity', t.key], label: t.label })),
];

/** The equity terms behind "Instrument, strike and vesting" (open when one is set or wrong). */
const MORE_EQUITY = ['instrument', ...EQUITY_TERMS.map((t) => t.field[1] as string)];

/**
 * A package field that inherits the offer's value while empty: the offer's value is the
 * placeholder and the hint says so; typing a value overrides it; clearing it inherits again.
 */
function InheritNumber({
  pkg,
  spec,
  result,
  index,
}: {
  pkg: Path;
  spec: InheritedNumber;
  result: ModelResult | null;
  index: number;
}) {
  const { draft } = useDraft();
  const { field, label, kind = 'plain', unit } = spec;
  const own = getAt(draft, [...pkg, ...field]) !== undefined;
  const offer = offerText(draft, result, field, kind, unit);
  return (
    <NumberField
      path={[...pkg, ...field]}
      label={label}
      kind={kind}
      unit={unit}
      testId={spec.testId && `package-${index}-${spec.testId}`}
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
  const { draft } = useDraft();
  const offer = getAt(draft, [...OFFER, ...field]);
  const offerLabel = options.find((o) => o.value === offer)?.label ?? String(offer ?? '—');
  return (
    <ChoiceField
      path={[...pkg, ...field]}
      label={label}
      options={options}
      emptyOption={`As the offer (${offerLabel})`}
    />
  );
}

/** A new grant size in a unit the offer does not use: a round number. */
const FRESH_SIZE: Record<GrantSizeKey, string> = {
  shares: '100000',
  value: '400000',
  percentOfFullyDiluted: '0.001',
};

/** The grant size: as the offer, or this package's own in one unit (it replaces the offer's). */
function PackageGrantSize({
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
  const kind = grantSizeKind(draft, equity);
  const offerKind = grantSizeKind(draft, [...OFFER, 'equity']);
  const offerSize = offerKind
    ? `${offerText(draft, result, ['equity', offerKind], offerKind === 'percentOfFullyDiluted' ? 'percent' : 'plain', offerKind === 'value' ? '$' : undefined)}${offerKind === 'shares' ? ' shares' : ''}`
    : '—';
  const choose = (value: string) =>
    update((dr) => {
      if (value === '') return withoutGrantSize(dr, equity);
      const next = value as GrantSizeKey;
      const prev = grantSizeKind(dr, equity);
      // Start from the offer's figure in that unit when it has one, else a round number.
      const start =
        (next === prev ? getAt(dr, [...equity, prev]) : undefined) ??
        getAt(dr, [...OFFER, 'equity', next]) ??
        n(FRESH_SIZE[next]);
      return withGrantSize(dr, equity, next, start);
    });
  return (
    <>
      <Field label="Initial grant size" style={{ minWidth: 0 }}>
        <Select
          className={s.control}
          value={kind ?? ''}
          data-testid={`package-${index}-size-kind`}
          onChange={(_, d) => choose(d.value)}
        >
          <option value="">As the offer ({offerSize})</option>
          {(Object.keys(GRANT_SIZE_LABEL) as GrantSizeKey[]).map((k) => (
            <option key={k} value={k}>
              {GRANT_SIZE_LABEL[k]}
            </option>
          ))}
        </Select>
      </Field>
      {kind && (
        <GrantSizeField equity={equity} kind={kind} sharesTestId={`package-${index}-shares`} />
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
  const choose = (next: string) =>
    update((dr) => {
      const cur = getAt(dr, path);
      if (cur !== undefined && cur !== null) kept.current = cur;
      if (next === 'inherit') return setAt(dr, path, undefined);
      if (next === 'none') return setAt(dr, path, null);
      return setAt(
        dr,
        path,
        kept.current ??
          getAt(dr, [...OFFER, 'refresh']) ??
          newRefreshProgram(
            getAt(dr, [...OFFER, 'equity', 'strike']) ?? n('1'),
            getAt(dr, [...OFFER, 'equity', 'grantFairValue']) ?? n('1'),
          ),
      );
    });
  return (
    <>
      <Field label="Earned refreshes">
        <RadioGroup
          value={mode}
          data-testid={`package-${index}-refresh`}
          onChange={(_, d) => choose(d.value)}
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
          <OwnRefreshProgram program={path} testIdPrefix={`package-${index}-milestone`} />
        </div>
      )}
    </>
  );
}

/** One package: its name, cash terms, grant and refresh program, and its list actions. */
export function PackageEditor({
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
  const pkg = ['packages', index];
  const name = packageName(getAt(draft, pkg));
  const equity = getAt(draft, [...pkg, 'equity']);
  // Open the extra equity terms when the package sets one or one of them has a problem.
  const moreOpen =
    MORE_EQUITY.some((k) => equity !== undefined && getAt(equity, [k]) !== undefined) ||
    [...problems.keys()].some((k) =>
      MORE_EQUITY.some((f) => k === `packages[${index}].equity.${f}`),
    );
  const inherit = (spec: InheritedNumber) => (
    <InheritNumber key={spec.label} pkg={pkg} spec={spec} result={result} index={index} />
  );
  return (
    <ItemFieldset
      legend={`Package ${index + 1}${index === 0 ? ' · the reference for break-even' : ''}`}
      testId={`package-${index}`}
    >
      <FieldGrid>
        <TextField path={[...pkg, 'name']} label="Name" wide testId={`package-${index}-name`} />
      </FieldGrid>
      <h3 className={s.sub}>Cash</h3>
      <FieldGrid>{PACKAGE_CASH.map(inherit)}</FieldGrid>
      <h3 className={s.sub}>Equity</h3>
      <FieldGrid>
        <PackageGrantSize pkg={pkg} result={result} index={index} />
      </FieldGrid>
      <details open={moreOpen || undefined} className={s.details}>
        <summary className={s.summary}>Instrument, strike and vesting</summary>
        <FieldGrid>
          <InheritChoice
            pkg={pkg}
            field={['equity', 'instrument']}
            label="Instrument"
            options={INSTRUMENT_OPTIONS}
          />
          {EQUITY_TERMS.map(inherit)}
        </FieldGrid>
      </details>
      <RefreshChoice pkg={pkg} index={index} />
      <ListItemActions
        index={index}
        count={count}
        label={`package ${index + 1}${name ? ` (${name})` : ''}`}
        onMove={onMove}
        onDuplicate={onDuplicate}
        canDuplicate={count < MAX_PACKAGES}
        onRemove={onRemove}
      />
    </ItemFieldset>
  );
}
