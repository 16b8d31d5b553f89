/**
 * Simulation inputs shared by the simulation benchmark (bench/simulation.ts) and the regression
 * pins (test/model/simulation.pins.test.ts): the benchmark's plans of n hires and 16 events, and
 * generated multi-hire plans built from the scenario generator (test/support/arbitraries.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Decimal } from '../../src/model/decimal.js';
import { parseScenario } from '../../src/model/scenario.js';
import {
  simulationInputFromScenario,
  type SimulationInput,
} from '../../src/model/simulation/index.js';
import { scenarioInputArb } from './arbitraries.js';
import { defaultBands } from './bands.js';
import { ROOT } from './run-cli.js';

const today = { today: '2026-11-26' };

/* eslint-disable @typescript-eslint/no-explicit-any */
function defaultDoc(): any {
  return JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8'));
}

/**
 * A plan of `n` hires built directly in the simulation's input type: the default scenario's
 * offer with a miss probability of 0.15, a gain of 1 point, varied bases and start months
 * (1, 3, 5, … within the first two years), on a company large enough to carry them.
 */
export function planOf(n: number): SimulationInput {
  const doc = defaultDoc();
  doc.offer.missProbability = 0.15;
  doc.offer.marginGain = { points: 1, startMonth: 4, fullMonth: 12, probability: 0.6 };
  doc.company.cash = 40000000 + n * 1500000;
  const base = simulationInputFromScenario(parseScenario(doc, today), defaultBands());
  const template = base.hires[0]!;
  return {
    ...base,
    hires: Array.from({ length: n }, (_, i) => ({
      ...template,
      candidate: `Hire ${i + 1}`,
      startMonth: 1 + ((2 * i) % 24),
      offer: { ...template.offer, baseSalary: new Decimal(140000 + 1000 * i) },
    })),
  };
}

/** One hire with 15 milestones and a gain, no miss: 16 events, 2^16 outcomes. */
export function sixteenEvents(): SimulationInput {
  const doc = defaultDoc();
  doc.offer.missProbability = 0;
  doc.offer.refresh.milestones = Array.from({ length: 15 }, (_, i) => ({
    name: `Milestone ${i + 1}`,
    dueDay: 30 * (i + 1),
    probability: 0.5 + i / 100,
    value: 5000 + 1000 * i,
  }));
  return simulationInputFromScenario(parseScenario(doc, today), defaultBands());
}

/**
 * A plan of `hires` generated offers (fast-check seed `seed`): the first scenario's company,
 * horizons and market, each hire's own offer with a miss probability picked from a short list
 * (some above one half, so the likelier state is the miss) and its own start month.
 */
export function generatedPlan(seed: number, hires: number): SimulationInput {
  const docs = fc.sample(scenarioInputArb({ hostileText: false, maxRunway: 72 }), {
    seed,
    numRuns: hires,
  }) as any[];
  const misses = [0, 0.1, 0.25, 0.5, 0.7, 1];
  // Cash for about half the runway horizon of the company's burn plus 15,000 a month per hire,
  // so that runways fall inside and beyond R.
  const c = docs[0].company;
  const burn = c.monthlyOpex - c.monthlyRevenue * c.grossMargin + 15000 * hires;
  c.cash = Math.max(0, Math.round(burn * docs[0].runwayHorizonMonths * 0.5));
  const inputs = docs.map((doc, i) => {
    doc.offer.missProbability = misses[(seed + i) % misses.length];
    if (i > 0) Object.assign(doc, { company: docs[0].company, market: docs[0].market });
    Object.assign(doc, {
      horizonMonths: docs[0].horizonMonths,
      runwayHorizonMonths: docs[0].runwayHorizonMonths,
      missCost: docs[0].missCost,
      exitPrices: docs[0].exitPrices,
    });
    return simulationInputFromScenario(parseScenario(doc, today), defaultBands());
  });
  const first = inputs[0]!;
  const R = first.runwayHorizonMonths;
  return {
    ...first,
    hires: inputs.map((x, i) => ({ ...x.hires[0]!, startMonth: 1 + ((seed * 7 + i * 5) % R) })),
  };
}
