import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { runModel, type ModelResult } from '../../src/model/model.js';
import { parseScenario, type Scenario } from '../../src/model/scenario.js';
import { sbcExpense, sbcTotal } from '../../src/model/sbc.js';
import { vestedShares } from '../../src/model/vesting.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { defaultBands } from '../support/bands.js';

const bands = defaultBands();
const opts = { today: '2026-11-26' };
const model = (input: unknown): ModelResult => runModel(parseScenario(input, opts), bands);
const runs = { numRuns: 60, seed: 20261126 };
/** Runway in months with "beyond R" as +∞, for comparisons. */
const months = (r: { months: Decimal | null }) =>
  r.months === null ? Infinity : r.months.toNumber();

const scheduleArb = fc
  .record({ every: fc.integer({ min: 1, max: 6 }), periods: fc.integer({ min: 1, max: 24 }) })
  .chain(({ every, periods }) =>
    fc.integer({ min: 0, max: periods }).map((c) => ({
      vestingMonths: every * periods,
      cliffMonths: c * every,
      vestEveryMonths: every,
    })),
  );

describe('vesting and expense invariants', () => {
  it('vested never exceeds granted and never decreases', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), scheduleArb, (g, s) => {
        let prev = new Decimal(0);
        for (let t = -2; t <= s.vestingMonths + 3; t++) {
          const v = vestedShares(new Decimal(g), s, t);
          expect(v.lessThanOrEqualTo(g)).toBe(true);
          expect(v.greaterThanOrEqualTo(prev)).toBe(true);
          prev = v;
        }
        expect(prev.toNumber()).toBe(g);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it('a grant’s expense over its full service period sums exactly to its total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 400_000 }),
        fc.integer({ min: 1, max: 120 }),
        (shares, fv, n) => {
          const total = sbcTotal(new Decimal(shares), new Decimal(fv).div(10_000));
          let s = new Decimal(0);
          for (let t = 0; t <= n + 2; t++) s = s.plus(sbcExpense(total, n, t));
          expect(s.equals(total)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 2 },
    );
  });
});

describe('model invariants over generated scenarios', () => {
  it('the hire never lengthens runway without a margin gain: offerNoGain ≤ baseline', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const m = model(input);
        expect(months(m.views.offerNoGain.runway)).toBeLessThanOrEqual(
          months(m.views.baseline.runway),
        );
      }),
      runs,
    );
  });

  it('a higher base salary never lengthens runway', () => {
    fc.assert(
      fc.property(scenarioInputArb(), fc.integer({ min: 1, max: 200_000 }), (input, raise) => {
        const higher = structuredClone(input);
        // To the cent: a float sum of a cents base and the raise can carry a third decimal.
        higher.offer.baseSalary = Math.round((input.offer.baseSalary + raise) * 100) / 100;
        const a = model(input);
        const b = model(higher);
        for (const v of ['offerNoGain', 'offerExpected', 'offerHit'] as const)
          expect(months(b.views[v].runway)).toBeLessThanOrEqual(months(a.views[v].runway));
      }),
      runs,
    );
  });

  it('expected lies between none and hit (granted, vested, expense, exit value)', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const m = model(input);
        const between = (lo: Decimal, x: Decimal, hi: Decimal) => {
          expect(x.greaterThanOrEqualTo(lo)).toBe(true);
          expect(x.lessThanOrEqualTo(hi)).toBe(true);
        };
        between(
          m.equity.none.grantedShares,
          m.equity.expected.grantedShares,
          m.equity.hit.grantedShares,
        );
        m.vested.expected.forEach((x, i) => between(m.vested.none[i]!, x, m.vested.hit[i]!));
        m.exitValue.expected.forEach((x, i) =>
          between(m.exitValue.none[i]!, x, m.exitValue.hit[i]!),
        );
        // Expense is ≥ 0 and rounding is monotone, so even the rounded weighted sum stays inside.
        m.sbc.expected.forEach((x, i) => between(m.sbc.none[i]!, x, m.sbc.hit[i]!));
      }),
      runs,
    );
  });

  it('a full-vested grant books its whole value inside H', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const m = model(input);
        for (const g of m.grants) {
          const booked = g.expense.reduce((a, b) => a.plus(b), new Decimal(0));
          if (g.grant.month + g.grant.schedule.vestingMonths <= m.scenario.horizonMonths)
            expect(booked.equals(g.sbcTotal)).toBe(true);
          else expect(booked.lessThanOrEqualTo(g.sbcTotal)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('cash balances follow cash_k = cash_{k−1} − netBurn_k and runway matches the first negative month', () => {
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const m = model(input);
        const v = m.views.offerExpected;
        const k = v.runway.cashOutMonth;
        if (k === null) expect(v.cash.every((c) => c.greaterThanOrEqualTo(0))).toBe(true);
        else {
          expect(v.cash[k]!.lessThan(0)).toBe(true);
          expect(v.cash.slice(0, k).every((c) => c.greaterThanOrEqualTo(0))).toBe(true);
          expect(v.runway.months!.greaterThanOrEqualTo(k - 1)).toBe(true);
          expect(v.runway.months!.lessThan(k)).toBe(true);
        }
      }),
      runs,
    );
  });
});

describe('scenario round trip', () => {
  it('scenarioToInput → parseScenario gives back an equal scenario', async () => {
    const { scenarioToInput } = await import('../../src/model/scenario.js');
    const canon = (s: Scenario) => JSON.stringify(s);
    fc.assert(
      fc.property(scenarioInputArb(), (input) => {
        const s = parseScenario(input, opts);
        const again = parseScenario(JSON.parse(JSON.stringify(scenarioToInput(s))), opts);
        expect(canon(again)).toBe(canon(s));
      }),
      runs,
    );
  });
});
