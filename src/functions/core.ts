/**
 * The custom functions' logic, without the Office runtime: argument checks and the calls into
 * src/model. Each function returns a plain number or throws a {@link FunctionArgError}; the thin
 * `@customfunction` layer in functions.ts turns that into an Excel error (`#VALUE!`, `#NUM!`,
 * `#N/A`) with the message.
 */
import { Decimal } from '../model/decimal.js';
import { scheduleBreaks, sharesForValue, vestedShares } from '../model/vesting.js';
import { bandPercentile } from '../model/bands.js';
import { runwayFrom } from '../model/runway.js';
import { sbcExpense, sbcTotal } from '../model/sbc.js';
import { hireCostMonth } from '../model/hire-cost.js';
import type { Percentile } from '../model/schema.js';

/** `#VALUE!` (wrong kind of argument), `#NUM!` (a number out of range), `#N/A` (no answer). */
export type ExcelErrorKind = 'value' | 'num' | 'na';

/** A bad argument (or no answer): the message names the argument and what was given. */
export class FunctionArgError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionArgError';
  }
}

const shownNumber = (v: unknown): string =>
  typeof v === 'number'
    ? String(v)
    : v === null || v === undefined || v === ''
      ? 'a blank'
      : JSON.stringify(v);

/** A finite number, else `#VALUE!`. Excel passes blanks as null/'' and text as strings. */
function num(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new FunctionArgError('value', `${name} must be a number, got ${shownNumber(v)}`);
  }
  return v;
}

function dec(v: number): Decimal {
  return new Decimal(String(v));
}

function nonNegative(name: string, v: unknown): Decimal {
  const n = num(name, v);
  if (n < 0) throw new FunctionArgError('num', `${name} must be at least 0, got ${n}`);
  return dec(n);
}

function positive(name: string, v: unknown): Decimal {
  const n = num(name, v);
  if (n <= 0) throw new FunctionArgError('num', `${name} must be greater than 0, got ${n}`);
  return dec(n);
}

function wholeNumber(name: string, v: unknown, lo: number): number {
  const n = num(name, v);
  if (!Number.isInteger(n))
    throw new FunctionArgError('num', `${name} must be a whole number, got ${n}`);
  if (n < lo) throw new FunctionArgError('num', `${name} must be at least ${lo}, got ${n}`);
  return n;
}

/** An optional argument: Excel passes an omitted one as null or undefined. */
function orDefault(v: unknown, fallback: number): unknown {
  return v === null || v === undefined ? fallback : v;
}

/** A vesting schedule's months, checked as the scenario schema checks them (model.md §3.1). */
function schedule(vestingMonths: unknown, cliffMonths: unknown, vestEveryMonths: unknown) {
  const N = wholeNumber('vestingMonths', vestingMonths, 1);
  const C = wholeNumber('cliffMonths', cliffMonths, 0);
  const f = wholeNumber('vestEveryMonths', vestEveryMonths, 1);
  const s = { vestingMonths: N, cliffMonths: C, vestEveryMonths: f };
  const first = scheduleBreaks(s)[0];
  if (first)
    throw new FunctionArgError(
      'num',
      first.rule === 'cliffBeyondVesting'
        ? `cliffMonths (${C}) must not exceed vestingMonths (${N})`
        : `${first.field} (${first.value}) must be a multiple of vestEveryMonths (${f})`,
    );
  return s;
}

/** The cells of a range, row by row. */
function cellsOf(name: string, range: unknown): unknown[] {
  if (!Array.isArray(range) || !range.every((row) => Array.isArray(row))) {
    throw new FunctionArgError('value', `${name} must be a range of cells`);
  }
  return (range as unknown[][]).flat();
}

/**
 * The result as an Excel number: finite and within a double's range, else `#NUM!` — Excel has no
 * infinity or NaN, and a function must never hand one back (issue 12 item 7).
 */
export function finite(result: Decimal | number): number {
  const n = typeof result === 'number' ? result : result.toNumber();
  if (!Number.isFinite(n))
    throw new FunctionArgError(
      'num',
      `the result${typeof result === 'number' || result.isFinite() ? ` (about ${typeof result === 'number' ? result : result.toExponential(3)})` : ''} is beyond the largest number Excel holds (about 1.8e308)`,
    );
  return n === 0 ? 0 : n; // no −0
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '';

/** Shares vested `t` months after the grant (model.md §3.2). Defaults: 48 months, cliff 12, monthly. */
export function vested(
  shares: unknown,
  t: unknown,
  vestingMonths?: unknown,
  cliffMonths?: unknown,
  vestEveryMonths?: unknown,
): number {
  const G = wholeNumber('shares', shares, 0);
  const months = wholeNumber('t', t, Number.MIN_SAFE_INTEGER);
  const s = schedule(
    orDefault(vestingMonths, 48),
    orDefault(cliffMonths, 12),
    orDefault(vestEveryMonths, 1),
  );
  return finite(vestedShares(new Decimal(G), s, months));
}

/** Whole shares a dollar value buys at a price: `INT(ROUND(value / price, 6))` (model.md §3.2). */
export function sharesForValueFn(value: unknown, price: unknown): number {
  const v = nonNegative('value', value);
  const p = positive('price', price);
  return finite(sharesForValue(v, p));
}

const BAND_KEYS: readonly Percentile[] = ['p10', 'p25', 'p50', 'p75', 'p90'];

/** Percentile (10..90, one decimal) of a salary in a band given as five cells P10..P90 (model.md §3.6). */
export function bandPosition(salary: unknown, band: unknown): number {
  const base = nonNegative('salary', salary);
  const cells = cellsOf('band', band);
  if (cells.length !== 5) {
    throw new FunctionArgError(
      'value',
      `band must be 5 cells (P10, P25, P50, P75, P90), got ${cells.length}`,
    );
  }
  const values = {} as Record<Percentile, Decimal>;
  BAND_KEYS.forEach((key, i) => {
    values[key] = positive(`band ${key.toUpperCase()}`, cells[i]);
  });
  for (let i = 0; i + 1 < BAND_KEYS.length; i++) {
    const a = BAND_KEYS[i] as Percentile;
    const b = BAND_KEYS[i + 1] as Percentile;
    if (values[a].greaterThan(values[b])) {
      throw new FunctionArgError(
        'num',
        `band ${a.toUpperCase()} (${values[a].toString()}) must not exceed ${b.toUpperCase()} (${values[b].toString()})`,
      );
    }
  }
  return finite(bandPercentile(base, values));
}

/**
 * Months of runway (unrounded, model.md §3.4) from opening cash and monthly net burns (a range,
 * month 1 first; a negative burn is a month that adds cash). Blank cells after the last burn are
 * ignored. Cash that never goes negative within the range has no answer: `#N/A`.
 */
export function runwayMonths(cash: unknown, netBurns: unknown): number {
  const opening = nonNegative('cash', cash);
  const cells = cellsOf('netBurns', netBurns);
  let last = cells.length;
  while (last > 0 && isBlank(cells[last - 1])) last--;
  if (last === 0)
    throw new FunctionArgError('value', 'netBurns must hold at least one monthly net burn');
  const burns = cells.slice(0, last).map((v, i) => {
    if (isBlank(v)) throw new FunctionArgError('value', `netBurns month ${i + 1} is blank`);
    return dec(num(`netBurns month ${i + 1}`, v));
  });
  const balances = [opening];
  for (const burn of burns) balances.push((balances[balances.length - 1] as Decimal).minus(burn));
  const r = runwayFrom(balances, burns, '2000-01-01');
  if (r.months === null) {
    throw new FunctionArgError(
      'na',
      `cash does not run out within the ${burns.length} months given`,
    );
  }
  return finite(r.months);
}

/**
 * Straight-line SBC expense booked `t` months after the grant (model.md §3.5):
 * total = ROUND(shares × grantFairValue, 2), expense = cum(t) − cum(t − 1).
 */
export function sbcExpenseFn(
  shares: unknown,
  grantFairValue: unknown,
  serviceMonths: unknown,
  t: unknown,
): number {
  const G = wholeNumber('shares', shares, 0);
  const fv = positive('grantFairValue', grantFairValue);
  const N = wholeNumber('serviceMonths', serviceMonths, 1);
  const months = wholeNumber('t', t, Number.MIN_SAFE_INTEGER);
  return finite(sbcExpense(sbcTotal(new Decimal(G), fv), N, months));
}

/**
 * The hire's fully loaded cash cost in month k (model.md §3.3): base + bonus + sign-on + employer
 * load + recruiting fee. Defaults follow the scenario's: no raise, no bonus, payout 100 %,
 * no sign-on, 25 % load, no fee.
 */
export function hireCost(
  baseSalary: unknown,
  month: unknown,
  annualRaise?: unknown,
  targetBonusPct?: unknown,
  bonusPayoutPct?: unknown,
  signOnBonus?: unknown,
  employerLoadPct?: unknown,
  recruitingFeePct?: unknown,
): number {
  const base = nonNegative('baseSalary', baseSalary);
  const k = wholeNumber('month', month, 1);
  const raise = num('annualRaise', orDefault(annualRaise, 0));
  if (raise <= -1)
    throw new FunctionArgError('num', `annualRaise must be greater than -1, got ${raise}`);
  return finite(
    hireCostMonth(
      {
        baseSalary: base,
        annualRaise: dec(raise),
        targetBonusPct: nonNegative('targetBonusPct', orDefault(targetBonusPct, 0)),
        bonusPayoutPct: nonNegative('bonusPayoutPct', orDefault(bonusPayoutPct, 1)),
        signOnBonus: nonNegative('signOnBonus', orDefault(signOnBonus, 0)),
        employerLoadPct: nonNegative('employerLoadPct', orDefault(employerLoadPct, 0.25)),
        recruitingFeePct: nonNegative('recruitingFeePct', orDefault(recruitingFeePct, 0)),
      },
      k,
    ).hireCash,
  );
}
