/**
 * A second, deliberately plain implementation of model.md §3, written straight from the text with
 * no shared code from src/model (only decimal.js and the raw JSON input). It exists to be compared
 * with the engine's --json report: two independent readings of the spec must agree to the cent.
 * It is slow and simple on purpose: no caching, no shortcuts.
 */
import D from 'decimal.js';
import { DPM, R2, ROUND, f, n, sumMonths, type N } from './reference-decimal.js';
import {
  VIEWS,
  bandPosition,
  companyRules,
  daysGained,
  expenseAt,
  gainHitAt,
  hireCashParts,
  mergeOffer,
  offerGrants,
  poolJson,
  vestedAfter,
  weightedSum,
  type BandValues,
} from './reference-rules.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type BandRow = BandValues;

/** §3.8: the miss cost at each detection month and the savings of detecting early. */
function missCosts(sc: any, offerBase: N) {
  const o = sc.offer;
  const mc = sc.missCost ?? {};
  const detect: number[] = mc.detectAtMonths ?? [2, 9];
  const missAt = (d: number) =>
    sumMonths(d, (k) => hireCashParts(o, offerBase, k).total)
      .plus(n(mc.idleComputeMonthly ?? 0).times(d))
      .plus(R2(offerBase.times(n(o.recruitingFeePct ?? 0))))
      .plus(
        n(mc.roadmapDelayCostPerDay ?? 0).times(
          ROUND(
            n(d)
              .times(DPM)
              .plus(mc.timeToFillDays ?? 0),
            0,
          ),
        ),
      );
  const missCost: any = {};
  for (const d of detect) missCost[String(d)] = f(missAt(d), 2);
  missCost.savings = f(missAt(Math.max(...detect)).minus(missAt(Math.min(...detect))), 2);
  return missCost;
}

function offerReport(sc: any, band: BandRow): any {
  const H: number = sc.horizonMonths ?? 48;
  const c = sc.company;
  const o = sc.offer;
  const mg = o.marginGain;
  const { gp, runway } = companyRules(c, sc.startDate, sc.runwayHorizonMonths ?? 120);
  const hireTotal = (base: N) => (k: number) => hireCashParts(o, base, k).total;
  const gainHit = (k: number) => gainHitAt(mg, k);
  const pGain = mg ? n(mg.probability ?? 1) : n(0);
  const offerBase = n(o.baseSalary);
  const none = () => n(0);
  const expGain = (k: number) => pGain.times(gainHit(k));
  const compareAt: string[] = sc.market.compareAt ?? ['p50', 'p75', 'p90'];
  const bandVal = (p: string) => n((band as any)[p]);

  const grants = offerGrants(o, c, H);
  const wsum = (view: string, fn: Parameters<typeof weightedSum>[2]) =>
    weightedSum(grants, view, fn);

  const equity: any = {};
  const exitValue: any = {};
  for (const v of VIEWS) {
    equity[v] = poolJson(
      wsum(v, (g) => g.shares),
      c,
      v,
    );
    exitValue[v] = Object.fromEntries(
      (sc.exitPrices ?? []).map((p: number) => [
        f(n(p), 2),
        f(
          R2(
            wsum(v, (g) =>
              vestedAfter(g, H - g.month).times(D.max(0, n(p).minus(g.strike)) as any),
            ),
          ),
          2,
        ),
      ]),
    );
  }

  const gained = sumMonths(H, (k) => gp(k, gainHit(k)).minus(gp(k, n(0))));
  const marginShares = grants
    .filter((g) => g.kind === 'margin')
    .reduce((a, g) => a.plus(g.shares), n(0));

  const schedule = [];
  for (let k = 1; k <= H; k++) {
    const h = hireCashParts(o, offerBase, k);
    const vestedBy = (view: string) => wsum(view, (g) => vestedAfter(g, k - g.month));
    schedule.push({
      month: k,
      base: f(h.base, 2),
      bonus: f(h.bonus, 2),
      signOn: f(h.signOn, 2),
      load: f(h.load, 2),
      fee: f(h.fee, 2),
      hireCash: f(h.total, 2),
      vestedShares: {
        hit: vestedBy('hit').toNumber(),
        expected: f(vestedBy('expected'), 4),
        none: vestedBy('none').toNumber(),
      },
      sbcExpense: Object.fromEntries(
        VIEWS.map((v) => [v, f(R2(wsum(v, (g) => expenseAt(g, k))), 2)]),
      ),
    });
  }

  // docs/model.md §9: the candidate's cash over H and, per grant of the expected view, w, v at H, K.
  const cCash = sumMonths(H, (k) => {
    const h = hireCashParts(o, offerBase, k);
    return h.base.plus(h.bonus).plus(h.signOn);
  });
  const legs = grants.map((g) => ({ w: g.w, v: vestedAfter(g, H - g.month), K: g.strike }));
  const candidateTotal = Object.fromEntries(
    Object.entries(exitValue).map(([v, byPrice]) => [
      v,
      Object.fromEntries(
        Object.entries(byPrice as Record<string, string>).map(([p, x]) => [
          p,
          f(cCash.plus(n(x)), 2),
        ]),
      ),
    ]),
  );

  return {
    candidate: { cash: cCash, legs },
    candidateCash: f(cCash, 2),
    candidateTotal,
    schema: 1,
    runway: {
      baseline: runway(none, none),
      offerNoGain: runway(hireTotal(offerBase), none),
      offerExpected: runway(hireTotal(offerBase), expGain),
      offerHit: runway(hireTotal(offerBase), gainHit),
      market: Object.fromEntries(compareAt.map((p) => [p, runway(hireTotal(bandVal(p)), expGain)])),
    },
    cashCost: {
      offer: f(sumMonths(H, hireTotal(offerBase)), 2),
      market: Object.fromEntries(
        compareAt.map((p) => [p, f(sumMonths(H, hireTotal(bandVal(p))), 2)]),
      ),
    },
    equity,
    exitValue,
    band: bandPosition(offerBase, band),
    marginRoi: marginShares.isZero()
      ? null
      : f(gained.div(marginShares.times(n(c.preferredPrice))), 4),
    missCost: missCosts(sc, offerBase),
    schedule,
  };
}

/**
 * The break-even price of §9 found a second way: every candidate price (0, each strike, and the
 * zero of each linear piece) is tried from the lowest up; the answer is the first one at which Δ is
 * ≥ 0 at it, at every strike above it and in the limit (slope past the last strike).
 */
function referenceBreakEven(a: any, b: any): string | null {
  const delta = (P: N) => {
    let d = a.cash.minus(b.cash);
    for (const l of a.legs) d = d.plus(l.w.times(l.v).times(D.max(0, P.minus(l.K)) as any));
    for (const l of b.legs) d = d.minus(l.w.times(l.v).times(D.max(0, P.minus(l.K)) as any));
    return d as N;
  };
  const strikes = [...a.legs, ...b.legs]
    .filter((l: any) => !l.w.times(l.v).isZero())
    .map((l: any) => l.K as N)
    .filter((K: N) => K.greaterThan(0))
    .sort((x: N, y: N) => x.comparedTo(y));
  const points: N[] = [n(0), ...strikes];
  const slope = [...a.legs]
    .reduce((acc: N, l: any) => acc.plus(l.w.times(l.v)), n(0))
    .minus([...b.legs].reduce((acc: N, l: any) => acc.plus(l.w.times(l.v)), n(0)));
  const last = points[points.length - 1]!;
  const tailOk = slope.greaterThan(0) || (slope.isZero() && !delta(last).lessThan(0));
  if (!tailOk) return null;
  const candidates: N[] = [...points];
  // zeros of each piece between consecutive points and past the last one
  for (let i = 0; i < points.length; i++) {
    const x0 = points[i]!;
    const x1 = i + 1 < points.length ? points[i + 1]! : x0.plus(1);
    const d0 = delta(x0);
    const d1 = delta(x1);
    if (!d1.equals(d0)) {
      const root = x0.minus(d0.times(x1.minus(x0)).div(d1.minus(d0)));
      if (root.greaterThanOrEqualTo(x0) && (i + 1 >= points.length || root.lessThanOrEqualTo(x1)))
        candidates.push(root);
    }
  }
  candidates.sort((x, y) => x.comparedTo(y));
  // Each candidate is judged at its value rounded up to the cent (the answer is ROUNDUP(P, 2)).
  for (const c of candidates) {
    if (c.lessThan(0)) continue;
    const x = c.toDecimalPlaces(2, D.ROUND_UP);
    if (delta(x).lessThan(0)) continue;
    if (points.some((p) => p.greaterThan(x) && delta(p).lessThan(0))) continue;
    return f(x, 2);
  }
  return null;
}

export function referenceReport(sc: any, band: BandRow): any {
  const { candidate: _candidate, ...top } = offerReport(sc, band);
  if (!sc.packages) return top;
  const reports = sc.packages.map(({ name: _name, ...terms }: any) =>
    offerReport({ ...sc, offer: mergeOffer(sc.offer, terms) }, band),
  );
  top.packages = reports.map((r: any, i: number) => ({
    name: sc.packages[i].name,
    runway: {
      offerNoGain: r.runway.offerNoGain,
      offerExpected: r.runway.offerExpected,
      offerHit: r.runway.offerHit,
    },
    daysGained: daysGained(r.runway.offerExpected, top.runway.market),
    cashCost: r.cashCost.offer,
    equity: r.equity,
    exitValue: r.exitValue,
    candidateCash: r.candidateCash,
    candidateTotal: r.candidateTotal,
    breakEven: i === 0 ? null : referenceBreakEven(r.candidate, reports[0].candidate),
    band: r.band,
    marginRoi: r.marginRoi,
    missCost: r.missCost,
  }));
  return top;
}
