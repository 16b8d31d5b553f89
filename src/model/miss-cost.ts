import { Decimal, DPM, round, sum } from './decimal.js';

export interface MissCostInputs {
  /** hireCash_k for k = 1..(at least max d). */
  hireCash: readonly Decimal[];
  idleComputeMonthly: Decimal;
  replacementFee: Decimal;
  roadmapDelayCostPerDay: Decimal;
  timeToFillDays: number;
}

/**
 * model.md §3.7: the cost of finding out at month d that the hire is a miss:
 * `Σ_{k≤d} hireCash_k + idle × d + fee + delayPerDay × ROUND(d × DPM + timeToFill, 0)`.
 */
export function missCost(x: MissCostInputs, d: number): Decimal {
  const delayDays = round(DPM.times(d).plus(x.timeToFillDays), 0);
  return sum(x.hireCash.slice(0, d))
    .plus(x.idleComputeMonthly.times(d))
    .plus(x.replacementFee)
    .plus(x.roadmapDelayCostPerDay.times(delayDays));
}
