import type { BandSet } from '../../model/bands.js';
import type { Plan, PlanResult } from '../../model/plan/index.js';
import { buildPlanWorkbookPlan, offerSheetName } from '../../workbook/hiring-plan/index.js';
import type { WorkbookPlan } from '../../workbook/plan.js';
import { planToXlsxBuffer } from '../../xlsx/index.js';

/**
 * The plan's workbook (docs/workbook.md "The hiring-plan workbook": Hires table, month grids,
 * plan runway and equity, one Offer Sheet per hire with its print area), loaded on demand: it
 * pulls in the workbook builder and ExcelJS.
 */
export function planWorkbookPlan(plan: Plan, result: PlanResult, bands: BandSet): WorkbookPlan {
  return buildPlanWorkbookPlan(plan, result, bands);
}

/** The .xlsx bytes of the plan's workbook. */
export async function planWorkbookBytes(
  plan: Plan,
  result: PlanResult,
  bands: BandSet,
): Promise<Uint8Array> {
  return planToXlsxBuffer(planWorkbookPlan(plan, result, bands));
}

/** The first hire's Offer Sheet (the Offer Sheets follow the hires' order). */
export function firstOfferSheet(plan: Plan): string {
  return offerSheetName(1, plan.hires[0]?.scenario.offer.candidate ?? '');
}
