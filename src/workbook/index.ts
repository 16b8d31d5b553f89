export * from './plan.js';
export { buildWorkbookPlan, SHEETS, VIEW_SUFFIX } from './build.js';
