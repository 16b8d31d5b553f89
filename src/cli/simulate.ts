/** `--simulate` (docs/model.md §11): runs the simulation for the CLI and builds its Risk sheet. */
import type { BandSet } from '../model/bands.js';
import type { Plan } from '../model/plan/index.js';
import type { Scenario } from '../model/scenario.js';
import {
  runSimulation,
  simulationInputFromPlan,
  simulationInputFromScenario,
  type SimulationInput,
  type SimulationResult,
} from '../model/simulation/index.js';
import type { PlanSheet } from '../workbook/plan.js';
import { buildRiskSheet } from '../workbook/risk-sheet.js';
import type { SimulateArgs } from './args.js';
import { localToday } from './load.js';

function options(a: SimulateArgs) {
  return {
    method: a.method,
    ...(a.paths !== undefined ? { paths: a.paths } : {}),
    ...(a.seed !== undefined ? { seed: a.seed } : {}),
  };
}

/** Simulates any simulation input with the command line's options. */
export function simulateInput(input: SimulationInput, a: SimulateArgs): SimulationResult {
  return runSimulation(input, options(a)) as SimulationResult;
}

/** A schema-1 scenario simulated as a plan of one hire starting in month 1. */
export function simulateScenario(
  s: Scenario,
  bands: BandSet,
  source: string,
  a: SimulateArgs,
): SimulationResult {
  return simulateInput(simulationInputFromScenario(s, bands, source), a);
}

/** A hiring plan (schema 2): every hire with its own start month, offer and band row. */
export function simulatePlan(
  plan: Plan,
  bands: BandSet,
  source: string,
  a: SimulateArgs,
): SimulationResult {
  return simulateInput(simulationInputFromPlan(plan, bands, source), a);
}

/** The Risk sheet for the workbook, dated today (local date). */
export function riskSheetFor(sim: SimulationResult, currency: string): PlanSheet {
  return buildRiskSheet(sim, { currency, date: localToday() });
}
