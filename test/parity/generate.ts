/**
 * Valid scenarios for the LibreOffice parity proof, the plan generator and the golden hashes:
 * the one scenario generator (test/support/arbitraries.ts) with formula-like names, sampled from
 * a fixed seed and passed through the real parser (as JSON text, so every number is the decimal
 * written).
 */
import fc from 'fast-check';
import { parseScenarioText, type Scenario } from '../../src/model/scenario.js';
import { HOSTILE, scenarioInputArb } from '../support/arbitraries.js';

export { HOSTILE };

/** Schedule horizons up to 48 months, runways up to 108 (the parity workbooks stay small). */
export const scenarioInput = scenarioInputArb({
  maxHorizon: 48,
  maxRunway: 108,
  hostileText: true,
});

/** `count` valid scenarios from a fixed seed (reproducible). */
export function generateScenarios(
  count: number,
  seed: number,
): { input: Record<string, unknown>; scenario: Scenario }[] {
  const inputs = fc.sample(scenarioInput, { numRuns: count, seed }) as Record<string, unknown>[];
  return inputs.map((input, i) => ({
    input,
    scenario: parseScenarioText(
      JSON.stringify(input),
      { today: '2026-11-26' },
      `generated scenario ${i + 1}`,
    ),
  }));
}
