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

/** §3.5: the grant's vested shares and SBC expense in months k = 1..H, `t = k − grant.month`. */
export function grantSchedule(grant: Grant, H: number): GrantSchedule {
  const total = sbcTotal(grant.shares, grant.grantFairValue);
  const vested: Decimal[] = [];
  const expense: Decimal[] = [];
  if (grant.shares.isZero()) {
    const zeros = new Array<Decimal>(H).fill(ZERO);
    return { grant, vested: zeros, sbcTotal: total, expense: [...zeros] };
  }
  // Cumulative expense once per service month; each month's expense is the difference (§3.5).
  const N = grant.schedule.vestingMonths;
  const cum = Array.from({ length: N + 1 }, (_, t) => sbcCumulative(total, N, t));
  const cumAt = (t: number) => (t <= 0 ? ZERO : (cum[Math.min(t, N)] as Decimal));
  for (let k = 1; k <= H; k++) {
    const t = k - grant.month;
    vested.push(vestedShares(grant.shares, grant.schedule, t));
    expense.push(t <= 0 || t > N ? ZERO : cumAt(t).minus(cumAt(t - 1)));
  }
  return { grant, vested, sbcTotal: total, expense };
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
  const weightedSum = (v: EquityView, pick: (g: GrantSchedule) => Decimal): Decimal => {
    let total = ZERO;
    if (v === 'none') {
      for (const g of initial) total = total.plus(pick(g));
      return total;
    }
    for (const g of live)
      total = total.plus(
        v === 'expected' && !g.grant.weight.equals(1) ? pick(g).times(g.grant.weight) : pick(g),
      );
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
