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

describe('the engine agrees with an independent reading of model.md §3', () => {
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

/** Optional fields (model.md §3.1 defaults table) that a scenario may leave out. */
const OPTIONAL: string[][] = [
  ['currency'],
  ['company', 'revenueGrowthMonthly'],
  ['company', 'opexGrowthMonthly'],
  ['offer', 'annualRaise'],
  ['offer', 'targetBonusPct'],
  ['offer', 'bonusPayoutPct'],
  ['offer', 'signOnBonus'],
  ['offer', 'employerLoadPct'],
  ['offer', 'recruitingFeePct'],
  ['offer', 'sizingPrice'],
  ['offer', 'marginGain', 'probability'],
  ['offer', 'equity', 'strike'],
  ['offer', 'equity', 'vestingMonths'],
  ['offer', 'equity', 'cliffMonths'],
  ['offer', 'equity', 'vestEveryMonths'],
  ['offer', 'refresh', 'strike'],
  ['offer', 'refresh', 'vestingMonths'],
  ['offer', 'refresh', 'cliffMonths'],
  ['offer', 'refresh', 'vestEveryMonths'],
  ['offer', 'refresh', 'milestones'],
  ['offer', 'refresh', 'margin', 'measureEveryMonths'],
  ['offer', 'refresh', 'margin', 'capPerYear'],
  ['market', 'compareAt'],
  ['exitPrices'],
  ['missCost'],
  ['missCost', 'idleComputeMonthly'],
  ['missCost', 'timeToFillDays'],
  ['missCost', 'roadmapDelayCostPerDay'],
  ['missCost', 'detectAtMonths'],
];

describe('defaults: scenarios that leave optional fields out', () => {
  it('agree with the reference on 150 generated scenarios with random fields omitted', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        scenarioInputArb({ maxHorizon: 36, maxRunway: 96 }),
        fc.subarray(OPTIONAL),
        (input, omit) => {
          const s = structuredClone(input) as Record<string, unknown>;
          for (const path of omit) {
            let at: Record<string, unknown> | undefined = s;
            for (const key of path.slice(0, -1))
              at = at?.[key] as Record<string, unknown> | undefined;
            if (at) delete at[path[path.length - 1]!];
          }
          // Some omissions make a scenario invalid (a default 12-month cliff on a 6-month
          // vesting; a default detection month beyond R): those are not this test's subject.
          let engine;
          try {
            engine = engineJson(s);
          } catch {
            return;
          }
          checked++;
          expect(engine).toEqual(referenceReport(s, BLS[input.market.role]!));
        },
      ),
      { numRuns: 150, seed: 31337 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('a scenario with only the required fields uses every default', () => {
    const minimal = {
      schema: 1,
      name: 'Minimal',
      startDate: '2027-03-01',
      company: {
        cash: 5_000_000,
        monthlyRevenue: 200_000,
        grossMargin: 0.7,
        monthlyOpex: 400_000,
        fullyDilutedShares: 10_000_000,
        unallocatedPoolShares: 1_000_000,
        preferredPrice: 3,
        fmv409a: 1,
      },
      offer: {
        candidate: 'A',
        role: 'B',
        level: 'C',
        location: 'D',
        baseSalary: 120_000,
        equity: { shares: 10_000, grantFairValue: 0.5 },
      },
      market: {
        bandSet: 'bls-oews-2024',
        role: 'Software Developers',
        level: 'All',
        location: 'US',
      },
    };
    const r = engineJson(minimal);
    expect(r).toEqual(referenceReport(minimal, BLS['Software Developers']!));
    // By hand: month 1 = 10,000 base + 25 % load = 12,500 (no fee, no sign-on).
    expect(r.schedule[0]).toMatchObject({
      base: '10000.00',
      load: '2500.00',
      fee: '0.00',
      hireCash: '12500.00',
    });
    expect(r.schedule).toHaveLength(48);
    expect(Object.keys(r.runway.market)).toEqual(['p50', 'p75', 'p90']);
    expect(Object.keys(r.missCost)).toEqual(['2', '9', 'savings']);
    expect(r.exitValue.hit).toEqual({});
    expect(r.marginRoi).toBeNull();
  });
});
