import { loadavg } from 'node:os';
import { applyPlan } from '../src/excel/apply.js';
import { parsePlan, runPlan } from '../src/model/plan/index.js';
import { buildPlanWorkbookPlan, planWorkbookCells } from '../src/workbook/hiring-plan/index.js';
import type { WorkbookPlan } from '../src/workbook/plan.js';
import { planToXlsxBuffer } from '../src/xlsx/render.js';
import { FakeWorkbook } from '../test/support/fake-excel.js';
import { cellsOf, defaultBandSet, libreOfficeRecalculations, median } from './measure.js';
import { benchPlanDocument } from './plan.js';

/**
 * The hiring-plan workbook (issue 10 items 5 and 8): for a 50-hire plan, building the workbook
 * plan and writing the .xlsx against LibreOffice's recalculation of the same file, the Office.js
 * renderer's round trips and largest request against the fake Excel; and the size of a 200-hire
 * plan's workbook (the size guard's case).
 */
export async function benchPlanWorkbook(): Promise<void> {
  console.log('Plan workbook (docs/model.md §10; H = 48, R = 120)');
  const bands = defaultBandSet();
  const today = { today: '2026-11-26' };
  const plan50 = parsePlan(benchPlanDocument(50), today);
  const result50 = runPlan(plan50, bands);
  const buildMs: number[] = [];
  const writeMs: number[] = [];
  const cpuMs: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  let wp: WorkbookPlan | null = null;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    wp = buildPlanWorkbookPlan(plan50, result50, bands);
    const t1 = performance.now();
    bytes = await planToXlsxBuffer(wp);
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    buildMs.push(t1 - t0);
    writeMs.push(t2 - t1);
  }
  const ours = median(buildMs) + median(writeMs);
  console.log(
    `  50 hires: build ${median(buildMs).toFixed(0)} ms (incl. 50 one-offer results) + write .xlsx ${median(writeMs).toFixed(0)} ms = ${ours.toFixed(0)} ms  (median of 3, wall; CPU ${median(cpuMs).toFixed(0)} ms; ${cellsOf(wp!).toLocaleString('en-US')} cells, ${wp!.sheets.length} sheets, ${(bytes.length / 1024).toFixed(0)} KiB)`,
  );

  const fake = new FakeWorkbook();
  const t0 = performance.now();
  const report = await fake.run((ctx) => applyPlan(ctx, wp!));
  const applyMs = performance.now() - t0;
  console.log(
    `  Office.js (fake Excel): ${report.syncs} context.sync() calls, ${report.writeRequests} write requests, ${(report.bytes / 1e6).toFixed(2)} MB, largest request ${(report.largestRequestBytes / 1e6).toFixed(2)} MB (bound: 3 syncs + one per 5 MB; ${applyMs.toFixed(0)} ms in the fake)`,
  );

  const plan200 = parsePlan(benchPlanDocument(200), today);
  const t1 = performance.now();
  const wp200 = buildPlanWorkbookPlan(plan200, runPlan(plan200, bands), bands);
  const t2 = performance.now();
  const bytes200 = await planToXlsxBuffer(wp200);
  const t3 = performance.now();
  console.log(
    `  200 hires: ${cellsOf(wp200).toLocaleString('en-US')} cells (estimate ${planWorkbookCells(plan200).toLocaleString('en-US')}; refused above 2,000,000), run + build ${(t2 - t1).toFixed(0)} ms, write ${(t3 - t2).toFixed(0)} ms, ${(bytes200.length / 1048576).toFixed(1)} MiB`,
  );

  const lo = await libreOfficeRecalculations(bytes, 2);
  if (!lo) return;
  const loMs = Math.min(...lo);
  console.log(
    `  LibreOffice headless recalculation of the 50-hire workbook ${loMs.toFixed(0)} ms (best of 2, start-up included)`,
  );
  console.log(
    `  ratio LibreOffice / (build + write) = ${(loMs / ours).toFixed(1)}×  (load average now ${loadavg()[0]!.toFixed(2)})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPlanWorkbook();
