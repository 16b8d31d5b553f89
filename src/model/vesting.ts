import { Decimal, ZERO, int, round } from './decimal.js';
import type { VestingSchedule } from './scenario.js';

/** model.md §3.2: shares bought by a dollar value at a price, `INT(ROUND(value / price, 6))`. */
export function sharesForValue(value: Decimal, price: Decimal): Decimal {
  return int(round(value.div(price), 6));
}

/** model.md §3.2: shares for a fraction of fully diluted, `INT(ROUND(pct × FD, 6))`. */
export function sharesForFraction(fraction: Decimal, fullyDilutedShares: Decimal): Decimal {
  return int(round(fraction.times(fullyDilutedShares), 6));
}

/**
 * model.md §3.2: shares of a grant of `granted` vested `t` months after the grant:
 * 0 before the cliff or at t ≤ 0, else `INT(ROUND(G × MIN(INT(t/f)×f, N) / N, 6))`.
 */
export function vestedShares(granted: Decimal, s: VestingSchedule, t: number): Decimal {
  if (t <= 0 || t < s.cliffMonths) return ZERO;
  const f = s.vestEveryMonths;
  const months = Math.min(Math.floor(t / f) * f, s.vestingMonths);
  if (months === s.vestingMonths) return granted;
  return int(round(granted.times(months).div(s.vestingMonths), 6));
}
