import { DPM, Decimal, ONE, ZERO, ceil, max, min, round } from './decimal.js';
import { gainHit, type MarginGainPath } from './company.js';
import type { Scenario, VestingSchedule } from './scenario.js';
import { yearOfMonth } from './hire-cost.js';
import { sharesForFraction, sharesForValue } from './vesting.js';

/** One equity grant on the hit path (model.md §3.5). */
export interface Grant {
  kind: 'initial' | 'milestone' | 'margin';
  /** "Initial grant", the milestone's name, or "Margin refresh, month 12". */
  label: string;
  /** Grant month g (0 for the initial grant). */
  month: number;
  /** Shares granted if hit. */
  shares: Decimal;
  /** Dollar value that sized the grant (null for a grant given in shares or % FD). */
  value: Decimal | null;
  /** Weight in the expected view: 1, the milestone's p, or the margin probability. */
  weight: Decimal;
  strike: Decimal;
  grantFairValue: Decimal;
  schedule: VestingSchedule;
}

/** model.md §3.2: the price that sizes every grant given in dollars. */
export function sizePrice(s: Scenario): Decimal {
  return s.offer.sizingPrice === 'fmv' ? s.company.fmv409a : s.company.preferredPrice;
}

/** model.md §3.5: a milestone's grant month, `CEILING(dueDay / DPM)` (0 for day 0). */
export function milestoneGrantMonth(dueDay: number): number {
  return ceil(new Decimal(dueDay).div(DPM)).toNumber();
}

/** Initial grant shares: given, from a dollar value, or from a fraction of FD (§3.2). */
export function initialGrantShares(s: Scenario): Decimal {
  const size = s.offer.equity.size;
  switch (size.kind) {
    case 'shares':
      return size.shares;
    case 'value':
      return sharesForValue(size.value, sizePrice(s));
    case 'percentOfFullyDiluted':
      return sharesForFraction(size.fraction, s.company.fullyDilutedShares);
  }
}

/** One margin-refresh measurement (model.md §3.5), on the hit path. */
export interface MarginMeasurement {
  month: number;
  gainHit: Decimal;
  highWaterMark: Decimal;
  newPoints: Decimal;
  rawValue: Decimal;
  /** Value after the yearly cap. */
  value: Decimal;
  shares: Decimal;
}

/**
 * model.md §3.5: measurements at q = M, 2M, … ≤ H; the high-water mark is the previous
 * measurement's gain; the yearly cap counts dollars of earlier measurements in the same year.
 */
export function marginMeasurements(
  path: MarginGainPath | null,
  rule: { valuePerPoint: Decimal; measureEveryMonths: number; capPerYear: Decimal | null },
  horizon: number,
  price: Decimal,
): MarginMeasurement[] {
  const out: MarginMeasurement[] = [];
  let hwm = ZERO;
  const paidInYear = new Map<number, Decimal>();
  for (let q = rule.measureEveryMonths; q <= horizon; q += rule.measureEveryMonths) {
    const g = gainHit(path, q);
    const newPoints = max(ZERO, g.minus(hwm));
    const rawValue = round(newPoints.times(rule.valuePerPoint), 2);
    const year = yearOfMonth(q);
    const paid = paidInYear.get(year) ?? ZERO;
    const value = rule.capPerYear === null ? rawValue : min(rawValue, rule.capPerYear.minus(paid));
    paidInYear.set(year, paid.plus(value));
    out.push({
      month: q,
      gainHit: g,
      highWaterMark: hwm,
      newPoints,
      rawValue,
      value,
      shares: sharesForValue(value, price),
    });
    hwm = max(hwm, g);
  }
  return out;
}

/** Every grant that exists in the model (grant month ≤ H), initial first. */
export function grantsOf(s: Scenario): Grant[] {
  const e = s.offer.equity;
  const grants: Grant[] = [
    {
      kind: 'initial',
      label: 'Initial grant',
      month: 0,
      shares: initialGrantShares(s),
      value: e.size.kind === 'value' ? e.size.value : null,
      weight: ONE,
      strike: e.strike,
      grantFairValue: e.grantFairValue,
      schedule: e.schedule,
    },
  ];
  const r = s.offer.refresh;
  if (!r) return grants;
  const H = s.horizonMonths;
  const price = sizePrice(s);
  for (const m of r.milestones) {
    const month = milestoneGrantMonth(m.dueDay);
    if (month > H) continue;
    grants.push({
      kind: 'milestone',
      label: m.name,
      month,
      shares: sharesForValue(m.value, price),
      value: m.value,
      weight: m.probability,
      strike: r.strike,
      grantFairValue: r.grantFairValue,
      schedule: r.schedule,
    });
  }
  if (r.margin) {
    const weight = s.offer.marginGain?.probability ?? ONE;
    for (const q of marginMeasurements(s.offer.marginGain, r.margin, H, price)) {
      grants.push({
        kind: 'margin',
        label: `Margin refresh, month ${q.month}`,
        month: q.month,
        shares: q.shares,
        value: q.value,
        weight,
        strike: r.strike,
        grantFairValue: r.grantFairValue,
        schedule: r.schedule,
      });
    }
  }
  return grants;
}
