import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo, useCallback, useRef, useState, type ReactNode } from 'react';
import type { BandSet } from '../../model/bands.js';
import { Decimal } from '../../model/decimal.js';
import { formatMoney } from '../../model/format.js';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import { InputError } from '../../model/messages.js';
import { readableError } from '../actions.js';
import { getAt, setAt } from '../draft.js';
import { ChoiceField, FieldGrid, NumberField, TextField } from '../components/Fields.js';
import { HiddenFileInput } from '../components/FileInput.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';
import { readHiresCsv, type HiresImport } from './hires-import.js';
import {
  addHire,
  duplicateHire,
  hireName,
  hiresOf,
  moveHire,
  removeHire,
  templateNames,
} from './plan-draft.js';
import { pathInHire } from './plan-problems.js';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: 'none',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemBad: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  toggleText: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  bad: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  editor: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
});

const distinct = (xs: string[]) => [...new Set(xs)].map((x) => ({ value: x, label: x }));

/** "$175,000" for a draft number, else the text as typed. */
function moneyText(v: JsonValue | undefined, currency: string): string {
  if (v instanceof JsonNumber) {
    try {
      return formatMoney(new Decimal(v.text), currency);
    } catch {
      return v.text;
    }
  }
  return typeof v === 'string' ? v : '';
}

/** One line of the hires list (re-rendered only when its hire or its problems change). */
const HireRow = memo(function HireRow({
  hire,
  index,
  currency,
  problemCount,
  expanded,
  onToggle,
  children,
}: {
  hire: JsonValue;
  index: number;
  currency: string;
  problemCount: number;
  expanded: boolean;
  onToggle: (i: number) => void;
  children?: ReactNode;
}) {
  const s = useStyles();
  const name = hireName(hire, index);
  const start = getAt(hire, ['startMonth']);
  const template = getAt(hire, ['template']);
  const base = getAt(hire, ['offer', 'baseSalary']);
  const meta = [
    `month ${start instanceof JsonNumber ? start.text : String(start ?? '?')}`,
    typeof template === 'string' ? template : 'no template',
    base !== undefined ? moneyText(base, currency) : 'base from template',
  ].join(' · ');
  return (
    <li
      className={mergeClasses(s.item, problemCount > 0 && s.itemBad)}
      data-testid={`hire-${index}`}
    >
      <Button
        appearance="subtle"
        className={s.toggle}
        aria-expanded={expanded}
        onClick={() => onToggle(index)}
        data-testid={`hire-${index}-toggle`}
      >
        <span className={s.toggleText}>
          <span className={s.name}>
            {index + 1}. {name}
          </span>
          <span className={s.meta}>{meta}</span>
          {problemCount > 0 && (
            <span className={s.bad}>
              {problemCount === 1 ? '1 problem' : `${problemCount} problems`}
            </span>
          )}
        </span>
      </Button>
      {children}
    </li>
  );
});

/** The expanded hire: its own fields, its band row and the list operations. */
function HireEditor({
  index,
  count,
  bandSet,
  templates,
  onMoved,
}: {
  index: number;
  count: number;
  bandSet: BandSet | undefined;
  templates: string[];
  onMoved: (to: number | null) => void;
}) {
  const s = useStyles();
  const { draft, problems, update } = useDraft();
  const h = ['hires', index] as const;
  const name = hireName(hiresOf(draft)[index], index);
  const rows = bandSet?.rows ?? [];
  const role = getAt(draft, [...h, 'market', 'role']);
  const level = getAt(draft, [...h, 'market', 'level']);
  const levels = rows.filter((r) => r.role === role);
  const locations = levels.filter((r) => r.level === level);
  // Problems of this hire that no field below shows (a template's field, a missing band row).
  const shown = new Set([
    'startMonth',
    'template',
    'offer.candidate',
    'offer.role',
    'offer.level',
    'offer.location',
    'offer.baseSalary',
    'market.role',
    'market.level',
    'market.location',
  ]);
  const other = [...problems.entries()].flatMap(([path, reason]) => {
    const inner = pathInHire(path, index);
    return inner === null || shown.has(inner) ? [] : [`${path}: ${reason}`];
  });
  const label = `hire ${index + 1} (${name})`;
  return (
    <div className={s.editor} role="group" aria-label={`Edit ${label}`}>
      <FieldGrid>
        <TextField
          path={[...h, 'offer', 'candidate']}
          label="Candidate"
          testId={`hire-${index}-candidate`}
        />
        <TextField path={[...h, 'offer', 'role']} label="Role (title)" />
        <TextField path={[...h, 'offer', 'level']} label="Level" />
        <TextField path={[...h, 'offer', 'location']} label="Location" />
        <NumberField
          path={[...h, 'offer', 'baseSalary']}
          label="Base salary (per year)"
          unit="$"
          testId={`hire-${index}-base-salary`}
          hint="empty: the template's"
        />
        <NumberField
          path={[...h, 'startMonth']}
          label="Start month"
          hint="plan month 1, 2, …"
          testId={`hire-${index}-start-month`}
        />
        <ChoiceField
          path={[...h, 'template']}
          label="Template"
          wide
          options={templates.map((t) => ({ value: t, label: t }))}
          testId={`hire-${index}-template`}
        />
        <ChoiceField
          path={[...h, 'market', 'role']}
          label="Band role"
          wide
          options={distinct(rows.map((r) => r.role))}
        />
        <ChoiceField
          path={[...h, 'market', 'level']}
          label="Band level"
          options={distinct((levels.length ? levels : rows).map((r) => r.level))}
        />
        <ChoiceField
          path={[...h, 'market', 'location']}
          label="Band location"
          options={distinct((locations.length ? locations : rows).map((r) => r.location))}
        />
      </FieldGrid>
      {other.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul className={s.problems}>
              {other.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <p className={s.small}>
        Every other offer term comes from the template (edit it on the Templates screen).
      </p>
      <div className={s.row}>
        <Button
          size="small"
          onClick={() => {
            update((d) => duplicateHire(d, index));
            onMoved(index + 1);
          }}
          aria-label={`Duplicate ${label}`}
        >
          Duplicate
        </Button>
        <Button
          size="small"
          disabled={index === 0}
          onClick={() => {
            update((d) => moveHire(d, index, index - 1));
            onMoved(index - 1);
          }}
          aria-label={`Move up: ${label}`}
        >
          Move up
        </Button>
        <Button
          size="small"
          disabled={index === count - 1}
          onClick={() => {
            update((d) => moveHire(d, index, index + 1));
            onMoved(index + 1);
          }}
          aria-label={`Move down: ${label}`}
        >
          Move down
        </Button>
        <Button
          size="small"
          disabled={count <= 1}
          onClick={() => {
            update((d) => removeHire(d, index));
            onMoved(null);
          }}
          aria-label={`Remove ${label}`}
        >
          Remove
        </Button>
      </div>
    </div>
  );
}

type Pending =
  { kind: 'ok'; data: HiresImport } | { kind: 'error'; file: string; problems: readonly string[] };

/** Hires: the list (add, duplicate, remove, reorder, edit one at a time) and the CSV import. */
export function HiresScreen({
  bandSets,
  today,
}: {
  bandSets: Readonly<Record<string, BandSet>>;
  today: string;
}) {
  const s = useStyles();
  const { draft, problems, update } = useDraft();
  const [expanded, setExpanded] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const hires = hiresOf(draft);
  const templates = templateNames(draft);
  const setName = getAt(draft, ['market', 'bandSet']);
  const bandSet = typeof setName === 'string' ? bandSets[setName] : undefined;
  const currencyValue = getAt(draft, ['currency']);
  const currency = typeof currencyValue === 'string' ? currencyValue : 'USD';

  const counts = new Map<number, number>();
  for (const path of problems.keys()) {
    const m = /^hires\[(\d+)\]/.exec(path);
    if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const listProblem = problems.get('hires');
  const toggle = useCallback((i: number) => setExpanded((e) => (e === i ? null : i)), []);

  const readCsv = async (file: File) => {
    try {
      const text = await file.text();
      const data = readHiresCsv(text, file.name, draft, bandSets, today);
      setPending({ kind: 'ok', data });
    } catch (err) {
      setPending({
        kind: 'error',
        file: file.name,
        problems: err instanceof InputError ? err.problems : [readableError(err)],
      });
    }
  };

  return (
    <>
      <Section
        title={`Hires (${hires.length})`}
        note="Each hire starts in its own plan month on a template's offer terms, with its own name, title and base, and its own market band row."
        action={
          <Button
            size="small"
            appearance="primary"
            data-testid="add-hire"
            onClick={() => {
              update(addHire);
              setExpanded(hires.length);
            }}
          >
            Add hire
          </Button>
        }
      >
        {listProblem && (
          <MessageBar intent="error" data-testid="hires-problem">
            <MessageBarBody>hires: {listProblem}</MessageBarBody>
          </MessageBar>
        )}
        <ul className={s.list} aria-label="Hires">
          {hires.map((hire, i) => (
            <HireRow
              key={i}
              hire={hire}
              index={i}
              currency={currency}
              problemCount={counts.get(i) ?? 0}
              expanded={expanded === i}
              onToggle={toggle}
            >
              {expanded === i && (
                <HireEditor
                  index={i}
                  count={hires.length}
                  bandSet={bandSet}
                  templates={templates}
                  onMoved={setExpanded}
                />
              )}
            </HireRow>
          ))}
        </ul>
      </Section>
      <Section
        title="Import hires from a CSV"
        note="An applicant-tracking export re-headed to: candidate, role, level, location, bandRole, bandLevel, bandLocation, startMonth, baseSalary, template. A file with any bad cell is rejected whole; a good one replaces the hires after you check it."
      >
        <HiddenFileInput
          inputRef={fileInput}
          accept=".csv,text/csv"
          testId="hires-file"
          onFile={(f) => void readCsv(f)}
        />
        <div>
          <Button onClick={() => fileInput.current?.click()}>Import hires CSV…</Button>
        </div>
        {pending?.kind === 'error' && (
          <MessageBar intent="error" layout="multiline" data-testid="hires-csv-errors">
            <MessageBarBody>
              <MessageBarTitle>
                {pending.file} was not imported; the hires are unchanged
              </MessageBarTitle>
              <ul className={s.problems}>
                {pending.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {pending?.kind === 'ok' && (
          <div data-testid="hires-csv-preview">
            <p className={s.small}>
              {pending.data.file}: {pending.data.rows.length} hire
              {pending.data.rows.length === 1 ? '' : 's'} read. Check them, then replace the plan's{' '}
              {hires.length} hire{hires.length === 1 ? '' : 's'} with them.
            </p>
            <div className={s.tableWrap}>
              <Table size="extra-small" aria-label={`Hires in ${pending.data.file}`}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Hire</TableHeaderCell>
                    <TableHeaderCell>Month</TableHeaderCell>
                    <TableHeaderCell>Base</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {pending.data.rows.slice(0, 20).map((r) => (
                    <TableRow key={r.line}>
                      <TableCell>
                        {r.candidate} · {r.role} · {r.template}
                      </TableCell>
                      <TableCell>{r.startMonth}</TableCell>
                      <TableCell>{formatMoney(new Decimal(r.baseSalary), currency)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {pending.data.rows.length > 20 && (
              <p className={s.small}>…and {pending.data.rows.length - 20} more.</p>
            )}
            <div className={s.row} style={{ marginTop: tokens.spacingVerticalS }}>
              <Button
                appearance="primary"
                data-testid="use-hires"
                onClick={() => {
                  const next = pending.data.hires;
                  update((d) => setAt(d, ['hires'], next));
                  setExpanded(null);
                  setPending(null);
                }}
              >
                Replace with these {pending.data.rows.length}
              </Button>
              <Button onClick={() => setPending(null)}>Discard</Button>
            </div>
          </div>
        )}
      </Section>
    </>
  );
}
