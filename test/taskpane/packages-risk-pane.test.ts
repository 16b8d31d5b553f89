import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { freeName, samplePrices } from '../../src/taskpane/package-lines.js';
import { binDays } from '../../src/taskpane/risk/bins.js';
import type { RiskRequest } from '../../src/taskpane/risk/protocol.js';
import { riskReplies } from '../support/risk-run.js';
import { DEFAULT_HAND_SCENARIO, runwayDaysByHand } from '../e2e/runway-by-hand.js';

const d = (s: string) => new Decimal(s);
const leg = (w: string, v: string, k: string) => ({ weight: d(w), vested: d(v), strike: d(k) });

describe('package names', () => {
  it('takes the name when free, else the first free numbered one, ignoring case', () => {
    expect(freeName('Package 1', [])).toBe('Package 1');
    expect(freeName('Balanced', ['balanced'])).toBe('Balanced 2');
    expect(freeName('Balanced', ['Balanced', 'BALANCED 2'])).toBe('Balanced 3');
  });
  it('stays within 60 characters, suffix included', () => {
    const long = 'x'.repeat(70);
    expect(freeName(long, [])).toBe('x'.repeat(60));
    expect(freeName(long, ['x'.repeat(60)])).toBe(`${'x'.repeat(58)} 2`);
  });
});

describe('the prices the candidate-value lines are drawn at', () => {
  it('0, every live strike, each break-even and a round right end, ascending and distinct', () => {
    const legs = [
      [leg('1', '60000', '1.2')],
      [leg('1', '120000', '1.2'), leg('0.5', '7500', '0.5'), leg('0', '1000', '9')],
    ];
    const { prices, end } = samplePrices(legs, [null, d('3.29')], d('4'));
    // Far end: max(4, 2 × 1.2, 2 × 0.5, 1.6 × 3.29 = 5.264) = 5.264 → next of 1, 2, 2.5, 5, 10 × 10^0
    // at or above it: 10. The zero-weight leg's strike (9) is not a kink.
    expect(end.toString()).toBe('10');
    expect(prices.map(String)).toEqual(['0', '0.5', '1.2', '3.29', '10']);
  });
  it('with no options (RSUs, strike 0) only the ends', () => {
    const { prices, end } = samplePrices([[leg('1', '100', '0')]], [d('0')], d('2.5'));
    expect(end.toString()).toBe('2.5');
    expect(prices.map(String)).toEqual(['0', '2.5']);
  });
});

describe('runway-day histogram bins', () => {
  it('one bin per day over a short span, masses summed per view, beyond R last', () => {
    const plan = { days: [600, 603], mass: [0.25, 0.5], beyondR: 0.25 };
    const market = { days: [601], mass: [1], beyondR: 0 };
    const bins = binDays(plan, market);
    expect(bins.map((b) => [b.from, b.plan, b.market, !!b.beyond])).toEqual([
      [600, 0.25, 0, false],
      [601, 0, 1, false],
      [602, 0, 0, false],
      [603, 0.5, 0, false],
      [Infinity, 0.25, 0, true],
    ]);
  });
  it('about 30 equal bins over a long span', () => {
    // 100..189 is 90 days: width CEILING(90 / 30) = 3, bins 100–102, …, 187–189.
    const bins = binDays({ days: [100, 101, 189], mass: [0.2, 0.3, 0.5], beyondR: 0 }, undefined);
    expect(bins).toHaveLength(30);
    expect(bins[0]).toMatchObject({ from: 100, to: 102, plan: 0.5 });
    expect(bins[29]).toMatchObject({ from: 187, to: 189, plan: 0.5 });
  });
});

/** The default scenario as the by-hand model reads it (test/e2e/runway-by-hand.ts). */
const DEFAULT = DEFAULT_HAND_SCENARIO;

function request(options: RiskRequest['options'], scenario = DEFAULT_TEXT): RiskRequest {
  return {
    type: 'run',
    id: 7,
    subject: {
      kind: 'scenario',
      text: scenario,
      bandSet: {
        name: 'bls-oews-2024',
        rows: [
          {
            role: 'Data Scientists',
            level: 'All',
            location: 'US',
            currency: 'USD',
            values: { p10: '63650', p25: '82630', p50: '112590', p75: '155810', p90: '194410' },
            source: 'BLS',
            asOf: '2024-05',
          },
        ],
      },
    },
    today: '2026-12-01',
    options,
  };
}
const DEFAULT_TEXT = readFileSync(
  new URL('../../templates/scenarios/default.json', import.meta.url),
  'utf8',
);

describe('the Risk worker’s request (plain data in, plain summary out)', () => {
  it('exact enumeration of the default scenario: P10 is the no-gain runway, P50 and P90 the hit', () => {
    // missProbability 0; events: two milestones and the gain (8 outcomes). Runway depends on the
    // gain only: no gain with 0.4, the hit path with 0.6. P10: 0.4 ≥ 0.1 → no gain; P50, P90 → hit.
    const replies = riskReplies(request({ method: 'auto', paths: 20000, seed: 1 }));
    const done = replies.at(-1);
    if (done?.type !== 'done') throw new Error(JSON.stringify(done));
    const r = done.summary;
    expect(done.id).toBe(7);
    expect([r.method, r.paths, r.seed, r.events]).toEqual(['exact', 8, null, 3]);
    const hit = { ...DEFAULT, gain: { ...DEFAULT.gain!, probability: '1' } };
    const noGain = runwayDaysByHand(DEFAULT, '150000', 'none');
    const withGain = runwayDaysByHand(hit, '150000', 'expected');
    for (const c of r.checkpoints) {
      expect([c.plan.p10, c.plan.p50, c.plan.p90]).toEqual([noGain, withGain, withGain]);
      expect(c.plan.beyondR).toBe('0.0000');
      expect(c.market.p75?.p10).toBe(runwayDaysByHand(DEFAULT, '155810', 'none'));
      expect(c.histogram.plan.mass.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(r.checkpoints.map((c) => [c.month, c.day])).toEqual([
      [2, 61], // ROUND(2 × 30.4375 = 60.875) = 61
      [9, 274], // ROUND(273.9375) = 274
    ]);
    expect(r.worth).toEqual({ early: 2, late: 9, p50: 0, p10: 0 });
  });

  it('Monte Carlo reports progress after each chunk of 2,000 paths, then the summary', () => {
    const replies = riskReplies(request({ method: 'monte-carlo', paths: 5000, seed: 3 }));
    expect(replies.map((m) => (m.type === 'progress' ? m.done : m.type))).toEqual([
      2000,
      4000,
      'done',
    ]);
  });

  it('bad options and bad scenarios come back as problems, named', () => {
    const bad = riskReplies(request({ method: 'monte-carlo', paths: 0, seed: 1.5 }));
    expect(bad).toEqual([
      {
        type: 'error',
        id: 7,
        problems: [
          'paths: must be a whole number from 1 to 1,000,000, got 0',
          'seed: must be a whole number from 0 to 4294967295, got 1.5',
        ],
      },
    ]);
    const text = DEFAULT_TEXT.replace('"candidate": "Alex Kim",', '"missProbability": 2,');
    const [reply] = riskReplies(request({ method: 'auto', paths: 10, seed: 1 }, text));
    expect(reply?.type).toBe('error');
    expect(reply?.type === 'error' && reply.problems.join('\n')).toMatch(/offer\.missProbability/);
  });
});
