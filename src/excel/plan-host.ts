/**
 * What Plan mode asks of a live workbook (docs/addin.md): write a hiring plan's workbook with the
 * same applyPlan as the single offer (a fixed number of context.sync() calls, whatever the
 * number of hires), save the plan in the document settings (persist.ts, schema 2, beside any
 * saved scenario), select a sheet (the first hire's Offer Sheet), and restore the saved plan.
 */
import type { WorkbookPlan } from '../workbook/plan.js';
import type { ApplyReport } from './apply.js';
import { activateSheet, OFFICE_PARTS, saveThenApply, type HostParts } from './excel-run.js';
import { loadPlan, savePlan, type Restored } from './persist.js';

export interface PlanWorkbookHost {
  /** Writes or updates the plan's sheets in place, then saves the plan document (schema 2). */
  buildPlan(plan: WorkbookPlan, planDocument: Record<string, unknown>): Promise<ApplyReport>;
  /** Activates a sheet (e.g. the first Offer Sheet, ready to print). */
  showSheet(name: string): Promise<void>;
  /** The plan saved in this workbook, or null. */
  loadSavedPlan(): Promise<Restored | null>;
}

export function planWorkbookHost({ run, settings }: HostParts = OFFICE_PARTS): PlanWorkbookHost {
  return {
    buildPlan(plan, planDocument) {
      return saveThenApply(run, () => savePlan(settings(), planDocument), plan);
    },
    showSheet(name) {
      return activateSheet(
        run,
        name,
        `There is no "${name}" sheet yet: build the plan in the workbook first.`,
      );
    },
    async loadSavedPlan() {
      return loadPlan(settings());
    },
  };
}
