/**
 * Runway and equity as distributions (docs/model.md §11).
 *
 * Each path draws, per hire, a miss, each milestone and the margin gain (and, when a miss is
 * possible, the replacement's milestones and gain). Everything a path needs is precomputed once
 * per hire and outcome from the §3 rule functions (hireCostSchedule, gainHit, grossProfit,
 * grantsOf, vestedShares) as exact cents and share counts, so a path is only sums:
 *
 * - Cash: a hire's monthly cash in cents, as a difference array over plan months (non-zero only
 *   where the cash changes: month 1, raises, bonuses, the month after a miss, a replacement's
 *   start). A baseline holds every hire in its more likely miss state; a path adds the sparse
 *   deltas of the hires that deviate. Cents are integers below 2^53, so Float64 sums are exact.
 * - Gross profit is not additive over hires: `gp_k = ROUND(rev_k × (grossMargin + G_k/100), 2)`
 *   depends on the path's total gain points G_k. G_k is summed in Float64 from the active hires'
 *   gain ramps; the rounding to the cent is done in Float64, and whenever the unrounded cent
 *   figure lies within a hair (4e-12 relative) of a half cent the month is recomputed in decimal
 *   arithmetic from the exact gains of the active hires (and cached). So every gp_k equals the
 *   decimal engine's figure exactly.
 * - Runway days: the first month with negative cash, `ROUND(((k−1) + cash_{k−1}/netBurn_k) ×
 *   30.4375, 0)`, with the same guard (a BigInt recount when the product lies within 1e-7 of a
 *   half day). Runway days are therefore exact, not "within a hair".
 * - Granted shares, dilution and candidate values are integer or cent sums per hire outcome.
 *
 * The run is a generator ({@link simulate}) that yields progress after each chunk of paths, so a
 * Web Worker can report progress and stop between chunks; {@link runSimulation} runs it through.
 */
import { DPM, Decimal, round } from '../decimal.js';
import { poolUse } from '../dilution.js';
import type { SimulationInput } from './input.js';
import { mulberry32 } from './prng.js';
import {
  exactGroups,
  lowerQuantiles,
  probability,
  tableOf,
  type PathWeights,
  type QuantileKey,
} from './stats.js';
import type {
  CheckpointResult,
  DaysHistogram,
  RunwayStats,
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
} from './api.js';
import { prepare } from './prepare.js';
import { BEYOND, PathEvaluator, type PathOutputs } from './paths.js';
import { valuesOfCodes } from './values.js';

export * from './api.js';
export { countEvents } from './prepare.js';

/**
 * Runs the simulation in chunks: yields progress after each chunk of paths and returns the
 * result. Pure and synchronous per chunk, so a Web Worker can post progress between chunks and
 * stop by not calling `next()` again.
 */
export function* simulate(
  input: SimulationInput,
  options: SimulationOptions = {},
): Generator<SimulationProgress, SimulationResult, void> {
  const p = prepare(input, options);
  const N = p.paths;
  const out: PathOutputs = {
    days: p.checkpoints.map(() => Array.from({ length: p.nViews }, () => new Int32Array(N))),
    granted: p.checkpoints.map(() => new Float64Array(N)),
    codes: p.hires.map(() => new Float64Array(N)),
  };
  const evaluator = new PathEvaluator(p, out);
  const n = p.events.length;
  const draws = new Uint8Array(n);
  const chunk = Math.max(1, options.chunkPaths ?? 2000);
  let w: Float64Array | null = null;

  if (p.method === 'exact') {
    // Outcome o: event e happened when bit e of o is set; probability = Π p or (1 − p).
    w = new Float64Array(N);
    w[0] = 1;
    for (let e = 0, size = 1; e < n; e++, size *= 2) {
      const pe = (p.events[e] as { pf: number }).pf;
      for (let i = 0; i < size; i++) {
        const base = w[i] as number;
        w[i + size] = base * pe;
        w[i] = base * (1 - pe);
      }
    }
    for (let o = 0; o < N; o++) {
      for (let e = 0; e < n; e++) draws[e] = (o >>> e) & 1;
      evaluator.run(o, draws);
      if ((o + 1) % chunk === 0 && o + 1 < N) yield { done: o + 1, total: N };
    }
  } else {
    const next = mulberry32(p.seed as number);
    const pf = p.events.map((e) => e.pf);
    for (let path = 0; path < N; path++) {
      for (let e = 0; e < n; e++) draws[e] = next() < (pf[e] as number) ? 1 : 0;
      evaluator.run(path, draws);
      if ((path + 1) % chunk === 0 && path + 1 < N) yield { done: path + 1, total: N };
    }
  }

  // Statistics.
  const exactWeights = (): { num: bigint[]; den: bigint } => {
    const scale = Math.max(0, ...p.events.map((e) => e.p.decimalPlaces()));
    const D = BigInt(10) ** BigInt(scale);
    let num: bigint[] = [BigInt(1)];
    for (const e of p.events) {
      const a = BigInt(e.p.times(new Decimal(10).pow(scale)).toFixed(0));
      const next: bigint[] = new Array<bigint>(num.length * 2);
      for (let i = 0; i < num.length; i++) {
        next[i] = (num[i] as bigint) * (D - a);
        next[i + num.length] = (num[i] as bigint) * a;
      }
      num = next;
    }
    return { num, den: D ** BigInt(n) };
  };
  let exactCache: { num: bigint[]; den: bigint } | null = null;
  const weights: PathWeights = {
    n: N,
    w,
    exact: w ? () => (exactCache ??= exactWeights()) : null,
  };
  const massOf = (pred: (i: number) => boolean): number => {
    let m = 0;
    for (let i = 0; i < N; i++) if (pred(i)) m += w ? (w[i] as number) : 1;
    return m;
  };
  const c = input.company;
  const runwayStats = (days: Int32Array): { stats: RunwayStats; histogram: DaysHistogram } => {
    const table = tableOf(days, weights);
    const q = lowerQuantiles(table, weights, (i) => days[i] as number);
    const beyondMass = table.find(([k]) => k === BEYOND)?.[1] ?? 0;
    const total = w ? 1 : N;
    const inside = table.filter(([k]) => k !== BEYOND);
    return {
      stats: {
        p10: q.p10 === BEYOND ? null : q.p10,
        p50: q.p50 === BEYOND ? null : q.p50,
        p90: q.p90 === BEYOND ? null : q.p90,
        beyondR: probability(weights, beyondMass, (i) => days[i] === BEYOND),
      },
      histogram: {
        days: inside.map(([k]) => k),
        mass: inside.map(([, m]) => m / total),
        beyondR: beyondMass / total,
      },
    };
  };

  const checkpoints: CheckpointResult[] = p.checkpoints.map((month, ci) => {
    const days = out.days[ci] as Int32Array[];
    const plan = runwayStats(days[0] as Int32Array);
    const market: CheckpointResult['market'] = {};
    const pBeats: CheckpointResult['pBeatsMarket'] = {};
    const histMarket: CheckpointResult['histogram']['market'] = {};
    input.compareAt.forEach((pct, i) => {
      const md = days[i + 1] as Int32Array;
      const pd = days[0] as Int32Array;
      const r = runwayStats(md);
      market[pct] = r.stats;
      histMarket[pct] = r.histogram;
      const beats = (j: number) => (pd[j] as number) >= (md[j] as number);
      pBeats[pct] = probability(weights, massOf(beats), beats);
    });
    const g = out.granted[ci] as Float64Array;
    const grantedShares = lowerQuantiles(tableOf(g, weights), weights, (i) => g[i] as number);
    // Dilution is a function of the granted count. When the pool fits in fully diluted it is
    // non-decreasing in that count, so its lower quantiles are the dilution of the count's;
    // otherwise the distinct counts are ranked by their dilution.
    const dilutionOf = (x: number) =>
      poolUse(new Decimal(x), c.unallocatedPoolShares, c.fullyDilutedShares).dilution;
    let dilution: Record<QuantileKey, Decimal>;
    if (c.fullyDilutedShares.greaterThanOrEqualTo(c.unallocatedPoolShares)) {
      dilution = {
        p10: dilutionOf(grantedShares.p10),
        p50: dilutionOf(grantedShares.p50),
        p90: dilutionOf(grantedShares.p90),
      };
    } else {
      const distinct = [...new Set(g)];
      const dil = new Map(distinct.map((x) => [x, dilutionOf(x)]));
      const ranked = [...distinct].sort((a, b) =>
        (dil.get(a) as Decimal).cmp(dil.get(b) as Decimal),
      );
      const rank = new Map(ranked.map((x, i) => [x, i]));
      const rankOf = (i: number) => rank.get(g[i] as number) as number;
      const rankKeys = Float64Array.from(g, (x) => rank.get(x) as number);
      const dq = lowerQuantiles(tableOf(rankKeys, weights), weights, rankOf);
      dilution = {
        p10: dil.get(ranked[dq.p10] as number) as Decimal,
        p50: dil.get(ranked[dq.p50] as number) as Decimal,
        p90: dil.get(ranked[dq.p90] as number) as Decimal,
      };
    }
    return {
      month,
      plan: plan.stats,
      market,
      pBeatsMarket: pBeats,
      grantedShares,
      dilution,
      histogram: { plan: plan.histogram, market: histMarket },
    };
  });

  const hires = p.hires.map((x, h) => {
    const codes = out.codes[h] as Float64Array;
    // Each distinct outcome code once: its mass and its values (cents per price).
    const perCode = tableOf(codes, weights);
    const slot = new Map(perCode.map(([code], i) => [code, i]));
    const codeValues = valuesOfCodes(
      p,
      x,
      perCode.map(([code]) => code),
    );
    const valueOf = (code: number, pi: number) =>
      (codeValues[slot.get(code) as number] as number[])[pi] as number;
    const codeGroups = exactGroups(weights, (i) => codes[i] as number);
    return {
      candidate: x.hire.candidate,
      candidateValue: input.exitPrices.map((price, pi) => {
        const byValue = new Map<number, number>();
        perCode.forEach(([, mass], i) => {
          const v = (codeValues[i] as number[])[pi] as number;
          byValue.set(v, (byValue.get(v) ?? 0) + mass);
        });
        const table = [...byValue].sort((a, b) => a[0] - b[0]);
        const q = lowerQuantiles(table, weights, (i) => valueOf(codes[i] as number, pi), {
          groups: codeGroups,
          keyOfGroup: (code) => valueOf(code, pi),
        });
        const money = (cents: number) => new Decimal(cents).div(100);
        return { price, quantiles: { p10: money(q.p10), p50: money(q.p50), p90: money(q.p90) } };
      }),
    };
  });

  return {
    method: p.method,
    paths: N,
    seed: p.seed,
    events: n,
    compareAt: [...input.compareAt],
    checkpoints,
    hires,
  };
}

/** Runs {@link simulate} to the end, reporting progress; `signal.aborted` stops it between chunks. */
export function runSimulation(
  input: SimulationInput,
  options: SimulationOptions = {},
  onProgress?: (p: SimulationProgress) => void,
  signal?: { readonly aborted: boolean },
): SimulationResult | null {
  const run = simulate(input, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    if (signal?.aborted) return null;
    onProgress?.(step.value);
  }
}

/** The number of days per month used for labels (day of a checkpoint). */
export const CHECKPOINT_DAY = (month: number): number => round(DPM.times(month), 0).toNumber();
