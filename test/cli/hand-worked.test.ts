import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * A scenario small enough to work out on paper (test/fixtures/hand-worked). Every expected value
 * below was computed by hand from model.md §3; the arithmetic is in the comments.
 *
 * Company: gross profit 10,000 × 0.5 = 5,000, opex 20,000 → baseline burn 15,000 a month.
 * Hire: 60,000 / 12 = 5,000 a month, no load; fee 6,000 in month 1 → hireCash 11,000 then 5,000.
 * Gain: 10 points from month 1 (start = full = 1); p = 0.5 → expected 5 points.
 *   gp hit = 10,000 × 0.60 = 6,000; gp expected = 10,000 × 0.55 = 5,500.
 */
describe('hand-worked scenario through `offer-runway model --json`', async () => {
  const { code, stdout, stderr } = await runCli([
    'model',
    'test/fixtures/hand-worked/scenario.json',
    '--bands',
    'test/fixtures/hand-worked/bands.csv',
    '--json',
  ]);
  const r = JSON.parse(stdout || '{}');

  it('exits 0 with one JSON document', () => {
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(r.schema).toBe(1);
  });

  it('runway for every view', () => {
    // Baseline: 200,000 − 13 × 15,000 = 5,000 left after month 13; month 14 goes negative.
    // 13 + 5,000/15,000 = 13.333 months; × 30.4375 = 405.83 → 406 days; 2027-01-01 + 406 = 2028-02-11.
    expect(r.runway.baseline).toEqual({ months: '13.33', days: 406, cashOutDate: '2028-02-11' });
    // No gain: burn 26,000 then 20,000. Cash 174,000 after month 1, 14,000 after month 9.
    // 9 + 14,000/20,000 = 9.7; × 30.4375 = 295.24 → 295 days → 2027-10-23.
    expect(r.runway.offerNoGain).toEqual({ months: '9.70', days: 295, cashOutDate: '2027-10-23' });
    // Expected: burn 25,500 then 19,500; 18,500 left after month 9.
    // 9 + 18,500/19,500 = 9.9487; × 30.4375 = 302.81 → 303 days → 2027-10-31.
    expect(r.runway.offerExpected).toEqual({
      months: '9.95',
      days: 303,
      cashOutDate: '2027-10-31',
    });
    // Hit: burn 25,000 then 19,000; 4,000 left after month 10.
    // 10 + 4,000/19,000 = 10.2105; × 30.4375 = 310.78 → 311 days → 2027-11-08.
    expect(r.runway.offerHit).toEqual({ months: '10.21', days: 311, cashOutDate: '2027-11-08' });
    // P50 cash match: 48,000 → 4,000 a month, fee 4,800; expected gain. Burn 23,300 then 18,500;
    // 10,200 left after month 10 → 10 + 10,200/18,500 = 10.5514; 321.16 → 321 days → 2027-11-18.
    expect(r.runway.market.p50).toEqual({ months: '10.55', days: 321, cashOutDate: '2027-11-18' });
    // P75: 72,000 → 6,000 a month, fee 7,200. Burn 27,700 then 20,500; 8,300 left after month 9.
    // 9 + 8,300/20,500 = 9.4049; 286.26 → 286 days → 2027-10-14.
    expect(r.runway.market.p75).toEqual({ months: '9.40', days: 286, cashOutDate: '2027-10-14' });
    expect(Object.keys(r.runway.market)).toEqual(['p50', 'p75']);
  });

  it('cash cost over H = 12 months', () => {
    // Offer 11,000 + 11 × 5,000; P50 8,800 + 11 × 4,000; P75 13,200 + 11 × 6,000.
    expect(r.cashCost).toEqual({ offer: '66000.00', market: { p50: '52800.00', p75: '79200.00' } });
  });

  it('grants, pool use and dilution', () => {
    // Initial 4,000. Milestone day 45 → month 2, 2,000 / 2 = 1,000 shares (p 0.5); day 400 →
    // month 14 > H: it does not exist. Margin at month 6: 10 new points × 100 = 1,000 ≤ cap 1,500
    // → 500 shares (p 0.5); month 12: no new points.
    // Hit: 5,500 granted; pool 5,000 → top-up 500; use 1.1; dilution 5,500 / 1,000,500 = 0.0054972.
    expect(r.equity.hit).toEqual({
      grantedShares: 5500,
      dilution: '0.005497',
      poolUse: '1.100000',
      poolTopUpShares: 500,
    });
    // Expected: 4,000 + 0.5 × 1,000 + 0.5 × 500 = 4,750.
    expect(r.equity.expected).toEqual({
      grantedShares: '4750.0000',
      dilution: '0.004750',
      poolUse: '0.950000',
      poolTopUpShares: '0.0000',
    });
    expect(r.equity.none).toEqual({
      grantedShares: 4000,
      dilution: '0.004000',
      poolUse: '0.800000',
      poolTopUpShares: 0,
    });
  });

  it('exit values at month H, net of strike', () => {
    // Strike = 409A 0.50 (default). At 0.50 nothing; at 3.00: 2.50 × vested (5,500 / 4,750 / 4,000).
    expect(r.exitValue).toEqual({
      hit: { '0.50': '0.00', '3.00': '13750.00' },
      expected: { '0.50': '0.00', '3.00': '11875.00' },
      none: { '0.50': '0.00', '3.00': '10000.00' },
    });
  });

  it('band position, compa-ratio and values', () => {
    // 50 + (60,000 − 48,000) × 25 / 24,000 = 62.5; 60,000 / 48,000 = 1.25.
    expect(r.band).toEqual({
      percentile: '62.5',
      compaRatio: '1.250',
      values: {
        p10: '30000.00',
        p25: '40000.00',
        p50: '48000.00',
        p75: '72000.00',
        p90: '96000.00',
      },
    });
  });

  it('margin ROI', () => {
    // 12 months × (6,000 − 5,000) = 12,000 gross profit over 500 shares × 2.00 preferred.
    expect(r.marginRoi).toBe('12.0000');
  });

  it('cost of a miss, keys in input order', () => {
    // d = 6: hire 11,000 + 5 × 5,000 = 36,000; idle 6,000; fee 6,000; delay ROUND(182.625 + 30) = 213
    //   days × 100 = 21,300 → 69,300. d = 2: 16,000 + 2,000 + 6,000 + ROUND(90.875) = 91 × 100 → 33,100.
    expect(r.missCost).toEqual({ 6: '69300.00', 2: '33100.00', savings: '36200.00' });
    expect(stdout.indexOf('"6"')).toBeLessThan(stdout.indexOf('"2"'));
  });

  it('schedule: cash components', () => {
    expect(r.schedule).toHaveLength(12);
    expect(r.schedule[0]).toMatchObject({
      month: 1,
      base: '5000.00',
      bonus: '0.00',
      signOn: '0.00',
      load: '0.00',
      fee: '6000.00',
      hireCash: '11000.00',
    });
    expect(r.schedule[11]).toMatchObject({
      month: 12,
      base: '5000.00',
      fee: '0.00',
      hireCash: '5000.00',
    });
  });

  it('schedule: vested shares per view', () => {
    // Initial 4,000 over 12 with a 3-month cliff: 0, 0, 1,000, 1,333, 1,666, 2,000, … 4,000.
    // Milestone 1,000 over 6 from month 2: 166, 333, 500, 666, 833, 1,000 in months 3–8.
    // Margin 500 over 6 from month 6: 83, 166, 250, 333, 416, 500 in months 7–12.
    expect(r.schedule.map((m: { vestedShares: { hit: number } }) => m.vestedShares.hit)).toEqual([
      0, 0, 1166, 1666, 2166, 2666, 3249, 3832, 4250, 4666, 5082, 5500,
    ]);
    expect(
      r.schedule.map((m: { vestedShares: { expected: string } }) => m.vestedShares.expected),
    ).toEqual([
      '0.0000',
      '0.0000',
      '1083.0000',
      '1499.5000',
      '1916.0000',
      '2333.0000',
      '2791.0000',
      '3249.0000',
      '3625.0000',
      '3999.5000',
      '4374.0000',
      '4750.0000',
    ]);
    expect(r.schedule.map((m: { vestedShares: { none: number } }) => m.vestedShares.none)).toEqual([
      0, 0, 1000, 1333, 1666, 2000, 2333, 2666, 3000, 3333, 3666, 4000,
    ]);
  });

  it('schedule: SBC expense per view, half away from zero', () => {
    // Initial 1,000 over 12: 83.33, 83.34, 83.33, … Milestone 250 over 6 from month 2: 41.67,
    // 41.66, 41.67, 41.67, 41.66, 41.67. Margin 125 over 6 from month 6: 20.83, 20.84, 20.83, 20.83, 20.84, 20.83.
    expect(r.schedule.map((m: { sbcExpense: { hit: string } }) => m.sbcExpense.hit)).toEqual([
      '83.33',
      '83.34',
      '125.00',
      '124.99',
      '125.01',
      '125.00',
      '145.82',
      '145.85',
      '104.16',
      '104.16',
      '104.18',
      '104.16',
    ]);
    // Expected = ROUND(initial + 0.5 × milestone + 0.5 × margin): month 3 = 83.33 + 20.835 = 104.165 → 104.17.
    expect(
      r.schedule.map((m: { sbcExpense: { expected: string } }) => m.sbcExpense.expected),
    ).toEqual([
      '83.33',
      '83.34',
      '104.17',
      '104.16',
      '104.18',
      '104.17',
      '114.58',
      '114.60',
      '93.75',
      '93.75',
      '93.76',
      '93.75',
    ]);
    // None: the initial grant alone, the same three months in each of the four quarters
    // (83.33 + 83.34 + 83.33 = 250.00 = 1,000 / 4).
    const quarter = ['83.33', '83.34', '83.33'];
    expect(r.schedule.map((m: { sbcExpense: { none: string } }) => m.sbcExpense.none)).toEqual([
      ...quarter,
      ...quarter,
      ...quarter,
      ...quarter,
    ]);
  });
});
