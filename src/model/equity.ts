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
  // Grants of zero shares change no sum; the initial grant alone is the "none" view.
  const live = grants.filter((g) => !g.grant.shares.isZero());
  const initial = grants.filter((g) => g.grant.kind === 'initial');
  // Zero terms (before a cliff, after a service period) are skipped: they change no sum.
  const weightedSum = (v: EquityView, pick: (g: GrantSchedule) => Decimal): Decimal => {
    let total = ZERO;
    for (const g of v === 'none' ? initial : live) {
      const x = pick(g);
      if (x.isZero()) continue;
      total = total.plus(
        v === 'expected' && !g.grant.weight.equals(1) ? x.times(g.grant.weight) : x,
      );
    }
    return total;
  };

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
    exitPrices.map((price) =>
      round(
        weightedSum(v, (g) =>
          (g.vested[H - 1] as Decimal).times(max(ZERO, price.minus(g.grant.strike))),
        ),
        2,
      ),
    ),
  );
  return { equity, vested, sbc, exitValue };
}
