import type { BandSet } from '../model/bands.js';
import { localDate } from '../model/format.js';
import { InputError } from '../model/messages.js';
import { runModel, type ModelResult } from '../model/model.js';
import { parseScenario, type Scenario } from '../model/scenario.js';
import type { Draft } from './draft.js';
import { parseProblem, type Problem } from './problems.js';

export type Evaluation =
  { ok: true; scenario: Scenario; result: ModelResult } | { ok: false; problems: Problem[] };

/** Today's local date, YYYY-MM-DD (the schema's startDate default reads it). */
export function localToday(now = new Date()): string {
  return localDate(now);
}

/**
 * Validates the draft with the engine's schema and runs the model, in-process. Bad input comes
 * back as problems (never thrown); anything else thrown is a bug and propagates.
 */
export function evaluate(
  draft: Draft,
  bandSets: Readonly<Record<string, BandSet>>,
  today = localToday(),
): Evaluation {
  try {
    const scenario = parseScenario(draft, { today }, 'scenario');
    const set = bandSets[scenario.market.bandSet];
    if (!set) {
      const known = Object.keys(bandSets).join(', ');
      return {
        ok: false,
        problems: [
          {
            path: 'market.bandSet',
            reason: `no band set named "${scenario.market.bandSet}" is loaded (loaded: ${known}); import its CSV on the Market screen`,
          },
        ],
      };
    }
    return { ok: true, scenario, result: runModel(scenario, set) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, problems: err.problems.map(parseProblem) };
    throw err;
  }
}
