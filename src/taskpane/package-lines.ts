/**
 * Pure helpers of the Packages screen: free package names, and the share prices at which the
 * candidate-value lines are drawn (docs/model.md §9).
 */
import { Decimal } from '../model/decimal.js';
import type { ValueLeg } from '../model/candidate-value.js';
import { PACKAGE_NAME_MAX } from '../model/schema.js';

/** `base`, or `base 2`, `base 3`, … — the first that no package uses (ignoring case), ≤ 60 chars. */
export function freeName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const fit = (s: string, tail = '') =>
    `${[...s].slice(0, PACKAGE_NAME_MAX - tail.length).join('')}${tail}`;
  if (!used.has(fit(base).toLowerCase())) return fit(base);
  for (let i = 2; ; i++) {
    const candidate = fit(base, ` ${i}`);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A round right end for the price axis: 1, 2, 2.5, 5 × 10^k at or above x. */
function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x - 1e-12) return m * p;
  return 10 * p;
}

/** The prices at which every line is sampled: 0, the kinks, the break-evens and the right end. */
export function samplePrices(
  legs: readonly (readonly ValueLeg[])[],
  breakEvens: readonly (Decimal | null)[],
  reference: Decimal,
): { prices: Decimal[]; end: Decimal } {
  const kinks = legs
    .flat()
    .filter((l) => !l.weight.isZero() && !l.vested.isZero() && l.strike.greaterThan(0))
    .map((l) => l.strike);
  const marks = breakEvens.filter((b): b is Decimal => b !== null && b.greaterThan(0));
  const far = Math.max(
    reference.toNumber(),
    ...kinks.map((k) => k.toNumber() * 2),
    ...marks.map((b) => b.toNumber() * 1.6),
  );
  const end = new Decimal(niceCeil(far));
  const all = [new Decimal(0), ...kinks, ...marks, end].filter((p) => p.lessThanOrEqualTo(end));
  all.sort((a, b) => a.comparedTo(b));
  const prices = all.filter((p, i) => i === 0 || !p.equals(all[i - 1] as Decimal));
  return { prices, end };
}
