/**
 * The rules of docs/model.md §3 that the one-offer reference (reference-model.ts) and the plan
 * reference (plan-reference.ts) both read: a hire's monthly cash (§3.3), the gain ramp (§3.4), the
 * grants and their vesting and expense (§3.5), the runway walk (§3.2), the pool (§3.7), the band
 * position (§3.6) and §9's merge. Written straight from the text with no code from src/model (only
 * decimal.js and the raw JSON), so that the references stay a second, independent reading of the
 * spec. Slow and simple on purpose: no caching, no shortcuts.
 */
import { DPM, INT, MAX, MIN, R2, ROUND, ZERO, f, n, type N } from './reference-decimal.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The three equity views of §3.5. */
export const VIEWS = ['hit', 'expected', 'none'] as const;
const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type BandValues = Record<(typeof PERCENTILES)[number], number>;

/** §9's merge, read on its own: fields replaced, equity merged except the size, refresh null removes. */
export function mergeOffer(base: any, over: any): any {
  const out: any = { ...base };
  for (const [k, v] of Object.entries(over ?? {})) {
    if (k === 'refresh' && v === null) delete out.refresh;
    else if (k === 'equity') {
      const eq: any = { ...(base.equity ?? {}) };
      const sizes = ['shares', 'value', 'percentOfFullyDiluted'];
      if (sizes.some((s) => s in (v as any))) for (const s of sizes) delete eq[s];
      out.equity = { ...eq, ...(v as any) };
    } else out[k] = v;
  }
  return out;
}

/** §3.3: the parts of a hire's cash in hire month j (1 = the first month), for a base salary. */
export function hireCashParts(o: any, baseSalary: N, j: number) {
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
  return {
    base,
    bonus,
    signOn,
    load,
    fee,
    total: base.plus(bonus).plus(signOn).plus(load).plus(fee),
  };
}

/** §3.4: the margin points gained by hire month j if the gain is hit (0 before the first month). */
export function gainHitAt(mg: any, j: number): N {
  if (!mg || j < 1) return ZERO;
  const r = n(j - mg.startMonth + 1).div(mg.fullMonth - mg.startMonth + 1);
  return n(mg.points).times(MIN(n(1), MAX(ZERO, r)));
}

/** One grant of §3.5: `month` is the plan month it is granted in (the hire's month 0 = start − 1). */
export interface Grant {
  kind: 'initial' | 'milestone' | 'margin';
  shares: N;
  month: number;
  w: N;
  strike: N;
  fv: N;
  N: number;
  C: number;
  every: number;
}

/** A grant's price and vesting terms (the initial grant's or the refresh program's). */
function grantTerms(terms: any, rsu: boolean, fmv: N, months: number, cliff: number) {
  return {
    strike: rsu ? ZERO : terms.strike !== undefined ? n(terms.strike) : fmv,
    fv: terms.grantFairValue !== undefined ? n(terms.grantFairValue) : fmv,
    N: terms.vestingMonths ?? months,
    C: terms.cliffMonths ?? cliff,
    every: terms.vestEveryMonths ?? 1,
  };
}

/**
 * §3.5: the grants of an offer `o` for a hire starting in plan month `start` (1 for a lone offer),
 * keeping those granted by plan month H: the initial grant, the milestones, and one margin refresh
 * per measurement (the high-water mark, the yearly cap).
 */
export function offerGrants(o: any, c: any, H: number, start = 1): Grant[] {
  const eq = o.equity;
  const rf = o.refresh;
  const mg = o.marginGain;
  const rsu = (eq.instrument ?? 'option') === 'rsu';
  const fmv = n(c.fmv409a);
  const sizeP = (o.sizingPrice ?? 'preferred') === 'fmv' ? fmv : n(c.preferredPrice);
  const grants: Grant[] = [];
  const add = (hireMonth: number, g: Omit<Grant, 'month'>) => {
    const month = start - 1 + hireMonth;
    if (month <= H) grants.push({ ...g, month });
  };
  add(0, {
    kind: 'initial',
    shares:
      eq.shares !== undefined
        ? n(eq.shares)
        : eq.value !== undefined
          ? INT(ROUND(n(eq.value).div(sizeP), 6))
          : INT(ROUND(n(eq.percentOfFullyDiluted).times(n(c.fullyDilutedShares)), 6)),
    w: n(1),
    ...grantTerms(eq, rsu, fmv, 48, 12),
  });
  if (!rf) return grants;
  const common = grantTerms(rf, rsu, fmv, 24, 0);
  for (const m of rf.milestones ?? [])
    add(m.dueDay === 0 ? 0 : n(m.dueDay).div(DPM).ceil().toNumber(), {
      kind: 'milestone',
      shares: INT(ROUND(n(m.value).div(sizeP), 6)),
      w: n(m.probability ?? 1),
      ...common,
    });
  if (!rf.margin) return grants;
  const M = rf.margin.measureEveryMonths ?? 3;
  const paid: { q: number; v: N }[] = [];
  // Measurements run over hire months; only those whose plan month is ≤ H become grants.
  for (let q = M; start - 1 + q <= H; q += M) {
    const hwm = paid.length ? gainHitAt(mg, q - M) : ZERO;
    const raw = R2(MAX(ZERO, gainHitAt(mg, q).minus(hwm)).times(n(rf.margin.valuePerPoint)));
    const sameYear = paid
      .filter((x) => Math.ceil(x.q / 12) === Math.ceil(q / 12))
      .reduce((a, x) => a.plus(x.v), ZERO);
    const v =
      rf.margin.capPerYear === undefined ? raw : MIN(raw, n(rf.margin.capPerYear).minus(sameYear));
    paid.push({ q, v });
    add(q, {
      kind: 'margin',
      shares: INT(ROUND(v.div(sizeP), 6)),
      w: mg ? n(mg.probability ?? 1) : n(1),
      ...common,
    });
  }
  return grants;
}

/** §3.5: shares of grant g vested t months after its grant month (cliff, step, whole shares). */
export function vestedAfter(g: Grant, t: number): N {
  if (t < g.C || t <= 0) return ZERO;
  return INT(ROUND(g.shares.times(Math.min(Math.floor(t / g.every) * g.every, g.N)).div(g.N), 6));
}

/** §3.5: grant g's stock-based-compensation expense in plan month k (straight line over N). */
export function expenseAt(g: Grant, k: number): N {
  const cum = (t: number): N =>
    t < 0 ? ZERO : R2(R2(g.shares.times(g.fv)).times(Math.min(t, g.N)).div(g.N));
  return cum(k - g.month).minus(cum(k - g.month - 1));
}

/** §3.5's views: a grant's weight in the view, or null when the view leaves it out. */
const WEIGHT: Record<string, (g: Grant) => N | null> = {
  hit: () => n(1),
  expected: (g) => g.w,
  none: (g) => (g.kind === 'initial' ? n(1) : null),
};

/** Σ weight × fn(g) over the grants the view counts. */
export function weightedSum(grants: Grant[], view: string, fn: (g: Grant) => N): N {
  return grants.reduce((a, g) => {
    const w = WEIGHT[view]!(g);
    return w === null ? a : a.plus(fn(g).times(w));
  }, ZERO);
}

/** §3.7: granted shares, dilution, pool use and top-up as the report writes them for a view. */
export function poolJson(granted: N, c: any, view: string) {
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

/** §3.6: where a base salary stands in a band row (linear between percentiles, 10..90). */
export function bandPosition(base: N, row: BandValues) {
  const pts: [number, N][] = PERCENTILES.map((q, i) => [[10, 25, 50, 75, 90][i]!, n(row[q])]);
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
    values: Object.fromEntries(PERCENTILES.map((q) => [q, f(n(row[q]), 2)])),
  };
}

/** The calendar date `days` days after `startDate` (YYYY-MM-DD). */
function dateAfter(startDate: string, days: number): string {
  const [yy, mm, dd] = startDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(yy, mm - 1, dd + days)).toISOString().slice(0, 10);
}

/** A runway view of §3.2 as the report writes it (nulls when cash lasts the whole horizon). */
export interface RunwayJson {
  months: string | null;
  days: number | null;
  cashOutDate: string | null;
}

/**
 * §3.2: the company's month k (revenue, opex, gross profit at gain g points) and the runway walk
 * over R months from `startDate` (no cash-out date without one), with the hires' cash and the gain
 * of the view.
 */
export function companyRules(c: any, startDate: string | undefined, R: number) {
  const grown = (amount: any, growth: any, k: number) =>
    R2(
      n(amount).times(
        n(1)
          .plus(n(growth ?? 0))
          .pow(k - 1),
      ),
    );
  const gp = (k: number, g: N) =>
    R2(grown(c.monthlyRevenue, c.revenueGrowthMonthly, k).times(n(c.grossMargin).plus(g.div(100))));
  const runway = (hireCash: (k: number) => N, gain: (k: number) => N): RunwayJson => {
    let cash = n(c.cash);
    for (let k = 1; k <= R; k++) {
      const burn = grown(c.monthlyOpex, c.opexGrowthMonthly, k)
        .plus(hireCash(k))
        .minus(gp(k, gain(k)));
      const next = cash.minus(burn);
      if (next.lessThan(0)) {
        const months = n(k - 1).plus(cash.div(burn));
        const days = ROUND(months.times(DPM), 0).toNumber();
        const cashOutDate = startDate === undefined ? null : dateAfter(startDate, days);
        return { months: f(months, 2), days, cashOutDate };
      }
      cash = next;
    }
    return { months: null, days: null, cashOutDate: null };
  };
  return { gp, runway };
}

/** Days the plan's (or offer's) expected view gains over each market view (null when either lasts). */
export function daysGained(expected: RunwayJson, market: Record<string, RunwayJson>) {
  return Object.fromEntries(
    Object.entries(market).map(([q, m]) => [
      q,
      m.days === null || expected.days === null ? null : expected.days - m.days,
    ]),
  );
}
