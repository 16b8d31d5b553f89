import { Decimal, DPM, round, sum } from './decimal.js';

export interface MissCostInputs {
  /** hireCash_k for k = 1..(at least max d). */
  hireCash: readonly Decimal[];
  idleComputeMonthly: Decimal;
  replacementFee: Decimal;
  roadmapDelayCostPerDay: Decimal;
  timeToFillDays: number;
}

/** model.md §3.7: the roadmap delay of a miss found at month d, `ROUND(d × DPM + timeToFill, 0)` days. */
export function missDelayDays(d: number, timeToFillDays: number): Decimal {
  return round(DPM.times(d).plus(timeToFillDays), 0);
}

/**
 * model.md §3.7: the cost of finding out at month d that the hire is a miss:
 * `Σ_{k≤d} hireCash_k + idle × d + fee + delayPerDay × ROUND(d × DPM + timeToFill, 0)`.
 */
export function missCost(x: MissCostInputs, d: number): Decimal {
  const delayDays = missDelayDays(d, x.timeToFillDays);
  return sum(x.hireCash.slice(0, d))
    .plus(x.idleComputeMonthly.times(d))
    .plus(x.replacementFee)
    .plus(x.roadmapDelayCostPerDay.times(delayDays));
}
