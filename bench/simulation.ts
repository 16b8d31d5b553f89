import {
  countEvents,
  runSimulation,
  type SimulationInput,
  type SimulationOptions,
} from '../src/model/simulation/index.js';
import { planOf, sixteenEvents } from '../test/support/simulation-plans.js';

/** Wall and CPU seconds of `f`, the best of `reps` runs (the machine may be shared). */
function best(reps: number, f: () => void): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    const w = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, w);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6);
  }
  return { wall, cpu };
}

/** The "physical limit": a plain Float64Array loop adding each hire's month vector into a path's. */
function plainLoop(paths: number, hires: number, R: number): number {
  const vectors = Array.from({ length: hires }, (_, h) =>
    Float64Array.from({ length: R }, (_, k) => 1000000 + h * 100 + k),
  );
  const acc = new Float64Array(R);
  let check = 0;
  for (let p = 0; p < paths; p++) {
    acc.fill(0);
    for (let h = 0; h < hires; h++) {
      const v = vectors[h]!;
      for (let k = 0; k < R; k++) acc[k] = acc[k]! + v[k]!;
    }
    check += acc[R - 1]!;
  }
  return check;
}

function measure(
  label: string,
  input: SimulationInput,
  options: SimulationOptions,
  goal: string,
  reps: number,
) {
  runSimulation(input, { ...options, paths: Math.min(options.paths ?? 2000, 2000) }); // warm-up
  let r = runSimulation(input, { ...options, paths: 1 })!;
  const ours = best(reps, () => {
    r = runSimulation(input, options)!;
  });
  const R = input.runwayHorizonMonths;
  const hireMonths = r.paths * input.hires.length * R;
  plainLoop(Math.min(r.paths, 2000), input.hires.length, R); // warm-up
  let sink = 0;
  const loop = best(reps, () => {
    sink += plainLoop(r.paths, input.hires.length, R);
  });
  if (sink === -1) console.log(sink); // keep the loop observable
  const rate = (secs: number) => `${(hireMonths / secs / 1e6).toFixed(0)} M`;
  console.log(
    `  ${label.padEnd(34)} ${ours.wall.toFixed(3).padStart(6)} s wall, ${ours.cpu.toFixed(3)} s CPU  (${goal}; best of ${reps}; ${r.method}, ${r.paths.toLocaleString('en-US')} paths, ${r.events} events, ${r.checkpoints.length} checkpoints × ${1 + r.compareAt.length} cash views)`,
  );
  console.log(
    `  ${''.padEnd(34)} ${rate(ours.wall)} hire-months/s vs plain Float64Array loop ${rate(loop.wall)}/s (${loop.wall.toFixed(3)} s): ratio ${(loop.wall / ours.wall).toFixed(2)} wall, ${(loop.cpu / ours.cpu).toFixed(2)} CPU (goal ≥ 0.25)`,
  );
}

/**
 * The simulation (docs/model.md §11), single thread. Hire-months = paths × hires × R, counted
 * once per path although each path evaluates both checkpoints and every cash-match view.
 */
export function benchSimulation(): void {
  console.log('Simulation (single thread, R = 120, H = 48; hire-months = paths × hires × R)');
  measure(
    '20,000 paths, 10-hire plan',
    planOf(10),
    { method: 'monte-carlo', paths: 20000 },
    'goal ≤ 0.5 s',
    3,
  );
  measure(
    '100,000 paths, 50-hire plan',
    planOf(50),
    { method: 'monte-carlo', paths: 100000 },
    'goal ≤ 3 s',
    2,
  );
  const one = sixteenEvents();
  if (countEvents(one) !== 16) throw new Error(`expected 16 events, got ${countEvents(one)}`);
  measure('exact 2^16 outcomes, one hire', one, { method: 'auto' }, 'goal ≤ 1 s', 3);
}

if (import.meta.url === `file://${process.argv[1]}`) benchSimulation(); // npx tsx bench/simulation.ts
