import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * A two-hire plan worked by hand (docs/model.md §10), run through the real command with --json.
 *
 * Company: cash 1,000,000; revenue 100,000/month at 50 % margin (gp 50,000); opex 100,000; no
 * growth. Baseline burn 50,000/month. H = 12, R = 24, compareAt p50, one exit price ($3).
 *
 * Hire A ("Ada"), template "lean" with overrides, starts in plan month 1: base 120,000 with a
 * 10 % raise → 10,000/month in hire year 1, ROUND(120,000 × 1.1, 2) / 12 = 11,000/month from
 * hire month 13 (plan month 13: the raise year boundary). No bonus, sign-on, load or fee.
 * Margin gain 2 points from month 1, probability 0.5 → expected 1 point.
 * Equity: 12,000 options (replacing the template's 6,000), 12 months, no cliff; strike 1,
 * fair value 0.50. Refresh: one milestone, day 30 → month CEILING(30 / 30.4375) = 1, $2,000 at
 * the $2 preferred price = 1,000 shares, p = 0.5, vesting 4 months.
 *
 * Hire B ("Bo"), template "lean", starts in plan month 11: base 60,000 → 5,000/month (no raise;
 * its hire year 2 starts in plan month 23). Initial grant 6,000 made in plan month 10. Its
 * milestone (day 61 → hire month CEILING(61 / 30.4375) = 3 → plan month 11 − 1 + 3 = 13 > H)
 * does not exist anywhere: not in granted shares, not in vesting, SBC or value.
 *
 * Bands (a CSV of our own): A's row p50 96,000 (p75 120,000); B's row p50 48,000 (p75 72,000).
 */
const plan = {
  schema: 2,
  name: 'Hand-worked plan',
  startDate: '2027-01-01',
  horizonMonths: 12,
  runwayHorizonMonths: 24,
  company: {
    cash: 1000000,
    monthlyRevenue: 100000,
    grossMargin: 0.5,
    monthlyOpex: 100000,
    fullyDilutedShares: 10000000,
    unallocatedPoolShares: 100000,
    preferredPrice: 2,
    fmv409a: 1,
  },
  market: { bandSet: 'hand', compareAt: ['p50'] },
  exitPrices: [3],
  templates: {
    lean: {
      employerLoadPct: 0,
      equity: {
        shares: 6000,
        strike: 1,
        grantFairValue: 0.5,
        vestingMonths: 12,
        cliffMonths: 0,
        vestEveryMonths: 1,
      },
      refresh: {
        strike: 1,
        grantFairValue: 0.5,
        vestingMonths: 4,
        milestones: [{ name: 'Late', dueDay: 61, probability: 1, value: 10000 }],
      },
    },
  },
  hires: [
    {
      startMonth: 1,
      template: 'lean',
      offer: {
        candidate: 'Ada',
        role: 'ML Engineer',
        level: 'Senior',
        location: 'US',
        baseSalary: 120000,
        annualRaise: 0.1,
        marginGain: { points: 2, startMonth: 1, fullMonth: 1, probability: 0.5 },
        equity: { shares: 12000 },
        refresh: {
          strike: 1,
          grantFairValue: 0.5,
          vestingMonths: 4,
          milestones: [{ name: 'Ship', dueDay: 30, probability: 0.5, value: 2000 }],
        },
      },
      market: { role: 'ML', level: 'All', location: 'US' },
    },
    {
      startMonth: 11,
      template: 'lean',
      offer: {
        candidate: 'Bo',
        role: 'Data Engineer',
        level: 'Senior',
        location: 'US',
        baseSalary: 60000,
      },
      market: { role: 'Data', level: 'All', location: 'US' },
    },
  ],
};
const BANDS = [
  'role,level,location,currency,p10,p25,p50,p75,p90,source,asOf',
  'ML,All,US,USD,60000,80000,96000,120000,150000,hand,2024-05',
  'Data,All,US,USD,40000,44000,48000,72000,80000,hand,2024-05',
].join('\n');

describe('a two-hire plan worked by hand, through the real CLI --json', () => {
  it('gives the hand-worked figures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offer-runway-plan-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan, null, 2));
    writeFileSync(join(dir, 'bands.csv'), BANDS);
    const r = await runCli([
      'model',
      join(dir, 'plan.json'),
      '--bands',
      join(dir, 'bands.csv'),
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      'schema',
      'runway',
      'daysGained',
      'cashCost',
      'equity',
      'exitValue',
      'hires',
      'schedule',
    ]);
    expect(j.schema).toBe(2);

    // Baseline: cash_k = 1,000,000 − 50,000 k; cash_20 = 0 is not negative, cash_21 is:
    // runway 20 + 0 / 50,000 = 20.00; days ROUND(20 × 30.4375) = ROUND(608.75) = 609.
    expect(j.runway.baseline).toEqual({ months: '20.00', days: 609, cashOutDate: '2028-09-01' });
    // No gain: burn 60,000 in months 1–10 (cash_10 = 400,000), 65,000 in 11–12 (cash_12 =
    // 270,000), then 50,000 + 11,000 + 5,000 = 66,000: cash_16 = 6,000, cash_17 < 0.
    // 16 + 6,000 / 66,000 = 16.0909…; × 30.4375 = 489.77 → 490 days.
    expect(j.runway.planNoGain).toEqual({ months: '16.09', days: 490, cashOutDate: '2028-05-05' });
    // Expected: 1 point → gp 51,000; burn 59,000 / 64,000 / 65,000: cash_10 = 410,000,
    // cash_12 = 282,000, cash_16 = 22,000; 16 + 22,000 / 65,000 = 16.3385 → 497.30 → 497.
    expect(j.runway.planExpected).toEqual({
      months: '16.34',
      days: 497,
      cashOutDate: '2028-05-12',
    });
    // Hit: 2 points → gp 52,000; burn 58,000 / 63,000 / 64,000: cash_16 = 38,000;
    // 16 + 38,000 / 64,000 = 16.59375 → 505.07 → 505.
    expect(j.runway.planHit).toEqual({ months: '16.59', days: 505, cashOutDate: '2028-05-20' });
    // Market p50, expected gain: A at 96,000 → 8,000/month, 8,800 from month 13 (ROUND(96,000 ×
    // 1.1, 2) / 12); B at 48,000 → 4,000. Burn 57,000 / 61,000 / 61,800: cash_10 = 430,000,
    // cash_12 = 308,000, cash_16 = 60,800; 16 + 60,800 / 61,800 = 16.9838 → 516.94 → 517.
    expect(j.runway.market).toEqual({
      p50: { months: '16.98', days: 517, cashOutDate: '2028-06-01' },
    });
    expect(j.daysGained).toEqual({ p50: 497 - 517 });

    // Cash over plan months 1–12: A 12 × 10,000; B plan months 11–12, 2 × 5,000.
    // Market: A 12 × 8,000 = 96,000; B 2 × 4,000 = 8,000.
    expect(j.cashCost).toEqual({ plan: '130000.00', market: { p50: '104000.00' } });

    // Granted: A 12,000 + 1,000 (w 0.5); B 6,000 (its plan-month-13 milestone does not exist).
    // Pool 100,000, FD 10,000,000, no top-up.
    expect(j.equity).toEqual({
      hit: { grantedShares: 19000, dilution: '0.001900', poolUse: '0.190000', poolTopUpShares: 0 },
      expected: {
        grantedShares: '18500.0000',
        dilution: '0.001850',
        poolUse: '0.185000',
        poolTopUpShares: '0.0000',
      },
      none: { grantedShares: 18000, dilution: '0.001800', poolUse: '0.180000', poolTopUpShares: 0 },
    });
    // At plan month 12: A's 12,000 fully vested × (3 − 1) = 24,000; A's refresh 1,000 × 2 =
    // 2,000 (expected × 0.5 = 1,000); B's grant, 2 months in: 6,000 × 2 / 12 = 1,000 vested
    // × 2 = 2,000.
    expect(j.exitValue).toEqual({
      hit: { '3.00': '28000.00' },
      expected: { '3.00': '27000.00' },
      none: { '3.00': '26000.00' },
    });

    // Per hire: A's base equals its row's p75 → 75.0, compa 120,000 / 96,000 = 1.250; B's
    // 60,000 is halfway between p50 48,000 and p75 72,000 → 62.5, compa 60,000 / 48,000 = 1.250.
    expect(j.hires).toEqual([
      {
        candidate: 'Ada',
        startMonth: 1,
        cashCost: '120000.00',
        band: {
          percentile: '75.0',
          compaRatio: '1.250',
          values: {
            p10: '60000.00',
            p25: '80000.00',
            p50: '96000.00',
            p75: '120000.00',
            p90: '150000.00',
          },
        },
        equity: {
          hit: {
            grantedShares: 13000,
            dilution: '0.001300',
            poolUse: '0.130000',
            poolTopUpShares: 0,
          },
          expected: {
            grantedShares: '12500.0000',
            dilution: '0.001250',
            poolUse: '0.125000',
            poolTopUpShares: '0.0000',
          },
          none: {
            grantedShares: 12000,
            dilution: '0.001200',
            poolUse: '0.120000',
            poolTopUpShares: 0,
          },
        },
      },
      {
        candidate: 'Bo',
        startMonth: 11,
        cashCost: '10000.00',
        band: {
          percentile: '62.5',
          compaRatio: '1.250',
          values: {
            p10: '40000.00',
            p25: '44000.00',
            p50: '48000.00',
            p75: '72000.00',
            p90: '80000.00',
          },
        },
        equity: {
          hit: {
            grantedShares: 6000,
            dilution: '0.000600',
            poolUse: '0.060000',
            poolTopUpShares: 0,
          },
          expected: {
            grantedShares: '6000.0000',
            dilution: '0.000600',
            poolUse: '0.060000',
            poolTopUpShares: '0.0000',
          },
          none: {
            grantedShares: 6000,
            dilution: '0.000600',
            poolUse: '0.060000',
            poolTopUpShares: 0,
          },
        },
      },
    ]);

    // Schedule. Vested: A initial 1,000 k; A refresh (plan month 1, 4 months) 250 (k − 1) up
    // to 1,000; B initial from plan month 10: 500 (k − 10). SBC: A initial 6,000 / 12 = 500 a
    // month; A refresh 1,000 × 0.50 = 500 over 4 months = 125 in months 2–5 (expected 62.50);
    // B initial 3,000 / 12 = 250 in months 11–12.
    const refresh = (k: number) => Math.min(1000, 250 * Math.max(0, k - 1));
    const b = (k: number) => Math.max(0, 500 * (k - 10));
    expect(j.schedule).toHaveLength(12);
    j.schedule.forEach((row: unknown, i: number) => {
      const k = i + 1;
      const inRefresh = k >= 2 && k <= 5;
      const bSbc = k >= 11 ? 250 : 0;
      expect(row).toEqual({
        month: k,
        hireCash: (k <= 10 ? 10000 : 15000).toFixed(2),
        vestedShares: {
          hit: 1000 * k + refresh(k) + b(k),
          expected: (1000 * k + refresh(k) / 2 + b(k)).toFixed(4),
          none: 1000 * k + b(k),
        },
        sbcExpense: {
          hit: (500 + (inRefresh ? 125 : 0) + bSbc).toFixed(2),
          expected: (500 + (inRefresh ? 62.5 : 0) + bSbc).toFixed(2),
          none: (500 + bSbc).toFixed(2),
        },
      });
    });
  });
});
