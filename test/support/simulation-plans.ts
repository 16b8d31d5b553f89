/**
 * Simulation inputs shared by the simulation benchmark (bench/simulation.ts) and the regression
 * pins (test/model/simulation.pins.test.ts): the benchmark's plans of n hires and 16 events, and
 * seeded multi-hire plans with varied offers.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from '../../src/model/decimal.js';
import { parseScenario } from '../../src/model/scenario.js';
import {
  simulationInputFromScenario,
  type SimulationInput,
} from '../../src/model/simulation/index.js';
import { defaultBands } from './bands.js';
import { ROOT } from './run-cli.js';
import { seededChoices, type SeededChoices } from './seeded-choices.js';

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

/** The default scenario's offer varied: pay, milestones, gain, miss probability. */
function variedOffer(doc: any, r: SeededChoices, i: number): any {
  const o = structuredClone(doc.offer);
  o.candidate = `Hire ${i + 1}`;
  o.baseSalary = r.pick([95000, 150000, 210000.5, 99999.99]);
  o.annualRaise = r.pick([0, 0.03, 0.045]);
  o.signOnBonus = r.pick([0, 15000]);
  o.missProbability = r.pick([0, 0.1, 0.25, 0.5, 0.7, 1]);
  o.refresh.milestones = Array.from({ length: r.int(0, 3) }, (_, m) => ({
    name: `M${m + 1}`,
    dueDay: r.pick([0, 45, 90, 240, 1500]),
    probability: r.pick([0, 0.35, 0.5, 0.8, 1]),
    value: r.pick([25000, 12345.67]),
  }));
  if (r.next() < 0.2) delete o.marginGain;
  else {
    const start = r.int(1, 6);
    o.marginGain = {
      points: r.pick([1, 2.5, 0.37, 3]),
      startMonth: start,
      fullMonth: start + r.int(0, 10),
      probability: r.pick([0.6, 0.5, 1, 0, 0.15]),
    };
  }
  if (r.next() < 0.3) delete o.refresh.margin;
  return o;
}

/**
 * A plan of `hires` generated offers (seed `seed`) on the default scenario's company, with varied
 * horizons, revenue, margin, checkpoints and time to fill; each hire's own offer (some with a
 * miss probability above one half, so the likelier state is the miss) and start month. Cash is
 * about half the runway horizon of the burn, so runways fall inside and beyond R.
 */
export function generatedPlan(seed: number, hires: number): SimulationInput {
  const r = seededChoices(seed);
  const doc = defaultDoc();
  const R = r.int(24, 72);
  doc.runwayHorizonMonths = R;
  doc.horizonMonths = r.int(12, Math.min(48, R));
  const c = doc.company;
  c.monthlyRevenue = r.pick([0, 400000, 1234567.89]);
  c.revenueGrowthMonthly = r.pick([0, 0.01, 0.025]);
  c.grossMargin = r.pick([0.55, 0.7, 0.8123]);
  c.monthlyOpex = r.pick([900000, 1700000]);
  c.unallocatedPoolShares = r.pick([6000000, 150000]);
  const burn = c.monthlyOpex - c.monthlyRevenue * c.grossMargin + 15000 * hires;
  c.cash = Math.max(0, Math.round(burn * R * 0.5));
  const d1 = r.int(1, 12);
  doc.missCost.detectAtMonths = r.next() < 0.2 ? [d1] : [d1, d1 + r.int(1, 12)];
  doc.missCost.timeToFillDays = r.pick([0, 45, 105, 400]);
  doc.market.compareAt = r.pick([['p50'], ['p25', 'p75'], ['p10', 'p50', 'p75', 'p90']]);
  doc.exitPrices = r.pick([
    [2, 12],
    [0.5, 4, 40],
  ]);
  const inputs = Array.from({ length: hires }, (_, i) =>
    simulationInputFromScenario(
      parseScenario({ ...doc, offer: variedOffer(doc, r, i) }, today),
      defaultBands(),
    ),
  );
  return {
    ...(inputs[0] as SimulationInput),
    hires: inputs.map((x, i) => ({ ...x.hires[0]!, startMonth: 1 + ((seed * 7 + i * 5) % R) })),
  };
}
