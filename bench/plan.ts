import { loadavg } from 'node:os';
import { parsePlan, runPlan, type Plan } from '../src/model/plan/index.js';
import { repeatedDefaultPlan } from '../test/support/repeated-plan.js';
import { defaultBandSet, median } from './measure.js';

const today = { today: '2026-11-26' };

type Doc = Record<string, unknown>;

/**
 * A plan of `n` hires built from the embedded default plan: its eight hires repeated with start
 * months spread over the first two years (every template, both band rows, refresh programs).
 */
export function benchPlanDocument(n: number): Doc {
  // A tenth of a point of margin each keeps 200 hires' gains under the 100 % gross-margin cap.
  return repeatedDefaultPlan(n, 0.1);
}

/** Plan engine time: parse + run of a 50-hire plan, single thread (target ≤ 250 ms for the run). */
export function benchPlanEngine(): void {
  console.log('Plan engine (docs/model.md §10; single thread; H = 48, R = 120)');
  const bands = defaultBandSet();
  for (const n of [8, 50, 200]) {
    const doc = benchPlanDocument(n);
    const parseMs: number[] = [];
    const runMs: number[] = [];
    const runCpu: number[] = [];
    let plan: Plan | null = null;
    const rounds = n === 200 ? 3 : 9;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      plan = parsePlan(doc, today);
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      runPlan(plan, bands);
      const c2 = process.cpuUsage(c1);
      runMs.push(performance.now() - t1);
      runCpu.push(c2.user / 1000);
      parseMs.push(t1 - t0);
    }
    console.log(
      `  ${String(n).padStart(3)} hires: runPlan ${median(runMs).toFixed(1).padStart(6)} ms wall, ${median(runCpu).toFixed(1).padStart(6)} ms CPU; parsePlan ${median(parseMs).toFixed(1).padStart(6)} ms (medians of ${rounds}; first parse + run ${(runMs[0]! + parseMs[0]!).toFixed(1)} ms)`,
    );
  }
  console.log(
    `  target: a 50-hire plan's engine run ≤ 250 ms on one thread (load average now ${loadavg()[0]!.toFixed(2)})`,
  );
}
