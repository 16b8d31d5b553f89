import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { hireCostMonth, yearOfMonth, type CashTerms } from '../../src/model/hire-cost.js';

const terms = (over: Partial<Record<keyof CashTerms, string | number>> = {}): CashTerms => {
  const base = {
    baseSalary: 120000,
    annualRaise: '0.05',
    targetBonusPct: '0.10',
    bonusPayoutPct: 1,
    signOnBonus: 10000,
    employerLoadPct: '0.2',
    recruitingFeePct: '0.15',
    ...over,
  };
  return Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, new Decimal(v)]),
  ) as unknown as CashTerms;
};
const cells = (t: CashTerms, k: number) => {
  const m = hireCostMonth(t, k);
  return [m.base, m.bonus, m.signOn, m.load, m.fee, m.hireCash].map((x) => x.toFixed(2));
};

describe('hire cash cost (model.md §3.3)', () => {
  it('maps months to hire years with CEILING(k/12)', () => {
    expect([1, 11, 12, 13, 24, 25].map(yearOfMonth)).toEqual([1, 1, 1, 2, 2, 3]);
  });

  // Each row: month k of terms() (base 120,000, bonus 10 %, raise 5 %, sign-on 10,000, load 20 %,
  // fee 15 %) → base, bonus, sign-on, load, fee, hire cash.
  it.each([
    // base 120,000/12 = 10,000; load (10,000 + 10,000) × 0.2 = 4,000; fee 120,000 × 0.15 = 18,000.
    [
      'month 1 carries sign-on, load on both, and the recruiting fee',
      1,
      '10000.00 0.00 10000.00 4000.00 18000.00 42000.00',
    ],
    ['an ordinary month is base plus load', 2, '10000.00 0.00 0.00 2000.00 0.00 12000.00'],
    // bonus 120,000 × 0.10 × 1 = 12,000; load (10,000 + 12,000) × 0.2 = 4,400.
    ['month 12 pays the year-1 bonus, loaded', 12, '10000.00 12000.00 0.00 4400.00 0.00 26400.00'],
    // 120,000 × 1.05 = 126,000 → 10,500 a month, load 2,100.
    ['month 13 is year 2 with the raise', 13, '10500.00 0.00 0.00 2100.00 0.00 12600.00'],
  ])('%s', (_what, k, expected) => {
    expect(cells(terms(), k).join(' ')).toBe(expected);
  });

  it('rounds monthly base to the cent, half away from zero', () => {
    // 100,000 / 12 = 8,333.333… → 8,333.33; 100,001/12 = 8,333.41666… → 8,333.42
    expect(
      cells(
        terms({ baseSalary: 100000, employerLoadPct: 0, recruitingFeePct: 0, signOnBonus: 0 }),
        2,
      )[0],
    ).toBe('8333.33');
    expect(
      cells(
        terms({ baseSalary: 100001, employerLoadPct: 0, recruitingFeePct: 0, signOnBonus: 0 }),
        2,
      )[0],
    ).toBe('8333.42');
    // 100,002 / 12 = 8,333.5 exactly → 8,333.50; 30 / 12 × 0.25 = 0.625 → load 0.63 (half away from zero).
    expect(
      cells(
        terms({ baseSalary: 30, employerLoadPct: '0.25', recruitingFeePct: 0, signOnBonus: 0 }),
        2,
      )[3],
    ).toBe('0.63');
  });

  it('compounds raises yearly and rounds each year’s annual base', () => {
    // Year 3: 100,000 × 1.03² = 106,090 → 8,840.83 a month.
    expect(
      cells(terms({ baseSalary: 100000, annualRaise: '0.03', employerLoadPct: 0 }), 25)[0],
    ).toBe('8840.83');
  });
});
