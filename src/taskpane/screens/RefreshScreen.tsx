import { Button } from '@fluentui/react-components';
import { JsonNumber } from '../../model/json-text.js';
import { getAt, type Draft } from '../draft.js';
import { listAt } from '../draft-lists.js';
import { FieldGrid, NumberField } from '../components/Fields.js';
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

/** The margin rule (it needs the gain path to pay anything). */
function MarginRuleSection() {
  const { draft } = useDraft();
  const hasGain = getAt(draft, GAIN) !== undefined;
  return (
    <OptionalSection
      title="Margin rule"
      note="Pays equity for new gross-margin points, measured every few months on the hit path, up to a yearly cap. Points cut off by the cap are not carried forward."
      path={[...REFRESH, 'margin']}
      switchLabel="Refresh on gross-margin gains"
      fresh={newMarginRule}
    >
      {!hasGain && (
        <p style={{ margin: 0 }}>
          Turn on the gain path below: without it no margin refresh is earned.
        </p>
      )}
      <MarginRuleFields program={REFRESH} />
    </OptionalSection>
  );
}

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
  const { draft } = useDraft();
  const hasRefresh = getAt(draft, REFRESH) !== undefined;
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
        <FieldGrid>
          <NumberField path={[...GAIN, 'points']} label="Points at full" unit="pts" />
          <NumberField path={[...GAIN, 'startMonth']} label="Start month" />
          <NumberField path={[...GAIN, 'fullMonth']} label="Full month" />
          <NumberField path={[...GAIN, 'probability']} label="Probability" kind="percent" />
        </FieldGrid>
      </OptionalSection>
    </>
  );
}
