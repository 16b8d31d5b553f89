import { Decimal, round } from './decimal.js';
import { PERCENTILES, type Percentile } from './schema.js';

/** One market band row (model.md §3.6). */
export interface Band {
  role: string;
  level: string;
  location: string;
  currency: string;
  values: Record<Percentile, Decimal>;
  source: string;
  asOf: string;
}

/** A named set of bands. */
export interface BandSet {
  name: string;
  rows: Band[];
}

const POINTS: readonly [number, Percentile][] = [
  [10, 'p10'],
  [25, 'p25'],
  [50, 'p50'],
  [75, 'p75'],
  [90, 'p90'],
];

/** The band row matching role, level and location exactly, or null. */
export function findBand(set: BandSet, role: string, level: string, location: string): Band | null {
  return (
    set.rows.find((b) => b.role === role && b.level === level && b.location === location) ?? null
  );
}

/**
 * model.md §3.6: the percentile of a base salary in a band, by linear interpolation between
 * (10,p10)…(90,p90), clamped to [10, 90], the lowest percentile on a tie; `ROUND(…, 1)`.
 */
export function bandPercentile(base: Decimal, values: Record<Percentile, Decimal>): Decimal {
  for (const [pct, key] of POINTS) if (base.equals(values[key])) return new Decimal(pct);
  if (base.lessThan(values.p10)) return new Decimal(10);
  for (let i = 0; i + 1 < POINTS.length; i++) {
    const [x0, k0] = POINTS[i] as [number, Percentile];
    const [x1, k1] = POINTS[i + 1] as [number, Percentile];
    const lo = values[k0];
    const hi = values[k1];
    if (base.greaterThan(lo) && base.lessThan(hi)) {
      return round(
        new Decimal(x0).plus(
          base
            .minus(lo)
            .times(x1 - x0)
            .div(hi.minus(lo)),
        ),
        1,
      );
    }
  }
  return new Decimal(90);
}

/** model.md §3.6: `ROUND(base / p50, 3)`. */
export function compaRatio(base: Decimal, p50: Decimal): Decimal {
  return round(base.div(p50), 3);
}

export { PERCENTILES };
