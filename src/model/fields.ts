import { z } from 'zod';
import { Decimal } from './decimal.js';
import { JsonNumber } from './json-text.js';

/** A number as a scenario may hold it: a JS number (from the pane) or exact JSON text. */
export type NumberInput = number | JsonNumber;

/** Short, readable rendering of a value for an error message ("got …"). */
export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v instanceof JsonNumber) return v.text.length > 40 ? `${v.text.slice(0, 40)}…` : v.text;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'a list';
  if (v !== null && typeof v === 'object') return 'an object';
  return String(v);
}

function isNumberLike(v: unknown): v is NumberInput {
  return (typeof v === 'number' && Number.isFinite(v)) || v instanceof JsonNumber;
}

export function toDecimal(v: NumberInput): Decimal {
  return new Decimal(v instanceof JsonNumber ? v.text : String(v));
}

const numberInput = (what = 'a number') =>
  z.custom<NumberInput>(isNumberLike, {
    error: (iss) =>
      iss.input === undefined ? 'is required' : `must be ${what}, got ${shown(iss.input)}`,
  });

type Check = (d: Decimal) => string | null;

/**
 * Limits every field inherits (docs/cli.md "Limits"). Numbers: at most 9.99999999999999e307 in
 * size, the largest number Excel accepts (beyond about 1.8e308 a double is Infinity, which
 * LibreOffice reads as 0); every figure the model computes from them meets the same limit
 * (limits.ts). Text: at most 1,000 characters, a product limit well
 * inside Excel's 32,767 characters per cell, so that a cell joining several texts (the Offer
 * Sheet's sentences) fits too. Lists: {@link list}'s `max`. Dates: {@link isoDate}.
 */
export const LIMITS = {
  maxNumber: new Decimal('9.99999999999999e307'),
  maxNumberText: '9.99999999999999e307',
  maxTextChars: 1000,
  firstDate: '1900-03-01',
  lastDate: '9999-12-31',
} as const;

const withinExcel: Check = (d) =>
  !d.isFinite() || d.abs().greaterThan(LIMITS.maxNumber)
    ? `must be at most ${LIMITS.maxNumberText} in size (the largest number Excel holds)`
    : null;

/** A decimal field: validated on the exact written value, returned as a Decimal. */
function decimalField(checks: Check[]) {
  return numberInput().transform((v, ctx) => {
    const d = toDecimal(v);
    for (const check of [withinExcel, ...checks]) {
      const problem = check(d);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: `${problem}, got ${shown(v)}` });
        return z.NEVER;
      }
    }
    return d;
  });
}

const atLeast =
  (n: number): Check =>
  (d) =>
    d.lessThan(n) ? `must be at least ${n}` : null;
const above =
  (n: number): Check =>
  (d) =>
    d.lessThanOrEqualTo(n) ? `must be greater than ${n}` : null;
const atMost =
  (n: number): Check =>
  (d) =>
    d.greaterThan(n) ? `must be at most ${n}` : null;
const places =
  (n: number, word: string): Check =>
  (d) =>
    d.decimalPlaces() > n ? `must have at most ${word} decimals` : null;
const whole: Check = (d) => (d.isInteger() ? null : 'must be a whole number');
const between =
  (lo: number, hi: number): Check =>
  (d) =>
    d.lessThan(lo) || d.greaterThan(hi) ? `must be between ${lo} and ${hi}` : null;

/** Money: ≥ 0, at most two decimals. */
export const money = () => decimalField([atLeast(0), places(2, 'two')]);
/** A share price: > 0, at most four decimals. */
export const price = () => decimalField([above(0), places(4, 'four')]);
/** An exit price: ≥ 0, at most two decimals. */
export const exitPrice = () => decimalField([atLeast(0), places(2, 'two')]);
/** A probability or margin: a fraction in [0, 1]. */
export const fraction = () => decimalField([between(0, 1)]);
/** A growth rate: greater than −1. */
export const growthRate = () => decimalField([above(-1)]);
/** A non-negative rate (bonus %, load %, fee %). */
export const rate = () => decimalField([atLeast(0)]);
/** Gross-margin points: ≥ 0. */
export const points = () => decimalField([atLeast(0)]);
/** A share count: a whole number ≥ min. */
export const shareCount = (minimum: number) =>
  decimalField([whole, minimum > 0 ? above(minimum - 1) : atLeast(minimum)]);
/** A count of months or days: a whole number in [lo, hi], returned as a JS number. */
export const count = (lo: number, hi = 100_000) =>
  decimalField([whole, atLeast(lo), atMost(hi)]).transform((d) => d.toNumber());
/** A fraction of fully diluted shares: (0, 1]. */
export const fdFraction = () => decimalField([above(0), atMost(1)]);
/** A strike that is "accepted and treated as 0" for RSUs: any number ≥ 0. */
export const anyNonNegative = () => decimalField([atLeast(0)]);

/** Non-empty text, at most {@link LIMITS}.maxTextChars characters. */
export const text = () =>
  z.custom<string>(
    (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= LIMITS.maxTextChars,
    {
      error: (iss) =>
        iss.input === undefined
          ? 'is required'
          : typeof iss.input === 'string'
            ? iss.input.length > LIMITS.maxTextChars
              ? `must be at most ${LIMITS.maxTextChars.toLocaleString('en-US')} characters, got ${iss.input.length.toLocaleString('en-US')}`
              : 'must not be empty'
            : `must be text, got ${shown(iss.input)}`,
    },
  );

/** One of a fixed set of strings. */
export const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((v) => typeof v === 'string' && (values as readonly string[]).includes(v), {
    error: (iss) =>
      `${iss.input === undefined ? 'is required' : `must be one of ${values.map((x) => `"${x}"`).join(', ')}, got ${shown(iss.input)}`}`,
  });

/** The longest list a scenario may hold when no smaller `max` is given. */
export const MAX_LIST_ITEMS = 1000;

/**
 * A list of at most `max` items (checked before any item is, so a huge list is refused at once:
 * the workbook lays lists out as columns and rows, docs/cli.md "Limits").
 */
export const list = <T extends z.ZodType>(item: T, max: number = MAX_LIST_ITEMS) =>
  z
    .custom<unknown[]>((v) => Array.isArray(v) && v.length <= max, {
      error: (iss) =>
        iss.input === undefined
          ? 'is required'
          : Array.isArray(iss.input)
            ? `must have at most ${max.toLocaleString('en-US')} entries, got ${iss.input.length.toLocaleString('en-US')}`
            : `must be a list, got ${shown(iss.input)}`,
      abort: true,
    })
    .pipe(z.array(item));

/** A calendar date written YYYY-MM-DD. */
export const isoDate = () =>
  z.custom<string>(
    (v) => {
      if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const t = new Date(Date.UTC(y, m - 1, d));
      const real = t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
      return real && v >= LIMITS.firstDate && v <= LIMITS.lastDate;
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? 'is required'
          : typeof iss.input === 'string' &&
              /^\d{4}-\d{2}-\d{2}$/.test(iss.input) &&
              (iss.input < LIMITS.firstDate || iss.input > LIMITS.lastDate)
            ? `must be between ${LIMITS.firstDate} and ${LIMITS.lastDate} (the dates a spreadsheet holds), got ${shown(iss.input)}`
            : `must be a real calendar date written YYYY-MM-DD, got ${shown(iss.input)}`,
    },
  );

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);
}

/** A JSON object with exactly these fields (unknown keys are errors). */
export const record = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z
    .custom<Record<string, unknown>>(isPlainObject, {
      error: (iss) =>
        iss.input === undefined ? 'is required' : `must be an object, got ${shown(iss.input)}`,
    })
    .pipe(z.strictObject(shape));
