// Custom functions as plain TypeScript. Every expected value is worked by hand in the comment
// beside it (model.md §3.2, §3.3, §3.4, §3.5, §3.6), never produced by the code under test.
import { describe, expect, it } from 'vitest';
import {
  FunctionArgError,
  bandPosition,
  hireCost,
  runwayMonths,
  sbcExpenseFn,
  sharesForValueFn,
  vested,
} from '../../src/functions/core.js';
import { thrownBy } from '../support/thrown.js';

const failure = (f: () => unknown) => thrownBy(FunctionArgError, f, 'a FunctionArgError');

describe('VESTED', () => {
  it('follows the cliff and whole vesting periods', () => {
    expect(vested(120000, 11)).toBe(0); // before the 12-month cliff
    expect(vested(120000, 0)).toBe(0);
    expect(vested(120000, -3)).toBe(0);
    expect(vested(120000, 12)).toBe(30000); // 120000 × 12 / 48
    expect(vested(1000, 13)).toBe(270); // INT(1000 × 13 / 48 = 270.83)
    expect(vested(120000, 60)).toBe(120000); // capped at 48 months
    expect(vested(1000, 14, 48, 12, 3)).toBe(250); // INT(14/3)×3 = 12 → 1000 × 12 / 48
    expect(vested(100, 7, 24, 0, 1)).toBe(29); // INT(100 × 7 / 24 = 29.17)
    expect(vested(3, 16, 48, 0, 1)).toBe(1); // 3 × 16 / 48 = 1 exactly, not 0.999…
  });
  it('treats omitted optional arguments (null from Excel) as the defaults', () => {
    expect(vested(4800, 24, null, null, null)).toBe(2400); // 48 / 12 / 1
    expect(vested(4800, 6, 24, null, 1)).toBe(0); // cliff 12 by default
  });
  it('rejects bad arguments with the argument named', () => {
    expect(failure(() => vested(-1, 12))).toMatchObject({
      kind: 'num',
      message: 'shares must be at least 0, got -1',
    });
    expect(failure(() => vested(10.5, 12)).message).toBe('shares must be a whole number, got 10.5');
    expect(failure(() => vested('abc', 12))).toMatchObject({
      kind: 'value',
      message: 'shares must be a number, got "abc"',
    });
    expect(failure(() => vested(100, 1.5)).message).toBe('t must be a whole number, got 1.5');
    expect(failure(() => vested(100, 12, 48, 50)).message).toBe(
      'cliffMonths (50) must not exceed vestingMonths (48)',
    );
    expect(failure(() => vested(100, 12, 48, 12, 5)).message).toBe(
      'vestingMonths (48) must be a multiple of vestEveryMonths (5)',
    );
    expect(failure(() => vested(100, 12, 48, 10, 4)).message).toBe(
      'cliffMonths (10) must be a multiple of vestEveryMonths (4)',
    );
    expect(failure(() => vested(100, 12, 0)).message).toBe(
      'vestingMonths must be at least 1, got 0',
    );
    expect(failure(() => vested(100, 12, 48, 12, 0)).message).toBe(
      'vestEveryMonths must be at least 1, got 0',
    );
    expect(failure(() => vested(100, '')).kind).toBe('value');
  });
});

describe('SHARESFORVALUE', () => {
  it('is INT(ROUND(value / price, 6)) in decimal arithmetic', () => {
    expect(sharesForValueFn(40000, 4)).toBe(10000);
    expect(sharesForValueFn(30000, 4)).toBe(7500);
    expect(sharesForValueFn(100, 3)).toBe(33); // 33.33…
    expect(sharesForValueFn(0.3, 0.1)).toBe(3); // binary floats would give 2.999… → 2
    expect(sharesForValueFn(25000, 1.2)).toBe(20833); // 20833.33…
    expect(sharesForValueFn(0, 4)).toBe(0);
  });
  it('rejects a zero price and a negative value', () => {
    expect(failure(() => sharesForValueFn(1, 0))).toMatchObject({
      kind: 'num',
      message: 'price must be greater than 0, got 0',
    });
    expect(failure(() => sharesForValueFn(-5, 1)).message).toBe('value must be at least 0, got -5');
    expect(failure(() => sharesForValueFn(true, 1)).kind).toBe('value');
  });
});

// BLS OEWS May 2024, Data Scientists: 63,650 / 82,630 / 112,590 / 155,810 / 194,410.
const DS_ROW = [[63650, 82630, 112590, 155810, 194410]];
const DS_COLUMN = DS_ROW[0]!.map((v) => [v]);

describe('BANDPOSITION', () => {
  it('interpolates between the band points and rounds to one decimal', () => {
    // 50 + (150000 − 112590) × 25 / (155810 − 112590) = 50 + 935250 / 43220 = 71.639…
    expect(bandPosition(150000, DS_ROW)).toBe(71.6);
    // 10 + (70000 − 63650) × 15 / (82630 − 63650) = 10 + 95250 / 18980 = 15.018…
    expect(bandPosition(70000, DS_COLUMN)).toBe(15);
    // 75 + (180000 − 155810) × 15 / (194410 − 155810) = 75 + 362850 / 38600 = 84.400…
    expect(bandPosition(180000, DS_ROW)).toBe(84.4);
    expect(bandPosition(112590, DS_ROW)).toBe(50);
  });
  it('clamps to 10..90 and takes the lowest percentile on a tie', () => {
    expect(bandPosition(50000, DS_ROW)).toBe(10);
    expect(bandPosition(250000, DS_ROW)).toBe(90);
    expect(bandPosition(200, [[100, 200, 200, 300, 400]])).toBe(25);
  });
  it('rejects a band that is not five increasing positive numbers', () => {
    expect(failure(() => bandPosition(1, [[1, 2, 3, 4]]))).toMatchObject({
      kind: 'value',
      message: 'band must be 5 cells (P10, P25, P50, P75, P90), got 4',
    });
    expect(failure(() => bandPosition(1, [[1, 2, 5, 4, 6]]))).toMatchObject({
      kind: 'num',
      message: 'band P50 (5) must not exceed P75 (4)',
    });
    expect(failure(() => bandPosition(1, [[0, 2, 3, 4, 5]])).message).toBe(
      'band P10 must be greater than 0, got 0',
    );
    expect(failure(() => bandPosition(1, [[1, 'x', 3, 4, 5]])).message).toBe(
      'band P25 must be a number, got "x"',
    );
    expect(failure(() => bandPosition(1, 5)).kind).toBe('value');
    expect(failure(() => bandPosition(-1, DS_ROW)).kind).toBe('num');
  });
});

describe('RUNWAYMONTHS', () => {
  it('is (k − 1) + cash before the first negative month / its burn', () => {
    // 100 → 70 → 40 → 10 → −20: k = 4, 3 + 10/30
    expect(runwayMonths(100, [[30], [30], [30], [30], [30]])).toBeCloseTo(3 + 1 / 3, 12);
    // 100 → 50 → 70 → −30: k = 3, 2 + 70/100
    expect(runwayMonths(100, [[50, -20, 100]])).toBe(2.7);
    // 0 → −5: k = 1, 0 + 0/5
    expect(runwayMonths(0, [[5]])).toBe(0);
    // trailing blanks of a selected column are ignored
    expect(runwayMonths(100, [[30], [30], [30], [30], [''], [null]])).toBeCloseTo(3 + 1 / 3, 12);
  });
  it('has no answer (#N/A) when cash never goes below zero', () => {
    expect(failure(() => runwayMonths(100, [[10], [10]]))).toMatchObject({
      kind: 'na',
      message: 'cash does not run out within the 2 months given',
    });
    // exactly zero is not below zero
    expect(failure(() => runwayMonths(100, [[100]])).kind).toBe('na');
  });
  it('rejects blanks inside the burns, text and negative cash', () => {
    expect(failure(() => runwayMonths(100, [[30], [null], [30]]))).toMatchObject({
      kind: 'value',
      message: 'netBurns month 2 is blank',
    });
    expect(failure(() => runwayMonths(100, [['a']])).message).toBe(
      'netBurns month 1 must be a number, got "a"',
    );
    expect(failure(() => runwayMonths(100, [[null]])).message).toBe(
      'netBurns must hold at least one monthly net burn',
    );
    expect(failure(() => runwayMonths(-1, [[1]])).kind).toBe('num');
  });
});

describe('SBCEXPENSE', () => {
  it('books the straight-line expense by cumulative differences', () => {
    // total ROUND(120000 × 0.65, 2) = 78000; cum(1) = 78000 / 48 = 1625
    expect(sbcExpenseFn(120000, 0.65, 48, 1)).toBe(1625);
    expect(sbcExpenseFn(120000, 0.65, 48, 48)).toBe(1625);
    expect(sbcExpenseFn(120000, 0.65, 48, 49)).toBe(0);
    expect(sbcExpenseFn(120000, 0.65, 48, 0)).toBe(0);
    // total 1000 over 3 months: cum 333.33, 666.67, 1000.00 → 333.33, 333.34, 333.33
    expect(sbcExpenseFn(1000, 1, 3, 1)).toBe(333.33);
    expect(sbcExpenseFn(1000, 1, 3, 2)).toBe(333.34);
    expect(sbcExpenseFn(1000, 1, 3, 3)).toBe(333.33);
    // total ROUND(7 × 0.333, 2) = ROUND(2.331, 2) = 2.33
    expect(sbcExpenseFn(7, 0.333, 1, 1)).toBe(2.33);
  });
  it('rejects bad arguments', () => {
    expect(failure(() => sbcExpenseFn(100, 0, 12, 1)).message).toBe(
      'grantFairValue must be greater than 0, got 0',
    );
    expect(failure(() => sbcExpenseFn(100, 1, 0, 1)).message).toBe(
      'serviceMonths must be at least 1, got 0',
    );
    expect(failure(() => sbcExpenseFn(100.5, 1, 12, 1)).message).toBe(
      'shares must be a whole number, got 100.5',
    );
  });
});

describe('HIRECOST', () => {
  // base 150000, raise 3 %, bonus 10 % paid 100 %, sign-on 20000, load 25 %, fee 20 %
  const terms = [0.03, 0.1, 1, 20000, 0.25, 0.2] as const;
  it('adds base, bonus, sign-on, load and fee as model.md §3.3 rounds them', () => {
    // 12500 + 20000 sign-on + ROUND(32500 × 0.25) = 8125 + fee 30000
    expect(hireCost(150000, 1, ...terms)).toBe(70625);
    // 12500 + 3125
    expect(hireCost(150000, 2, ...terms)).toBe(15625);
    // 12500 + bonus 15000 + ROUND(27500 × 0.25) = 6875
    expect(hireCost(150000, 12, ...terms)).toBe(34375);
    // year 2: ROUND(150000 × 1.03, 2) = 154500 → 12875 + 3218.75
    expect(hireCost(150000, 13, ...terms)).toBe(16093.75);
    // 12875 + bonus 15450 + ROUND(28325 × 0.25) = 7081.25
    expect(hireCost(150000, 24, ...terms)).toBe(35406.25);
  });
  it('uses the scenario defaults for omitted terms (no raise/bonus/sign-on/fee, 25 % load)', () => {
    // ROUND(100000 / 12, 2) = 8333.33; load ROUND(2083.3325, 2) = 2083.33
    expect(hireCost(100000, 1)).toBe(10416.66);
    expect(hireCost(100000, 12, null, null, null, null, null, null)).toBe(10416.66);
  });
  it('rejects bad arguments', () => {
    expect(failure(() => hireCost(100000, 0)).message).toBe('month must be at least 1, got 0');
    expect(failure(() => hireCost(100000, 1, -1)).message).toBe(
      'annualRaise must be greater than -1, got -1',
    );
    expect(failure(() => hireCost('x', 1)).kind).toBe('value');
    expect(failure(() => hireCost(100000, 1, 0, -0.1)).message).toBe(
      'targetBonusPct must be at least 0, got -0.1',
    );
  });
});
