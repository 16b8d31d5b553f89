import DecimalJs from 'decimal.js';

/**
 * The engine's one arithmetic door. 60 significant digits (model.md §3 asks for at least 40:
 * `1.01^119` must not round early) and ROUND_HALF_UP, which in decimal.js is half away from
 * zero — Excel's ROUND.
 */
export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Days per month: model.md §3. */
export const DPM = new Decimal('30.4375');

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Decimal from a number or a decimal string. */
export function dec(x: Decimal | number | string): Decimal {
  return x instanceof Decimal ? x : new Decimal(x);
}

/** Excel's ROUND(x, n): half away from zero. */
export function round(x: Decimal, places: number): Decimal {
  return x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Excel's INT: floor. */
export function int(x: Decimal): Decimal {
  return x.floor();
}

/** Excel's CEILING to an integer (k/12, d/DPM). */
export function ceil(x: Decimal): Decimal {
  return x.ceil();
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

export function sum(xs: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const x of xs) total = total.plus(x);
  return total;
}

/** Fixed-decimal text, half away from zero ("15416.67"); never exponent notation. */
export function fixed(x: Decimal, places: number): string {
  const s = x.toFixed(places, Decimal.ROUND_HALF_UP);
  // decimal.js keeps a sign on a value that rounds to zero ("-0.00"): a report must not.
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}
