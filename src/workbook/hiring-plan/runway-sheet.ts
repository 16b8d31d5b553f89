/**
 * The Plan Runway sheet: plan months 1..R of revenue, opex, the company's margin gain (Σ over
 * hires), gross profit, the plan's hire cash per cost view (the Hire Months totals), and the net
 * burn, cash and cash-below-zero flag of every plan view (docs/model.md §10); the runway summary
 * (Out_RunwayDays_*) and a line chart of cash for baseline, plan (expected gain) and the P75
 * cash match above them.
 */
import type { Decimal } from '../../model/decimal.js';
import { PLAN_VIEWS, type PlanResult, type PlanView } from '../../model/plan/index.js';
import { SheetBuilder } from '../builder.js';
import { PLAN_VIEW_LABEL, PLAN_VIEW_SUFFIX, planMarketViewLabel } from '../../model/words.js';
import { FORMATS, a1 } from '../plan.js';
import {
  defineMonthRange,
  writeHeader,
  writeRunwaySheet,
  type CompanyColumns,
  type HireCashColumn,
  type RunwaySheetKind,
  type RunwayViewRef,
} from '../runway-table.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import { costViews, type CostView } from './hire-months-sheet.js';

/** A plan view as the Plan Runway sheet lays it out (Out_RunwayDays_<suffix> and the like). */
export type PlanViewRef = RunwayViewRef;

/** A cost view of the Hire Months sheet, its hire-cash column here and that column's name. */
type CostColumn = CostView & HireCashColumn;

/** The plan's Plan Runway sheet: its views (§10) and words. */
const PLAN_RUNWAY: RunwaySheetKind<PlanView> = {
  gainCases: {
    keys: PLAN_VIEWS,
    suffix: PLAN_VIEW_SUFFIX,
    label: PLAN_VIEW_LABEL,
    marketLabel: planMarketViewLabel,
  },
  withYear: false,
  headerRow: (viewCount) => 4 + viewCount + 22, // the summary and the chart above the month table
  title: 'Plan runway',
  note: (plan) =>
    `Plan months 1..${plan.runwayHorizonMonths} from ${plan.startDate}, every hire starting in its own month.`,
  month: 'Plan month',
  gainHit: 'Gain if every hire hits (pts)',
  chartTitle: 'Cash balance by plan month',
};

export function buildPlanRunwaySheet(ctx: PlanCtx): { sheet: SheetBuilder; views: PlanViewRef[] } {
  const { result, names, money0 } = ctx;
  const plan = result.plan;
  const sheet = new SheetBuilder(PLAN_SHEETS.runway, names);
  const views = writeRunwaySheet(sheet, PLAN_RUNWAY, plan, result, money0, (cursor, company) => {
    const costs = costViews(plan.market.compareAt).map((v) => ({
      ...v,
      column: cursor.take(),
      name: `Run_HireCash_${v.key}`,
    }));
    return {
      hireCash: (key) => costs.find((c) => c.key === key),
      writeHeaders: (rows) => {
        for (const cost of costs) {
          writeHeader(sheet, rows, cost.column, `${cost.label}: hire cash, all hires`);
          defineMonthRange(sheet, rows, cost.name, cost.column);
        }
      },
      writeMonth: (r, k) => writePlanMonth(sheet, r, k, company, costs, result, money0),
    };
  });
  return { sheet, views };
}

/** The plan's gain points and hire cash per cost view in month k (the Hire Months totals). */
function writePlanMonth(
  sheet: SheetBuilder,
  r: number,
  k: number,
  c: CompanyColumns,
  costs: CostColumn[],
  result: PlanResult,
  money0: string,
): void {
  const K = a1(r, c.month);
  const i = k - 1;
  const hit = result.gainHit[i] as Decimal;
  sheet.formula(r, c.gainHit, `INDEX(Hm_GainHit,${K})`, hit, FORMATS.decimal4, 'calc');
  const expected = result.gainExpected[i] as Decimal;
  const expectedFormula = `INDEX(Hm_GainExpected,${K})`;
  sheet.formula(r, c.gainExpected, expectedFormula, expected, FORMATS.decimal4, 'calc');
  for (const cost of costs) {
    const hireCash = cost.pct ? result.market[cost.pct]!.hireCash : result.hireCash;
    const formula = `INDEX(Hm_Cash_${cost.key},${K})`;
    sheet.formula(r, cost.column, formula, hireCash[i] as Decimal, money0, 'calc');
  }
}
