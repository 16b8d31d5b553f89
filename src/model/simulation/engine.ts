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
 * Files: prepare.ts and variants.ts precompute (once per run), paths.ts evaluates one path (all
 * cash views of a checkpoint scanned side by side, deltas added only as far as the scan goes),
 * net.ts the net burn of a path, summary.ts and stats.ts the statistics, values.ts the candidate
 * values, prng.ts the seeded generator.
 *
 * The run is a generator ({@link simulate}) that yields progress after each chunk of paths, so a
 * Web Worker can report progress and stop between chunks; {@link runSimulation} runs it through.
 */
import { DPM, round } from '../decimal.js';
import type { SimulationOptions, SimulationProgress, SimulationResult } from './api.js';
import type { SimulationInput } from './input.js';
import { PathEvaluator, type PathOutputs } from './paths.js';
import { prepare, type Prepared } from './prepare.js';
import { Mulberry32Draws } from './prng.js';
import { summarize } from './summary.js';

export * from './api.js';
export { countEvents } from './prepare.js';

/** Fills `draws` with path `path`'s events (1 = happened). */
type DrawPath = (path: number, draws: Uint8Array) => void;

/** Exact mode: outcome o has event e when bit e of o is set. */
const outcomeDraws: DrawPath = (o, draws) => {
  for (let e = 0; e < draws.length; e++) draws[e] = (o >>> e) & 1;
};

/** Exact mode: each outcome's probability, Π p or (1 − p) over the events, as a Float64. */
function outcomeWeights(p: Prepared): Float64Array {
  const w = new Float64Array(p.paths);
  w[0] = 1;
  for (let e = 0, size = 1; e < p.events.length; e++, size *= 2) {
    const pe = (p.events[e] as { pf: number }).pf;
    for (let i = 0; i < size; i++) {
      const base = w[i] as number;
      w[i + size] = base * pe;
      w[i] = base * (1 - pe);
    }
  }
  return w;
}

function pathOutputs(p: Prepared): PathOutputs {
  const N = p.paths;
  return {
    days: p.checkpoints.map(() => Array.from({ length: p.nViews }, () => new Int32Array(N))),
    granted: p.checkpoints.map(() => new Float64Array(N)),
    // Codes are below 2^(milestones in the plan + 1): 32-bit integers up to 29 milestones.
    codes: p.hires.map((x) =>
      x.origMilestoneGrant.filter((g) => g !== null).length <= 29
        ? new Int32Array(N)
        : new Float64Array(N),
    ),
  };
}

function runPaths(
  evaluator: PathEvaluator,
  draw: DrawPath,
  draws: Uint8Array,
  from: number,
  to: number,
): void {
  for (let path = from; path < to; path++) {
    draw(path, draws);
    evaluator.run(path, draws);
  }
}

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
  const out = pathOutputs(p);
  const evaluator = new PathEvaluator(p, out);
  const chunk = Math.max(1, options.chunkPaths ?? 2000);
  let draw = outcomeDraws;
  if (p.method === 'monte-carlo') {
    const rng = new Mulberry32Draws(
      p.seed as number,
      p.events.map((e) => e.pf),
    );
    draw = (_, draws) => rng.next(draws);
  }
  const draws = new Uint8Array(p.events.length);
  for (let from = 0; from < N; from += chunk) {
    const to = Math.min(N, from + chunk);
    runPaths(evaluator, draw, draws, from, to);
    if (to < N) yield { done: to, total: N };
  }
  return summarize(p, out, p.method === 'exact' ? outcomeWeights(p) : null);
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
