import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { sbcCumulative, sbcExpense, sbcTotal } from '../../src/model/sbc.js';

describe('SBC straight-line (model.md §3.5)', () => {
  it('values a grant at shares × grant-date fair value, to the cent', () => {
    expect(sbcTotal(new Decimal(1000), new Decimal('0.65')).toFixed(2)).toBe('650.00');
    expect(sbcTotal(new Decimal(3), new Decimal('0.3333')).toFixed(2)).toBe('1.00');
  });

  it('books the rounding difference in the month it arises', () => {
    const total = new Decimal(650);
    // cum(1) = 650/48 = 13.5416… → 13.54; cum(2) = 27.083… → 27.08; cum(3) = 40.625 → 40.63
    expect([1, 2, 3].map((t) => sbcCumulative(total, 48, t).toFixed(2))).toEqual([
      '13.54',
      '27.08',
      '40.63',
    ]);
    expect([1, 2, 3].map((t) => sbcExpense(total, 48, t).toFixed(2))).toEqual([
      '13.54',
      '13.54',
      '13.55',
    ]);
  });

  it('sums exactly to the grant total over the service period and books nothing after', () => {
    const total = new Decimal('650.00');
    let s = new Decimal(0);
    for (let t = -2; t <= 60; t++) s = s.plus(sbcExpense(total, 48, t));
    expect(s.toFixed(2)).toBe('650.00');
    expect(sbcExpense(total, 48, 49).toFixed(2)).toBe('0.00');
    expect(sbcExpense(total, 48, 0).toFixed(2)).toBe('0.00');
  });
});
