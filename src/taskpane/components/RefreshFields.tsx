import { Button } from '@fluentui/react-components';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import { getAt, setAt, type Draft, type Path } from '../draft.js';
import { appendItem, listAt, moveItem } from '../draft-lists.js';
import { useDraft } from '../state.js';
import { FieldGrid, NumberField, OptionalPart, TextField } from './Fields.js';
import { VESTING_TERMS } from './GrantFields.js';
import { ButtonRow, ItemFieldset, ListItemActions } from './ListItems.js';
import { NumberFieldGrid, type GridNumber } from './NumberFieldGrid.js';

/**
 * The editor of an earned refresh program (docs/model.md §3), shared by the offer's Refresh
 * screen (`offer.refresh`) and a package's own program (`packages[i].refresh`): its grant terms,
 * its milestones and its margin rule, and what a new program, milestone and margin rule start as.
 */

const n = (text: string) => new JsonNumber(text);

/** A new refresh program: no milestones, 24 months' monthly vesting without a cliff. */
export function newRefreshProgram(strike: JsonValue, grantFairValue: JsonValue): JsonValue {
  return {
    strike,
    grantFairValue,
    vestingMonths: n('24'),
    cliffMonths: n('0'),
    vestEveryMonths: n('1'),
    milestones: [],
  };
}

/** A new margin rule: $25,000 a point, measured every 3 months, no cap. */
export function newMarginRule(): JsonValue {
  return { valuePerPoint: n('25000'), measureEveryMonths: n('3') };
}

/** The program at `program` with a new milestone ("Milestone N", day 90, 50 %, $25,000) at the end. */
export function addMilestone(draft: Draft, program: Path): Draft {
  return appendItem(draft, [...program, 'milestones'], (list) => ({
    name: `Milestone ${list.length + 1}`,
    dueDay: n('90'),
    probability: n('0.5'),
    value: n('25000'),
  }));
}

/** A refresh grant's terms, under the program. */
const REFRESH_TERMS: readonly GridNumber[] = [
  { key: 'strike', label: 'Refresh strike', unit: '$' },
  { key: 'grantFairValue', label: 'Refresh fair value', unit: '$' },
  ...VESTING_TERMS,
];

/** The margin rule's terms (under `program.margin`). */
const MARGIN_RULE: readonly GridNumber[] = [
  { key: 'valuePerPoint', label: 'Value per point', unit: '$' },
  { key: 'measureEveryMonths', label: 'Measure every (months)' },
  { key: 'capPerYear', label: 'Cap per year', unit: '$', hint: 'empty: no cap' },
];

/** The refresh grants' terms: strike, fair value and vesting. */
export function RefreshTermsFields({ program }: { program: Path }) {
  return <NumberFieldGrid under={program} fields={REFRESH_TERMS} />;
}

/** The margin rule's fields (the rule at `program.margin`). */
export function MarginRuleFields({ program }: { program: Path }) {
  return <NumberFieldGrid under={[...program, 'margin']} fields={MARGIN_RULE} />;
}

/**
 * Each milestone of the program: its name, due day, probability and grant value, and its list
 * operations. `testIdPrefix` names each frame (`${testIdPrefix}-${i}`).
 */
export function MilestoneEditors({
  program,
  testIdPrefix,
}: {
  program: Path;
  testIdPrefix: string;
}) {
  const { draft, update } = useDraft();
  const list = [...program, 'milestones'];
  const milestones = listAt(draft, list);
  return (
    <>
      {milestones.map((_, i) => {
        const p = [...list, i];
        const name = getAt(draft, [...p, 'name']);
        const label = `milestone ${i + 1}${typeof name === 'string' && name ? ` (${name})` : ''}`;
        return (
          <ItemFieldset key={i} legend={`Milestone ${i + 1}`} testId={`${testIdPrefix}-${i}`}>
            <FieldGrid>
              <TextField path={[...p, 'name']} label="Name" wide />
              <NumberField path={[...p, 'dueDay']} label="Due day" hint="days after start" />
              <NumberField path={[...p, 'probability']} label="Probability" kind="percent" />
              <NumberField path={[...p, 'value']} label="Grant value if hit" unit="$" />
            </FieldGrid>
            <ListItemActions
              index={i}
              count={milestones.length}
              label={label}
              onMove={(to) => update((dr) => moveItem(dr, list, i, to))}
              onRemove={() => update((dr) => setAt(dr, p, undefined))}
            />
          </ItemFieldset>
        );
      })}
    </>
  );
}

/**
 * A package's own refresh program, in one column: its terms, milestones and margin rule (the
 * Refresh screen lays the same parts out in sections).
 */
export function OwnRefreshProgram({
  program,
  testIdPrefix,
}: {
  program: Path;
  testIdPrefix: string;
}) {
  const { draft, update } = useDraft();
  const margin = getAt(draft, [...program, 'margin']);
  return (
    <>
      <RefreshTermsFields program={program} />
      <MilestoneEditors program={program} testIdPrefix={testIdPrefix} />
      <ButtonRow>
        <Button size="small" onClick={() => update((dr) => addMilestone(dr, program))}>
          Add milestone
        </Button>
      </ButtonRow>
      <OptionalPart
        path={[...program, 'margin']}
        label="Refresh on gross-margin gains"
        fresh={newMarginRule}
      />
      {margin !== undefined && <MarginRuleFields program={program} />}
    </>
  );
}
