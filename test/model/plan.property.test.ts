import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { runModel } from '../../src/model/model.js';
import { buildPlanReport, parsePlan, runPlan } from '../../src/model/plan/index.js';
import { stringifyReport } from '../../src/model/report.js';
import { parseScenario } from '../../src/model/scenario.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { defaultBands } from '../support/bands.js';
import { BLS_ROWS, planInputArb } from '../support/plan-arbitraries.js';
import { referencePlanReport } from '../support/plan-reference.js';
import { ROOT } from '../support/run-cli.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const bands = defaultBands();
const today = { today: '2026-11-26' };
const run = (doc: unknown) => runPlan(parsePlan(doc, today), bands);
const engineJson = (doc: unknown) => JSON.parse(stringifyReport(buildPlanReport(run(doc))));

describe('the plan engine agrees with an independent reading of model.md §10', () => {
  it('on the embedded default plan, field by field', () => {
    const doc = JSON.parse(readFileSync(`${ROOT}templates/plans/default-plan.json`, 'utf8'));
    expect(engineJson(doc)).toEqual(referencePlanReport(doc, BLS_ROWS));
  });

  it('on 60 generated plans (fixed seed), field by field', () => {
    fc.assert(
      fc.property(planInputArb(4), (doc) => {
        expect(engineJson(doc)).toEqual(referencePlanReport(doc, BLS_ROWS));
      }),
      { numRuns: 60, seed: 1010 },
    );
  });
});

/** A one-hire plan of a schema-1 scenario: its offer, starting in plan month `start`. */
function onePlan(s: any, start = 1): any {
  const { offer, market, ...rest } = s;
  return {
    ...rest,
    schema: 2,
    market: { bandSet: market.bandSet, compareAt: market.compareAt },
    hires: [
      {
        startMonth: start,
        offer,
        market: { role: market.role, level: market.level, location: market.location },
      },
    ],
  };
}

describe('plan properties (model.md §10)', () => {
  it('a one-hire plan starting in month 1 gives exactly the schema-1 offer views', () => {
    fc.assert(
      fc.property(scenarioInputArb({ maxHorizon: 36, maxRunway: 96 }), (s) => {
        const m = runModel(parseScenario(s, today), bands);
        const p = run(onePlan(s));
        expect(p.views.baseline.runway).toEqual(m.views.baseline.runway);
        expect(p.views.planNoGain.runway).toEqual(m.views.offerNoGain.runway);
        expect(p.views.planExpected.runway).toEqual(m.views.offerExpected.runway);
        expect(p.views.planHit.runway).toEqual(m.views.offerHit.runway);
        expect(p.views.planExpected.cash).toEqual(m.views.offerExpected.cash);
        for (const pct of s.market.compareAt as ('p50' | 'p75')[]) {
          expect(p.market[pct]!.runway).toEqual(m.market[pct]!.runway);
          expect(p.cashCost.market[pct]).toEqual(m.cashCost.market[pct]);
        }
        expect(p.cashCost.plan).toEqual(m.cashCost.offer);
        expect(p.equity).toEqual(m.equity);
        expect(p.vested).toEqual(m.vested);
        expect(p.sbc).toEqual(m.sbc);
        expect(p.exitValue).toEqual(m.exitValue);
        expect(p.hires[0]!.band).toEqual(m.band);
        expect(p.hireCash.slice(0, s.horizonMonths)).toEqual(
          m.offerCost.slice(0, s.horizonMonths).map((c) => c.hireCash),
        );
      }),
      { numRuns: 60, seed: 77 },
    );
  });

  it('adding a hire never lengthens planNoGain', () => {
    fc.assert(
      fc.property(planInputArb(4), (doc) => {
        fc.pre(doc.hires.length >= 2);
        const fewer = { ...doc, hires: doc.hires.slice(0, -1) };
        const a = run(fewer).views.planNoGain.runway;
        const b = run(doc).views.planNoGain.runway;
        // Beyond the horizon (null) is longer than any runway.
        if (a.months === null) return;
        expect(b.months).not.toBeNull();
        expect(b.months!.lessThanOrEqualTo(a.months)).toBe(true);
        expect(b.days!).toBeLessThanOrEqual(a.days!);
      }),
      { numRuns: 40, seed: 5 },
    );
  });

  it('hire order does not change any plan figure', () => {
    fc.assert(
      fc.property(
        planInputArb(4).chain((doc) =>
          fc.tuple(
            fc.constant(doc),
            fc.shuffledSubarray(
              doc.hires.map((_: unknown, i: number) => i),
              {
                minLength: doc.hires.length,
              },
            ),
          ),
        ),
        ([doc, shuffledOrder]) => {
          const order = shuffledOrder as number[];
          const shuffled = { ...doc, hires: order.map((i) => doc.hires[i]) };
          const a = engineJson(doc);
          const b = engineJson(shuffled);
          expect(b.hires).toEqual(order.map((i) => a.hires[i]));
          delete a.hires;
          delete b.hires;
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 30, seed: 9 },
    );
  });

  it("a plan's cash cost and granted shares are the sums of its hires'", () => {
    fc.assert(
      fc.property(planInputArb(5), (doc) => {
        const j = engineJson(doc);
        const total = (pick: (h: any) => string | number) =>
          j.hires.reduce((a: Decimal, h: any) => a.plus(new Decimal(pick(h))), new Decimal(0));
        expect(total((h) => h.cashCost).toFixed(2)).toBe(j.cashCost.plan);
        expect(total((h) => h.equity.hit.grantedShares).toNumber()).toBe(
          j.equity.hit.grantedShares,
        );
        expect(total((h) => h.equity.none.grantedShares).toNumber()).toBe(
          j.equity.none.grantedShares,
        );
        // Expected counts are rounded to four decimals for output: the sum agrees within them.
        expect(
          total((h) => h.equity.expected.grantedShares)
            .minus(j.equity.expected.grantedShares)
            .abs()
            .lessThanOrEqualTo(new Decimal('0.0001').times(j.hires.length)),
        ).toBe(true);
      }),
      { numRuns: 30, seed: 11 },
    );
  });
});
