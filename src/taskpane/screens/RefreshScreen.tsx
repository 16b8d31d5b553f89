import { Button } from '@fluentui/react-components';
import { JsonNumber } from '../../model/json-text.js';
import { getAt, type Draft, type Path } from '../draft.js';
import { listAt } from '../draft-lists.js';
import { NumberFieldGrid, type GridNumber } from '../components/NumberFieldGrid.js';
import {
  MarginRuleFields,
  MilestoneEditors,
  RefreshTermsFields,
  addMilestone,
  newMarginRule,
  newRefreshProgram,
} from '../components/RefreshFields.js';
import { OptionalSection, Section } from '../components/Section.js';
import { useDraft } from '../state.js';

const REFRESH = ['offer', 'refresh'] as const;
const GAIN = ['offer', 'marginGain'] as const;

const n = (text: string) => new JsonNumber(text);

/** The program's milestones, each with its list operations. */
function MilestonesSection() {
  const { draft, update } = useDraft();
  const milestones = listAt(draft, [...REFRESH, 'milestones']);
  return (
    <Section
      title={`Milestones (${milestones.length})`}
      action={
        <Button
          size="small"
          appearance="primary"
          onClick={() => update((dr) => addMilestone(dr, REFRESH))}
          data-testid="add-milestone"
        >
          Add milestone
        </Button>
      }
    >
      {milestones.length === 0 && <p style={{ margin: 0 }}>No milestones yet.</p>}
      <MilestoneEditors program={REFRESH} testIdPrefix="milestone" />
    </Section>
  );
}

/** Whether the offer has the optional part at `path` (its switch is on). */
function useHasPart(path: Path): boolean {
  return getAt(useDraft().draft, path) !== undefined;
}

/** Says, while the gain path is off, that the margin rule earns nothing. */
function NoGainPathNote() {
  if (useHasPart(GAIN)) return null;
  return (
    <p style={{ margin: 0 }}>
      Turn on the gain path below: without it no margin refresh is earned.
    </p>
  );
}

/** The margin rule (it needs the gain path to pay anything). */
function MarginRuleSection() {
  return (
    <OptionalSection
      title="Margin rule"
      note="Pays equity for new gross-margin points, measured every few months on the hit path, up to a yearly cap. Points cut off by the cap are not carried forward."
      path={[...REFRESH, 'margin']}
      switchLabel="Refresh on gross-margin gains"
      fresh={newMarginRule}
    >
      <NoGainPathNote />
      <MarginRuleFields program={REFRESH} />
    </OptionalSection>
  );
}

/** The gain path's fields (under `offer.marginGain`). */
const GAIN_PATH: readonly GridNumber[] = [
  { key: 'points', label: 'Points at full', unit: 'pts' },
  { key: 'startMonth', label: 'Start month' },
  { key: 'fullMonth', label: 'Full month' },
  { key: 'probability', label: 'Probability', kind: 'percent' },
];

/** A new gain path: 2 points from month 4, in full from month 12, at 50 %. */
const newGainPath = () => ({
  points: n('2'),
  startMonth: n('4'),
  fullMonth: n('12'),
  probability: n('0.5'),
});

/** The refresh program a new one starts as: the offer's strike and fair value (else the 409A). */
function newOfferRefresh(draft: Draft) {
  return newRefreshProgram(
    getAt(draft, ['offer', 'equity', 'strike']) ?? getAt(draft, ['company', 'fmv409a']) ?? n('1'),
    getAt(draft, ['offer', 'equity', 'grantFairValue']) ??
      getAt(draft, ['company', 'fmv409a']) ??
      n('1'),
  );
}

/**
 * Refresh: the offer's earned refresh program (its terms, milestones and margin rule, edited with
 * the shared refresh editor of components/RefreshFields.tsx), plus the gain path the hire is
 * expected to add.
 */
export function RefreshScreen() {
  const hasRefresh = useHasPart(REFRESH);
  return (
    <>
      <OptionalSection
        title="Earned refresh program"
        note="Refresh grants are earned: each milestone and each margin gain grants shares when hit. The expected view weights each by its probability."
        path={REFRESH}
        switchLabel="Offer earned refreshes"
        fresh={newOfferRefresh}
      >
        <RefreshTermsFields program={REFRESH} />
      </OptionalSection>
      {hasRefresh && <MilestonesSection />}
      {hasRefresh && <MarginRuleSection />}
      <OptionalSection
        title="Gain path"
        note="The gross-margin points the hire's work adds if it lands: a ramp from the start month to the full month. It drives the runway views whether or not a refresh pays for it."
        path={GAIN}
        switchLabel="The hire adds gross margin"
        fresh={newGainPath}
      >
        <NumberFieldGrid under={GAIN} fields={GAIN_PATH} />
      </OptionalSection>
    </>
  );
}
