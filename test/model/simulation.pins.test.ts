/**
 * Regression pins: the full results (every statistic, histogram and candidate value) of a few
 * Monte Carlo and exact runs, as SHA-256 hashes of their JSON, RECORDED FROM THE
 * PRE-OPTIMISATION ENGINE (commit f0729bf, before the issue 11 speed work; the generated plans'
 * hashes were recorded by running that commit's engine on test/support/simulation-plans.ts's
 * inputs). They prove that the faster engine gives the same figures bit for bit for the same
 * seed; they do not prove the figures right — correctness is shown by the hand-worked cases (simulation.test.ts) and the
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
  'af9d3ed8cbc1abe0',
  '3300ddfc86108cd9',
  'a2e3ac5d10d580ed',
  '79731f95eb9c80d6',
  'ad4dd6e831500ef1',
  '8526031b59b02149',
  '37a51013c09d57a7',
  '1423cd5ff62ef7dc',
  'eadd64f690ac71f5',
  '29c278f81ba88e17',
  '9449c2127a8f8e74',
  '5d3ebe81fdc6aa8f',
  '20735924f2338f26',
  '9bfc0311d31de37e',
  '93216d35c412dc6e',
  '6f76924c2e702257',
  '6f863229299bb860',
  'd4f0839c563082e5',
  '9794f8048fca5aa5',
  '8677c6f3e176ff4e',
  '7b7c70e364f0691c',
  'af3be0383d18a158',
  '9223cc94de42fcfa',
  'b6a33778a37bd69a',
  'ce9111771198f584',
  '4722f7bc185132c7',
  'dbc4c2874656a2f5',
  '85822894fae7b113',
  '84bba569fc93268f',
  '3536da13d0051376',
  '3de7eaa955a3942f',
  '5251ed0a1b6043a6',
  'c1ee9dc57cc981e9',
  '88ea8f41fa8014d6',
  'afc5848a956de85d',
  'c2a0c0a5f41489e7',
  'e424175458942803',
  'cf261a8eac980a64',
  '2d9e16b6a04df2ed',
  '1be5f1dd3bdac02e',
  '0194851479608f13',
];
