/**
 * What both of the pane's workbook hosts (host.ts for one offer, plan-host.ts for a hiring plan)
 * do the same way: the one call of Excel.run (tests pass the fake's run instead), a build that
 * saves the document in the settings before writing its sheets, and selecting a sheet.
 */
import type { WorkbookPlan } from '../workbook/plan.js';
import { applyPlan, type ApplyReport } from './apply.js';
import { officeSettings, type SettingsStore } from './persist.js';

/** Excel.run, or the fake's run in tests. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: Runner = (batch) => Excel.run(batch);

/** What a workbook host works through: Excel.run and the document's settings. */
export interface HostParts {
  run: Runner;
  settings: () => SettingsStore;
}

/** Office's own parts; tests pass the fake's run and settings instead. */
export const OFFICE_PARTS: HostParts = { run: excelRun, settings: officeSettings };

/**
 * Saves the document, then writes or updates its sheets in place. The document first: a build
 * that fails half-way leaves the saved document describing what the user asked for, and a
 * rebuild puts the sheets back in step with it.
 */
export async function saveThenApply(
  run: Runner,
  save: () => Promise<void>,
  plan: WorkbookPlan,
): Promise<ApplyReport> {
  await save();
  return run((context) => applyPlan(context, plan));
}

/** Activates the sheet `name` (ready to print); an Error saying `missing` when there is none. */
export async function activateSheet(run: Runner, name: string, missing: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (ws.isNullObject) throw new Error(missing);
    ws.activate();
    await context.sync();
  });
}
