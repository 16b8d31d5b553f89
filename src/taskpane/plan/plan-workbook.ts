import type { BandSet } from '../../model/bands.js';
import type { PlanResult } from '../../model/plan/index.js';
import type { WorkbookPlan } from '../../workbook/plan.js';
import { planToXlsxBuffer } from '../../xlsx/index.js';

/**
 * The plan's workbook (Hires table, month grids, plan runway and equity, one Offer Sheet per
 * hire), loaded on demand: it pulls in the workbook builder and ExcelJS.
 */
export function planWorkbookPlan(result: PlanResult, bands: BandSet): WorkbookPlan {
  void result;
  void bands;
  throw new Error(
    'This build has no plan workbook builder yet: save the plan and run `offer-runway model PLAN.json --xlsx plan.xlsx`.',
  );
}

/** The .xlsx bytes of the plan's workbook. */
export async function planWorkbookBytes(result: PlanResult, bands: BandSet): Promise<Uint8Array> {
  return planToXlsxBuffer(planWorkbookPlan(result, bands));
}

/** The first hire's Offer Sheet in a plan workbook (the sheets are in hire order), or null. */
export function firstOfferSheet(plan: WorkbookPlan): string | null {
  return plan.sheets.find((s) => /offer/i.test(s.name) && s.print !== undefined)?.name ?? null;
}
