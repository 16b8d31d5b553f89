/**
 * The statistics of a finished run (docs/model.md §11): per checkpoint the runway quantiles and
 * histograms of the plan and each cash match, the chance the plan outlasts each, granted shares
 * and dilution; per hire the candidate value quantiles per exit price.
 */
import { Decimal } from '../decimal.js';
import { poolUse } from '../dilution.js';
import type { CheckpointResult, DaysHistogram, RunwayStats, SimulationResult } from './api.js';
import { BEYOND, type PathOutputs } from './paths.js';
import type { HirePre, Prepared } from './prepare.js';
import {
  exactGroups,
  lowerQuantiles,
  probability,
  tableOf,
  type PathWeights,
  type QuantileKey,
  type Table,
} from './stats.js';
import { valuesOfCodes } from './values.js';

/** Exact mode: each outcome's probability as a numerator over one denominator (BigInt). */
function exactWeights(p: Prepared): { num: bigint[]; den: bigint } {
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
  return { num, den: D ** BigInt(p.events.length) };
}

/** The paths' weights: 1/N each (Monte Carlo), or `w` with exact BigInt weights on demand. */
function pathWeights(p: Prepared, w: Float64Array | null): PathWeights {
  let exactCache: { num: bigint[]; den: bigint } | null = null;
  return { n: p.paths, w, exact: w ? () => (exactCache ??= exactWeights(p)) : null };
}

function runwayStats(
  days: Int32Array,
  weights: PathWeights,
): { stats: RunwayStats; histogram: DaysHistogram } {
  const table = tableOf(days, weights);
  const q = lowerQuantiles(table, weights, (i) => days[i] as number);
  const total = weights.w ? 1 : weights.n;
  const insideDays: number[] = [];
  const insideMass: number[] = [];
  let beyondMass = 0;
  table.keys.forEach((k, i) => {
    if (k === BEYOND) beyondMass = table.mass[i] as number;
    else {
      insideDays.push(k);
      insideMass.push((table.mass[i] as number) / total);
    }
  });
  return {
    stats: {
      p10: q.p10 === BEYOND ? null : q.p10,
      p50: q.p50 === BEYOND ? null : q.p50,
      p90: q.p90 === BEYOND ? null : q.p90,
      beyondR: probability(weights, beyondMass, (i) => days[i] === BEYOND),
    },
    histogram: { days: insideDays, mass: insideMass, beyondR: beyondMass / total },
  };
}

/** The probability that the plan's runway is at least the cash match's. */
function planBeats(plan: Int32Array, market: Int32Array, weights: PathWeights) {
  const w = weights.w;
  let mass = 0;
  for (let i = 0; i < weights.n; i++)
    if ((plan[i] as number) >= (market[i] as number)) mass += w ? (w[i] as number) : 1;
  return probability(weights, mass, (j) => (plan[j] as number) >= (market[j] as number));
}

/**
 * Dilution quantiles. Dilution is a function of the granted count. When the pool fits in fully
 * diluted it is non-decreasing in that count, so its lower quantiles are the dilution of the
 * count's; otherwise the distinct counts are ranked by their dilution.
 */
function dilutionQuantiles(
  c: Prepared['input']['company'],
  granted: Float64Array,
  grantedShares: Record<QuantileKey, number>,
  weights: PathWeights,
): Record<QuantileKey, Decimal> {
  const dilutionOf = (x: number) =>
    poolUse(new Decimal(x), c.unallocatedPoolShares, c.fullyDilutedShares).dilution;
  if (c.fullyDilutedShares.greaterThanOrEqualTo(c.unallocatedPoolShares))
    return {
      p10: dilutionOf(grantedShares.p10),
      p50: dilutionOf(grantedShares.p50),
      p90: dilutionOf(grantedShares.p90),
    };
  const distinct = [...new Set(granted)];
  const dil = new Map(distinct.map((x) => [x, dilutionOf(x)]));
  const ranked = [...distinct].sort((a, b) => (dil.get(a) as Decimal).cmp(dil.get(b) as Decimal));
  const rank = new Map(ranked.map((x, i) => [x, i]));
  const rankOf = (i: number) => rank.get(granted[i] as number) as number;
  const rankKeys = Float64Array.from(granted, (x) => rank.get(x) as number);
  const dq = lowerQuantiles(tableOf(rankKeys, weights), weights, rankOf);
  return {
    p10: dil.get(ranked[dq.p10] as number) as Decimal,
    p50: dil.get(ranked[dq.p50] as number) as Decimal,
    p90: dil.get(ranked[dq.p90] as number) as Decimal,
  };
}

function checkpointResult(
  p: Prepared,
  out: PathOutputs,
  weights: PathWeights,
  ci: number,
): CheckpointResult {
  const days = out.days[ci] as Int32Array[];
  const planDays = days[0] as Int32Array;
  const plan = runwayStats(planDays, weights);
  const market: CheckpointResult['market'] = {};
  const pBeats: CheckpointResult['pBeatsMarket'] = {};
  const histMarket: CheckpointResult['histogram']['market'] = {};
  p.input.compareAt.forEach((pct, i) => {
    const marketDays = days[i + 1] as Int32Array;
    const r = runwayStats(marketDays, weights);
    market[pct] = r.stats;
    histMarket[pct] = r.histogram;
    pBeats[pct] = planBeats(planDays, marketDays, weights);
  });
  const g = out.granted[ci] as Float64Array;
  const grantedShares = lowerQuantiles(tableOf(g, weights), weights, (i) => g[i] as number);
  return {
    month: p.checkpoints[ci] as number,
    plan: plan.stats,
    market,
    pBeatsMarket: pBeats,
    grantedShares,
    dilution: dilutionQuantiles(p.input.company, g, grantedShares, weights),
    histogram: { plan: plan.histogram, market: histMarket },
  };
}

/** Each code's slot in `perCode` (an array when the codes are small integers, else a map). */
function slotsOf(perCode: Table): (code: number) => number {
  const codes = perCode.keys;
  const top = codes.length ? (codes[codes.length - 1] as number) : 0;
  if (top < 2 ** 22 && codes.every((code) => Number.isInteger(code) && code >= 0)) {
    const slots = new Int32Array(top + 1);
    codes.forEach((code, i) => (slots[code] = i));
    return (code) => slots[code] as number;
  }
  const slots = new Map(Array.from(codes, (code, i) => [code, i]));
  return (code) => slots.get(code) as number;
}

/**
 * The slots 0..n−1 ordered by `column[slot]`, ties by slot. Many integer values in [0, 2^32)
 * (cents of ordinary grants) take a stable radix sort on 16-bit digits (one pass when every value
 * is below 2^16, the first pass reading the slots in order); others (and a few) a comparison sort.
 */
function slotsByValue(column: Float64Array): Uint32Array {
  const n = column.length;
  const values = new Uint32Array(n);
  let wide = false;
  for (let i = 0; i < n; i++) {
    const v = column[i] as number;
    if (n < 4096 || !(Number.isInteger(v) && v >= 0 && v < 2 ** 32)) {
      const order = Uint32Array.from({ length: n }, (_, j) => j);
      return order.sort((a, b) => (column[a] as number) - (column[b] as number) || a - b);
    }
    values[i] = v;
    if (v >= 2 ** 16) wide = true;
  }
  const count = new Uint32Array(2 ** 16 + 1);
  const low = new Uint32Array(n);
  countingPass(values, null, 0, count, low);
  if (!wide) return low;
  const order = new Uint32Array(n);
  countingPass(values, low, 16, count, order);
  return order;
}

/** One stable counting pass on the 16-bit digit at `shift` of `values[order[i]]` (order null: i). */
function countingPass(
  values: Uint32Array,
  order: Uint32Array | null,
  shift: number,
  count: Uint32Array,
  into: Uint32Array,
): void {
  const n = values.length;
  count.fill(0);
  for (let i = 0; i < n; i++) count[((values[i] as number) >>> shift) & 0xffff]!++;
  for (let d = 0, at = 0; d < 2 ** 16; d++) {
    const c = count[d] as number;
    count[d] = at;
    at += c;
  }
  for (let i = 0; i < n; i++) {
    const slot = order ? (order[i] as number) : i;
    into[count[((values[slot] as number) >>> shift) & 0xffff]!++] = slot;
  }
}

/**
 * The distinct candidate values at price pi with their masses, ascending: each code's mass added
 * in code order (`values[slot × nP + pi]` is the value of perCode's slot).
 */
function valueTable(perCode: Table, values: Float64Array, nP: number, pi: number): Table {
  const n = perCode.keys.length;
  const column = new Float64Array(n);
  for (let slot = 0; slot < n; slot++) column[slot] = values[slot * nP + pi] as number;
  const order = slotsByValue(column);
  const keys = new Float64Array(n);
  const mass = new Float64Array(n);
  let distinct = 0;
  for (let j = 0; j < n;) {
    const v = column[order[j] as number] as number;
    let m = 0;
    for (; j < n && column[order[j] as number] === v; j++)
      m += perCode.mass[order[j] as number] as number;
    keys[distinct] = v;
    mass[distinct++] = m;
  }
  return { keys: keys.slice(0, distinct), mass: mass.slice(0, distinct) };
}

function hireResult(p: Prepared, out: PathOutputs, weights: PathWeights, h: number) {
  const x = p.hires[h] as HirePre;
  const codes = out.codes[h] as Int32Array | Float64Array;
  const nP = p.input.exitPrices.length;
  // Each distinct outcome code once: its mass and its values (cents per price).
  const perCode = tableOf(codes, weights);
  const slotOf = slotsOf(perCode);
  const values = valuesOfCodes(p, x, perCode.keys);
  const codeGroups = exactGroups(weights, (i) => codes[i] as number);
  const money = (cents: number) => new Decimal(cents).div(100);
  return {
    candidate: x.hire.candidate,
    candidateValue: p.input.exitPrices.map((price, pi) => {
      const valueOf = (code: number) => values[slotOf(code) * nP + pi] as number;
      const q = lowerQuantiles(
        valueTable(perCode, values, nP, pi),
        weights,
        (i) => valueOf(codes[i] as number),
        { groups: codeGroups, keyOfGroup: valueOf },
      );
      return { price, quantiles: { p10: money(q.p10), p50: money(q.p50), p90: money(q.p90) } };
    }),
  };
}

/** The result of a run whose paths are in `out`; `w`: the outcomes' weights (exact mode). */
export function summarize(p: Prepared, out: PathOutputs, w: Float64Array | null): SimulationResult {
  const weights = pathWeights(p, w);
  return {
    method: p.method,
    paths: p.paths,
    seed: p.seed,
    events: p.events.length,
    compareAt: [...p.input.compareAt],
    checkpoints: p.checkpoints.map((_, ci) => checkpointResult(p, out, weights, ci)),
    hires: p.hires.map((_, h) => hireResult(p, out, weights, h)),
  };
}
