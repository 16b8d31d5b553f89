import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { addDays, runwayFrom } from '../../src/model/runway.js';

const cashSeries = (start: number, burns: number[]) => {
  const cash = [new Decimal(start)];
  for (const b of burns) cash.push(cash[cash.length - 1]!.minus(b));
  return { cash, netBurn: burns.map((b) => new Decimal(b)) };
};

describe('runway (model.md §3.4)', () => {
  it('ends mid-month: 1,000 cash burning 300 a month lasts 3⅓ months', () => {
    const { cash, netBurn } = cashSeries(1000, [300, 300, 300, 300, 300]);
    const r = runwayFrom(cash, netBurn, '2027-01-01');
    // Month 4 is the first negative month: 3 + 100/300 = 3.3333…
    expect(r.cashOutMonth).toBe(4);
    expect(r.months!.toFixed(4)).toBe('3.3333');
    // 3.3333… × 30.4375 = 101.458… → 101 days; Jan 1 + 101 days = Apr 12.
    expect(r.days).toBe(101);
    expect(r.cashOutDate).toBe('2027-04-12');
  });

  it('reaching exactly zero is not running out', () => {
    const { cash, netBurn } = cashSeries(600, [300, 300, 300]);
    const r = runwayFrom(cash, netBurn, '2027-01-01');
    // cash: 300, 0, −300 → month 3; 2 + 0/300 = 2 months, 60.875 → 61 days.
    expect(r.cashOutMonth).toBe(3);
    expect(r.months!.toString()).toBe('2');
    expect(r.days).toBe(61);
  });

  it('a company that never runs out within R is beyond the horizon', () => {
    const { cash, netBurn } = cashSeries(1000, [300, -400, 300, -100]);
    const r = runwayFrom(cash, netBurn, '2027-01-01');
    expect(r).toEqual({ months: null, days: null, cashOutDate: null, cashOutMonth: null });
  });

  it('adds calendar days across leap years without time zones', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
    expect(addDays('2028-01-01', 366)).toBe('2029-01-01');
  });
});

describe('days gained (summary, pane and workbook alike)', async () => {
  const { daysGained } = await import('../../src/model/runway.js');
  it('is a − b, signed, and null when either view runs beyond the horizon', () => {
    expect(daysGained(605, 607)).toBe(-2);
    expect(daysGained(610, 605)).toBe(5);
    expect(daysGained(605, 605)).toBe(0);
    expect(daysGained(null, 605)).toBeNull();
    expect(daysGained(605, null)).toBeNull();
  });
});
