/**
 * The Schedule sheet: months 1..H of the hire's cash cost, shares vested and SBC expense per
 * grant (grant parameters above the month table), the margin-refresh measurements and the
 * candidate value of vested equity at each exit price.
 */
import { type Decimal, ZERO, max } from '../model/decimal.js';
import { EQUITY_VIEWS, exitValueAt, type GrantSchedule } from '../model/equity.js';
import { milestoneGrantMonth, type MarginMeasurement } from '../model/grants.js';
import { yearOfMonth } from '../model/hire-cost.js';
import type { ModelResult } from '../model/model.js';
import { EQUITY_VIEW_LABEL, EQUITY_VIEW_SUFFIX } from '../model/words.js';
import { SheetBuilder } from './builder.js';
import { writeExitPriceHeads } from './exit-price-heads.js';
import {
  gainHitFormula,
  milestoneGrantMonthFormula,
  yearOfMonthFormula,
} from './month-formulas.js';
import { SHEETS, valueBlockName, valueMonthsOf } from './naming.js';
import { FORMATS, a1, abs, absRange } from './plan.js';
import { HIRE_COST_PARTS } from './runway-sheet.js';
import type { SheetContext } from './sheet-context.js';

export interface ScheduleSheet {
  sheet: SheetBuilder;
  /** The months of the candidate-value table (each year end within H, and month H). */
  valueMonths: number[];
}

/** Where everything sits on the sheet. */
interface ScheduleLayout {
  /** Month table: the month, its year, the hire cost parts (from the Runway sheet). */
  month: number;
  year: number;
  hireCost: Record<(typeof HIRE_COST_PARTS)[number]['part'], number>;
  /** The first of the vested-per-grant columns (grant j at firstVested + j). */
  firstVested: number;
  vested: { hit: number; expected: number; none: number };
  /** The first of the expense-per-grant columns. */
  firstExpense: number;
  expense: { hit: number; expected: number; none: number };
  /** Grant parameter rows; their labels are in column firstVested − 1. */
  grantRow: GrantRows;
  /** The month table's header row; month k is in row monthHeader + k. */
  monthHeader: number;
  /** The measurement table's header row; measurement j is in row measurementHeader + 1 + j. */
  measurementHeader: number;
}

interface GrantRows {
  label: number;
  kind: number;
  month: number;
  shares: number;
  weight: number;
  strike: number;
  fairValue: number;
  vestingMonths: number;
  cliffMonths: number;
  vestEvery: number;
  sbcTotal: number;
  /** Value per share at exit price j: row firstIntrinsic + j. */
  firstIntrinsic: number;
}

/** Columns of the margin-measurement table. */
const MEASUREMENT = { q: 0, year: 1, gain: 2, hwm: 3, newPts: 4, raw: 5, value: 6, shares: 7 };

export function buildScheduleSheet(ctx: SheetContext): ScheduleSheet {
  const { result, names } = ctx;
  const s = result.scenario;
  const H = s.horizonMonths;
  const sheet = new SheetBuilder(SHEETS.schedule, names);
  sheet.extra.tabColor = 'ED7D31';
  sheet.text(0, 0, 'Schedule', 'title');
  sheet.text(
    1,
    0,
    `Months 1..${H}: the hire's cash cost, shares vested per grant (if every target is hit) and stock-based-compensation expense. Grants are columns; the expected view weights each grant by its probability.`,
    'note',
  );
  const at = scheduleLayout(result);
  writeGrantParameterLabels(sheet, at, result);
  writeGrantParameters(sheet, at, ctx);
  writeMonthHeaders(sheet, at, result.grants);
  for (let k = 1; k <= H; k++) writeScheduleMonth(sheet, at, k, ctx);
  defineMonthRanges(sheet, at, H);
  const measured = s.offer.refresh?.margin ? result.marginMeasurements : null;
  if (measured) writeMarginMeasurements(sheet, at, measured, ctx.money);
  // The candidate-value table starts below the measurements (or where they would be).
  const valueTop = measured ? at.measurementHeader + measured.length + 4 : at.measurementHeader;
  const valueMonths = valueMonthsOf(H);
  writeCandidateValues(sheet, at, valueTop, valueMonths, ctx);
  const labelColumn = at.firstVested - 1;
  sheet.widths(
    ...Array.from({ length: at.expense.none + 1 }, (_, i) =>
      i === 0 || i === labelColumn ? 24 : 14,
    ),
  );
  sheet.extra.freeze = { rows: 0, cols: 1 };
  return { sheet, valueMonths };
}

function scheduleLayout(result: ModelResult): ScheduleLayout {
  const n = result.grants.length;
  const firstVested = 8;
  const firstExpense = firstVested + n + 3;
  const first = 3; // the first grant parameter row
  const grantRow: GrantRows = {
    label: first,
    kind: first + 1,
    month: first + 2,
    shares: first + 3,
    weight: first + 4,
    strike: first + 5,
    fairValue: first + 6,
    vestingMonths: first + 7,
    cliffMonths: first + 8,
    vestEvery: first + 9,
    sbcTotal: first + 10,
    firstIntrinsic: first + 11,
  };
  const lastParameterRow = grantRow.firstIntrinsic + result.scenario.exitPrices.length - 1;
  const monthHeader = Math.max(lastParameterRow, grantRow.sbcTotal) + 2;
  return {
    month: 0,
    year: 1,
    hireCost: { base: 2, bonus: 3, signOn: 4, load: 5, fee: 6, hireCash: 7 },
    firstVested,
    vested: { hit: firstVested + n, expected: firstVested + n + 1, none: firstVested + n + 2 },
    firstExpense,
    expense: { hit: firstExpense + n, expected: firstExpense + n + 1, none: firstExpense + n + 2 },
    grantRow,
    monthHeader,
    measurementHeader: monthHeader + result.scenario.horizonMonths + 3,
  };
}

/** The row range of one grant parameter across the grant columns. */
function grantsRange(at: ScheduleLayout, row: number, grants: number): string {
  return absRange(row, at.firstVested, row, at.firstVested + grants - 1);
}

function writeGrantParameterLabels(sheet: SheetBuilder, at: ScheduleLayout, result: ModelResult) {
  const rows = at.grantRow;
  const labelColumn = at.firstVested - 1;
  for (const [row, text] of [
    [rows.label, 'Grant'],
    [rows.kind, 'Kind'],
    [rows.month, 'Grant month'],
    [rows.shares, 'Shares if earned'],
    [rows.weight, 'Weight (probability)'],
    [rows.strike, 'Strike'],
    [rows.fairValue, 'Grant-date fair value'],
    [rows.vestingMonths, 'Vesting months'],
    [rows.cliffMonths, 'Cliff months'],
    [rows.vestEvery, 'Vests every (months)'],
    [rows.sbcTotal, 'SBC total'],
  ] as const)
    sheet.text(row, labelColumn, text, 'label');
  result.scenario.exitPrices.forEach((px, j) =>
    sheet.formula(
      rows.firstIntrinsic + j,
      labelColumn,
      `"Value per share at "&TEXT(In_ExitPrice${j + 1},"0.00")`,
      `Value per share at ${px.toFixed(2)}`,
      FORMATS.general,
      'label',
    ),
  );
}

/** Each grant's column of parameters, and the Sch_Grant_* names over them. */
function writeGrantParameters(sheet: SheetBuilder, at: ScheduleLayout, ctx: SheetContext): void {
  const { result } = ctx;
  const s = result.scenario;
  // The scenario's milestone of each milestone grant (those due within H), in grant order.
  const milestones = (s.offer.refresh?.milestones ?? [])
    .map((m, i) => ({ number: i + 1, dueDay: m.dueDay }))
    .filter((m) => milestoneGrantMonth(m.dueDay) <= s.horizonMonths)
    .map((m) => m.number);
  let measurement = 0;
  result.grants.forEach((g, j) => {
    const col = at.firstVested + j;
    sheet.text(at.grantRow.label, col, g.grant.label, 'header');
    sheet.text(at.grantRow.kind, col, g.grant.kind, 'helper');
    if (g.grant.kind === 'initial') writeInitialGrantSize(sheet, at, col, g);
    else if (g.grant.kind === 'milestone')
      writeMilestoneGrantSize(sheet, at, col, g, milestones.shift() as number);
    else writeMarginGrantSize(sheet, at, col, g, at.measurementHeader + 1 + measurement++);
    writeGrantTerms(sheet, at, col, g, ctx);
  });
  const n = result.grants.length;
  const last = at.firstVested + n - 1;
  const rows = at.grantRow;
  sheet.define('Sch_Grant_Shares', rows.shares, at.firstVested, rows.shares, last);
  sheet.define('Sch_Grant_Weight', rows.weight, at.firstVested, rows.weight, last);
  sheet.define('Sch_Grant_Month', rows.month, at.firstVested, rows.month, last);
  sheet.define('Sch_Grant_Kind', rows.kind, at.firstVested, rows.kind, last);
}

/** The initial grant: month 0, sized by shares, value or fraction (§3.2), weight 1. */
function writeInitialGrantSize(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  col: number,
  g: GrantSchedule,
): void {
  const rows = at.grantRow;
  sheet.num(rows.month, col, 0, FORMATS.integer, 'calc');
  sheet.formula(
    rows.shares,
    col,
    'IF(In_Equity_SizeBy="shares",In_Equity_Size,IF(In_Equity_SizeBy="value",INT(ROUND(In_Equity_Size/Calc_SizePrice,6)),INT(ROUND(In_Equity_Size*In_FullyDilutedShares,6))))',
    g.grant.shares,
    FORMATS.shares,
    'calc',
  );
  sheet.num(rows.weight, col, 1, FORMATS.percent, 'calc');
}

/** A milestone grant: the month its due day falls in, its value in shares, its probability. */
function writeMilestoneGrantSize(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  col: number,
  g: GrantSchedule,
  milestone: number,
): void {
  const rows = at.grantRow;
  const input = (field: string) => `In_Milestone${milestone}_${field}`;
  const month = milestoneGrantMonthFormula(input('DueDay'));
  sheet.formula(rows.month, col, month, g.grant.month, FORMATS.integer, 'calc');
  const shares = `IF(${abs(rows.month, col)}>In_H,0,INT(ROUND(${input('Value')}/Calc_SizePrice,6)))`;
  sheet.formula(rows.shares, col, shares, g.grant.shares, FORMATS.shares, 'calc');
  const weight = input('Probability');
  sheet.formula(rows.weight, col, weight, g.grant.weight, FORMATS.percent, 'calc');
}

/** A margin-refresh grant: month and shares from its measurement row. */
function writeMarginGrantSize(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  col: number,
  g: GrantSchedule,
  measurementRow: number,
): void {
  const rows = at.grantRow;
  const month = a1(measurementRow, MEASUREMENT.q);
  sheet.formula(rows.month, col, month, g.grant.month, FORMATS.integer, 'calc');
  const shares = a1(measurementRow, MEASUREMENT.shares);
  sheet.formula(rows.shares, col, shares, g.grant.shares, FORMATS.shares, 'calc');
  const weight = 'In_MarginGain_Probability';
  sheet.formula(rows.weight, col, weight, g.grant.weight, FORMATS.percent, 'calc');
}

/**
 * A grant's strike, fair value, vesting terms, SBC total and value per share at each exit price:
 * the initial grant's terms from In_Equity_*, every refresh's from In_Refresh_*.
 */
function writeGrantTerms(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  col: number,
  g: GrantSchedule,
  { result, money, price }: SheetContext,
): void {
  const rows = at.grantRow;
  const ref = (row: number) => abs(row, col);
  const terms = g.grant.kind === 'initial' ? 'Equity' : 'Refresh';
  const strike = `IF(In_Instrument="rsu",0,In_${terms}_Strike)`;
  sheet.formula(rows.strike, col, strike, g.grant.strike, price, 'calc');
  const fairValue = `In_${terms}_GrantFairValue`;
  sheet.formula(rows.fairValue, col, fairValue, g.grant.grantFairValue, price, 'calc');
  const schedule = g.grant.schedule;
  for (const [row, field, value] of [
    [rows.vestingMonths, 'VestingMonths', schedule.vestingMonths],
    [rows.cliffMonths, 'CliffMonths', schedule.cliffMonths],
    [rows.vestEvery, 'VestEvery', schedule.vestEveryMonths],
  ] as const)
    sheet.formula(row, col, `In_${terms}_${field}`, value, FORMATS.integer, 'calc');
  const total = `ROUND(${ref(rows.shares)}*${ref(rows.fairValue)},2)`;
  sheet.formula(rows.sbcTotal, col, total, g.sbcTotal, money, 'calc');
  result.scenario.exitPrices.forEach((px, j) =>
    sheet.formula(
      rows.firstIntrinsic + j,
      col,
      `MAX(0,In_ExitPrice${j + 1}-${ref(rows.strike)})`,
      max(ZERO, px.minus(g.grant.strike)),
      price,
      'calc',
    ),
  );
}

function writeMonthHeaders(sheet: SheetBuilder, at: ScheduleLayout, grants: GrantSchedule[]) {
  const header = (col: number, text: string) => sheet.text(at.monthHeader, col, text, 'header');
  header(at.month, 'Month');
  header(at.year, 'Year');
  for (const { part, header: words } of HIRE_COST_PARTS)
    header(at.hireCost[part], words.charAt(0).toUpperCase() + words.slice(1));
  header(at.vested.hit, 'Vested shares, all hit');
  header(at.vested.expected, 'Vested shares, expected');
  header(at.vested.none, 'Vested shares, initial only');
  header(at.expense.hit, 'SBC expense, all hit');
  header(at.expense.expected, 'SBC expense, probability-weighted forecast (not GAAP)');
  header(at.expense.none, 'SBC expense, initial only');
  grants.forEach((g, j) => {
    header(at.firstVested + j, `Vested: ${g.grant.label}`);
    header(at.firstExpense + j, `Expense: ${g.grant.label}`);
  });
}

/** Month k: the hire's cost (read from the Runway sheet), each grant's vesting and expense, totals. */
function writeScheduleMonth(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  k: number,
  { result, money }: SheetContext,
): void {
  const r = at.monthHeader + k;
  const K = a1(r, at.month);
  sheet.num(r, at.month, k, FORMATS.integer, 'label');
  sheet.formula(r, at.year, yearOfMonthFormula(K), yearOfMonth(k), FORMATS.integer, 'calc');
  const cost = result.offerCost[k - 1];
  if (!cost) throw new Error('offer cost');
  for (const { part, name } of HIRE_COST_PARTS)
    sheet.formula(r, at.hireCost[part], `INDEX(Run_Offer_${name},${K})`, cost[part], money, 'calc');
  result.grants.forEach((g, j) => writeGrantMonth(sheet, at, r, k, j, g, money));
  writeMonthTotals(sheet, at, r, k, result, money);
}

/** Grant j's shares vested by month k (§3.2) and the SBC expense booked in it (§3.5). */
function writeGrantMonth(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  r: number,
  k: number,
  j: number,
  g: GrantSchedule,
  money: string,
): void {
  const col = at.firstVested + j;
  const rows = at.grantRow;
  const param = (row: number) => abs(row, col);
  const N = param(rows.vestingMonths);
  const t = `(${a1(r, at.month)}-${param(rows.month)})`;
  const every = param(rows.vestEvery);
  const vested = `IF(OR(${t}<=0,${t}<${param(rows.cliffMonths)}),0,INT(ROUND(${param(rows.shares)}*MIN(INT(${t}/${every})*${every},${N})/${N},6)))`;
  sheet.formula(r, col, vested, g.vested[k - 1] as Decimal, FORMATS.shares, 'calc');
  const cumulative = (tt: string) =>
    `IF(${tt}<=0,0,ROUND(${param(rows.sbcTotal)}*MIN(${tt},${N})/${N},2))`;
  const expense = `${cumulative(t)}-${cumulative(`(${t}-1)`)}`;
  sheet.formula(r, at.firstExpense + j, expense, g.expense[k - 1] as Decimal, money, 'calc');
}

/** Month k's vested shares and expense per equity view: all hit, expected, initial only. */
function writeMonthTotals(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  r: number,
  k: number,
  result: ModelResult,
  money: string,
): void {
  const n = result.grants.length;
  const i = k - 1;
  const weights = grantsRange(at, at.grantRow.weight, n);
  const rowRange = (first: number) => absRange(r, first, r, first + n - 1).replace(/\$(\d)/g, '$1');
  const vested = rowRange(at.firstVested);
  const expense = rowRange(at.firstExpense);
  const { vested: v, sbc } = result;
  const shares = FORMATS.shares;
  sheet.formula(r, at.vested.hit, `SUM(${vested})`, v.hit[i] as Decimal, shares, 'output');
  sheet.formula(
    r,
    at.vested.expected,
    `SUMPRODUCT(${vested},${weights})`,
    v.expected[i] as Decimal,
    FORMATS.sharesWeighted,
    'output',
  );
  sheet.formula(r, at.vested.none, a1(r, at.firstVested), v.none[i] as Decimal, shares, 'output');
  const hit = `ROUND(SUM(${expense}),2)`;
  sheet.formula(r, at.expense.hit, hit, sbc.hit[i] as Decimal, money, 'output');
  const expected = `ROUND(SUMPRODUCT(${expense},${weights}),2)`;
  sheet.formula(r, at.expense.expected, expected, sbc.expected[i] as Decimal, money, 'output');
  const none = `ROUND(${a1(r, at.firstExpense)},2)`;
  sheet.formula(r, at.expense.none, none, sbc.none[i] as Decimal, money, 'output');
}

function defineMonthRanges(sheet: SheetBuilder, at: ScheduleLayout, H: number): void {
  const range = (name: string, col: number) =>
    sheet.define(name, at.monthHeader + 1, col, at.monthHeader + H, col);
  range('Sch_Month', at.month);
  range('Sch_Year', at.year);
  range('Sch_Vested_Hit', at.vested.hit);
  range('Sch_Vested_Expected', at.vested.expected);
  range('Sch_Vested_None', at.vested.none);
  range('Sch_Sbc_Hit', at.expense.hit);
  range('Sch_Sbc_Expected', at.expense.expected);
  range('Sch_Sbc_None', at.expense.none);
}

/** The margin-refresh measurements if the gain is hit (§3.5), one row per measurement. */
function writeMarginMeasurements(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  measurements: MarginMeasurement[],
  money: string,
): void {
  const top = at.measurementHeader;
  sheet.text(top - 1, 0, 'Margin-refresh measurements (if the gain is hit)', 'section');
  [
    'Month q',
    'Year',
    'Gain if hit (pts)',
    'High-water mark',
    'New points',
    'Raw value',
    'Value after cap',
    'Shares',
  ].forEach((t, i) => sheet.text(top, i, t, 'headerNum'));
  measurements.forEach((m, j) => writeMeasurement(sheet, top + 1, j, m, money));
  sheet.text(
    top + 1 + measurements.length,
    0,
    'Points cut off by the yearly cap are not carried forward to later measurements.',
    'note',
  );
}

/** Measurement j (row first + j): the gain at q over the high-water mark, capped per year. */
function writeMeasurement(
  sheet: SheetBuilder,
  first: number,
  j: number,
  m: MarginMeasurement,
  money: string,
): void {
  const r = first + j;
  const C = MEASUREMENT;
  const cell = (col: number) => a1(r, col);
  // The column from the first measurement down to the one above this.
  const above = (col: number) => `${abs(first, col)}:${a1(r - 1, col)}`;
  const Q = cell(C.q);
  const decimal4 = FORMATS.decimal4;
  sheet.formula(r, C.q, `${j + 1}*In_Refresh_MeasureEvery`, m.month, FORMATS.integer, 'calc');
  sheet.formula(r, C.year, yearOfMonthFormula(Q), yearOfMonth(m.month), FORMATS.integer, 'calc');
  sheet.formula(r, C.gain, gainHitFormula(Q), m.gainHit, decimal4, 'calc');
  const hwm = j === 0 ? '0' : `MAX(${above(C.gain)})`;
  sheet.formula(r, C.hwm, hwm, m.highWaterMark, decimal4, 'calc');
  const newPoints = `MAX(0,${cell(C.gain)}-${cell(C.hwm)})`;
  sheet.formula(r, C.newPts, newPoints, m.newPoints, decimal4, 'calc');
  const raw = `ROUND(${cell(C.newPts)}*In_Refresh_ValuePerPoint,2)`;
  sheet.formula(r, C.raw, raw, m.rawValue, money, 'calc');
  const paid = j === 0 ? '0' : `SUMIF(${above(C.year)},${cell(C.year)},${above(C.value)})`;
  const value = `IF(ISNUMBER(In_Refresh_CapPerYear),MIN(${cell(C.raw)},In_Refresh_CapPerYear-${paid}),${cell(C.raw)})`;
  sheet.formula(r, C.value, value, m.value, money, 'calc');
  const shares = `INT(ROUND(${cell(C.value)}/Calc_SizePrice,6))`;
  sheet.formula(r, C.shares, shares, m.shares, FORMATS.shares, 'calc');
}

/**
 * The candidate value of vested equity per view at each value month (each year end within H,
 * and month H) and exit price; one name per view over its block, Out_ExitValue_* at month H.
 */
function writeCandidateValues(
  sheet: SheetBuilder,
  at: ScheduleLayout,
  top: number,
  valueMonths: number[],
  { result, money0 }: SheetContext,
): void {
  const s = result.scenario;
  const H = s.horizonMonths;
  const n = result.grants.length;
  sheet.text(top - 1, 0, 'Candidate value of vested equity at exit prices', 'section');
  sheet.text(top, 0, 'View', 'header');
  sheet.text(top, 1, 'Month', 'header');
  writeExitPriceHeads(sheet, top, 2, s.exitPrices, 'header');
  const weights = grantsRange(at, at.grantRow.weight, n);
  let r = top + 1;
  for (const view of EQUITY_VIEWS) {
    // One name per view over its block (years × exit prices): the Offer Sheet reads it by INDEX.
    const lastPrice = 2 + s.exitPrices.length - 1;
    if (s.exitPrices.length > 0)
      sheet.define(valueBlockName(view), r, 2, r + valueMonths.length - 1, lastPrice);
    for (const m of valueMonths) {
      const monthRow = at.monthHeader + m;
      sheet.text(r, 0, EQUITY_VIEW_LABEL[view], 'label');
      sheet.num(r, 1, m, FORMATS.integer, 'label');
      const vested = grantsRange(at, monthRow, n);
      s.exitPrices.forEach((px, j) => {
        const intrinsic = at.grantRow.firstIntrinsic + j;
        const perShare = grantsRange(at, intrinsic, n);
        const formula =
          view === 'hit'
            ? `ROUND(SUMPRODUCT(${vested},${perShare}),2)`
            : view === 'expected'
              ? `ROUND(SUMPRODUCT(${vested},${perShare},${weights}),2)`
              : `ROUND(${abs(monthRow, at.firstVested)}*${abs(intrinsic, at.firstVested)},2)`;
        const value = exitValueAt(result.grants, view, m, px);
        sheet.formula(r, 2 + j, formula, value, money0, m === H ? 'output' : 'calc');
        if (m === H) sheet.define(`Out_ExitValue_${EQUITY_VIEW_SUFFIX[view]}_${j + 1}`, r, 2 + j);
      });
      r++;
    }
  }
}
