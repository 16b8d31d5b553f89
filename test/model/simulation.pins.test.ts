/**
 * Regression pins: the full results (every statistic, histogram and candidate value) of a few
 * Monte Carlo and exact runs, as SHA-256 hashes of their JSON, RECORDED FROM THE
 * PRE-OPTIMISATION ENGINE (commit 7838788, before the issue 11 speed work). They prove that the
 * faster engine gives the same figures bit for bit for the same seed; they do not prove the
 * figures right — correctness is shown by the hand-worked cases (simulation.test.ts) and the
 * independent decimal enumeration (simulation.reference.test.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  countEvents,
  runSimulation,
  type SimulationInput,
  type SimulationOptions,
} from '../../src/model/simulation/index.js';
import { generatedPlan, planOf, sixteenEvents } from '../support/simulation-plans.js';

const hashOf = (input: SimulationInput, options: SimulationOptions) =>
  createHash('sha256')
    .update(JSON.stringify(runSimulation(input, options)))
    .digest('hex')
    .slice(0, 16);

describe('simulation regression pins (recorded from the pre-optimisation engine)', () => {
  it('the benchmark plans: 10 hires and 50 hires sampled, 16 events exact', () => {
    const ten = runSimulation(planOf(10), { method: 'monte-carlo', paths: 4000, seed: 11 })!;
    // A few figures in the clear, so a change shows where it is.
    expect(ten.checkpoints.map((c) => [c.plan.p10, c.plan.p50, c.plan.p90])).toEqual(PLAN_OF_10);
    expect({
      ten: hashOf(planOf(10), { method: 'monte-carlo', paths: 4000, seed: 11 }),
      fifty: hashOf(planOf(50), { method: 'monte-carlo', paths: 1500, seed: 3 }),
      sixteen: hashOf(sixteenEvents(), { method: 'auto' }),
    }).toEqual(BENCH_PLANS);
  });

  it('24 generated plans of 1 to 6 hires, sampled, and exact where they have ≤ 11 events', () => {
    const hashes: string[] = [];
    for (let seed = 1; seed <= 24; seed++) {
      const input = generatedPlan(seed, 1 + (seed % 6));
      hashes.push(hashOf(input, { method: 'monte-carlo', paths: 1500, seed }));
      if (countEvents(input) <= 11) hashes.push(hashOf(input, { method: 'exact' }));
    }
    expect(hashes).toEqual(GENERATED);
  });
});

const PLAN_OF_10 = [
  [808, 815, 822],
  [807, 814, 821],
];
const BENCH_PLANS = {
  ten: 'd846ee86391a7362',
  fifty: '46bcba31ab2d6a32',
  sixteen: 'b93803b8ee14aa39',
};
const GENERATED = [
  '8dcb8e1727e5e4f0',
  'eb768d135cc8666f',
  'b2d24d974931f838',
  'da8f4484312a3cd6',
  '3a721e97ed6e311e',
  'e02432ede592b617',
  'be837e18af5a2b2c',
  'd75c498b0cd368b9',
  '419d2dc22c932e3f',
  '7bf9094d3f21fe24',
  '7a1d4c734a7b8b34',
  '18dc5defcd118c6e',
  '2d76c164ebd31789',
  '622db23f1d357bf8',
  'de17cff5fa8bd5d3',
  '4a1a8a89e4399ff7',
  '320907a4af9139a0',
  '493eee1a87eb4539',
  '1869787cd725da67',
  '7e5f670c38a85a3b',
  '285b410b43af8dfa',
  '8cb7a77f3a06ae2a',
  '26b3a4773b641da8',
  '7dea5934a598fa9b',
  '57af2751a8aeec98',
  'e7b9dd02911db134',
  '6d0911be88f798db',
  '3f90c2b05b258e9b',
  'ebd65c52a034c48b',
  '552725b4a7f6636e',
  'af548596bff3ef6b',
  '0d28b31890c47ce0',
  '1451f1df2808d30e',
];
