/**
 * The hiring plan (docs/model.md §10): schema 2, its engine and its `--json` report. Pure, like
 * the rest of src/model.
 *
 * API (everything a CLI, the workbook or the pane needs):
 * - {@link parsePlanText}(text, { today }, source) / {@link parsePlan}(value, …) → {@link Plan}:
 *   validates a schema-2 document (throws InputError with "path: reason" lines, e.g.
 *   `hires[3].offer.equity.cliffMonths: …`). Each hire's offer is its template merged with its
 *   overrides (offer-merge.ts) and validated by the schema-1 rules.
 * - {@link hireScenario}(plan, i) → the hire's own schema-1 Scenario (start date shifted by
 *   startMonth − 1 calendar months, clamped); {@link hireModel}(plan, i, bands) → its one-offer
 *   ModelResult (the hire's Offer Sheet), computed on demand.
 * - {@link runPlan}(plan, bands) → {@link PlanResult}: per plan month (index k − 1) the runway
 *   views `baseline`, `planNoGain`, `planExpected`, `planHit`, `market[pNN]` (RunwayView: hireCash,
 *   gainPoints, grossProfit, netBurn, cash, runway), `daysGained`, cash cost (plan and market),
 *   plan equity (pool use on the totals), vested and SBC per plan month 1..H, exit value at
 *   month H; and per hire ({@link PlanHireResult}) its cash in plan months, grants dated in plan
 *   months (only those ≤ H), band position and equity of its grants alone.
 * - {@link buildPlanReport}(result) → the §10 JSON (write it with report.ts `stringifyReport`).
 * - {@link parseHiresCsv}(text, source, context) → raw hire documents from a hires CSV (strict,
 *   "line L, column C (name): reason"); {@link withHiresCsv} puts them into a plan document and
 *   names a hire's later problems at its CSV line.
 * - {@link readModelDocument}(text, source) reads JSON exactly and tells schema 1 from schema 2.
 */
export * from './plan.js';
export * from './engine.js';
export * from './report.js';
export * from './hires-csv.js';
export * from './document.js';
