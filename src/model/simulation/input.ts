/**
 * The simulation's own input (docs/model.md §11): a company and a list of hires, each starting in
 * its own plan month with its resolved offer and its market band row. A schema-1 scenario is a
 * plan of one hire starting in month 1 ({@link simulationInputFromScenario}).
 */
import type { BandSet } from '../bands.js';
import type { Decimal } from '../decimal.js';
import { resolveBand } from '../model.js';
import type { Plan } from '../plan/plan.js';
import type { Scenario } from '../scenario.js';
import type { Percentile } from '../schema.js';

export interface SimulationHire {
  /** The candidate's name (for labels only). */
  candidate: string;
  /** Plan month of the hire's month 1 (1..R). */
  startMonth: number;
  /** The hire's resolved offer (§3.1), including `missProbability`. */
  offer: Scenario['offer'];
  /** The hire's market band row values (p10..p90), for the cash-match views. */
  bandValues: Record<Percentile, Decimal>;
}

export interface SimulationInput {
  startDate: string;
  /** H */
  horizonMonths: number;
  /** R */
  runwayHorizonMonths: number;
  company: Scenario['company'];
  compareAt: Percentile[];
  /** `missCost.detectAtMonths`: the simulation uses the smallest and the largest. */
  detectAtMonths: number[];
  timeToFillDays: number;
  exitPrices: Decimal[];
  hires: SimulationHire[];
}

/** The run-wide fields, read alike from a scenario and from a plan. */
type RunSource = Pick<
  Scenario,
  'startDate' | 'horizonMonths' | 'runwayHorizonMonths' | 'company' | 'missCost' | 'exitPrices'
> & { market: { compareAt: readonly Percentile[] } };

function runFields(s: RunSource): Omit<SimulationInput, 'hires'> {
  return {
    startDate: s.startDate,
    horizonMonths: s.horizonMonths,
    runwayHorizonMonths: s.runwayHorizonMonths,
    company: s.company,
    compareAt: [...s.market.compareAt],
    detectAtMonths: [...s.missCost.detectAtMonths],
    timeToFillDays: s.missCost.timeToFillDays,
    exitPrices: [...s.exitPrices],
  };
}

/** A schema-1 scenario as a plan of one hire starting in month 1 (its packages are not simulated). */
export function simulationInputFromScenario(
  s: Scenario,
  bands: BandSet,
  source = 'scenario',
): SimulationInput {
  const band = resolveBand(s, bands, source);
  return {
    ...runFields(s),
    hires: [
      { candidate: s.offer.candidate, startMonth: 1, offer: s.offer, bandValues: band.values },
    ],
  };
}

/** A hiring plan (schema 2, docs/model.md §10): each hire with its merged offer and band row. */
export function simulationInputFromPlan(
  plan: Plan,
  bands: BandSet,
  source = 'plan',
): SimulationInput {
  return {
    ...runFields(plan),
    hires: plan.hires.map((h) => ({
      candidate: h.scenario.offer.candidate,
      startMonth: h.startMonth,
      offer: h.scenario.offer,
      bandValues: resolveBand(h.scenario, bands, source).values,
    })),
  };
}
