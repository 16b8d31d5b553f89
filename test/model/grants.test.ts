import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { marginMeasurements, milestoneGrantMonth } from '../../src/model/grants.js';
import { gainHit } from '../../src/model/company.js';

const d = (x: number | string) => new Decimal(x);

describe('milestone grant month (model.md §3.5)', () => {
  it('day 60 is month 2, day 0 is month 0, day 30 is month 1, day 31 is month 2', () => {
    // 60 / 30.4375 = 1.97 → 2; 30 / 30.4375 = 0.99 → 1; 31 / 30.4375 = 1.02 → 2
    expect([60, 0, 30, 31, 61, 180].map(milestoneGrantMonth)).toEqual([2, 0, 1, 2, 3, 6]);
  });
  it('day 1461 (= 48 × 30.4375) is exactly month 48', () => {
    expect(milestoneGrantMonth(1461)).toBe(48);
    expect(milestoneGrantMonth(1462)).toBe(49);
  });
});

describe('gain path (model.md §3.4)', () => {
  it('ramps linearly from startMonth to fullMonth', () => {
    const path = { points: d(3), startMonth: 4, fullMonth: 12 };
    // (k − 3)/9 × 3 points
    expect([3, 4, 6, 12, 20].map((k) => gainHit(path, k).toFixed(6))).toEqual([
      '0.000000',
      '0.333333',
      '1.000000',
      '3.000000',
      '3.000000',
    ]);
  });
});

describe('margin refresh (model.md §3.5)', () => {
  const path = { points: d(3), startMonth: 4, fullMonth: 12 };

  it('pays only new points above the high-water mark', () => {
    const rule = { valuePerPoint: d(25000), measureEveryMonths: 3, capPerYear: null };
    const qs = marginMeasurements(path, rule, 24, d(4));
    expect(qs.map((q) => q.month)).toEqual([3, 6, 9, 12, 15, 18, 21, 24]);
    // Gains at 3, 6, 9, 12: 0, 1, 2, 3 points → 1 new point each at 6, 9, 12; nothing after.
    expect(qs.map((q) => q.value.toFixed(2))).toEqual([
      '0.00',
      '25000.00',
      '25000.00',
      '25000.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(qs.map((q) => q.shares.toNumber())).toEqual([0, 6250, 6250, 6250, 0, 0, 0, 0]);
    expect(qs[3]!.highWaterMark.toFixed(6)).toBe('2.000000');
  });

  it('caps dollars per hire-year and does not carry cut-off points forward', () => {
    const rule = { valuePerPoint: d(25000), measureEveryMonths: 3, capPerYear: d(60000) };
    const qs = marginMeasurements(path, rule, 24, d(4));
    // Year 1: 25,000 + 25,000 + min(25,000, 60,000 − 50,000) = 10,000. Year 2: no new points.
    expect(qs.map((q) => q.value.toFixed(2))).toEqual([
      '0.00',
      '25000.00',
      '25000.00',
      '10000.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(qs[3]!.rawValue.toFixed(2)).toBe('25000.00');
    expect(qs[3]!.shares.toNumber()).toBe(2500);
  });

  it('the cap resets each hire year', () => {
    // 1 point a month from month 1 to 24; measured every 6 months → 6 points at each measurement.
    const steady = { points: d(24), startMonth: 1, fullMonth: 24 };
    const rule = { valuePerPoint: d(1000), measureEveryMonths: 6, capPerYear: d(8000) };
    const qs = marginMeasurements(steady, rule, 24, d(1));
    // Year 1: 6,000 then min(6,000, 2,000); year 2 (months 18, 24): the same.
    expect(qs.map((q) => q.value.toFixed(2))).toEqual(['6000.00', '2000.00', '6000.00', '2000.00']);
  });
});

describe('revenue and opex growth (model.md §3.4)', async () => {
  const { companyMonths, growthFactors } = await import('../../src/model/company.js');
  it('compounds monthly and rounds to the cent: 1,500,000 × 1.01^119', () => {
    const f = growthFactors(d('0.01'), 120);
    expect(f[0]!.toString()).toBe('1');
    expect(f[2]!.toString()).toBe('1.0201');
    // The closed form, written here with decimal.js's own power: 1.01^119 = 3.2677…
    const closedForm = d(1500000).times(d('1.01').pow(119)).toDecimalPlaces(2).toFixed(2);
    const months = companyMonths(
      {
        monthlyRevenue: d(1500000),
        revenueGrowthMonthly: d('0.01'),
        monthlyOpex: d(100),
        opexGrowthMonthly: d('-0.1'),
      },
      120,
    );
    expect(months.revenue).toHaveLength(120);
    expect(months.revenue[0]!.toFixed(2)).toBe('1500000.00');
    expect(months.revenue[119]!.toFixed(2)).toBe(closedForm);
    // 100 × 0.9^3 = 72.9 (month 4), 100 × 0.9 = 90 (month 2)
    expect(months.opex[1]!.toFixed(2)).toBe('90.00');
    expect(months.opex[3]!.toFixed(2)).toBe('72.90');
  });
});
