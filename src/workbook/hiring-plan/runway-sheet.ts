/**
 * The Plan Runway sheet: plan months 1..R of revenue, opex, the company's margin gain (Σ over
 * hires), gross profit, the plan's hire cash per cost view (the Hire Months totals), and the net
 * burn, cash and cash-below-zero flag of every plan view (docs/model.md §10); the runway summary
 * (Out_RunwayDays_*) and a line chart of cash for baseline, plan (expected gain) and the P75
 * cash match above them.
 */
import type { Decimal } from '../../model/decimal.js';
import type { PlanResult } from '../../model/plan/index.js';
import type { RunwayView } from '../../model/model.js';
import { SheetBuilder } from '../builder.js';
import {
  PLAN_VIEW_LABEL,
  PLAN_VIEW_SUFFIX,
  pctLabel,
  planMarketViewLabel,
} from '../../model/words.js';
import { FORMATS, a1 } from '../plan.js';
import {
  ColumnCursor,
  companyColumns,
  companySeries,
  defineMonthRange,
  runwayViewSpecs,
  viewColumns,
  writeHeader,
  writeRunwayTable,
  type CompanyColumns,
  type MonthRows,
  type RunwayViewRef,
} from '../runway-table.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import { costViews, type CostView } from './hire-months-sheet.js';

/** A plan view as the Plan Runway sheet lays it out (Out_RunwayDays_<suffix> and the like). */
export type PlanViewRef = RunwayViewRef;

export { PLAN_VIEW_SUFFIX };

/** A cost view of the Hire Months sheet and its hire-cash column here. */
type CostColumn = CostView & { column: number };

export function buildPlanRunwaySheet(ctx: PlanCtx): { sheet: SheetBuilder; views: PlanViewRef[] } {
  const { result, names, money0 } = ctx;
  const plan = result.plan;
  const sheet = new SheetBuilder(PLAN_SHEETS.runway, names);
  sheet.extra.tabColor = '4472C4';
  const cursor = new ColumnCursor();
  const company = companyColumns(cursor, false);
  const costs = costViews(plan.market.compareAt).map((v) => ({ ...v, column: cursor.take() }));
  const views = viewColumns(planViews(result, company, costs), cursor);
  const header = 4 + views.length + 22; // the summary and the chart above the month table
  const rows: MonthRows = {
    header,
    rowOf: (k) => header + 1 + k,
    lastMonth: plan.runwayHorizonMonths,
  };
  const v = result.views;
  writeRunwayTable({
    sheet,
    rows,
    company,
    series: companySeries(result, v.baseline, v.planExpected, v.planHit),
    views,
    lastColumn: cursor.last,
    openingCash: plan.company.cash,
    money0,
    words: {
      title: 'Plan runway',
      note: `Plan months 1..${plan.runwayHorizonMonths} from ${plan.startDate}, every hire starting in its own month.`,
      month: 'Plan month',
      gainHit: 'Gain if every hire hits (pts)',
      chartTitle: 'Cash balance by plan month',
      currency: plan.currency,
    },
    chartViews: ['baseline', 'planExpected', 'market_p75'],
    writeOwnHeaders: () => {
      for (const cost of costs) {
        writeHeader(sheet, rows, cost.column, `${cost.label}: hire cash, all hires`);
        defineMonthRange(sheet, rows, `Run_HireCash_${cost.key}`, cost.column);
      }
    },
    writeOwnMonth: (r, k) => writePlanMonth(sheet, r, k, company, costs, result, money0),
  });
  return { sheet, views };
}

/** The plan views of §10: baseline, the plan's three gain cases, a cash match per percentile. */
function planViews(result: PlanResult, company: CompanyColumns, costs: CostColumn[]) {
  const hireCashOf = (key: string) => costs.find((c) => c.key === key)?.column;
  const cases = {
    keys: {
      baseline: 'baseline',
      noGain: 'planNoGain',
      expected: 'planExpected',
      hit: 'planHit',
    } as const,
    suffix: PLAN_VIEW_SUFFIX,
    label: PLAN_VIEW_LABEL,
    views: result.views,
  };
  return runwayViewSpecs(company, hireCashOf('Offer'), cases, {
    compareAt: result.plan.market.compareAt,
    label: planMarketViewLabel,
    view: (p) => result.market[p] as RunwayView,
    hireCashColumn: (p) => hireCashOf(`Market_${pctLabel(p)}`),
  });
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
