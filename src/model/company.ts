import { Decimal, ONE, ZERO, max, min, round } from './decimal.js';

/**
 * `(1 + g)^(k−1)` for k = 1..n, built by repeated multiplication at 60 significant digits (the
 * same figures as `pow`, to far beyond the cent; one multiplication a month instead of a power).
 */
export function growthFactors(growth: Decimal, n: number): Decimal[] {
  const step = ONE.plus(growth);
  const out: Decimal[] = [ONE];
  for (let k = 2; k <= n; k++)
    out.push(growth.isZero() ? ONE : (out[k - 2] as Decimal).times(step));
  return out;
}

/**
 * model.md §3.4 for months k = 1..R (index k − 1), the one place they are computed:
 * `rev_k = ROUND(monthlyRevenue × (1 + g_rev)^(k−1), 2)` and
 * `opex_k = ROUND(monthlyOpex × (1 + g_opex)^(k−1), 2)`.
 */
export function companyMonths(
  c: {
    monthlyRevenue: Decimal;
    revenueGrowthMonthly: Decimal;
    monthlyOpex: Decimal;
    opexGrowthMonthly: Decimal;
  },
  R: number,
): { revenue: Decimal[]; opex: Decimal[] } {
  const revGrowth = growthFactors(c.revenueGrowthMonthly, R);
  const opexGrowth = growthFactors(c.opexGrowthMonthly, R);
  return {
    revenue: revGrowth.map((f) => round(c.monthlyRevenue.times(f), 2)),
    opex: opexGrowth.map((f) => round(c.monthlyOpex.times(f), 2)),
  };
}

/** The productivity assumption (model.md §3.1 `offer.marginGain`). */
export interface MarginGainPath {
  points: Decimal;
  startMonth: number;
  fullMonth: number;
}

/**
 * model.md §3.4: gain in points when the target is hit,
 * `points × MIN(1, MAX(0, (k − start + 1) / (full − start + 1)))`; 0 with no gain path.
 */
export function gainHit(path: MarginGainPath | null, k: number): Decimal {
  if (!path || k < path.startMonth) return ZERO;
  if (k >= path.fullMonth) return path.points;
  const ramp = new Decimal(k - path.startMonth + 1).div(path.fullMonth - path.startMonth + 1);
  return path.points.times(min(ONE, max(ZERO, ramp)));
}

/** model.md §3.4: `gp_k(g) = ROUND(rev_k × (grossMargin + g / 100), 2)`. */
export function grossProfit(rev: Decimal, grossMargin: Decimal, gainPoints: Decimal): Decimal {
  if (gainPoints.isZero()) return round(rev.times(grossMargin), 2);
  return round(rev.times(grossMargin.plus(gainPoints.div(100))), 2);
}
