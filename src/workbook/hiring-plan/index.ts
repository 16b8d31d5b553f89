export { buildPlanWorkbookPlan, planWorkbookCells, PLAN_SHEETS, offerSheetName } from './build.js';
export type { PlanWorkbookOptions } from './build.js';
