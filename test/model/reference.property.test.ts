import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/model.js';
import { buildReport, stringifyReport } from '../../src/model/report.js';
import { parseScenario } from '../../src/model/scenario.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { defaultBands } from '../support/bands.js';
import { referenceReport, type BandRow } from '../support/reference-model.js';
import { ROOT } from '../support/run-cli.js';

const bands = defaultBands();
const BLS: Record<string, BandRow> = {
  'Data Scientists': { p10: 63650, p25: 82630, p50: 112590, p75: 155810, p90: 194410 },
  'Software Developers': { p10: 79850, p25: 103050, p50: 133080, p75: 169000, p90: 211450 },
};
const engineJson = (input: unknown) =>
  JSON.parse(
    stringifyReport(buildReport(runModel(parseScenario(input, { today: '2026-11-26' }), bands))),
  );

describe('the engine agrees with an independent reading of DESIGN §3', () => {
  it('on the default scenario, field by field', () => {
    const input = JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8'));
    expect(engineJson(input)).toEqual(referenceReport(input, BLS['Data Scientists']!));
  });

  it('on 150 generated scenarios (fixed seed), field by field', () => {
    fc.assert(
      fc.property(scenarioInputArb({ maxHorizon: 36, maxRunway: 96 }), (input) => {
        expect(engineJson(input)).toEqual(referenceReport(input, BLS[input.market.role]!));
      }),
      { numRuns: 150, seed: 424242 },
    );
  });
});
