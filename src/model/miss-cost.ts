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

/** The parts of the cost of a miss found at month d (model.md §3.7). */
export interface MissCostParts {
  /** Σ_{k≤d} hireCash_k. */
  hireCashPaid: Decimal;
  /** idle × d. */
  idleCompute: Decimal;
  replacementFee: Decimal;
  delayDays: Decimal;
  /** delayPerDay × delayDays. */
  delayCost: Decimal;
}

/** model.md §3.7: the parts of the cost of finding out at month d that the hire is a miss. */
export function missCostParts(x: MissCostInputs, d: number): MissCostParts {
  const delayDays = missDelayDays(d, x.timeToFillDays);
  return {
    hireCashPaid: sum(x.hireCash.slice(0, d)),
    idleCompute: x.idleComputeMonthly.times(d),
    replacementFee: x.replacementFee,
    delayDays,
    delayCost: x.roadmapDelayCostPerDay.times(delayDays),
  };
}

/**
 * model.md §3.7: the cost of finding out at month d that the hire is a miss:
 * `Σ_{k≤d} hireCash_k + idle × d + fee + delayPerDay × ROUND(d × DPM + timeToFill, 0)`.
 */
export function missCost(x: MissCostInputs, d: number): Decimal {
  const p = missCostParts(x, d);
  return p.hireCashPaid.plus(p.idleCompute).plus(p.replacementFee).plus(p.delayCost);
}
