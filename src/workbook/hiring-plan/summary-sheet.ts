/**
 * The Plan Summary: the page a founder or a board reads — runway per plan view and the days the
 * plan gains against paying every hire the market in cash, cash cost, equity (granted shares,
 * pool use, top-up, dilution per equity view), value at the exit prices, SBC by plan year and
 * one line per hire. Every number is a formula over names defined on the other sheets.
 */
import type { Decimal } from '../../model/decimal.js';
import { EQUITY_VIEWS, type EquityView } from '../../model/equity.js';
import { SheetBuilder } from '../builder.js';
import { pctLabel } from '../naming.js';
import { EQUITY_VIEW_SUFFIX, PLAN_EQUITY_VIEW_LABEL } from '../../model/words.js';
import { FORMATS, absRange } from '../plan.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import type { HireGrantRows } from './grants-sheet.js';
import type { PlanViewRef } from './runway-sheet.js';
import { writeHireCashTotals, writeRunwayComparison } from '../runway-comparison.js';
import { writeSbcByYear, type SbcByYear } from '../sbc-by-year.js';
import { writeExitPriceHeads } from '../exit-price-heads.js';

const VIEW_NAME: Record<EquityView, string> = EQUITY_VIEW_SUFFIX;
const VIEW_LABEL: Record<EquityView, string> = PLAN_EQUITY_VIEW_LABEL;
/** The sheet's last column: sections span columns 0..LAST_COL. */
const LAST_COL = 6;

/** What each section writes with: the sheet and the plan's context. */
interface SummaryPart {
  sheet: SheetBuilder;
  ctx: PlanCtx;
}

export function buildPlanSummarySheet(
  ctx: PlanCtx,
  views: PlanViewRef[],
  grantRows: HireGrantRows[],
): SheetBuilder {
  const { result, names, money0 } = ctx;
  const plan = result.plan;
  const H = plan.horizonMonths;
  const sheet = new SheetBuilder(PLAN_SHEETS.summary, names);
  const part: SummaryPart = { sheet, ctx };
  sheet.extra.tabColor = '7030A0';
  sheet.widths(36, 18, 18, 18, 18, 18, 18);
  sheet.text(0, 0, `Hiring plan — ${plan.name}`, 'title');
  sheet.text(
    1,
    0,
    `${plan.hires.length} hire${plan.hires.length === 1 ? '' : 's'} from ${plan.startDate}; amounts in ${plan.currency}`,
    'subtitle',
  );
  let row = 3;
  /** The section's title, then its body from the row below; `write` returns the next free row. */
  const section = (title: string, write: (r: number) => number) => {
    sheet.section(row, title, LAST_COL);
    row = write(row + 1);
  };
  section('Runway', (r) => writeRunway(part, r, views));
  section(`Cash cost of the hires, plan months 1–${H}`, (r) => {
    const thisPlan = { label: 'This plan', value: result.cashCost.plan, name: 'Out_CashCost_Plan' };
    return writeHireCashTotals(sheet, r, thisPlan, views, result.cashCost.market, money0) + 1;
  });
  section(`Equity granted in plan months ≤ ${H}`, (r) => writeEquityGranted(part, r));
  if (plan.exitPrices.length)
    section(`Candidates’ vested equity at plan month ${H}, at exit prices`, (r) =>
      writeExitValues(part, r),
    );
  section('Stock-based compensation by plan year', (r) =>
    writeSbcByYear(sheet, r, planSbcByYear(part)),
  );
  section('Hires', (r) => writeHireLines(part, r, grantRows));
  sheet.extra.print = {
    area: absRange(0, 0, row - 1, LAST_COL),
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: plan.hires.length <= 24 ? 1 : 0,
    margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5 },
    centerHorizontally: true,
  };
  return sheet;
}

/** Runway per plan view, the days the plan gains against each cash match, and the note. */
function writeRunway({ sheet, ctx }: SummaryPart, row: number, views: PlanViewRef[]): number {
  const { result } = ctx;
  const r = writeRunwayComparison(sheet, row, views, result.views.baseline.runway.days, {
    header: 'Plan gains (days)',
    suffix: 'PlanExpected',
    days: result.views.planExpected.runway.days,
    namePrefix: 'Out_DaysGained_',
    comment:
      'Runway days the plan (expected gain) gains against paying every hire this market percentile in cash',
  });
  sheet.text(
    r,
    0,
    `Empty = cash lasts beyond month ${result.plan.runwayHorizonMonths}. “Plan gains” = plan (expected gain) − the cash match: positive days are runway the earned-equity plan buys.`,
    'note',
  );
  return r + 2;
}

/** Granted shares, pool use, pool top-up and dilution per equity view (Out_Granted_<V>, …). */
function writeEquityGranted({ sheet, ctx }: SummaryPart, row: number): number {
  ['View', 'Granted shares', 'Pool use', 'Pool top-up', 'Dilution'].forEach((t, i) =>
    sheet.text(row, i, t, i ? 'headerNum' : 'header'),
  );
  let r = row + 1;
  for (const v of EQUITY_VIEWS) {
    const e = ctx.result.equity[v];
    const V = VIEW_NAME[v];
    const shares = v === 'expected' ? FORMATS.sharesWeighted : FORMATS.shares;
    sheet.text(r, 0, VIEW_LABEL[v], 'label');
    sheet.formula(r, 1, `SUM(Gr_HireGranted_${V})`, e.grantedShares, shares, 'output');
    sheet.define(`Out_Granted_${V}`, r, 1);
    sheet.formula(r, 2, `Out_Granted_${V}/In_PoolShares`, e.poolUse, FORMATS.percent2, 'calc');
    sheet.define(`Out_PoolUse_${V}`, r, 2);
    sheet.formula(r, 3, `MAX(0,Out_Granted_${V}-In_PoolShares)`, e.poolTopUpShares, shares, 'calc');
    sheet.define(`Out_PoolTopUp_${V}`, r, 3);
    sheet.formula(
      r,
      4,
      `Out_Granted_${V}/(In_FullyDilutedShares+Out_PoolTopUp_${V})`,
      e.dilution,
      '0.000%',
      'output',
    );
    sheet.define(`Out_Dilution_${V}`, r, 4);
    r++;
  }
  return r + 1;
}

/** The candidates' vested equity at month H at each exit price, per equity view. */
function writeExitValues({ sheet, ctx }: SummaryPart, row: number): number {
  const { result, money0 } = ctx;
  const plan = result.plan;
  sheet.text(row, 0, 'View', 'header');
  writeExitPriceHeads(sheet, row, 1, plan.exitPrices, 'headerNum');
  let r = row + 1;
  for (const v of EQUITY_VIEWS) {
    sheet.text(r, 0, VIEW_LABEL[v], 'label');
    plan.exitPrices.forEach((_, j) => {
      sheet.formula(
        r,
        1 + j,
        `SUM(Gr_HireExitValue_${VIEW_NAME[v]}_${j + 1})`,
        result.exitValue[v][j] as Decimal,
        money0,
        'calc',
      );
      sheet.define(`Out_ExitValue_${VIEW_NAME[v]}_${j + 1}`, r, 1 + j);
    });
    r++;
  }
  return r + 1;
}

/**
 * The SBC table by plan year: a year's expense is the Grants sheet's SBC up to the year's last
 * month less that before the year.
 */
function planSbcByYear({ sheet, ctx }: SummaryPart): SbcByYear {
  const { result, money0 } = ctx;
  const H = result.plan.horizonMonths;
  // The plan months before plan year y, and its last.
  const monthsBefore = (y: number) => 12 * (y - 1);
  const lastMonth = (y: number) => Math.min(H, 12 * y);
  return {
    headers: ['Plan year', 'All refreshes', 'Forecast', 'Initial grants'],
    horizonMonths: H,
    sbc: result.sbc,
    writeYearLabel: (row, y) =>
      sheet.text(row, 0, `Year ${y} (plan months ${monthsBefore(y) + 1}–${lastMonth(y)})`, 'label'),
    expenseFormula: (v, _row, y) => {
      const sbcBy = (m: number) => `SUMIF(Gr_Month,"<="&${m},Gr_Sbc_${VIEW_NAME[v]})`;
      return `ROUND(${sbcBy(lastMonth(y))}-${sbcBy(monthsBefore(y))},2)`;
    },
    note: 'Straight line over each grant’s vesting (ASC 718). RSUs are expensed as if their liquidity event were probable at grant. The forecast (not GAAP) weights each refresh by its probability.',
    money0,
  };
}

/**
 * One line per hire: start month, base, compa-ratio, cash cost (the offer, and the P75 cash match,
 * else the first percentile compared) and the shares granted if all hit.
 */
function writeHireLines(
  { sheet, ctx }: SummaryPart,
  row: number,
  grantRows: HireGrantRows[],
): number {
  const { result, money0 } = ctx;
  const plan = result.plan;
  const matchPct = plan.market.compareAt.includes('p75') ? 'p75' : plan.market.compareAt[0];
  const heads = [
    'Hire',
    'Start month',
    'Base salary',
    'Compa-ratio',
    `Cash, months 1–${plan.horizonMonths}`,
    matchPct ? `Cash match ${pctLabel(matchPct)}` : '',
    'Granted, all hit',
  ];
  heads.forEach((t, i) => {
    if (t) sheet.text(row, i, t, i ? 'headerNum' : 'header');
  });
  let r = row + 1;
  result.hires.forEach((h, i) => {
    const n = i + 1;
    const o = h.hire.scenario.offer;
    sheet.formula(
      r,
      0,
      `${n}&". "&INDEX(Hire_Candidate,${n})&" — "&INDEX(Hire_Role,${n})`,
      `${n}. ${o.candidate} — ${o.role}`,
      FORMATS.general,
      'label',
    );
    sheet.formula(r, 1, `INDEX(Hire_StartMonth,${n})`, h.hire.startMonth, FORMATS.integer, 'calc');
    sheet.formula(r, 2, `INDEX(Hire_BaseSalary,${n})`, o.baseSalary, money0, 'calc');
    sheet.formula(
      r,
      3,
      `ROUND(INDEX(Hire_BaseSalary,${n})/INDEX(Hire_Band_P50,${n}),3)`,
      h.band.compaRatio,
      FORMATS.decimal3,
      'calc',
    );
    sheet.formula(r, 4, `INDEX(Hm_CashCost_Offer,${n})`, h.cashCost.offer, money0, 'calc');
    if (matchPct)
      sheet.formula(
        r,
        5,
        `INDEX(Hm_CashCost_Market_${pctLabel(matchPct)},${n})`,
        h.cashCost.market[matchPct] as Decimal,
        money0,
        'calc',
      );
    sheet.formula(
      r,
      6,
      `INDEX(Gr_HireGranted_Hit,${grantRows[i]!.first})`,
      h.equity.hit.grantedShares,
      FORMATS.shares,
      'calc',
    );
    r++;
  });
  return r;
}
