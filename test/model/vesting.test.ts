import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { sharesForFraction, sharesForValue, vestedShares } from '../../src/model/vesting.js';

const d = (x: number | string) => new Decimal(x);
const sched = (vestingMonths: number, cliffMonths: number, vestEveryMonths: number) => ({
  vestingMonths,
  cliffMonths,
  vestEveryMonths,
});

describe('vestedShares (model.md §3.2)', () => {
  it('vests nothing before a 12-month cliff and a full year at the cliff month', () => {
    const s = sched(48, 12, 1);
    expect(vestedShares(d(48000), s, 11).toNumber()).toBe(0);
    // 48,000 × 12 / 48 = 12,000 at the cliff.
    expect(vestedShares(d(48000), s, 12).toNumber()).toBe(12000);
    expect(vestedShares(d(48000), s, 13).toNumber()).toBe(13000);
    expect(vestedShares(d(48000), s, 48).toNumber()).toBe(48000);
    expect(vestedShares(d(48000), s, 60).toNumber()).toBe(48000);
  });

  it('vests nothing at t ≤ 0 even without a cliff', () => {
    expect(vestedShares(d(1000), sched(12, 0, 1), 0).toNumber()).toBe(0);
    expect(vestedShares(d(1000), sched(12, 0, 1), -3).toNumber()).toBe(0);
  });

  it('vests quarterly in steps of INT(t/3)×3', () => {
    const s = sched(12, 0, 3);
    // 1,000 × 3/12 = 250 per quarter.
    expect([1, 2, 3, 5, 6, 11, 12].map((t) => vestedShares(d(1000), s, t).toNumber())).toEqual([
      0, 0, 250, 250, 500, 750, 1000,
    ]);
  });

  it('floors fractional shares (100 over 3 months: 33, 66, 100)', () => {
    const s = sched(3, 0, 1);
    expect([1, 2, 3].map((t) => vestedShares(d(100), s, t).toNumber())).toEqual([33, 66, 100]);
  });
});

describe('share sizing (model.md §3.2)', () => {
  it('sizes a dollar value at a price, flooring', () => {
    expect(sharesForValue(d(40000), d(4)).toNumber()).toBe(10000);
    // 30,000 / 3.3 = 9,090.909… → 9,090
    expect(sharesForValue(d(30000), d('3.3')).toNumber()).toBe(9090);
    // 100 / 3 = 33.33… → 33
    expect(sharesForValue(d(100), d(3)).toNumber()).toBe(33);
  });

  it('sizes a fraction of fully diluted shares', () => {
    // 0.12 % of 100,000,000 = 120,000
    expect(sharesForFraction(d('0.0012'), d(100_000_000)).toNumber()).toBe(120000);
    // 1/3 % of 1,000 = 3.33… → 3
    expect(sharesForFraction(d('0.00333'), d(1000)).toNumber()).toBe(3);
  });
});
