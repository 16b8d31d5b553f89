/**
 * The simulation (docs/model.md §11) against cases worked by hand, the deterministic views, and
 * Monte Carlo against exact enumeration within the stated tolerance.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBandsCsv } from '../../src/model/bands-csv.js';
import { runModel } from '../../src/model/model.js';
import { parseScenario } from '../../src/model/scenario.js';
import {
  runSimulation,
  simulate,
  simulationInputFromScenario,
  simulationReport,
  type DaysHistogram,
  type SimulationOptions,
  type SimulationResult,
} from '../../src/model/simulation/index.js';
import { stringifyReport } from '../../src/model/report.js';
import { defaultBands } from '../support/bands.js';
import { ROOT } from '../support/run-cli.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The P10/P50/P90 of a figure as the report writes them (with the beyond-R share where given). */
function quantiles<T>(p10: T, p50: T, p90: T, beyondR?: string) {
  return beyondR === undefined ? { p10, p50, p90 } : { p10, p50, p90, beyondR };
}
const TODAY = { today: '2026-11-26' };
// A band row whose P50 pays 60,000 a year: 5,000 a month.
const BANDS = parseBandsCsv(
  [
    'role,level,location,currency,p10,p25,p50,p75,p90,source,asOf',
    'Engineer,All,US,USD,40000,50000,60000,70000,80000,hand-made,2026-01',
  ].join('\n'),
  'hand',
);

/**
 * A company that burns 90,000 a month with no revenue and 1,000,000 of cash, and one hire paid
 * 10,000 a month (base 120,000, no load, bonus, sign-on or fee): the plan burns 100,000 a month.
 */
function handScenario(patch: (s: any) => void = () => {}) {
  const s: any = {
    schema: 1,
    name: 'hand',
    startDate: '2027-01-01',
    horizonMonths: 12,
    runwayHorizonMonths: 12,
    company: {
      cash: 1000000,
      monthlyRevenue: 0,
      grossMargin: 0.5,
      monthlyOpex: 90000,
      fullyDilutedShares: 1000000,
      unallocatedPoolShares: 100000,
      preferredPrice: 4,
      fmv409a: 1,
    },
    offer: {
      candidate: 'Ada',
      role: 'Engineer',
      level: 'All',
      location: 'US',
      baseSalary: 120000,
      employerLoadPct: 0,
      equity: {
        shares: 1000,
        strike: 1,
        grantFairValue: 0.5,
        vestingMonths: 12,
        cliffMonths: 0,
      },
    },
    market: { bandSet: 'hand', role: 'Engineer', level: 'All', location: 'US', compareAt: ['p50'] },
    exitPrices: [3],
    missCost: { timeToFillDays: 61, detectAtMonths: [2, 9] },
  };
  patch(s);
  return parseScenario(s, TODAY);
}

function sim(s: ReturnType<typeof handScenario>, o: SimulationOptions = {}, bands = BANDS) {
  return runSimulation(simulationInputFromScenario(s, bands), o) as SimulationResult;
}

function json(r: SimulationResult): any {
  return JSON.parse(stringifyReport(simulationReport(r)));
}

describe('exact enumeration, worked by hand', () => {
  it('one hire, two milestones: four outcomes, quantiles read off the CDF', () => {
    const s = handScenario((x) => {
      x.offer.refresh = {
        strike: 1,
        grantFairValue: 0.5,
        vestingMonths: 12,
        cliffMonths: 0,
        milestones: [
          // month CEILING(30/30.4375) = 1; 4,000 / 4.00 = 1,000 shares
          { name: 'A', dueDay: 30, probability: 0.5, value: 4000 },
          // month CEILING(61/30.4375) = CEILING(2.004) = 3; 8,000 / 4.00 = 2,000 shares
          { name: 'B', dueDay: 61, probability: 0.25, value: 8000 },
        ],
      };
    });
    const r = json(sim(s));
    // Two events (the milestones), no miss possible: 2^2 outcomes.
    expect(r.method).toBe('exact');
    expect(r.paths).toBe(4);
    expect(r.seed).toBeNull();
    // Runway does not depend on milestones. Burn 100,000 a month: cash_10 = 0 (not negative),
    // cash_11 = −100,000 → runway = 10 + 0/100,000 = 10 months → ROUND(304.375) = 304 days.
    // Market P50: base 60,000 → 5,000 a month, burn 95,000: cash_10 = 50,000, cash_11 < 0 →
    // 10 + 50,000/95,000 = 10.526316 → × 30.4375 = 320.39 → 320.
    for (const d of ['2', '9']) {
      const c = r.checkpoints[d];
      expect(c.plan).toEqual(quantiles(304, 304, 304, '0.0000'));
      expect(c.market.p50).toEqual(quantiles(320, 320, 320, '0.0000'));
      expect(c.pBeatsMarket.p50).toBe('0.0000');
      // Granted: 1,000 + A·1,000 + B·2,000 with
      //   none 0.5·0.75 = 0.375 → 1,000;  A only 0.5·0.75 = 0.375 → 2,000;
      //   B only 0.5·0.25 = 0.125 → 3,000;  both 0.125 → 4,000.
      // CDF: 1,000 → 0.375; 2,000 → 0.75; 3,000 → 0.875; 4,000 → 1.
      // P10 = 1,000 (0.375 ≥ 0.1); P50 = 2,000 (0.375 < 0.5 ≤ 0.75); P90 = 4,000 (0.875 < 0.9).
      expect(c.grantedShares).toEqual(quantiles(1000, 2000, 4000));
      // Pool 100,000 not exceeded: dilution = granted / 1,000,000.
      expect(c.dilution).toEqual(quantiles('0.001000', '0.002000', '0.004000'));
    }
    // Candidate value at month 12, price 3.00, strike 1.00 (2.00 a share):
    //   initial fully vested: 1,000; A granted month 1, t = 11: INT(1,000·11/12) = 916;
    //   B granted month 3, t = 9: 2,000·9/12 = 1,500.
    //   none 2,000.00 (0.375); A 3,832.00 (0.375); B 5,000.00 (0.125); both 6,832.00 (0.125).
    expect(r.hires).toEqual([
      { candidateValue: { '3.00': quantiles('2000.00', '3832.00', '6832.00') } },
    ]);
  });

  it('a miss with probability 1: paid through the checkpoint, replaced after the time to fill', () => {
    const s = handScenario((x) => {
      x.offer.missProbability = 1;
      x.runwayHorizonMonths = 24;
    });
    const res = sim(s);
    const r = json(res);
    // No uncertain event: one outcome.
    expect(r.paths).toBe(1);
    expect(res.events).toBe(0);
    // Time to fill ROUNDUP(61 / 30.4375) = 3 months.
    // d = 2: paid months 1–2, replacement from month 2 + 3 + 1 = 6. Burn 100k, 100k, 90k ×3,
    // then 100k: cash 900, 800, 710, 620, 530, 430, 330, 230, 130, 30, −70 (k = 11), in thousands
    // → 10 + 30/100 = 10.3 months → 313.50625 → 314 days.
    // d = 9: replacement from month 9 + 3 + 1 = 13. Months 1–9 burn 100k → 100k left; month 10
    // burns 90k → 10k; month 11 → −80k: 10 + 10/90 = 10.1111 → 307.76 → 308.
    expect(r.checkpoints['2'].plan).toEqual(quantiles(314, 314, 314, '0.0000'));
    expect(r.checkpoints['9'].plan).toEqual(quantiles(308, 308, 308, '0.0000'));
    // Market P50 (5,000 a month) at d = 2: burn 95, 95, 90 ×3, 95…: cash 905, 810, 720, 630, 540,
    // 445, 350, 255, 160, 65, −30 (k = 11) → 10 + 65/95 = 10.684211 → 325.21 → 325.
    expect(r.checkpoints['2'].market.p50.p50).toBe(325);
    expect(r.checkpoints['2'].pBeatsMarket.p50).toBe('0.0000');
    // Shares: the vested part at d stays granted, the replacement's initial grant is new:
    // d = 2: INT(1,000·2/12) = 166 + 1,000; d = 9: 1,000·9/12 = 750 + 1,000 (granted month 12 ≤ H).
    expect(r.checkpoints['2'].grantedShares).toEqual(quantiles(1166, 1166, 1166));
    expect(r.checkpoints['9'].grantedShares).toEqual(quantiles(1750, 1750, 1750));
    // Candidate value (earliest checkpoint): 166 vested × 2.00 = 332.00.
    expect(r.hires[0].candidateValue['3.00']).toEqual(quantiles('332.00', '332.00', '332.00'));
  });

  it('a replacement that would start beyond R is skipped; the lower P50 sits on a CDF step', () => {
    const s = handScenario((x) => {
      x.offer.missProbability = 0.5;
    });
    const r = json(sim(s));
    // One event (the miss), p = 0.5: two outcomes.
    expect(r.paths).toBe(2);
    // Not missed: 304 days (first case). d = 2, missed: 314 days (second case).
    // CDF 304 → 0.5, 314 → 1: P50 is 304 since P(X ≤ 304) = 0.5 ≥ 0.5.
    expect(r.checkpoints['2'].plan).toEqual(quantiles(304, 304, 314, '0.0000'));
    // d = 9, missed: replacement month 13 > R = 12, skipped. Months 1–9 burn 100k → 100k left,
    // then 90k: 10k at k = 10, −80k at k = 11 → 10 + 10/90 = 10.1111 → 307.76 → 308.
    expect(r.checkpoints['9'].plan).toEqual(quantiles(304, 304, 308, '0.0000'));
    // Shares: d = 2 {1,000; 166 + 1,000}; d = 9 {1,000; 750, no replacement}.
    expect(r.checkpoints['2'].grantedShares).toEqual(quantiles(1000, 1000, 1166));
    expect(r.checkpoints['9'].grantedShares).toEqual(quantiles(750, 750, 1000));
    // Candidate value: missed 332.00, kept 2,000.00, each 0.5 → P10 = P50 = 332.00.
    expect(r.hires[0].candidateValue['3.00']).toEqual(quantiles('332.00', '332.00', '2000.00'));
  });

  it('beyond R: null quantiles, beyondR share, and both beyond counts as lasting as long', () => {
    const s = handScenario((x) => {
      x.company.cash = 1180000;
      x.offer.missProbability = 0.25;
      x.missCost.detectAtMonths = [2];
    });
    const r = json(sim(s));
    // Not missed (0.75): burn 100k a month: cash_11 = 80k, cash_12 = −20k →
    // 11 + 80/100 = 11.8 → 359.16 → 359. Missed at 2 (0.25): months 3–5 burn 90k, so 12 months
    // burn 1,170k ≤ 1,180k: beyond R. CDF 359 → 0.75 < 0.9: P90 is beyond R (null).
    expect(Object.keys(r.checkpoints)).toEqual(['2']);
    expect(r.checkpoints['2'].plan).toEqual(quantiles(359, 359, null, '0.2500'));
    // Market P50 burns 95k: beyond R on both outcomes (1,180 − 12·95 = 40 ≥ 0); the plan is
    // as long only when it is beyond R too: 0.25.
    expect(r.checkpoints['2'].market.p50).toEqual(quantiles(null, null, null, '1.0000'));
    expect(r.checkpoints['2'].pBeatsMarket.p50).toBe('0.2500');
  });
});

describe('collapse to the deterministic views', () => {
  const base = () => JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8'));
  const check = (p: 0 | 1) => {
    const doc = base();
    doc.offer.missProbability = 0;
    doc.offer.marginGain.probability = p;
    for (const m of doc.offer.refresh.milestones) m.probability = p;
    const s = parseScenario(doc, TODAY);
    const model = runModel(s, defaultBands());
    const r = sim(s, {}, defaultBands());
    expect(r.method).toBe('exact');
    expect(r.paths).toBe(1);
    const days = (p === 1 ? model.views.offerHit : model.views.offerNoGain).runway.days;
    for (const c of r.checkpoints) {
      expect([c.plan.p10, c.plan.p50, c.plan.p90]).toEqual([days, days, days]);
      for (const pct of s.market.compareAt) {
        const m = model.market[pct]!.runway.days;
        expect([c.market[pct]!.p10, c.market[pct]!.p50]).toEqual([m, m]);
      }
      expect(c.grantedShares.p50).toBe(
        (p === 1 ? model.equity.hit : model.equity.none).grantedShares.toNumber(),
      );
    }
    const exit = p === 1 ? model.exitValue.hit : model.exitValue.none;
    r.hires[0]!.candidateValue.forEach((v, i) =>
      expect(v.quantiles.p50.toFixed(2)).toBe(exit[i]!.toFixed(2)),
    );
  };
  it('every probability 1, no miss: offerHit exactly', () => check(1));
  it('every probability 0, no miss: offerNoGain exactly', () => check(0));
});

/** F(x) and F(x⁻) of an exact days histogram (beyond R as +∞; x = null means beyond R). */
function cdf(h: DaysHistogram, x: number | null): { at: number; below: number } {
  let at = 0;
  let below = 0;
  h.days.forEach((d, i) => {
    const m = h.mass[i]!;
    if (x === null || d <= x) at += m;
    if (x === null || d < x) below += m;
  });
  if (x === null) at += h.beyondR;
  return { at, below };
}

describe('Monte Carlo against exact enumeration', () => {
  const doc = JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8'));
  doc.offer.missProbability = 0.2;
  doc.offer.refresh.milestones[0].probability = 0.3;
  // Make the gain matter more: a bigger margin gain, landing with p = 0.45.
  doc.offer.marginGain = { points: 8, startMonth: 2, fullMonth: 6, probability: 0.45 };
  const s = parseScenario(doc, TODAY);
  const bands = defaultBands();
  const exact = sim(s, {}, bands);
  const N = 20000;
  const mc = sim(s, { method: 'monte-carlo', paths: N, seed: 7 }, bands);

  it('counts events literally: miss, 2 milestones, gain, and the replacement’s 3', () => {
    expect(exact.events).toBe(7);
    expect(exact.method).toBe('exact');
    expect(exact.paths).toBe(128);
    expect(mc.method).toBe('monte-carlo');
    expect(mc.paths).toBe(N);
    expect(mc.seed).toBe(7);
  });

  it('each sampled quantile x has F(x) ≥ q − tol and F(x⁻) ≤ q + tol, tol = 4·√(q(1−q)/N)', () => {
    const views = exact.checkpoints.flatMap((c, ci) => [
      [c.histogram.plan, mc.checkpoints[ci]!.plan] as const,
      ...exact.compareAt.map(
        (p) => [c.histogram.market[p]!, mc.checkpoints[ci]!.market[p]!] as const,
      ),
    ]);
    // The exact distributions are not degenerate (the test would be vacuous otherwise).
    expect(views[0]![0].days.length).toBeGreaterThan(2);
    for (const [hist, stats] of views)
      for (const [q, x] of [
        [0.1, stats.p10],
        [0.5, stats.p50],
        [0.9, stats.p90],
      ] as const) {
        const tol = 4 * Math.sqrt((q * (1 - q)) / N);
        const F = cdf(hist, x);
        expect(F.at).toBeGreaterThanOrEqual(q - tol);
        expect(F.below).toBeLessThanOrEqual(q + tol);
      }
  });

  it('sampled probabilities are within 4 standard errors of the exact ones', () => {
    exact.checkpoints.forEach((c, ci) => {
      const m = mc.checkpoints[ci]!;
      for (const p of exact.compareAt) {
        const e = c.pBeatsMarket[p]!.value;
        const tol = 4 * Math.sqrt((e * (1 - e)) / N) + 1e-12;
        expect(Math.abs(m.pBeatsMarket[p]!.value - e)).toBeLessThanOrEqual(tol);
      }
    });
  });

  it('the same seed reproduces every figure bit for bit; another seed differs', () => {
    const again = sim(s, { method: 'monte-carlo', paths: N, seed: 7 }, bands);
    expect(stringifyReport(simulationReport(again))).toBe(stringifyReport(simulationReport(mc)));
    expect(again.checkpoints[0]!.histogram).toEqual(mc.checkpoints[0]!.histogram);
    const other = sim(s, { method: 'monte-carlo', paths: N, seed: 8 }, bands);
    expect(other.checkpoints[0]!.histogram).not.toEqual(mc.checkpoints[0]!.histogram);
  });

  it('runs in chunks with progress, and stops when asked', () => {
    const input = simulationInputFromScenario(s, bands);
    const run = simulate(input, { method: 'monte-carlo', paths: 5000, chunkPaths: 1000 });
    const seen: number[] = [];
    let step = run.next();
    while (!step.done) {
      seen.push(step.value.done);
      step = run.next();
    }
    expect(seen).toEqual([1000, 2000, 3000, 4000]);
    let calls = 0;
    const signal = { aborted: false };
    const stopped = runSimulation(
      input,
      { method: 'monte-carlo', paths: 5000, chunkPaths: 1000 },
      () => {
        calls++;
        signal.aborted = true;
      },
      signal,
    );
    expect(stopped).toBeNull();
    expect(calls).toBe(1);
  });
});
