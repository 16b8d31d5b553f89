import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenDelta, breakEvenKinks } from '../../src/model/candidate-value.js';
import { Decimal } from '../../src/model/decimal.js';
import { runModel } from '../../src/model/model.js';
import { candidateTerms } from '../../src/model/packages.js';
import { buildReport, stringifyReport } from '../../src/model/report.js';
import { parseScenario } from '../../src/model/scenario.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { defaultBands } from '../support/bands.js';
import { withPackagesArb } from '../support/package-arbitraries.js';
import { referenceReport, type BandRow } from '../support/reference-model.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const bands = defaultBands();
const TODAY = { today: '2026-11-26' };
const BLS: Record<string, BandRow> = {
  'Data Scientists': { p10: 63650, p25: 82630, p50: 112590, p75: 155810, p90: 194410 },
  'Software Developers': { p10: 79850, p25: 103050, p50: 133080, p75: 169000, p90: 211450 },
};
const engineJson = (input: unknown) =>
  JSON.parse(stringifyReport(buildReport(runModel(parseScenario(input, TODAY), bands))));
const OPTS = { maxHorizon: 36, maxRunway: 84 };
const SMALL = { maxHorizon: 24, maxRunway: 48 };

describe('packages agree with an independent reading of docs/model.md §9', () => {
  it('on 50 generated scenarios with 1–4 packages (fixed seed), field by field', () => {
    fc.assert(
      fc.property(withPackagesArb(SMALL), (input: any) => {
        expect(engineJson(input)).toEqual(referenceReport(input, BLS[input.market.role]!));
      }),
      { numRuns: 50, seed: 90210 },
    );
  });
});

describe('package properties', () => {
  it('a package identical to the offer gives the offer’s figures exactly', () => {
    fc.assert(
      fc.property(scenarioInputArb(OPTS), (input: any) => {
        const o = input.offer;
        // One package inherits everything; the other restates the offer's own values.
        const restated: Record<string, unknown> = { name: 'Restated', baseSalary: o.baseSalary };
        for (const k of ['annualRaise', 'targetBonusPct', 'bonusPayoutPct', 'signOnBonus'])
          if (k in o) restated[k] = o[k];
        restated.equity = { ...o.equity };
        if (o.refresh) restated.refresh = o.refresh;
        else restated.refresh = null;
        const r = engineJson({ ...input, packages: [{ name: 'As written' }, restated] });
        for (const p of r.packages) {
          expect(p.runway).toEqual({
            offerNoGain: r.runway.offerNoGain,
            offerExpected: r.runway.offerExpected,
            offerHit: r.runway.offerHit,
          });
          expect(p.cashCost).toBe(r.cashCost.offer);
          expect(p.equity).toEqual(r.equity);
          expect(p.exitValue).toEqual(r.exitValue);
          expect(p.candidateCash).toBe(r.candidateCash);
          expect(p.candidateTotal).toEqual(r.candidateTotal);
          expect(p.band).toEqual(r.band);
          expect(p.marginRoi).toEqual(r.marginRoi);
          expect(p.missCost).toEqual(r.missCost);
        }
        // Identical to package 1: Δ = 0 everywhere, so it is worth as much from any price.
        expect(r.packages[1].breakEven).toBe('0.00');
      }),
      { numRuns: 60, seed: 777 },
    );
  });

  it('raising a package’s base salary never lengthens its runway', () => {
    // beyond R (null) counts as longer than any number of days
    const longer = (a: string | null, b: string | null) =>
      a === null ? b !== null : b !== null && new Decimal(a).greaterThan(b);
    fc.assert(
      fc.property(
        scenarioInputArb(OPTS),
        fc.integer({ min: 60_000, max: 400_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        (input: any, base, raise) => {
          const r = engineJson({
            ...input,
            packages: [
              { name: 'Lower', baseSalary: base },
              { name: 'Higher', baseSalary: base + raise },
            ],
          });
          const [lower, higher] = r.packages;
          for (const v of ['offerNoGain', 'offerExpected', 'offerHit'])
            expect(longer(higher.runway[v].months, lower.runway[v].months)).toBe(false);
        },
      ),
      { numRuns: 60, seed: 4242 },
    );
  });

  it('breakEven is the lowest price from which Δ ≥ 0 (Δ at it ≥ 0, just below it < 0)', () => {
    let crossings = 0;
    fc.assert(
      fc.property(withPackagesArb(OPTS, 2), (input: any) => {
        const m = runModel(parseScenario(input, TODAY), bands);
        const first = candidateTerms(m.packages[0]!.model);
        for (const p of m.packages.slice(1)) {
          const pkg = candidateTerms(p.model);
          const delta = (x: Decimal) => breakEvenDelta(pkg, first, x);
          const kinks = breakEvenKinks(pkg, first);
          const last = kinks[kinks.length - 1]!;
          const b = p.breakEven;
          if (b === null) {
            // No price works: Δ is negative somewhere past every price, i.e. far out.
            expect(delta(last.plus(1_000_000)).lessThan(0)).toBe(true);
            continue;
          }
          // Δ ≥ 0 at b, at every kink above b and far out (linear in between).
          expect(delta(b).greaterThanOrEqualTo(0)).toBe(true);
          for (const k of kinks.filter((k) => k.greaterThan(b)))
            expect(delta(k).greaterThanOrEqualTo(0)).toBe(true);
          expect(delta(last.plus(b).plus(1_000_000)).greaterThanOrEqualTo(0)).toBe(true);
          if (b.isZero()) continue;
          crossings++;
          // Below b: Δ < 0 somewhere in [b − 0.01, b) — one cent below, at a kink in between,
          // or just below b (the exact crossing may be b itself).
          const probes = [
            b.minus('0.01'),
            ...kinks.filter((k) => k.greaterThan(b.minus('0.01')) && k.lessThan(b)),
            b.minus('1e-20'),
          ];
          expect(probes.some((x) => delta(x).lessThan(0))).toBe(true);
        }
      }),
      { numRuns: 120, seed: 5150 },
    );
    expect(crossings).toBeGreaterThan(10);
  });
});
