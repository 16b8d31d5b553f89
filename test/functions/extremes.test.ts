// Issue 12 item 7: no custom function ever hands Excel a non-finite number. At the extremes of
// every argument each function returns a finite number or throws #NUM! (CustomFunctions.Error
// with ErrorCode.invalidNumber), never Infinity, −Infinity or NaN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fns from '../../src/functions/functions.js';

class FakeCfError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const g = globalThis as { CustomFunctions?: unknown };
beforeAll(() => {
  g.CustomFunctions = {
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A' },
    Error: FakeCfError,
  };
});
afterAll(() => {
  delete g.CustomFunctions;
});

const MAX = Number.MAX_VALUE; // 1.7976931348623157e308
const EXTREMES = [0, 1, 1e-300, 1e15, 1e300, MAX, -1, -MAX];

/** What Excel would show: a finite number, or the code of the error thrown. */
function outcome(f: () => number): number | string {
  try {
    const v = f();
    expect(Number.isFinite(v)).toBe(true);
    return v;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeCfError);
    return (e as FakeCfError).code;
  }
}

describe('overflow becomes #NUM!', () => {
  it('SHARESFORVALUE: 1e308 / 1e-10 is beyond a double', () => {
    expect(outcome(() => fns.SHARESFORVALUE(1e308, 1e-10))).toBe('#NUM!');
  });
  it('SBCEXPENSE: 1e300 shares × 1e300 fair value over 1 month', () => {
    expect(outcome(() => fns.SBCEXPENSE(1e300, 1e300, 1, 1))).toBe('#NUM!');
  });
  it('HIRECOST: a raise of 1e300 compounding to year 3', () => {
    // month 25 is year 3: base × (1 + 1e300)^2 = 1e5 × 1e600
    expect(outcome(() => fns.HIRECOST(100000, 25, 1e300))).toBe('#NUM!');
  });
  it('HIRECOST: a base of MAX is finite in month 1, a MAX sign-on on top is not', () => {
    // MAX / 12 × 1.25 (load) = 1.8726e307: finite
    expect(outcome(() => fns.HIRECOST(MAX, 1))).toBeCloseTo(1.872597015481579e307, -300);
    // (MAX / 12 + MAX) × 1.25 > MAX
    expect(outcome(() => fns.HIRECOST(MAX, 1, 0, 0, 1, MAX))).toBe('#NUM!');
  });
  it('VESTED: MAX shares fully vested is MAX itself (finite), not an error', () => {
    expect(outcome(() => fns.VESTED(MAX, 48, 48, 0, 1))).toBe(MAX);
  });
  it('RUNWAYMONTHS: MAX cash and a MAX burn per month stay finite', () => {
    // cash MAX, burns MAX, MAX: cash_1 = 0 (not negative), cash_2 = −MAX → runway = 1 + 0/MAX = 1
    expect(outcome(() => fns.RUNWAYMONTHS(MAX, [[MAX], [MAX]]))).toBe(1);
  });
});

describe('every function at the extremes returns a finite number or an Excel error', () => {
  it.each(EXTREMES.map((x) => [x]))('argument %s', (x) => {
    outcome(() => fns.VESTED(x, x));
    outcome(() => fns.VESTED(1000, 12, x, 0, 1));
    outcome(() => fns.SHARESFORVALUE(x, 1e-4));
    outcome(() => fns.SHARESFORVALUE(1e6, x));
    outcome(() => fns.BANDPOSITION(x, [[1], [2], [3], [4], [5]]));
    outcome(() => fns.BANDPOSITION(3, [[x], [x], [x], [x], [x]]));
    outcome(() => fns.RUNWAYMONTHS(x, [[x], [x]]));
    outcome(() => fns.RUNWAYMONTHS(1, [[x], [-x], [x]]));
    outcome(() => fns.SBCEXPENSE(x, x, 1, 1));
    outcome(() => fns.SBCEXPENSE(1000, 1, 48, x));
    outcome(() => fns.HIRECOST(x, 1));
    outcome(() => fns.HIRECOST(100000, 13, x, x, x, x, x, x));
  });
  it('NaN and infinities in are #VALUE!, never a result', () => {
    for (const bad of [NaN, Infinity, -Infinity])
      expect(outcome(() => fns.HIRECOST(bad, 1))).toBe('#VALUE!');
  });
});
