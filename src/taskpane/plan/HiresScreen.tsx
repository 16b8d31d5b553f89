import {
  Button,
  MessageBar,
  MessageBarBody,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo, useCallback, useState, type ReactNode } from 'react';
import type { BandSet } from '../../model/bands.js';
import { Decimal } from '../../model/decimal.js';
import { formatMoney } from '../../model/format.js';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import { getAt, setAt } from '../draft.js';
import { CsvImport, CsvPreview } from '../components/CsvImport.js';
import { ChoiceField, FieldGrid, NumberField, distinctOptions } from '../components/Fields.js';
import { ListItemActions } from '../components/ListItems.js';
import { ListMessage } from '../components/ListMessage.js';
import { CandidateFields } from '../components/OfferTerms.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';
import { readHiresCsv } from './hires-import.js';
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
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

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

/** The hire fields the editor shows (each shows its own problem). */
const EDITED = new Set([
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

/** Problems of hire `index` that no field of its editor shows (a template's field, a missing band row). */
function unshownProblems(problems: ReadonlyMap<string, string>, index: number): string[] {
  return [...problems.entries()].flatMap(([path, reason]) => {
    const inner = pathInHire(path, index);
    return inner === null || EDITED.has(inner) ? [] : [`${path}: ${reason}`];
  });
}

/** A hire's own fields: who, base, start month, template and band row (levels of its role…). */
function HireFields({
  index,
  bandSet,
  templates,
}: {
  index: number;
  bandSet: BandSet | undefined;
  templates: string[];
}) {
  const { draft } = useDraft();
  const h = ['hires', index] as const;
  const rows = bandSet?.rows ?? [];
  const role = getAt(draft, [...h, 'market', 'role']);
  const level = getAt(draft, [...h, 'market', 'level']);
  const levels = rows.filter((r) => r.role === role);
  const locations = levels.filter((r) => r.level === level);
  return (
    <FieldGrid>
      <CandidateFields offer={[...h, 'offer']} candidateTestId={`hire-${index}-candidate`} />
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
        options={distinctOptions(rows.map((r) => r.role))}
      />
      <ChoiceField
        path={[...h, 'market', 'level']}
        label="Band level"
        options={distinctOptions((levels.length ? levels : rows).map((r) => r.level))}
      />
      <ChoiceField
        path={[...h, 'market', 'location']}
        label="Band location"
        options={distinctOptions((locations.length ? locations : rows).map((r) => r.location))}
      />
    </FieldGrid>
  );
}

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
  const name = hireName(hiresOf(draft)[index], index);
  const other = unshownProblems(problems, index);
  const label = `hire ${index + 1} (${name})`;
  return (
    <div className={s.editor} role="group" aria-label={`Edit ${label}`}>
      <HireFields index={index} bandSet={bandSet} templates={templates} />
      {other.length > 0 && <ListMessage intent="error" lines={other} />}
      <p className={s.small}>
        Every other offer term comes from the template (edit it on the Templates screen).
      </p>
      <ListItemActions
        index={index}
        count={count}
        label={label}
        onMove={(to) => {
          update((d) => moveHire(d, index, to));
          onMoved(to);
        }}
        onDuplicate={() => {
          update((d) => duplicateHire(d, index));
          onMoved(index + 1);
        }}
        onRemove={() => {
          update((d) => removeHire(d, index));
          onMoved(null);
        }}
        canRemove={count > 1}
      />
    </div>
  );
}

/** The hires CSV import: a good file, once checked, replaces the plan's hires. */
function HiresImport({
  bandSets,
  today,
  currency,
  onReplaced,
}: {
  bandSets: Readonly<Record<string, BandSet>>;
  today: string;
  currency: string;
  onReplaced: () => void;
}) {
  const { draft, update } = useDraft();
  const hires = hiresOf(draft);
  return (
    <Section
      title="Import hires from a CSV"
      note="An applicant-tracking export re-headed to: candidate, role, level, location, bandRole, bandLevel, bandLocation, startMonth, baseSalary, template. A file with any bad cell is rejected whole; a good one replaces the hires after you check it."
    >
      <CsvImport
        fileTestId="hires-file"
        buttonLabel="Import hires CSV…"
        read={(text, file) => readHiresCsv(text, file, draft, bandSets, today)}
        errorTestId="hires-csv-errors"
        errorTitle={(file) => `${file} was not imported; the hires are unchanged`}
      >
        {(data, close) => (
          <CsvPreview
            testId="hires-csv-preview"
            summary={`${data.file}: ${data.rows.length} hire${data.rows.length === 1 ? '' : 's'} read. Check them, then replace the plan's ${hires.length} hire${hires.length === 1 ? '' : 's'} with them.`}
            tableLabel={`Hires in ${data.file}`}
            headers={['Hire', 'Month', 'Base']}
            rows={data.rows.map((r) => ({
              key: r.line,
              cells: [
                `${r.candidate} · ${r.role} · ${r.template}`,
                r.startMonth,
                formatMoney(new Decimal(r.baseSalary), currency),
              ],
            }))}
            use={{
              label: `Replace with these ${data.rows.length}`,
              testId: 'use-hires',
              onClick: () => {
                update((d) => setAt(d, ['hires'], data.hires));
                onReplaced();
                close();
              },
            }}
            onDiscard={close}
          />
        )}
      </CsvImport>
    </Section>
  );
}

/** How many problems each hire has (by position). */
function problemCountByHire(problems: ReadonlyMap<string, string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const path of problems.keys()) {
    const m = /^hires\[(\d+)\]/.exec(path);
    if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  return counts;
}

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
  const hires = hiresOf(draft);
  const templates = templateNames(draft);
  const setName = getAt(draft, ['market', 'bandSet']);
  const bandSet = typeof setName === 'string' ? bandSets[setName] : undefined;
  const currencyValue = getAt(draft, ['currency']);
  const currency = typeof currencyValue === 'string' ? currencyValue : 'USD';

  const counts = problemCountByHire(problems);
  const listProblem = problems.get('hires');
  const toggle = useCallback((i: number) => setExpanded((e) => (e === i ? null : i)), []);

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
      <HiresImport
        bandSets={bandSets}
        today={today}
        currency={currency}
        onReplaced={() => setExpanded(null)}
      />
    </>
  );
}
