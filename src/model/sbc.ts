import { Decimal, ZERO, round } from './decimal.js';

/** model.md §3.5: a grant's total expense, `ROUND(shares × grantFairValue, 2)`. */
export function sbcTotal(shares: Decimal, grantFairValue: Decimal): Decimal {
  return round(shares.times(grantFairValue), 2);
}

/** model.md §3.5: cumulative straight-line expense t months after grant, `ROUND(total × MIN(t,N)/N, 2)`. */
export function sbcCumulative(total: Decimal, serviceMonths: number, t: number): Decimal {
  if (t <= 0) return ZERO;
  return round(total.times(Math.min(t, serviceMonths)).div(serviceMonths), 2);
}

/** model.md §3.5: expense booked in the month that is t months after grant, `cum(t) − cum(t−1)`. */
export function sbcExpense(total: Decimal, serviceMonths: number, t: number): Decimal {
  if (t <= 0 || t > serviceMonths || total.isZero()) return ZERO;
  return sbcCumulative(total, serviceMonths, t).minus(sbcCumulative(total, serviceMonths, t - 1));
}
