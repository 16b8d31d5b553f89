/**
 * A second, deliberately plain implementation of docs/model.md §10 (the hiring plan), written
 * straight from the text with no code from src/model (only decimal.js and the raw JSON plan).
 * It exists to be compared with the engine's --json report field by field. Slow and simple on
 * purpose: every figure is recomputed from the formulas each time it is needed.
 */
import { MAX, R2, ZERO, f, n, sumMonths, type N } from './reference-decimal.js';
import * as rules from './reference-rules.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type BandRows = Record<string, rules.BandValues>;

/** The figures of one hire of the plan, by plan month (the hire's month j is plan month s − 1 + j). */
function hireModel(plan: any, h: any, bandRow: rules.BandValues) {
  const H: number = plan.horizonMonths ?? 48;
  const o =
    h.template !== undefined ? rules.mergeOffer(plan.templates[h.template], h.offer) : h.offer;
  const s: number = h.startMonth;
  const mg = o.marginGain;
  // §3.3 in hire month j, with a given base salary (nothing before the hire starts).
  const cash = (baseSalary: N, j: number): N =>
    j < 1 ? ZERO : rules.hireCashParts(o, baseSalary, j).total;
  const grants = rules.offerGrants(o, plan.company, H, s);
  const wsum = (view: string, fn: Parameters<typeof rules.weightedSum>[2]) =>
    rules.weightedSum(grants, view, fn);

  const baseSalary = n(o.baseSalary);
  return {
    candidate: o.candidate as string,
    start: s,
    baseSalary,
    /** plan month k → this hire's cash, gain */
    cashAt: (k: number) => cash(baseSalary, k - s + 1),
    marketCashAt: (pct: string, k: number) =>
      cash(n(bandRow[pct as keyof rules.BandValues]), k - s + 1),
    gainAt: (k: number) => rules.gainHitAt(mg, k - s + 1),
    p: mg ? n(mg.probability ?? 1) : ZERO,
    granted: (view: string) => wsum(view, (g) => g.shares),
    vestedAt: (view: string, k: number) => wsum(view, (g) => rules.vestedAfter(g, k - g.month)),
    sbcAt: (view: string, k: number) => R2(wsum(view, (g) => rules.expenseAt(g, k))),
    exitAt: (view: string, P: N) =>
      R2(wsum(view, (g) => rules.vestedAfter(g, H - g.month).times(MAX(ZERO, P.minus(g.strike))))),
  };
}

/** The §10 `--json` report of a raw plan document (dates need `startDate` in the document). */
export function referencePlanReport(plan: any, bands: BandRows): any {
  const H: number = plan.horizonMonths ?? 48;
  const c = plan.company;
  const compareAt: string[] = plan.market.compareAt ?? ['p50', 'p75', 'p90'];
  const prices: number[] = plan.exitPrices ?? [];
  const hires = (plan.hires as any[]).map((h) => hireModel(plan, h, bands[h.market.role]!));

  const { runway } = rules.companyRules(c, plan.startDate, plan.runwayHorizonMonths ?? 120);
  const sumH = (fn: (h: (typeof hires)[number]) => N) =>
    hires.reduce((a, h) => a.plus(fn(h)), ZERO);

  const planCash = (k: number) => sumH((h) => h.cashAt(k));
  const hitGain = (k: number) => sumH((h) => h.gainAt(k));
  const expGain = (k: number) => sumH((h) => h.p.times(h.gainAt(k)));
  const none = () => ZERO;
  const market: any = {};
  for (const q of compareAt) market[q] = runway((k) => sumH((h) => h.marketCashAt(q, k)), expGain);
  const views = {
    baseline: runway(none, none),
    planNoGain: runway(planCash, none),
    planExpected: runway(planCash, expGain),
    planHit: runway(planCash, hitGain),
    market,
  };
  return {
    schema: 2,
    runway: views,
    daysGained: rules.daysGained(views.planExpected, market),
    cashCost: {
      plan: f(sumMonths(H, planCash), 2),
      market: Object.fromEntries(
        compareAt.map((q) => [
          q,
          f(
            sumMonths(H, (k) => sumH((h) => h.marketCashAt(q, k))),
            2,
          ),
        ]),
      ),
    },
    equity: Object.fromEntries(
      rules.VIEWS.map((v) => [
        v,
        rules.poolJson(
          sumH((h) => h.granted(v)),
          c,
          v,
        ),
      ]),
    ),
    exitValue: Object.fromEntries(
      rules.VIEWS.map((v) => [
        v,
        Object.fromEntries(
          prices.map((P) => [
            f(n(P), 2),
            f(
              sumH((h) => h.exitAt(v, n(P))),
              2,
            ),
          ]),
        ),
      ]),
    ),
    hires: hires.map((h, i) => ({
      candidate: h.candidate,
      startMonth: h.start,
      cashCost: f(
        sumMonths(H, (k) => h.cashAt(k)),
        2,
      ),
      band: rules.bandPosition(h.baseSalary, bands[plan.hires[i].market.role]!),
      equity: Object.fromEntries(rules.VIEWS.map((v) => [v, rules.poolJson(h.granted(v), c, v)])),
    })),
    schedule: Array.from({ length: H }, (_, i) => {
      const k = i + 1;
      return {
        month: k,
        hireCash: f(planCash(k), 2),
        vestedShares: {
          hit: sumH((h) => h.vestedAt('hit', k)).toNumber(),
          expected: f(
            sumH((h) => h.vestedAt('expected', k)),
            4,
          ),
          none: sumH((h) => h.vestedAt('none', k)).toNumber(),
        },
        sbcExpense: Object.fromEntries(
          rules.VIEWS.map((v) => [
            v,
            f(
              sumH((h) => h.sbcAt(v, k)),
              2,
            ),
          ]),
        ),
      };
    }),
  };
}
