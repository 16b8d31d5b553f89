import { Decimal, ZERO, max, round } from './decimal.js';
import { poolUse, type PoolUse } from './dilution.js';
import type { Grant } from './grants.js';
import { sbcCumulative, sbcTotal } from './sbc.js';
import { vestedShares } from './vesting.js';

/**
 * Equity of a set of grants over months 1..H (docs/model.md §3.5): vesting, SBC, pool use,
 * dilution and exit value per equity view. One offer (runModel) and each hire of a plan (§10,
 * grants dated in plan months) run through these same two functions.
 */

/** The equity views of docs/model.md §3.5. */
export const EQUITY_VIEWS = ['hit', 'expected', 'none'] as const;
export type EquityView = (typeof EQUITY_VIEWS)[number];

/** A grant with its month-by-month figures over k = 1..H (index k − 1). */
export interface GrantSchedule {
  grant: Grant;
  vested: Decimal[];
  sbcTotal: Decimal;
  expense: Decimal[];
}

/** A grant's vested shares and expense at t = 1..H months after grant (index t − 1). */
interface RelativeSchedule {
  sbcTotal: Decimal;
  vested: Decimal[];
  expense: Decimal[];
}

/** Relative schedules by grant shape: grants of one size and schedule vest alike (plans reuse them). */
export type GrantScheduleCache = Map<string, RelativeSchedule>;

function relativeSchedule(grant: Grant, H: number, cache?: GrantScheduleCache): RelativeSchedule {
  const s = grant.schedule;
  const key = `${grant.shares}|${grant.grantFairValue}|${s.vestingMonths}|${s.cliffMonths}|${s.vestEveryMonths}|${H}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const total = sbcTotal(grant.shares, grant.grantFairValue);
  const vested: Decimal[] = [];
  const expense: Decimal[] = [];
  // Cumulative expense once per service month; each month's expense is the difference (§3.5).
  const N = s.vestingMonths;
  let previous = ZERO;
  for (let t = 1; t <= H; t++) {
    vested.push(vestedShares(grant.shares, s, t));
    if (t > N) expense.push(ZERO);
    else {
      const cum = sbcCumulative(total, N, t);
      expense.push(cum.minus(previous));
      previous = cum;
    }
  }
  const out = { sbcTotal: total, vested, expense };
  cache?.set(key, out);
  return out;
}

/**
 * §3.5: the grant's vested shares and SBC expense in months k = 1..H, `t = k − grant.month`.
 * A cache shares the figures of grants of the same shape made in different months.
 */
export function grantSchedule(grant: Grant, H: number, cache?: GrantScheduleCache): GrantSchedule {
  if (grant.shares.isZero()) {
    const zeros = new Array<Decimal>(H).fill(ZERO);
    return { grant, vested: zeros, sbcTotal: ZERO, expense: [...zeros] };
  }
  const rel = relativeSchedule(grant, H, cache);
  const vested = new Array<Decimal>(H);
  const expense = new Array<Decimal>(H);
  for (let k = 1; k <= H; k++) {
    const t = k - grant.month;
    vested[k - 1] = t <= 0 ? ZERO : (rel.vested[t - 1] as Decimal);
    expense[k - 1] = t <= 0 ? ZERO : (rel.expense[t - 1] as Decimal);
  }
  return { grant, vested, sbcTotal: rel.sbcTotal, expense };
}

/** The equity figures of §3.5 for one set of grants, per view. */
export interface EquityFigures {
  equity: Record<EquityView, PoolUse>;
  /** Per month 1..H: vested shares and SBC expense per equity view. */
  vested: Record<EquityView, Decimal[]>;
  sbc: Record<EquityView, Decimal[]>;
  /** Value at each exit price at month H, per equity view (in exitPrices order). */
  exitValue: Record<EquityView, Decimal[]>;
}

export const perView = <T>(f: (v: EquityView) => T): Record<EquityView, T> => ({
  hit: f('hit'),
  expected: f('expected'),
  none: f('none'),
});

/**
 * §3.5 over a set of grant schedules: `hit` counts every grant, `expected` weighs each by its
 * weight (unfloored), `none` is the initial grant alone (nothing when there is none). SBC per
 * month and exit values are rounded to the cent per view, as §3.5 rounds them.
 */
export function equityFigures(
  grants: readonly GrantSchedule[],
  exitPrices: readonly Decimal[],
  company: { unallocatedPoolShares: Decimal; fullyDilutedShares: Decimal },
  H: number,
): EquityFigures {
  const counted = perView((v) => grantsOfView(grants, v));
  const weightedSum = (v: EquityView, pick: (g: GrantSchedule) => Decimal): Decimal =>
    viewSum(counted[v], v, pick);

  const equity = perView((v) =>
    poolUse(
      weightedSum(v, (g) => g.grant.shares),
      company.unallocatedPoolShares,
      company.fullyDilutedShares,
    ),
  );
  const months = Array.from({ length: H }, (_, i) => i);
  const vested = perView((v) => months.map((i) => weightedSum(v, (g) => g.vested[i] as Decimal)));
  const sbc = perView((v) =>
    months.map((i) =>
      round(
        weightedSum(v, (g) => g.expense[i] as Decimal),
        2,
      ),
    ),
  );
  const exitValue = perView((v) =>
    exitPrices.map((price) => round(viewSum(counted[v], v, valueAtPrice(H, price)), 2)),
  );
  return { equity, vested, sbc, exitValue };
}

/**
 * The grants a view counts: `none` the initial grant alone, the others every grant with shares
 * (a grant of zero shares changes no sum).
 */
function grantsOfView(grants: readonly GrantSchedule[], v: EquityView): readonly GrantSchedule[] {
  return v === 'none'
    ? grants.filter((g) => g.grant.kind === 'initial')
    : grants.filter((g) => !g.grant.shares.isZero());
}

/** Σ pick(g) over the view's grants, each weighted by its probability in the expected view. */
function viewSum(
  counted: readonly GrantSchedule[],
  v: EquityView,
  pick: (g: GrantSchedule) => Decimal,
): Decimal {
  let total = ZERO;
  for (const g of counted) {
    const x = pick(g);
    // Zero terms (before a cliff, after a service period) change no sum.
    if (x.isZero()) continue;
    total = total.plus(v === 'expected' && !g.grant.weight.equals(1) ? x.times(g.grant.weight) : x);
  }
  return total;
}

/** A grant's value at month m at an exit price: vested shares × MAX(0, price − strike). */
const valueAtPrice = (m: number, price: Decimal) => (g: GrantSchedule) =>
  (g.vested[m - 1] as Decimal).times(max(ZERO, price.minus(g.grant.strike)));

/**
 * docs/model.md §3.5: the candidate's value of the vested equity at month m (1..H) at one exit
 * price, for one view, rounded to the cent — at m = H, `exitValue` of {@link equityFigures}.
 */
export function exitValueAt(
  grants: readonly GrantSchedule[],
  view: EquityView,
  m: number,
  price: Decimal,
): Decimal {
  return round(viewSum(grantsOfView(grants, view), view, valueAtPrice(m, price)), 2);
}
