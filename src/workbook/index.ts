export * from './plan.js';
export { buildWorkbookPlan, SHEETS, VIEW_SUFFIX } from './build.js';
export { buildPlanWorkbookPlan, PLAN_SHEETS, offerSheetName } from './hiring-plan/index.js';
