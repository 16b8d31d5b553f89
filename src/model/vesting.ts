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

/** A vesting schedule rule a schedule breaks (model.md §3.1), with the field that breaks it. */
export interface ScheduleBreak {
  field: 'vestingMonths' | 'cliffMonths';
  /** The field's value. */
  value: number;
  /** What it breaks: the cliff is past the vesting, or the months are not whole vesting periods. */
  rule: 'cliffBeyondVesting' | 'notWholePeriods';
}

/**
 * model.md §3.1: the schedule rules, in the order they are reported: cliff ≤ vesting; vesting and
 * cliff both multiples of vestEveryMonths. Every face (schema, custom functions) checks these.
 */
export function scheduleBreaks(s: VestingSchedule): ScheduleBreak[] {
  const out: ScheduleBreak[] = [];
  if (s.cliffMonths > s.vestingMonths)
    out.push({ field: 'cliffMonths', value: s.cliffMonths, rule: 'cliffBeyondVesting' });
  if (s.vestingMonths % s.vestEveryMonths !== 0)
    out.push({ field: 'vestingMonths', value: s.vestingMonths, rule: 'notWholePeriods' });
  if (s.cliffMonths % s.vestEveryMonths !== 0)
    out.push({ field: 'cliffMonths', value: s.cliffMonths, rule: 'notWholePeriods' });
  return out;
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
