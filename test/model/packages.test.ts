import { describe, expect, it } from 'vitest';
import {
  breakEven,
  breakEvenDelta,
  breakEvenExact,
  type CandidateTerms,
  type ValueLeg,
} from '../../src/model/candidate-value.js';
import { Decimal } from '../../src/model/decimal.js';
import { InputError } from '../../src/model/messages.js';
import { runModel } from '../../src/model/model.js';
import { buildReport, stringifyReport } from '../../src/model/report.js';
import { parseScenario, scenarioToInput } from '../../src/model/scenario.js';
import { defaultBands } from '../support/bands.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const d = (x: string | number) => new Decimal(x);
const leg = (vested: number, strike: number | string, weight: number | string = 1): ValueLeg => ({
  weight: d(weight),
  vested: d(vested),
  strike: d(strike),
});
const terms = (cash: number | string, legs: ValueLeg[]): CandidateTerms => ({
  cash: d(cash),
  legs,
});
const cents = (x: Decimal | null) => (x === null ? null : x.toFixed(2));

describe('break-even price, hand-worked (docs/model.md §9)', () => {
  it('no crossing: less cash and fewer options → null', () => {
    // Δ(P) = (90,000 − 100,000) + 1,000·max(0,P−1) − 2,000·max(0,P−1)
    //      = −10,000 − 1,000·max(0,P−1): σ = 1,000 − 2,000 = −1,000 < 0 → no price.
    const first = terms(100_000, [leg(2_000, 1)]);
    const pkg = terms(90_000, [leg(1_000, 1)]);
    expect(breakEven(pkg, first)).toBeNull();
  });

  it('σ = 0 and Δ < 0 past the last kink → null', () => {
    // Same equity, 1 dollar less cash: Δ(P) = −1 everywhere.
    const first = terms(100_001, [leg(5_000, 2)]);
    const pkg = terms(100_000, [leg(5_000, 2)]);
    expect(breakEven(pkg, first)).toBeNull();
  });

  it('crossing exactly at a kink: 3.00, not rounded up to 3.01', () => {
    // Package i: 20,000 less cash, 10,000 options at 1 and 5,000 at 3; package 1: no equity.
    // Δ(P) = −20,000 + 10,000·max(0,P−1) + 5,000·max(0,P−3).
    // Δ(1) = −20,000; Δ(3) = −20,000 + 10,000·2 = 0; past 3 the slope is 15,000 > 0.
    // Lowest P with Δ ≥ 0 from there on: 3 exactly.
    const first = terms(120_000, []);
    const pkg = terms(100_000, [leg(10_000, 1), leg(5_000, 3)]);
    expect(breakEvenExact(pkg, first)?.toString()).toBe('3');
    expect(cents(breakEven(pkg, first))).toBe('3.00');
  });

  it('crossing between two kinks, rounded up to the cent', () => {
    // Δ(P) = −25,000.01 + 10,000·max(0,P−1) + 10,000·max(0,P−4).
    // Δ(1) = −25,000.01; Δ(4) = −25,000.01 + 30,000 = 4,999.99 ≥ 0, so the root is in [1, 4]:
    // −25,000.01 + 10,000·(P − 1) = 0 → P = 1 + 2.500001 = 3.500001 → ROUNDUP → 3.51.
    const first = terms(125_000.01, []);
    const pkg = terms(100_000, [leg(10_000, 1), leg(10_000, 4)]);
    expect(breakEvenExact(pkg, first)?.toString()).toBe('3.500001');
    expect(cents(breakEven(pkg, first))).toBe('3.51');
  });

  it('always ahead: more cash and more options → 0.00', () => {
    // Δ(P) = 1,000 + 2,000·max(0,P−1) − 1,000·max(0,P−1) = 1,000 + 1,000·max(0,P−1) ≥ 1,000.
    const first = terms(100_000, [leg(1_000, 1)]);
    const pkg = terms(101_000, [leg(2_000, 1)]);
    expect(cents(breakEven(pkg, first))).toBe('0.00');
  });

  it('options against RSUs: Δ(0) = 0 is not enough when Δ dips below', () => {
    // Package 1: 10,000 RSUs (strike 0). Package i: 40,000 options at 1.20, same cash.
    // Δ(P) = 40,000·max(0,P−1.2) − 10,000·P. Δ(0) = 0 but Δ(1.2) = −12,000;
    // past 1.2 the slope is 30,000: −12,000 + 30,000·(P − 1.2) = 0 → P = 1.6 → 1.60.
    const first = terms(100_000, [leg(10_000, 0)]);
    const pkg = terms(100_000, [leg(40_000, '1.2')]);
    expect(cents(breakEven(pkg, first))).toBe('1.60');
    // With 5,000 more cash: Δ(1.2) = 5,000 − 12,000 = −7,000 → P = 1.2 + 7,000/30,000
    // = 1.4333… → ROUNDUP → 1.44.
    const richer = terms(105_000, [leg(40_000, '1.2')]);
    expect(cents(breakEven(richer, first))).toBe('1.44');
    expect(breakEvenDelta(richer, first, d('1.44')).greaterThanOrEqualTo(0)).toBe(true);
    expect(breakEvenDelta(richer, first, d('1.43')).lessThan(0)).toBe(true);
  });

  it('weights: a milestone grant counts at its probability', () => {
    // Package i: 10,000 options at 1 with p = 0.5 → 5,000 expected; 10,000 less cash.
    // Δ(P) = −10,000 + 0.5·10,000·max(0,P−1) = 0 → P = 3 → 3.00.
    const first = terms(50_000, []);
    const pkg = terms(40_000, [leg(10_000, 1, '0.5')]);
    expect(cents(breakEven(pkg, first))).toBe('3.00');
  });
});

const bands = defaultBands();
const TODAY = { today: '2026-12-01' };

/** A small scenario worked by hand: H = 12, options that vest fully in 12 months, no cliff. */
function handScenario(packages: unknown[]): any {
  return {
    schema: 1,
    name: 'Packages by hand',
    startDate: '2027-01-01',
    horizonMonths: 12,
    runwayHorizonMonths: 24,
    company: {
      cash: 1_000_000,
      monthlyRevenue: 0,
      grossMargin: 0.5,
      monthlyOpex: 50_000,
      fullyDilutedShares: 10_000_000,
      unallocatedPoolShares: 1_000_000,
      preferredPrice: 4,
      fmv409a: 1,
    },
    offer: {
      candidate: 'A',
      role: 'ML Engineer',
      level: 'Senior',
      location: 'US',
      baseSalary: 120_000,
      employerLoadPct: 0,
      equity: {
        shares: 10_000,
        strike: 1,
        grantFairValue: 0.5,
        vestingMonths: 12,
        cliffMonths: 0,
      },
    },
    market: { bandSet: 'bls-oews-2024', role: 'Data Scientists', level: 'All', location: 'US' },
    exitPrices: [2],
    packages,
  };
}
const json = (input: unknown) =>
  JSON.parse(stringifyReport(buildReport(runModel(parseScenario(input, TODAY), bands))));

describe('packages through the engine, by hand', () => {
  const report = json(
    handScenario([
      { name: 'Cash' },
      { name: 'Equity', baseSalary: 96_000, equity: { shares: 40_000 } },
      { name: 'RSU', baseSalary: 96_000, equity: { instrument: 'rsu', shares: 20_000 } },
    ]),
  );

  it('candidate cash, total, runway and break-even', () => {
    // Cash: base_k = 120,000/12 = 10,000 for 12 months = 120,000; no bonus or sign-on.
    expect(report.candidateCash).toBe('120000.00');
    // All 10,000 options vested at month 12, worth 2 − 1 = 1 each: 120,000 + 10,000.
    expect(report.candidateTotal.expected['2.00']).toBe('130000.00');
    const [cash, equity, rsu] = report.packages;
    expect(cash.name).toBe('Cash');
    expect(cash.candidateCash).toBe('120000.00');
    expect(cash.breakEven).toBeNull();
    // Equity: 8,000 × 12 = 96,000; 40,000 options × (2 − 1) = 40,000 → 136,000.
    expect(equity.candidateCash).toBe('96000.00');
    expect(equity.candidateTotal.expected['2.00']).toBe('136000.00');
    // Δ(P) = −24,000 + (40,000 − 10,000)·max(0, P − 1) = 0 → P = 1.8.
    expect(equity.breakEven).toBe('1.80');
    // RSUs: the offer's strike 1 is treated as 0. Δ(P) = −24,000 + 20,000·P − 10,000·max(0,P−1)
    // Δ(1) = −4,000; past 1 the slope is 10,000 → P = 1 + 0.4 = 1.4.
    expect(rsu.breakEven).toBe('1.40');
    expect(rsu.exitValue.expected['2.00']).toBe('40000.00');
  });

  it('runway: each package pays its own cash, the market views stay the scenario’s', () => {
    // Offer: burn 50,000 + 10,000 = 60,000 a month with no revenue; 1,000,000 / 60,000 = 16.67
    // months → cash_16 = 40,000, month 17 burns 60,000 → runway 16 + 40,000/60,000 = 16.666…
    expect(report.runway.offerNoGain.months).toBe('16.67');
    // Equity: 50,000 + 8,000 = 58,000; 1,000,000/58,000 = 17.24… → cash_17 = 14,000,
    // runway 17 + 14,000/58,000 = 17.2414 → days ROUND(17.2414 × 30.4375) = 525.
    const equity = report.packages[1];
    expect(equity.runway.offerNoGain.months).toBe('17.24');
    expect(equity.runway.offerNoGain.days).toBe(525);
    expect(equity.cashCost).toBe('96000.00');
    // daysGained = package offerExpected.days − the scenario's market days.
    for (const p of ['p50', 'p75', 'p90'])
      expect(equity.daysGained[p]).toBe(
        equity.runway.offerExpected.days - report.runway.market[p].days,
      );
    expect(Object.keys(equity)).toEqual([
      'name',
      'runway',
      'daysGained',
      'cashCost',
      'equity',
      'exitValue',
      'candidateCash',
      'candidateTotal',
      'breakEven',
      'band',
      'marginRoi',
      'missCost',
    ]);
  });

  it('a scenario without packages has no "packages" key', () => {
    const input = handScenario([]);
    delete input.packages;
    const r = json(input);
    expect(r.packages).toBeUndefined();
    expect(r.candidateCash).toBe('120000.00');
  });
});

describe('package validation (docs/model.md §9)', () => {
  const problems = (packages: unknown): string[] => {
    try {
      parseScenario({ ...handScenario([]), packages }, TODAY);
    } catch (e) {
      if (e instanceof InputError) return [...e.problems];
      throw e;
    }
    return [];
  };

  it('names the path of each problem', () => {
    expect(problems([{ name: 'A', employerLoadPct: 0.3 }])).toEqual([
      'packages[0].employerLoadPct: is not a field a package may set (a package may set only name, baseSalary, annualRaise, targetBonusPct, bonusPayoutPct, signOnBonus, equity, refresh)',
    ]);
    expect(problems([])).toEqual([
      'packages: must hold 1 to 4 packages (the candidate chooses one), got 0',
    ]);
    expect(problems([1, 2, 3, 4, 5].map((i) => ({ name: `P${i}` })))[0]).toMatch(
      /^packages: must hold 1 to 4 packages .*got 5$/,
    );
    expect(problems([{ name: 'Cash' }, { name: 'CASH' }])).toEqual([
      `packages[1].name: must differ from every other package's name ignoring case, got "CASH", the name of packages[0]`,
    ]);
    expect(problems([{ name: 'A', equity: { value: 1000 } }])).toEqual([]);
    expect(problems([{ name: 'A', equity: { value: 1000, shares: 5 } }])).toEqual([
      'packages[0].equity: give exactly one of "shares", "value" or "percentOfFullyDiluted" for the initial grant, got "shares" and "value"',
    ]);
    expect(
      problems([{ name: 'A' }, { name: 'B', equity: { vestingMonths: 6, cliffMonths: 12 } }]),
    ).toEqual(['packages[1].equity.cliffMonths: must not exceed vestingMonths (6), got 12']);
    expect(problems([{ name: 'A', baseSalary: -1 }])).toEqual([
      'packages[0].baseSalary: must be at least 0, got -1',
    ]);
    expect(problems([{ name: 'A', equity: { sharez: 1 } }])).toEqual([
      'packages[0].equity.sharez: is not a field of scenario schema 1 (check the spelling)',
    ]);
    expect(problems([{ name: '' }])).toEqual(['packages[0].name: must not be empty']);
    expect(problems([{ name: 'x'.repeat(61) }])).toEqual([
      'packages[0].name: must be at most 60 characters, got 61',
    ]);
    expect(problems([{ name: 'x'.repeat(60) }])).toEqual([]);
    expect(problems([{ baseSalary: 1 }])).toEqual(['packages[0].name: is required']);
  });

  it('a problem of the offer itself is reported once, at offer.…', () => {
    const input = handScenario([{ name: 'A' }, { name: 'B', baseSalary: 100 }]);
    input.offer.equity.cliffMonths = 13;
    expect(() => parseScenario(input, TODAY)).toThrow(InputError);
    try {
      parseScenario(input, TODAY);
    } catch (e) {
      expect((e as InputError).problems).toEqual([
        'offer.equity.cliffMonths: must not exceed vestingMonths (12), got 13',
      ]);
    }
  });

  it('a refresh of null removes the program; an object replaces it whole with its defaults', () => {
    const input = handScenario([
      { name: 'No refresh', refresh: null },
      { name: 'Own refresh', refresh: { grantFairValue: 0.4 } },
    ]);
    input.offer.refresh = {
      grantFairValue: 0.5,
      vestingMonths: 12,
      milestones: [{ name: 'Ship', dueDay: 30, value: 10_000 }],
    };
    const s = parseScenario(input, TODAY);
    expect(s.packages[0]!.offer.refresh).toBeNull();
    const own = s.packages[1]!.offer.refresh!;
    expect(own.milestones).toEqual([]);
    expect(own.schedule).toEqual({ vestingMonths: 24, cliffMonths: 0, vestEveryMonths: 1 });
    expect(own.grantFairValue.toString()).toBe('0.4');
  });

  it('equity merges field by field; a new size replaces the old one', () => {
    const s = parseScenario(
      handScenario([{ name: 'A', equity: { value: 40_000, cliffMonths: 6 } }]),
      TODAY,
    );
    const e = s.packages[0]!.offer.equity;
    expect(e.size).toEqual({ kind: 'value', value: d(40_000) });
    expect(e.schedule).toEqual({ vestingMonths: 12, cliffMonths: 6, vestEveryMonths: 1 });
    expect(e.grantFairValue.toString()).toBe('0.5'); // kept from the offer
    expect(e.strike.toString()).toBe('1');
  });

  it('scenarioToInput keeps each package as written and round-trips', () => {
    const packages = [
      { name: 'Cash', baseSalary: 150_000 },
      { name: 'Balanced' },
      { name: 'Equity', equity: { shares: 50_000 }, refresh: null },
    ];
    const s = parseScenario(handScenario(packages), TODAY);
    const doc = scenarioToInput(s);
    expect(JSON.parse(JSON.stringify(doc.packages))).toEqual(packages);
    expect(parseScenario(doc, TODAY)).toEqual(s);
    // Inherited terms follow the offer when it changes.
    (doc.offer as any).signOnBonus = 5_000;
    expect(parseScenario(doc, TODAY).packages[0]!.offer.signOnBonus.toString()).toBe('5000');
  });
});
