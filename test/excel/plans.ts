// Plans for the Office.js renderer tests: the default scenario, and the same scenario at other
// horizons, built by the real engine and plan builder.
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../src/model/scenario.js';
import { runModel, type ModelResult } from '../../src/model/model.js';
import { buildWorkbookPlan, type WorkbookPlan } from '../../src/workbook/index.js';
import { defaultBands } from '../support/bands.js';
import { ROOT } from '../support/run-cli.js';

export const TODAY = { today: '2026-11-26' };

export function defaultInput(): Record<string, unknown> {
  return JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8')) as Record<
    string,
    unknown
  >;
}

export function modelOf(input: unknown): {
  scenario: Scenario;
  result: ModelResult;
  plan: WorkbookPlan;
} {
  const scenario = parseScenario(input, TODAY);
  const bands = defaultBands();
  const result = runModel(scenario, bands);
  return { scenario, result, plan: buildWorkbookPlan(result, bands) };
}

/** The default scenario with horizons H and R. */
export function withHorizons(H: number, R: number): Record<string, unknown> {
  return { ...defaultInput(), horizonMonths: H, runwayHorizonMonths: R };
}
