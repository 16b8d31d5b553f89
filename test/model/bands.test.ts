import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { bandPercentile, compaRatio } from '../../src/model/bands.js';

const v = (p10: number, p25: number, p50: number, p75: number, p90: number) => ({
  p10: new Decimal(p10),
  p25: new Decimal(p25),
  p50: new Decimal(p50),
  p75: new Decimal(p75),
  p90: new Decimal(p90),
});
const ds = v(63650, 82630, 112590, 155810, 194410);
const pct = (base: number, values = ds) => bandPercentile(new Decimal(base), values).toFixed(1);

describe('band position (model.md §3.6)', () => {
  it('interpolates linearly between points', () => {
    // 50 + (150,000 − 112,590) × 25 / (155,810 − 112,590) = 50 + 21.639… = 71.6
    expect(pct(150000)).toBe('71.6');
    // 10 + (70,000 − 63,650) × 15 / (82,630 − 63,650) = 10 + 5.018… = 15.0
    expect(pct(70000)).toBe('15.0');
  });
  it('sits exactly on a point', () => {
    expect(pct(112590)).toBe('50.0');
    expect(pct(194410)).toBe('90.0');
  });
  it('clamps outside the band to 10 and 90', () => {
    expect(pct(10000)).toBe('10.0');
    expect(pct(500000)).toBe('90.0');
  });
  it('takes the lowest percentile when points tie', () => {
    expect(pct(100, v(50, 100, 100, 200, 300))).toBe('25.0');
  });
  it('rounds half away from zero to one decimal', () => {
    // 10 + (x − 100) × 15 / 100: base 100.5 → 10.075 → 10.1
    expect(pct(100.5, v(100, 200, 300, 400, 500))).toBe('10.1');
  });
  it('compa-ratio is base / P50 to three decimals', () => {
    // 150,000 / 112,590 = 1.33227… → 1.332
    expect(compaRatio(new Decimal(150000), new Decimal(112590)).toFixed(3)).toBe('1.332');
    expect(compaRatio(new Decimal(1), new Decimal(8)).toFixed(3)).toBe('0.125');
    // 2/3 = 0.6666… → 0.667
    expect(compaRatio(new Decimal(2), new Decimal(3)).toFixed(3)).toBe('0.667');
  });
});
