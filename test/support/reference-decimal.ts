/**
 * The arithmetic of the independent references (reference-rules.ts, reference-model.ts,
 * plan-reference.ts): 80-digit decimals, rounding half away from zero where docs/model.md rounds,
 * and figures written as the --json report writes them. No code from src/model.
 */
import D from 'decimal.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const X = D.clone({ precision: 80, rounding: D.ROUND_HALF_UP });
export type N = InstanceType<typeof X>;
export const n = (v: any): N => new X(String(v));
export const ZERO = n(0);
export const R2 = (x: N) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
export const ROUND = (x: N, p: number) => x.toDecimalPlaces(p, D.ROUND_HALF_UP);
export const INT = (x: N) => x.floor();
/** Days per month (§3.2). */
export const DPM = n('30.4375');
export const MAX = (a: N, b: N) => (a.greaterThan(b) ? a : b);
export const MIN = (a: N, b: N) => (a.lessThan(b) ? a : b);
/** A figure as the --json report writes it: `p` decimals, never "-0.00". */
export const f = (x: N, p: number) => {
  const s = x.toFixed(p, D.ROUND_HALF_UP);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
};
/** Sum of `fn(k)` over months 1..H. */
export function sumMonths(H: number, fn: (k: number) => N): N {
  let s = ZERO;
  for (let k = 1; k <= H; k++) s = s.plus(fn(k));
  return s;
}
