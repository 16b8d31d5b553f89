// Plans for the Office.js renderer tests: the default scenario, and the same scenario at other
// horizons, built by the real engine and plan builder.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { parseScenario, type Scenario } from '../../src/model/scenario.js';
import { runModel, type ModelResult } from '../../src/model/model.js';
import { workbookHost } from '../../src/excel/host.js';
import { buildWorkbookPlan, type WorkbookPlan } from '../../src/workbook/index.js';
import type { BandSet } from '../../src/model/bands.js';
import { defaultBands } from '../support/bands.js';
import { FakeWorkbook, colName, parseA1 } from '../support/fake-excel.js';
import { ROOT } from '../support/run-cli.js';
import { MemorySettings } from './memory-settings.js';

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

/**
 * The workbook built from `input` in the fake Excel's hands: the fake, the document settings, the
 * workbook host the pane uses over them, and the model and plan of `input`.
 */
export function liveWorkbookOf(input: unknown) {
  const fake = new FakeWorkbook();
  const settings = new MemorySettings();
  const host = workbookHost({
    run: (batch) => fake.run(batch),
    settings: () => settings,
  });
  return { fake, settings, host, ...modelOf(input) };
}

/** Where the plan put a named cell (independent of the reader): `Inputs!B22`. */
export function addressOf(plan: WorkbookPlan, name: string): string {
  const n = plan.names.find((x) => x.name === name)!;
  const { r0, c0 } = parseA1(n.range);
  return `${n.sheet}!${colName(c0)}${r0 + 1}`;
}

/** The user types `value` into the named cell; returns the cell's address (`Inputs!B22`). */
export function enter(
  fake: FakeWorkbook,
  plan: WorkbookPlan,
  name: string,
  value: string | number,
): string {
  const at = addressOf(plan, name);
  const [sheet, cell] = at.split('!') as [string, string];
  fake.userEnter(sheet, cell, value);
  return at;
}

/**
 * Builds `input`'s workbook on the fake Excel (with `bands`, when given) and reads its inputs back
 * untouched: the document read, and the scenario that built the workbook.
 */
export async function readBackUnedited(input: unknown, bands?: BandSet) {
  const { host, result, scenario } = liveWorkbookOf(input);
  await host.buildModel(result, bands);
  return { doc: await host.readInputs(TODAY), scenario };
}

/**
 * Property: every generated scenario's workbook, read back untouched, parses to the scenario that
 * built it (`compared` puts both in the form compared; the scenario itself by default).
 */
export async function expectReadBackRoundTrips(
  inputs: fc.Arbitrary<unknown>,
  run: { numRuns: number; seed: number },
  compared: (s: Scenario) => unknown = (s) => s,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      const { doc, scenario } = await readBackUnedited(input);
      expect(compared(parseScenario(doc, TODAY))).toEqual(compared(scenario));
    }),
    run,
  );
}
