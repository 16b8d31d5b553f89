/**
 * A second, deliberately plain implementation of docs/model.md §10 (the hiring plan), written
 * straight from the text with no code from src/model (only decimal.js and the raw JSON plan).
 * It exists to be compared with the engine's --json report field by field. Slow and simple on
 * purpose: every figure is recomputed from the formulas each time it is needed.
 */
import D from 'decimal.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const X = D.clone({ precision: 80, rounding: D.ROUND_HALF_UP });
type N = InstanceType<typeof X>;
const n = (v: any): N => new X(String(v));
const ZERO = n(0);
const R2 = (x: N) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
const ROUND = (x: N, p: number) => x.toDecimalPlaces(p, D.ROUND_HALF_UP);
const INT = (x: N) => x.floor();
const DPM = n('30.4375');
const MAX = (a: N, b: N) => (a.greaterThan(b) ? a : b);
const MIN = (a: N, b: N) => (a.lessThan(b) ? a : b);
const f = (x: N, p: number) => {
  const s = x.toFixed(p, D.ROUND_HALF_UP);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
};

export type BandRows = Record<string, Record<'p10' | 'p25' | 'p50' | 'p75' | 'p90', number>>;

/** §9's merge, read on its own: fields replaced, equity merged except the size, refresh null removes. */
function merge(template: any, over: any): any {
  const out: any = { ...template };
  for (const [k, v] of Object.entries(over ?? {})) {
    if (k === 'refresh' && v === null) delete out.refresh;
    else if (k === 'equity') {
      const eq: any = { ...(template.equity ?? {}) };
      const sizes = ['shares', 'value', 'percentOfFullyDiluted'];
      if (sizes.some((s) => s in (v as any))) for (const s of sizes) delete eq[s];
      out.equity = { ...eq, ...(v as any) };
    } else out[k] = v;
  }
  return out;
}

/** The figures of one hire of the plan, in the hire's own months. */
function hireModel(plan: any, h: any, bandRow: Record<string, number>) {
  const H: number = plan.horizonMonths ?? 48;
  const c = plan.company;
  const o = h.template !== undefined ? merge(plan.templates[h.template], h.offer) : h.offer;
  const s: number = h.startMonth;
  const eq = o.equity;
  const rf = o.refresh;
  const rsu = (eq.instrument ?? 'option') === 'rsu';
  const fmv = n(c.fmv409a);
  const sizeP = (o.sizingPrice ?? 'preferred') === 'fmv' ? fmv : n(c.preferredPrice);
  const mg = o.marginGain;

  // §3.3 in hire month j, with a given base salary.
  const cash = (baseSalary: N, j: number): N => {
    if (j < 1) return ZERO;
    const y = Math.ceil(j / 12);
    const annual = R2(
      baseSalary.times(
        n(1)
          .plus(n(o.annualRaise ?? 0))
          .pow(y - 1),
      ),
    );
    const base = R2(annual.div(12));
    const bonus =
      j % 12 === 0
        ? R2(annual.times(n(o.targetBonusPct ?? 0)).times(n(o.bonusPayoutPct ?? 1)))
        : ZERO;
    const signOn = j === 1 ? n(o.signOnBonus ?? 0) : ZERO;
    const load = R2(
      base
        .plus(bonus)
        .plus(signOn)
        .times(n(o.employerLoadPct ?? '0.25')),
    );
    const fee = j === 1 ? R2(baseSalary.times(n(o.recruitingFeePct ?? 0))) : ZERO;
    return base.plus(bonus).plus(signOn).plus(load).plus(fee);
  };
  const gainHit = (j: number): N => {
    if (!mg || j < 1) return ZERO;
    const r = n(j - mg.startMonth + 1).div(mg.fullMonth - mg.startMonth + 1);
    return n(mg.points).times(MIN(n(1), MAX(ZERO, r)));
  };
  const p = mg ? n(mg.probability ?? 1) : ZERO;

  // Grants in plan months: [shares, planMonth, weight, strike, fv, N, C, every, kind].
  const grants: any[] = [];
  const add = (g: any) => {
    const planMonth = s - 1 + g.hireMonth;
    if (planMonth <= H) grants.push({ ...g, month: planMonth });
  };
  add({
    kind: 'initial',
    shares:
      eq.shares !== undefined
        ? n(eq.shares)
        : eq.value !== undefined
          ? INT(ROUND(n(eq.value).div(sizeP), 6))
          : INT(ROUND(n(eq.percentOfFullyDiluted).times(n(c.fullyDilutedShares)), 6)),
    hireMonth: 0,
    w: n(1),
    strike: rsu ? ZERO : eq.strike !== undefined ? n(eq.strike) : fmv,
    fv: eq.grantFairValue !== undefined ? n(eq.grantFairValue) : fmv,
    N: eq.vestingMonths ?? 48,
    C: eq.cliffMonths ?? 12,
    every: eq.vestEveryMonths ?? 1,
  });
  if (rf) {
    const common = {
      strike: rsu ? ZERO : rf.strike !== undefined ? n(rf.strike) : fmv,
      fv: rf.grantFairValue !== undefined ? n(rf.grantFairValue) : fmv,
      N: rf.vestingMonths ?? 24,
      C: rf.cliffMonths ?? 0,
      every: rf.vestEveryMonths ?? 1,
    };
    for (const m of rf.milestones ?? [])
      add({
        kind: 'milestone',
        shares: INT(ROUND(n(m.value).div(sizeP), 6)),
        hireMonth: m.dueDay === 0 ? 0 : n(m.dueDay).div(DPM).ceil().toNumber(),
        w: n(m.probability ?? 1),
        ...common,
      });
    if (rf.margin) {
      const M = rf.margin.measureEveryMonths ?? 3;
      const paid: { q: number; v: N }[] = [];
      // Measurements run over hire months; only those whose plan month is ≤ H become grants.
      for (let q = M; s - 1 + q <= H; q += M) {
        const hwm = paid.length ? gainHit(q - M) : ZERO;
        const raw = R2(MAX(ZERO, gainHit(q).minus(hwm)).times(n(rf.margin.valuePerPoint)));
        const sameYear = paid
          .filter((x) => Math.ceil(x.q / 12) === Math.ceil(q / 12))
          .reduce((a, x) => a.plus(x.v), ZERO);
        const v =
          rf.margin.capPerYear === undefined
            ? raw
            : MIN(raw, n(rf.margin.capPerYear).minus(sameYear));
        paid.push({ q, v });
        add({
          kind: 'margin',
          shares: INT(ROUND(v.div(sizeP), 6)),
          hireMonth: q,
          w: mg ? n(mg.probability ?? 1) : n(1),
          ...common,
        });
      }
    }
  }
  const vested = (g: any, k: number): N => {
    const t = k - g.month;
    if (t < g.C || t <= 0) return ZERO;
    return INT(ROUND(g.shares.times(Math.min(Math.floor(t / g.every) * g.every, g.N)).div(g.N), 6));
  };
  const cum = (g: any, t: number): N =>
    t < 0 ? ZERO : R2(R2(g.shares.times(g.fv)).times(Math.min(t, g.N)).div(g.N));
  const expense = (g: any, k: number) => cum(g, k - g.month).minus(cum(g, k - g.month - 1));
  const weight: Record<string, (g: any) => N | null> = {
    hit: () => n(1),
    expected: (g) => g.w,
    none: (g) => (g.kind === 'initial' ? n(1) : null),
  };
  const wsum = (view: string, fn: (g: any) => N) =>
    grants.reduce((a, g) => {
      const w = weight[view]!(g);
      return w === null ? a : a.plus(fn(g).times(w));
    }, ZERO);

  const baseSalary = n(o.baseSalary);
  return {
    candidate: o.candidate as string,
    start: s,
    baseSalary,
    /** plan month k → this hire's cash, gain */
    cashAt: (k: number) => cash(baseSalary, k - s + 1),
    marketCashAt: (pct: string, k: number) => cash(n(bandRow[pct]), k - s + 1),
    gainAt: (k: number) => gainHit(k - s + 1),
    p,
    granted: (view: string) => wsum(view, (g) => g.shares),
    vestedAt: (view: string, k: number) => wsum(view, (g) => vested(g, k)),
    sbcAt: (view: string, k: number) => R2(wsum(view, (g) => expense(g, k))),
    exitAt: (view: string, P: N) =>
      R2(wsum(view, (g) => vested(g, H).times(MAX(ZERO, P.minus(g.strike))))),
  };
}

function poolJson(granted: N, c: any, view: string) {
  const pool = n(c.unallocatedPoolShares);
  const top = MAX(ZERO, granted.minus(pool));
  const cnt = (x: N) => (view === 'expected' ? f(x, 4) : x.toNumber());
  return {
    grantedShares: cnt(granted),
    dilution: f(granted.div(n(c.fullyDilutedShares).plus(top)), 6),
    poolUse: f(granted.div(pool), 6),
    poolTopUpShares: cnt(top),
  };
}

function bandPosition(base: N, row: Record<string, number>) {
  const pts: [number, N][] = (['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((q, i) => [
    [10, 25, 50, 75, 90][i]!,
    n(row[q]),
  ]);
  let pct: N | null = null;
  for (const [x, y] of pts) if (pct === null && base.equals(y)) pct = n(x);
  if (pct === null) {
    if (base.lessThan(pts[0]![1])) pct = n(10);
    else if (base.greaterThan(pts[4]![1])) pct = n(90);
    else
      for (let i = 0; i < 4; i++) {
        const [x0, y0] = pts[i]!;
        const [x1, y1] = pts[i + 1]!;
        if (base.greaterThan(y0) && base.lessThan(y1))
          pct = n(x0).plus(
            base
              .minus(y0)
              .div(y1.minus(y0))
              .times(x1 - x0),
          );
      }
  }
  return {
    percentile: f(ROUND(pct!, 1), 1),
    compaRatio: f(ROUND(base.div(n(row.p50)), 3), 3),
    values: Object.fromEntries(
      ['p10', 'p25', 'p50', 'p75', 'p90'].map((q) => [q, f(n(row[q]), 2)]),
    ),
  };
}

/** The §10 `--json` report of a raw plan document (dates need `startDate` in the document). */
export function referencePlanReport(plan: any, bands: BandRows): any {
  const H: number = plan.horizonMonths ?? 48;
  const Rm: number = plan.runwayHorizonMonths ?? 120;
  const c = plan.company;
  const compareAt: string[] = plan.market.compareAt ?? ['p50', 'p75', 'p90'];
  const prices: number[] = plan.exitPrices ?? [];
  const hires = (plan.hires as any[]).map((h) => hireModel(plan, h, bands[h.market.role]!));

  const rev = (k: number) =>
    R2(
      n(c.monthlyRevenue).times(
        n(1)
          .plus(n(c.revenueGrowthMonthly ?? 0))
          .pow(k - 1),
      ),
    );
  const opex = (k: number) =>
    R2(
      n(c.monthlyOpex).times(
        n(1)
          .plus(n(c.opexGrowthMonthly ?? 0))
          .pow(k - 1),
      ),
    );
  const gp = (k: number, g: N) => R2(rev(k).times(n(c.grossMargin).plus(g.div(100))));
  const sumH = (fn: (h: (typeof hires)[number]) => N) =>
    hires.reduce((a, h) => a.plus(fn(h)), ZERO);

  const runway = (cashK: (k: number) => N, gainK: (k: number) => N) => {
    let cash = n(c.cash);
    for (let k = 1; k <= Rm; k++) {
      const burn = opex(k)
        .plus(cashK(k))
        .minus(gp(k, gainK(k)));
      const next = cash.minus(burn);
      if (next.lessThan(0)) {
        const months = n(k - 1).plus(cash.div(burn));
        const days = ROUND(months.times(DPM), 0).toNumber();
        const [yy, mm, dd] = (plan.startDate as string).split('-').map(Number) as [
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
  const daysGained = Object.fromEntries(
    compareAt.map((q) => [
      q,
      views.planExpected.days === null || market[q].days === null
        ? null
        : views.planExpected.days - market[q].days,
    ]),
  );
  const cashOver = (fn: (k: number) => N) => {
    let s = ZERO;
    for (let k = 1; k <= H; k++) s = s.plus(fn(k));
    return s;
  };
  const VIEWS = ['hit', 'expected', 'none'];
  return {
    schema: 2,
    runway: views,
    daysGained,
    cashCost: {
      plan: f(cashOver(planCash), 2),
      market: Object.fromEntries(
        compareAt.map((q) => [
          q,
          f(
            cashOver((k) => sumH((h) => h.marketCashAt(q, k))),
            2,
          ),
        ]),
      ),
    },
    equity: Object.fromEntries(
      VIEWS.map((v) => [
        v,
        poolJson(
          sumH((h) => h.granted(v)),
          c,
          v,
        ),
      ]),
    ),
    exitValue: Object.fromEntries(
      VIEWS.map((v) => [
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
        cashOver((k) => h.cashAt(k)),
        2,
      ),
      band: bandPosition(h.baseSalary, bands[plan.hires[i].market.role]!),
      equity: Object.fromEntries(VIEWS.map((v) => [v, poolJson(h.granted(v), c, v)])),
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
          VIEWS.map((v) => [
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
