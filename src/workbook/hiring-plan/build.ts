/**
 * Hiring plan result → workbook plan (docs/model.md §10, docs/workbook.md "The hiring-plan
 * workbook"). Pure, like the one-offer builder: the same plan types, cell helpers and renderers.
 *
 * Sheets: Plan Summary, Hires (the `Hires` table: every input of every hire), Inputs (company and
 * plan settings), Plan Runway (plan months 1..R, runway per view, the cash chart), Hire Months
 * (each hire's cash and gain by plan month, with the "All hires" totals), Grants (every grant
 * dated in plan months, vesting and SBC, the plan's equity totals), then one Offer Sheet per hire.
 * Every derived figure is a formula carrying the engine's value as its cached result.
 */
import type { BandSet } from '../../model/bands.js';
import { InputError } from '../../model/messages.js';
import type { ModelResult } from '../../model/model.js';
import { hireModel, type Plan, type PlanResult } from '../../model/plan/index.js';
import { MAX_WORKBOOK_CELLS } from '../build.js';
import type { PlanName, WorkbookPlan } from '../plan.js';
import { PLAN_SHEETS, hireYears, planContext } from './context.js';
import { buildGrantsSheet } from './grants-sheet.js';
import { buildHireMonthsSheet } from './hire-months-sheet.js';
import { buildHiresSheet } from './hires-sheet.js';
import { buildPlanInputsSheet } from './inputs-sheet.js';
import { buildHireOfferSheets, offerSheetName } from './offer-sheets.js';
import { buildPlanRunwaySheet } from './runway-sheet.js';
import { buildPlanSummarySheet } from './summary-sheet.js';

export { PLAN_SHEETS, offerSheetName };

/** Rows of a hire on the Grants sheet: the initial grant, each milestone, each measurement. */
function grantRowCount(plan: Plan, i: number): number {
  const o = plan.hires[i]!.scenario.offer;
  const rf = o.refresh;
  const M = rf?.margin?.measureEveryMonths;
  return 1 + (rf?.milestones.length ?? 0) + (M ? Math.floor(plan.horizonMonths / M) : 0);
}

/**
 * The plan workbook's cell count (every sheet, formulas and inputs), computed from the plan's
 * shape before anything is built — the size guard of docs/model.md §3.8.
 */
export function planWorkbookCells(plan: Plan): number {
  const n = plan.hires.length;
  const H = plan.horizonMonths;
  const R = plan.runwayHorizonMonths;
  const Y = hireYears(R);
  const m = plan.market.compareAt.length;
  const nP = plan.exitPrices.length;
  const nV = Math.ceil(H / 12) + (H % 12 ? 1 : 0);
  let grants = 0;
  for (let i = 0; i < n; i++) grants += grantRowCount(plan, i);
  const months = n * (13 + (1 + m) * (3 * Y + 3) + (2 + m) * R) + 2 * (2 + m) * R;
  // Grants rows are dense: each spans the grant columns and the hire's own-figure columns.
  const grantCells = grants * (28 + 4 * nP + 2 * nV + 3 * H + 2 * nV * nP) + 6 * H;
  const runway = (R + 1) * (8 + (1 + m) + 3 * (4 + m));
  return months + grantCells + runway + n * (45 + 150);
}

export interface PlanWorkbookOptions {
  /** Each hire's own schema-1 result (hireModel), when the caller already has them. */
  hireResults?: ModelResult[];
}

/** Builds the hiring-plan workbook. Throws an InputError when it would be too big to open. */
export function buildPlanWorkbookPlan(
  plan: Plan,
  result: PlanResult,
  bands: BandSet,
  options: PlanWorkbookOptions = {},
): WorkbookPlan {
  const size = planWorkbookCells(plan);
  if (size > MAX_WORKBOOK_CELLS)
    throw new InputError('plan', [
      `hires: the plan's workbook would need about ${size.toLocaleString('en-US')} cells (more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')}): fewer hires, a shorter runwayHorizonMonths / horizonMonths, or margin measured less often (refresh.margin.measureEveryMonths)`,
    ]);
  const own = options.hireResults ?? plan.hires.map((_, i) => hireModel(plan, i, bands));
  const names: PlanName[] = [];
  const ctx = planContext(result, names);

  const inputs = buildPlanInputsSheet(ctx);
  const hires = buildHiresSheet(ctx);
  const months = buildHireMonthsSheet(ctx);
  const grants = buildGrantsSheet(ctx, own);
  const runway = buildPlanRunwaySheet(ctx);
  const summary = buildPlanSummarySheet(ctx, runway.views, grants.hires);
  const offers = buildHireOfferSheets(ctx, own, grants.hires);

  return {
    title: `Offer Runway — ${plan.name}`,
    sheets: [
      summary.build(),
      hires.sheet.build(),
      inputs.build(),
      runway.sheet.build(),
      months.build(),
      grants.sheet.build(),
      ...offers.map((o) => o.build()),
    ],
    names,
  };
}
