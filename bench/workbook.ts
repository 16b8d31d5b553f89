import { readFileSync } from 'node:fs';
import { runModel } from '../src/model/model.js';
import { parseScenarioText } from '../src/model/scenario.js';
import { buildWorkbookPlan } from '../src/workbook/build.js';
import { planToXlsxBuffer } from '../src/xlsx/render.js';
import { ROOT, cellsOf, defaultBandSet, libreOfficeRecalculations, median } from './measure.js';

/**
 * The workbook: time to build the plan and write the .xlsx for the default scenario, against
 * LibreOffice's headless recalculation of that same workbook (one soffice call, start-up
 * included), side by side as a ratio.
 */
export async function benchWorkbook(): Promise<void> {
  console.log('Workbook (default scenario: R = 120, H = 48)');
  const bands = defaultBandSet();
  const scenario = parseScenarioText(
    readFileSync(new URL('templates/scenarios/default.json', ROOT), 'utf8'),
    { today: '2026-11-26' },
  );
  const result = runModel(scenario, bands);
  await planToXlsxBuffer(buildWorkbookPlan(result, bands)); // warm-up

  const planMs: number[] = [];
  const writeMs: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  let cells = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const plan = buildWorkbookPlan(result, bands);
    const t1 = performance.now();
    bytes = await planToXlsxBuffer(plan);
    const t2 = performance.now();
    planMs.push(t1 - t0);
    writeMs.push(t2 - t1);
    cells = cellsOf(plan);
  }
  const ours = median(planMs) + median(writeMs);
  console.log(
    `  build plan ${median(planMs).toFixed(0)} ms + write .xlsx ${median(writeMs).toFixed(0)} ms = ${ours.toFixed(0)} ms  (median of 5; ${cells} cells, ${(bytes.length / 1024).toFixed(0)} KiB)`,
  );
  const lo = await libreOfficeRecalculations(bytes, 3);
  if (!lo) return;
  const loMs = median(lo);
  console.log(
    `  LibreOffice headless recalculation of that workbook ${loMs.toFixed(0)} ms  (median of 3, start-up included)`,
  );
  console.log(`  ratio LibreOffice / (plan + write) = ${(loMs / ours).toFixed(1)}×`);
}
