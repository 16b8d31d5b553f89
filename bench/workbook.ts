import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSoffice, recalculateXlsx } from '../src/cli/libreoffice.js';
import { parseBandsCsv } from '../src/model/bands-csv.js';
import { runModel } from '../src/model/model.js';
import { parseScenarioText } from '../src/model/scenario.js';
import { buildWorkbookPlan } from '../src/workbook/build.js';
import { planToXlsxBuffer } from '../src/xlsx/render.js';

const root = new URL('../', import.meta.url);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * The workbook: time to build the plan and write the .xlsx for the default scenario, against
 * LibreOffice's headless recalculation of that same workbook (one soffice call, start-up
 * included), side by side as a ratio.
 */
export async function benchWorkbook(): Promise<void> {
  console.log('Workbook (default scenario: R = 120, H = 48)');
  const bands = parseBandsCsv(
    readFileSync(new URL('templates/bands/bls-oews-2024.csv', root), 'utf8'),
    'bls-oews-2024',
  );
  const scenario = parseScenarioText(
    readFileSync(new URL('templates/scenarios/default.json', root), 'utf8'),
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
    cells = plan.sheets.reduce(
      (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0),
      0,
    );
  }
  const ours = median(planMs) + median(writeMs);
  console.log(
    `  build plan ${median(planMs).toFixed(0)} ms + write .xlsx ${median(writeMs).toFixed(0)} ms = ${ours.toFixed(0)} ms  (median of 5; ${cells} cells, ${(bytes.length / 1024).toFixed(0)} KiB)`,
  );
  if (!findSoffice()) {
    console.log('  LibreOffice not installed: recalculation time not measured');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-bench-'));
  try {
    const file = join(dir, 'default.xlsx');
    writeFileSync(file, bytes);
    await recalculateXlsx([file], join(dir, 'warm')); // profile creation, first start
    const lo: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await recalculateXlsx([file], join(dir, `out${i}`));
      lo.push(performance.now() - t0);
    }
    const loMs = median(lo);
    console.log(
      `  LibreOffice headless recalculation of that workbook ${loMs.toFixed(0)} ms  (median of 3, start-up included)`,
    );
    console.log(`  ratio LibreOffice / (plan + write) = ${(loMs / ours).toFixed(1)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
