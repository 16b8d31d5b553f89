import type { HistogramData } from './protocol.js';

export interface Bin {
  from: number;
  to: number;
  plan: number;
  market: number;
  beyond?: boolean;
}

/**
 * Bins two runway-day distributions on one axis: one bin per day when they span at most 40 days,
 * else about 30 equal bins; a last "beyond the horizon" bin when either has mass there.
 */
export function binDays(plan: HistogramData, market: HistogramData | undefined): Bin[] {
  const all = [...plan.days, ...(market?.days ?? [])];
  const bins: Bin[] = [];
  if (all.length > 0) {
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const width = hi - lo + 1 <= 40 ? 1 : Math.ceil((hi - lo + 1) / 30);
    for (let from = lo; from <= hi; from += width)
      bins.push({ from, to: Math.min(hi, from + width - 1), plan: 0, market: 0 });
    const add = (h: HistogramData | undefined, key: 'plan' | 'market') =>
      h?.days.forEach((d, i) => {
        const bin = bins[Math.floor((d - lo) / width)] as Bin;
        bin[key] += h.mass[i] as number;
      });
    add(plan, 'plan');
    add(market, 'market');
  }
  if (plan.beyondR > 0 || (market?.beyondR ?? 0) > 0)
    bins.push({
      from: Infinity,
      to: Infinity,
      plan: plan.beyondR,
      market: market?.beyondR ?? 0,
      beyond: true,
    });
  return bins;
}
