import type { BandSet } from '../../model/bands.js';
import { JsonNumber } from '../../model/json-text.js';
import { FieldGrid, NumberField } from '../components/Fields.js';
import { getAt, textFromValue, type Draft } from '../draft.js';
import type { RiskSubject } from '../risk/protocol.js';
import type { RiskCheckpoints } from '../screens/RiskScreen.js';
import { useDraft } from '../state.js';
import { toPlainBandSet } from './plan-eval.js';
import { hireName, hiresOf, planText, templateNames } from './plan-draft.js';

/**
 * Plan mode's side of the Risk view (docs/model.md §11 on a plan): the plan as the subject (with
 * the band set its hires read), each template's and each hire's miss probability, and the
 * checkpoints written in the plan.
 */
export function planRiskSubject(
  draft: Draft,
  bandSets: Readonly<Record<string, BandSet>>,
): RiskSubject {
  const name = getAt(draft, ['market', 'bandSet']);
  const set = typeof name === 'string' ? bandSets[name] : undefined;
  return {
    kind: 'plan',
    text: planText(draft),
    bandSet: set ? toPlainBandSet(set) : { name: String(name ?? ''), rows: [] },
  };
}

/** A hire's miss probability: its own, else its template's (shown as the empty field's hint). */
function inheritedMiss(draft: Draft, hire: number): string | undefined {
  const template = getAt(draft, ['hires', hire, 'template']);
  if (typeof template !== 'string') return undefined;
  const value = getAt(draft, ['templates', template, 'missProbability']);
  return `${value === undefined ? '0' : textFromValue(value, 'percent')} % (${template})`;
}

/** Each template's miss probability, then each hire's (empty: the template's). */
export function PlanMissInputs() {
  const { draft } = useDraft();
  return (
    <>
      <FieldGrid>
        {templateNames(draft).map((name, i) => (
          <NumberField
            key={name}
            path={['templates', name, 'missProbability']}
            label={`Template "${name}" misses`}
            kind="percent"
            testId={`risk-template-${i}-miss`}
            hint="cannot ship; 0 % by default"
          />
        ))}
      </FieldGrid>
      <FieldGrid>
        {hiresOf(draft).map((hire, i) => (
          <NumberField
            key={i}
            path={['hires', i, 'offer', 'missProbability']}
            label={`${hireName(hire, i)} misses`}
            kind="percent"
            testId={`risk-hire-${i}-miss`}
            placeholder={inheritedMiss(draft, i)}
          />
        ))}
      </FieldGrid>
    </>
  );
}

/** The plan's checkpoints (month numbers as written; null until they are whole numbers). */
export function planCheckpoints(draft: Draft): RiskCheckpoints | null {
  const months = getAt(draft, ['missCost', 'detectAtMonths']);
  const fill = getAt(draft, ['missCost', 'timeToFillDays']);
  if (!Array.isArray(months) || months.length === 0 || !(fill instanceof JsonNumber)) return null;
  const n = months.map((m) => (m instanceof JsonNumber ? Number(m.text) : NaN));
  if (!n.every(Number.isInteger) || !Number.isInteger(Number(fill.text))) return null;
  return { early: Math.min(...n), late: Math.max(...n), timeToFillDays: Number(fill.text) };
}
