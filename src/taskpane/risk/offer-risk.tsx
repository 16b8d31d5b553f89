import { findBand, type BandSet } from '../../model/bands.js';
import type { ModelResult } from '../../model/model.js';
import { PERCENTILES, type Percentile } from '../../model/schema.js';
import { FieldGrid, NumberField } from '../components/Fields.js';
import { getAt, stringifyDraft, type Draft } from '../draft.js';
import type { RiskCheckpoints } from '../screens/RiskScreen.js';
import type { RiskSubject } from './protocol.js';

/**
 * Offer mode's side of the Risk view: the scenario as the subject (with the one band row it
 * reads), the offer's miss probability, and the checkpoints of the last valid result.
 */
export function scenarioRiskSubject(
  draft: Draft,
  bandSets: Readonly<Record<string, BandSet>>,
): RiskSubject {
  const str = (path: string[]) => {
    const v = getAt(draft, path);
    return typeof v === 'string' ? v : '';
  };
  const name = str(['market', 'bandSet']);
  const set = bandSets[name];
  const band = set
    ? findBand(set, str(['market', 'role']), str(['market', 'level']), str(['market', 'location']))
    : null;
  const rows = band
    ? [
        {
          ...band,
          values: Object.fromEntries(
            PERCENTILES.map((p) => [p, band.values[p].toString()]),
          ) as Record<Percentile, string>,
        },
      ]
    : [];
  return { kind: 'scenario', text: stringifyDraft(draft), bandSet: { name, rows } };
}

export function OfferMissInputs() {
  return (
    <FieldGrid>
      <NumberField
        path={['offer', 'missProbability']}
        label="Chance this hire misses"
        kind="percent"
        testId="miss-probability"
        hint="cannot ship; 0 % by default"
      />
    </FieldGrid>
  );
}

export function offerCheckpoints(result: ModelResult | null): RiskCheckpoints | null {
  const m = result?.scenario.missCost;
  if (!m) return null;
  return {
    early: Math.min(...m.detectAtMonths),
    late: Math.max(...m.detectAtMonths),
    timeToFillDays: m.timeToFillDays,
  };
}
