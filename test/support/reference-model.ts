/**
 * A second, deliberately plain implementation of model.md §3, written straight from the text with
 * no shared code from src/model (only decimal.js and the raw JSON input). It exists to be compared
 * with the engine's --json report: two independent readings of the spec must agree to the cent.
 * It is slow and simple on purpose: no caching, no shortcuts.
 */
import D from 'decimal.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const X = D.clone({ precision: 80, rounding: D.ROUND_HALF_UP });
type N = InstanceType<typeof X>;
const n = (v: any): N => new X(String(v));
const R2 = (x: N) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
const ROUND = (x: N, p: number) => x.toDecimalPlaces(p, D.ROUND_HALF_UP);
const INT = (x: N) => x.floor();
const DPM = n('30.4375');
const f = (x: N, p: number) => {
  const s = x.toFixed(p, D.ROUND_HALF_UP);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
};

export interface BandRow {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

function offerReport(sc: any, band: BandRow): any {
  const H: number = sc.horizonMonths ?? 48;
  const Rm: number = sc.runwayHorizonMonths ?? 120;
  const c = sc.company;
  const o = sc.offer;
  const eq = o.equity;
  const rf = o.refresh;
  const rsu = (eq.instrument ?? 'option') === 'rsu';
  const fmv = n(c.fmv409a);
  const sizeP = (o.sizingPrice ?? 'preferred') === 'fmv' ? fmv : n(c.preferredPrice);
  const mg = o.marginGain;

  const hire = (baseSalary: N, k: number) => {
    const y = Math.ceil(k / 12);
    const annual = R2(
      baseSalary.times(
        n(1)
          .plus(n(o.annualRaise ?? 0))
          .pow(y - 1),
      ),
    );
    const base = R2(annual.div(12));
    const bonus =
      k % 12 === 0
        ? R2(annual.times(n(o.targetBonusPct ?? 0)).times(n(o.bonusPayoutPct ?? 1)))
        : n(0);
    const signOn = k === 1 ? n(o.signOnBonus ?? 0) : n(0);
    const load = R2(
      base
        .plus(bonus)
        .plus(signOn)
        .times(n(o.employerLoadPct ?? '0.25')),
    );
    const fee = k === 1 ? R2(baseSalary.times(n(o.recruitingFeePct ?? 0))) : n(0);
    return {
      base,
      bonus,
      signOn,
      load,
      fee,
      total: base.plus(bonus).plus(signOn).plus(load).plus(fee),
    };
  };
  const gainHit = (k: number): N => {
    if (!mg) return n(0);
    const r = n(k - mg.startMonth + 1).div(mg.fullMonth - mg.startMonth + 1);
    return n(mg.points).times(D.min(1, D.max(0, r)) as any);
  };
  const pGain = mg ? n(mg.probability ?? 1) : n(0);
  const rev = (k: number) =>
    R2(
      n(c.monthlyRevenue).times(
        n(1)
          .plus(n(c.revenueGrowthMonthly ?? 0))
          .pow(k - 1),
      ),
    );
  const opexK = (k: number) =>
    R2(
      n(c.monthlyOpex).times(
        n(1)
          .plus(n(c.opexGrowthMonthly ?? 0))
          .pow(k - 1),
      ),
    );
  const gp = (k: number, g: N) => R2(rev(k).times(n(c.grossMargin).plus(g.div(100))));

  const runway = (hireCash: (k: number) => N, gain: (k: number) => N) => {
    let cash = n(c.cash);
    for (let k = 1; k <= Rm; k++) {
      const burn = opexK(k)
        .plus(hireCash(k))
        .minus(gp(k, gain(k)));
      const next = cash.minus(burn);
      if (next.lessThan(0)) {
        const months = n(k - 1).plus(cash.div(burn));
        const days = ROUND(months.times(DPM), 0).toNumber();
        const [yy, mm, dd] = (sc.startDate as string).split('-').map(Number) as [
          number,
          number,
          number,
        ];
        const date = new Date(Date.UTC(yy, mm - 1, dd + days)).toISOString().slice(0, 10);
        return { months: f(months, 2), days, cashOutDate: date };
      }
      cash = next;
    }
    return { months: null, days: null, cashOutDate: null };
  };
  const offerBase = n(o.baseSalary);
  const none = () => n(0);
  const expGain = (k: number) => pGain.times(gainHit(k));
  const compareAt: string[] = sc.market.compareAt ?? ['p50', 'p75', 'p90'];
  const bandVal = (p: string) => n((band as any)[p]);

  // Grants: [shares, month, weight, strike, fv, N, C, every, kind]
  const grants: any[] = [];
  const initShares =
    eq.shares !== undefined
      ? n(eq.shares)
      : eq.value !== undefined
        ? INT(ROUND(n(eq.value).div(sizeP), 6))
        : INT(ROUND(n(eq.percentOfFullyDiluted).times(n(c.fullyDilutedShares)), 6));
  grants.push({
    kind: 'initial',
    shares: initShares,
    month: 0,
    w: n(1),
    strike: rsu ? n(0) : eq.strike !== undefined ? n(eq.strike) : fmv,
    fv: eq.grantFairValue !== undefined ? n(eq.grantFairValue) : fmv,
    N: eq.vestingMonths ?? 48,
    C: eq.cliffMonths ?? 12,
    every: eq.vestEveryMonths ?? 1,
  });
  if (rf) {
    const common = {
      strike: rsu ? n(0) : rf.strike !== undefined ? n(rf.strike) : fmv,
      fv: rf.grantFairValue !== undefined ? n(rf.grantFairValue) : fmv,
      N: rf.vestingMonths ?? 24,
      C: rf.cliffMonths ?? 0,
      every: rf.vestEveryMonths ?? 1,
    };
    for (const m of rf.milestones ?? []) {
      const g = m.dueDay === 0 ? 0 : n(m.dueDay).div(DPM).ceil().toNumber();
      if (g <= H)
        grants.push({
          kind: 'milestone',
          shares: INT(ROUND(n(m.value).div(sizeP), 6)),
          month: g,
          w: n(m.probability ?? 1),
          ...common,
        });
    }
    if (rf.margin) {
      const M = rf.margin.measureEveryMonths ?? 3;
      const values: { q: number; v: N }[] = [];
      for (let q = M; q <= H; q += M) {
        const hwm = values.length ? gainHit(q - M) : n(0);
        const newPts = D.max(0, gainHit(q).minus(hwm)) as any as N;
        const raw = R2(n(newPts).times(n(rf.margin.valuePerPoint)));
        const sameYear = values
          .filter((x) => Math.ceil(x.q / 12) === Math.ceil(q / 12))
          .reduce((a, x) => a.plus(x.v), n(0));
        const v =
          rf.margin.capPerYear === undefined
            ? raw
            : (D.min(raw, n(rf.margin.capPerYear).minus(sameYear)) as any as N);
        values.push({ q, v: n(v) });
        grants.push({
          kind: 'margin',
          shares: INT(ROUND(n(v).div(sizeP), 6)),
          month: q,
          w: mg ? n(mg.probability ?? 1) : n(1),
          ...common,
        });
      }
    }
  }
  const vested = (g: any, t: number): N => {
    if (t < g.C || t <= 0) return n(0);
    return INT(ROUND(g.shares.times(Math.min(Math.floor(t / g.every) * g.every, g.N)).div(g.N), 6));
  };
  const cum = (g: any, t: number): N =>
    t < 0 ? n(0) : R2(R2(g.shares.times(g.fv)).times(Math.min(t, g.N)).div(g.N));
  const expense = (g: any, k: number) => cum(g, k - g.month).minus(cum(g, k - g.month - 1));
  const views: Record<string, (g: any) => N | null> = {
    hit: () => n(1),
    expected: (g) => g.w,
    none: (g) => (g.kind === 'initial' ? n(1) : null),
  };
  const wsum = (view: string, fn: (g: any) => N) =>
    grants.reduce((a, g) => {
      const w = views[view]!(g);
      return w === null ? a : a.plus(fn(g).times(w));
    }, n(0));

  const equity: any = {};
  const exitValue: any = {};
  for (const v of ['hit', 'expected', 'none']) {
    const granted = wsum(v, (g) => g.shares);
    const pool = n(c.unallocatedPoolShares);
    const top = D.max(0, granted.minus(pool)) as any as N;
    const cnt = (x: N) => (v === 'expected' ? f(n(x), 4) : n(x).toNumber());
    equity[v] = {
      grantedShares: cnt(granted),
      dilution: f(granted.div(n(c.fullyDilutedShares).plus(n(top))), 6),
      poolUse: f(granted.div(pool), 6),
      poolTopUpShares: cnt(n(top)),
    };
    exitValue[v] = Object.fromEntries(
      (sc.exitPrices ?? []).map((p: number) => [
        f(n(p), 2),
        f(
          R2(wsum(v, (g) => vested(g, H - g.month).times(D.max(0, n(p).minus(g.strike)) as any))),
          2,
        ),
      ]),
    );
  }

  // Band position.
  const pts: [number, N][] = (['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((p, i) => [
    [10, 25, 50, 75, 90][i]!,
    bandVal(p),
  ]);
  let pct: N | null = null;
  for (const [x, y] of pts) if (pct === null && offerBase.equals(y)) pct = n(x);
  if (pct === null) {
    if (offerBase.lessThan(pts[0]![1])) pct = n(10);
    else if (offerBase.greaterThan(pts[4]![1])) pct = n(90);
    else
      for (let i = 0; i < 4; i++) {
        const [x0, y0] = pts[i]!;
        const [x1, y1] = pts[i + 1]!;
        if (offerBase.greaterThan(y0) && offerBase.lessThan(y1))
          pct = n(x0).plus(
            offerBase
              .minus(y0)
              .div(y1.minus(y0))
              .times(x1 - x0),
          );
      }
  }

  let gained = n(0);
  for (let k = 1; k <= H; k++) gained = gained.plus(gp(k, gainHit(k)).minus(gp(k, n(0))));
  const marginShares = grants
    .filter((g) => g.kind === 'margin')
    .reduce((a, g) => a.plus(g.shares), n(0));

  const mc = sc.missCost ?? {};
  const detect: number[] = mc.detectAtMonths ?? [2, 9];
  const missAt = (d: number) => {
    let s = n(0);
    for (let k = 1; k <= d; k++) s = s.plus(hire(offerBase, k).total);
    return s
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
  };
  const missCost: any = {};
  for (const d of detect) missCost[String(d)] = f(missAt(d), 2);
  missCost.savings = f(missAt(Math.max(...detect)).minus(missAt(Math.min(...detect))), 2);

  const cashCost = (base: N) => {
    let s = n(0);
    for (let k = 1; k <= H; k++) s = s.plus(hire(base, k).total);
    return f(s, 2);
  };
  const schedule = [];
  for (let k = 1; k <= H; k++) {
    const h = hire(offerBase, k);
    schedule.push({
      month: k,
      base: f(h.base, 2),
      bonus: f(h.bonus, 2),
      signOn: f(h.signOn, 2),
      load: f(h.load, 2),
      fee: f(h.fee, 2),
      hireCash: f(h.total, 2),
      vestedShares: {
        hit: wsum('hit', (g) => vested(g, k - g.month)).toNumber(),
        expected: f(
          wsum('expected', (g) => vested(g, k - g.month)),
          4,
        ),
        none: wsum('none', (g) => vested(g, k - g.month)).toNumber(),
      },
      sbcExpense: {
        hit: f(R2(wsum('hit', (g) => expense(g, k))), 2),
        expected: f(R2(wsum('expected', (g) => expense(g, k))), 2),
        none: f(R2(wsum('none', (g) => expense(g, k))), 2),
      },
    });
  }

  // docs/model.md §9: the candidate's cash over H and, per grant of the expected view, w, v at H, K.
  let cCash = n(0);
  for (let k = 1; k <= H; k++) {
    const h = hire(offerBase, k);
    cCash = cCash.plus(h.base).plus(h.bonus).plus(h.signOn);
  }
  const legs = grants.map((g) => ({ w: g.w as N, v: vested(g, H - g.month), K: g.strike as N }));
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
      offerNoGain: runway((k) => hire(offerBase, k).total, none),
      offerExpected: runway((k) => hire(offerBase, k).total, expGain),
      offerHit: runway((k) => hire(offerBase, k).total, gainHit),
      market: Object.fromEntries(
        compareAt.map((p) => [p, runway((k) => hire(bandVal(p), k).total, expGain)]),
      ),
    },
    cashCost: {
      offer: cashCost(offerBase),
      market: Object.fromEntries(compareAt.map((p) => [p, cashCost(bandVal(p))])),
    },
    equity,
    exitValue,
    band: {
      percentile: f(ROUND(pct!, 1), 1),
      compaRatio: f(ROUND(offerBase.div(bandVal('p50')), 3), 3),
      values: Object.fromEntries(
        ['p10', 'p25', 'p50', 'p75', 'p90'].map((p) => [p, f(bandVal(p), 2)]),
      ),
    },
    marginRoi: marginShares.isZero()
      ? null
      : f(gained.div(marginShares.times(n(c.preferredPrice))), 4),
    missCost,
    schedule,
  };
}

/** docs/model.md §9's merge, read on its own: fields replaced, equity merged except the size. */
function mergePackage(offer: any, pkg: any): any {
  const out: any = { ...offer };
  for (const [k, v] of Object.entries(pkg)) {
    if (k === 'name') continue;
    if (k === 'refresh' && v === null) delete out.refresh;
    else if (k === 'equity') {
      const eq: any = { ...offer.equity };
      const sizes = ['shares', 'value', 'percentOfFullyDiluted'];
      if (sizes.some((x) => x in (v as any))) for (const x of sizes) delete eq[x];
      out.equity = { ...eq, ...(v as any) };
    } else out[k] = v;
  }
  return out;
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
  const reports = sc.packages.map((pkg: any) =>
    offerReport({ ...sc, offer: mergePackage(sc.offer, pkg) }, band),
  );
  top.packages = reports.map((r: any, i: number) => ({
    name: sc.packages[i].name,
    runway: {
      offerNoGain: r.runway.offerNoGain,
      offerExpected: r.runway.offerExpected,
      offerHit: r.runway.offerHit,
    },
    daysGained: Object.fromEntries(
      Object.entries(top.runway.market).map(([p, m]: [string, any]) => [
        p,
        m.days === null || r.runway.offerExpected.days === null
          ? null
          : r.runway.offerExpected.days - m.days,
      ]),
    ),
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
