/**
 * The parts a runway sheet is made of, shared by the offer's Runway sheet and the plan's Plan
 * Runway sheet (docs/model.md §3.4, §10): the revenue, opex and gross-profit cells of a month,
 * each runway view's net burn, cash and cash-below-zero flag, the runway summary above the month
 * table and the cash chart. Each sheet adds its own hire-cash columns.
 */
import { DPM, type Decimal } from '../model/decimal.js';
import type { RunwayView } from '../model/model.js';
import type { Percentile } from '../model/schema.js';
import { marketSuffix } from '../model/words.js';
import type { SheetBuilder } from './builder.js';
import { ColumnCursor } from './columns.js';
import { FORMATS, a1, absRange, type PlanChart } from './plan.js';
import { writeRunwaySummaryRow } from './runway-summary-row.js';

/** Where the month table sits: its header row and the row of month k (k = 0: opening cash). */
export interface MonthRows {
  header: number;
  rowOf(k: number): number;
  /** R, the last month of the table. */
  lastMonth: number;
}

/** The month table's columns that every runway sheet has. */
export interface CompanyColumns {
  month: number;
  /** The hire year of the month (the offer's sheet; a plan's hires each have their own). */
  year: number | undefined;
  revenue: number;
  opex: number;
  gainHit: number;
  gainExpected: number;
  grossProfitNoGain: number;
  grossProfitExpected: number;
  grossProfitHit: number;
}

/** The company columns, left to right from the month (and its year, when `withYear`). */
function companyColumns(cursor: ColumnCursor, withYear: boolean): CompanyColumns {
  const month = cursor.take();
  return {
    month,
    year: withYear ? cursor.take() : undefined,
    revenue: cursor.take(),
    opex: cursor.take(),
    gainHit: cursor.take(),
    gainExpected: cursor.take(),
    grossProfitNoGain: cursor.take(),
    grossProfitExpected: cursor.take(),
    grossProfitHit: cursor.take(),
  };
}

/** The engine's month-by-month company figures (index k − 1). */
interface CompanySeries {
  revenue: readonly Decimal[];
  opex: readonly Decimal[];
  grossProfitNoGain: readonly Decimal[];
  grossProfitExpected: readonly Decimal[];
  grossProfitHit: readonly Decimal[];
}

/**
 * The views of a runway sheet (§3.4 offer views, §10 plan views): the gain cases' keys in summary
 * order (OFFER_VIEWS, PLAN_VIEWS) with each key's name suffix and label, and the cash matches'
 * labels.
 */
export interface GainCases<K extends string> {
  keys: readonly [baseline: K, noGain: K, expected: K, hit: K];
  suffix: Record<K, string>;
  label: Record<K, string>;
  /** The label of the cash-match view at a percentile. */
  marketLabel(p: Percentile): string;
}

/** The engine's figures a runway sheet shows: the company's months and every runway view. */
export interface RunwayFigures<K extends string> {
  revenue: readonly Decimal[];
  opex: readonly Decimal[];
  views: Record<K, RunwayView>;
  market: Partial<Record<Percentile, RunwayView>>;
}

/**
 * Revenue and opex from the figures; gross profit with no gain from the baseline view, with the
 * expected gain and the gain hit from those views.
 */
function companySeries<K extends string>(
  figures: RunwayFigures<K>,
  [baseline, , expected, hit]: GainCases<K>['keys'],
): CompanySeries {
  return {
    revenue: figures.revenue,
    opex: figures.opex,
    grossProfitNoGain: figures.views[baseline].grossProfit,
    grossProfitExpected: figures.views[expected].grossProfit,
    grossProfitHit: figures.views[hit].grossProfit,
  };
}

/** A runway view as a runway sheet lays it out (Out_RunwayDays_<suffix> and the like). */
export interface RunwayViewRef {
  key: string;
  /** The suffix of its defined names (Run_Cash_<suffix>, Out_RunwayDays_<suffix>). */
  suffix: string;
  label: string;
  view: RunwayView;
  /** A cash match's percentile (none for the baseline and the gain cases). */
  percentile: Percentile | undefined;
  /** The defined name of the hire cash its net burn adds (none for the baseline). */
  hireCashName: string | undefined;
}

/** A view and the columns its net burn reads. */
interface RunwayViewSpec extends RunwayViewRef {
  /** The hire-cash column added to opex (none for the baseline). */
  hireCashColumn: number | undefined;
  grossProfitColumn: number;
}

/** A view with its own three columns. */
interface RunwayViewColumns extends RunwayViewSpec {
  burn: number;
  cash: number;
  flag: number;
}

/** Gives each view its net-burn, cash and flag columns. */
function viewColumns(views: RunwayViewSpec[], cursor: ColumnCursor): RunwayViewColumns[] {
  return views.map((v) => ({
    ...v,
    burn: cursor.take(),
    cash: cursor.take(),
    flag: cursor.take(),
  }));
}

/**
 * The runway views in summary order: baseline (no hire cash), no gain, expected gain and gain
 * hit (the hire cash of the `Offer` cost view), then a cash match per percentile compared (the
 * hire cash of its `Market_<P>` cost view, with the expected gain).
 */
function runwayViewSpecs<K extends string>(
  gainCases: GainCases<K>,
  subject: RunwaySubject,
  figures: RunwayFigures<K>,
  company: CompanyColumns,
  own: OwnRunwayColumns,
): RunwayViewSpec[] {
  const [baseline, noGain, expected, hit] = gainCases.keys;
  const offerHireCash = own.hireCash('Offer');
  const view = (key: K, hireCash: HireCashColumn | undefined, grossProfitColumn: number) => ({
    key,
    suffix: gainCases.suffix[key],
    label: gainCases.label[key],
    view: figures.views[key],
    percentile: undefined,
    hireCashName: hireCash?.name,
    hireCashColumn: hireCash?.column,
    grossProfitColumn,
  });
  return [
    view(baseline, undefined, company.grossProfitNoGain),
    view(noGain, offerHireCash, company.grossProfitNoGain),
    view(expected, offerHireCash, company.grossProfitExpected),
    view(hit, offerHireCash, company.grossProfitHit),
    ...subject.market.compareAt.map((p) => {
      const hireCash = own.hireCash(marketSuffix(p));
      return {
        key: `market_${p}`,
        suffix: marketSuffix(p),
        label: gainCases.marketLabel(p),
        view: figures.market[p] as RunwayView,
        percentile: p,
        hireCashName: hireCash?.name,
        hireCashColumn: hireCash?.column,
        grossProfitColumn: company.grossProfitExpected,
      };
    }),
  ];
}

/** The scenario or the plan a runway sheet shows. */
export interface RunwaySubject {
  startDate: string;
  currency: string;
  runwayHorizonMonths: number;
  company: { cash: Decimal };
  market: { compareAt: readonly Percentile[] };
}

/** A cost view's hire-cash column on a runway sheet and the name defined over its months. */
export interface HireCashColumn {
  column: number;
  name: string;
}

/** A runway sheet's own hire-cash columns: where the views read hire cash, and their cells. */
export interface OwnRunwayColumns {
  /** The hire cash of a cost view: `Offer` (the gain cases) or `Market_<P>`. */
  hireCash(costKey: string): HireCashColumn | undefined;
  /** Their headers and names (defined after Run_Month, Run_Revenue and Run_Opex). */
  writeHeaders(rows: MonthRows): void;
  /** Their cells of month k, in row r. */
  writeMonth(r: number, k: number): void;
}

/** What one kind of runway sheet (the offer's Runway, the plan's Plan Runway) shows and says. */
export interface RunwaySheetKind<K extends string> {
  gainCases: GainCases<K>;
  /** A hire-year column after the month (the offer's sheet; a plan's hires each have their own). */
  withYear: boolean;
  /** The month table's header row, below the summary (one row per view) and the chart. */
  headerRow(viewCount: number): number;
  title: string;
  /** The note under the title (the runway rule follows it). */
  note(subject: RunwaySubject): string;
  /** The month column's header, also the chart's x-axis title. */
  month: string;
  gainHit: string;
  chartTitle: string;
}

/**
 * Writes a runway sheet of `kind` for `subject`: headers, month 0, months 1..R, the view names,
 * summary and chart, with the sheet's own hire-cash columns taken right of the company columns.
 * Returns the views in summary order.
 */
export function writeRunwaySheet<K extends string>(
  sheet: SheetBuilder,
  kind: RunwaySheetKind<K>,
  subject: RunwaySubject,
  figures: RunwayFigures<K>,
  money0: string,
  ownColumns: (cursor: ColumnCursor, company: CompanyColumns) => OwnRunwayColumns,
): RunwayViewRef[] {
  sheet.extra.tabColor = '4472C4';
  const cursor = new ColumnCursor();
  const company = companyColumns(cursor, kind.withYear);
  const own = ownColumns(cursor, company);
  const specs = runwayViewSpecs(kind.gainCases, subject, figures, company, own);
  const views = viewColumns(specs, cursor);
  const header = kind.headerRow(views.length);
  const R = subject.runwayHorizonMonths;
  const rows: MonthRows = { header, rowOf: (k) => header + 1 + k, lastMonth: R };
  const series = companySeries(figures, kind.gainCases.keys);
  writeCompanyHeaders(sheet, rows, company, kind);
  own.writeHeaders(rows);
  writeViewHeaders(sheet, rows, views);
  writeOpeningCash(sheet, rows, company.month, views, subject.company.cash, money0);
  for (let k = 1; k <= R; k++) {
    const r = rows.rowOf(k);
    sheet.num(r, company.month, k, FORMATS.integer, 'label');
    own.writeMonth(r, k);
    writeCompanyFigures(sheet, r, k, company, series, money0);
    writeViewMonth(sheet, r, k, company.opex, views, money0);
  }
  defineViewRanges(sheet, rows, views);
  const note = `${kind.note(subject)} ${runwayRuleNote(R)}`;
  const summaryEnd = writeRunwaySummary(sheet, rows, kind.title, note, views);
  setRunwayLayout(sheet, rows, cursor.last);
  const [baseline, , expected] = kind.gainCases.keys;
  const chartViews = [baseline, expected, 'market_p75'];
  const words = { ...kind, currency: subject.currency };
  sheet.extra.charts = [
    cashChart(sheet, rows, summaryEnd + 1, company.month, views, chartViews, words),
  ];
  return views;
}

/** Headers of the company columns; Run_Month, Run_Revenue and Run_Opex. */
function writeCompanyHeaders(
  sheet: SheetBuilder,
  rows: MonthRows,
  c: CompanyColumns,
  words: { month: string; gainHit: string },
): void {
  writeHeader(sheet, rows, c.month, words.month);
  if (c.year !== undefined) writeHeader(sheet, rows, c.year, 'Year');
  writeHeader(sheet, rows, c.revenue, 'Revenue');
  writeHeader(sheet, rows, c.opex, 'Opex');
  writeHeader(sheet, rows, c.gainHit, words.gainHit);
  writeHeader(sheet, rows, c.gainExpected, 'Expected gain (pts)');
  writeHeader(sheet, rows, c.grossProfitNoGain, 'Gross profit, no gain');
  writeHeader(sheet, rows, c.grossProfitExpected, 'Gross profit, expected');
  writeHeader(sheet, rows, c.grossProfitHit, 'Gross profit, hit');
  defineMonthRange(sheet, rows, 'Run_Month', c.month);
  defineMonthRange(sheet, rows, 'Run_Revenue', c.revenue);
  defineMonthRange(sheet, rows, 'Run_Opex', c.opex);
}

/** A header cell of the month table (the first column left-aligned). */
export function writeHeader(sheet: SheetBuilder, rows: MonthRows, col: number, text: string): void {
  sheet.text(rows.header, col, text, col ? 'headerNum' : 'header');
}

/** Headers of the views' columns; the flag column is a helper. */
function writeViewHeaders(sheet: SheetBuilder, rows: MonthRows, views: RunwayViewColumns[]): void {
  for (const v of views) {
    writeHeader(sheet, rows, v.burn, `${v.label}: net burn`);
    writeHeader(sheet, rows, v.cash, `${v.label}: cash`);
    sheet.text(rows.header, v.flag, `${v.label}: cash < 0`, 'helper');
  }
}

/** Defines `name` over months 1..R of column `col`. */
export function defineMonthRange(
  sheet: SheetBuilder,
  rows: MonthRows,
  name: string,
  col: number,
): string {
  return sheet.define(name, rows.rowOf(1), col, rows.rowOf(rows.lastMonth), col);
}

/** Month 0: the month number and every view's opening cash (In_Cash). */
function writeOpeningCash(
  sheet: SheetBuilder,
  rows: MonthRows,
  monthColumn: number,
  views: RunwayViewColumns[],
  cash: Decimal,
  money0: string,
): void {
  const r = rows.rowOf(0);
  sheet.num(r, monthColumn, 0, FORMATS.integer, 'label');
  for (const v of views) sheet.formula(r, v.cash, 'In_Cash', cash, money0, 'calc');
}

/**
 * Revenue and opex of month k, grown from the Inputs and rounded to the cent, and the gross
 * profit with no gain, the expected gain and the gain hit (§3.4).
 */
function writeCompanyFigures(
  sheet: SheetBuilder,
  r: number,
  k: number,
  cols: CompanyColumns,
  series: CompanySeries,
  money0: string,
): void {
  const K = a1(r, cols.month);
  const i = k - 1;
  const grown = (input: string, growth: string) => `ROUND(${input}*(1+${growth})^(${K}-1),2)`;
  const revenue = grown('In_MonthlyRevenue', 'In_RevenueGrowth');
  sheet.formula(r, cols.revenue, revenue, series.revenue[i] as Decimal, money0, 'calc');
  const opex = grown('In_MonthlyOpex', 'In_OpexGrowth');
  sheet.formula(r, cols.opex, opex, series.opex[i] as Decimal, money0, 'calc');
  const rev = a1(r, cols.revenue);
  const withGain = (gainCol: number) => `(In_GrossMargin+${a1(r, gainCol)}/100)`;
  for (const [col, margin, values] of [
    [cols.grossProfitNoGain, 'In_GrossMargin', series.grossProfitNoGain],
    [cols.grossProfitExpected, withGain(cols.gainExpected), series.grossProfitExpected],
    [cols.grossProfitHit, withGain(cols.gainHit), series.grossProfitHit],
  ] as const)
    sheet.formula(r, col, `ROUND(${rev}*${margin},2)`, values[i] as Decimal, money0, 'calc');
}

/** Each view's net burn, closing cash and cash-below-zero flag in month k (§3.4). */
function writeViewMonth(
  sheet: SheetBuilder,
  r: number,
  k: number,
  opexColumn: number,
  views: RunwayViewColumns[],
  money0: string,
): void {
  for (const v of views) {
    const hire = v.hireCashColumn !== undefined ? `+${a1(r, v.hireCashColumn)}` : '';
    const burn = `${a1(r, opexColumn)}${hire}-${a1(r, v.grossProfitColumn)}`;
    sheet.formula(r, v.burn, burn, v.view.netBurn[k - 1] as Decimal, money0, 'calc');
    const cash = v.view.cash[k] as Decimal;
    sheet.formula(r, v.cash, `${a1(r - 1, v.cash)}-${a1(r, v.burn)}`, cash, money0, 'calc');
    const flag = `IF(${a1(r, v.cash)}<0,1,0)`;
    sheet.formula(r, v.flag, flag, cash.lessThan(0) ? 1 : 0, FORMATS.integer, 'helper');
  }
}

/** Run_Cash_*, Run_NetBurn_* and Run_Flag_* of every view. */
function defineViewRanges(sheet: SheetBuilder, rows: MonthRows, views: RunwayViewColumns[]): void {
  for (const v of views) {
    defineMonthRange(sheet, rows, `Run_Cash_${v.suffix}`, v.cash);
    defineMonthRange(sheet, rows, `Run_NetBurn_${v.suffix}`, v.burn);
    defineMonthRange(sheet, rows, `Run_Flag_${v.suffix}`, v.flag);
  }
}

/** The rule of §3.4 as the sheets state it under their title. */
function runwayRuleNote(R: number): string {
  return `Runway = (k − 1) + cash(k−1) ÷ net burn(k) at the first month k whose closing cash is negative; days = ROUND(months × ${DPM}, 0). Empty = cash lasts beyond month ${R}.`;
}

const SUMMARY_HEADER_ROW = 3;
const SUMMARY_HEADERS = [
  'View',
  'First month with cash < 0',
  'Runway (months)',
  'Runway (days)',
  'Cash-out date',
];

/**
 * The title, the note and the runway summary (one row per view) at the top of the sheet.
 * Returns the first row free below it.
 */
function writeRunwaySummary(
  sheet: SheetBuilder,
  rows: MonthRows,
  title: string,
  note: string,
  views: RunwayViewColumns[],
): number {
  sheet.text(0, 0, title, 'title');
  sheet.text(1, 0, note, 'note');
  SUMMARY_HEADERS.forEach((t, i) =>
    sheet.text(SUMMARY_HEADER_ROW, i, t, i ? 'headerNum' : 'header'),
  );
  views.forEach((v, i) => {
    const cashRange = absRange(rows.rowOf(0), v.cash, rows.rowOf(rows.lastMonth), v.cash);
    const summaryView = { ...v, runway: v.view.runway, cashRange };
    writeRunwaySummaryRow(sheet, SUMMARY_HEADER_ROW + 1 + i, summaryView, rows.lastMonth);
  });
  return SUMMARY_HEADER_ROW + 1 + views.length;
}

/** Column widths and the frozen header of a runway sheet. */
function setRunwayLayout(sheet: SheetBuilder, rows: MonthRows, lastColumn: number): void {
  sheet.widths(
    ...Array.from({ length: lastColumn + 1 }, (_, i) => (i === 0 ? 34 : i === 1 ? 12 : 15)),
  );
  sheet.extra.freeze = { rows: rows.header + 1, cols: 1 };
}

/** The colours of the cash chart's lines: baseline grey, expected blue, the P75 match red. */
const CHART_COLORS = ['7F7F7F', '2E75B6', 'C00000'];

/**
 * The line chart of cash by month between the summary (from `top`) and the month table, for the
 * views of `keys` in order (a key with no view, such as an absent P75 match, is left out).
 */
function cashChart(
  sheet: SheetBuilder,
  rows: MonthRows,
  top: number,
  monthColumn: number,
  views: RunwayViewColumns[],
  keys: string[],
  words: { chartTitle: string; month: string; currency: string },
): PlanChart {
  const monthRange = (col: number) => absRange(rows.rowOf(1), col, rows.rowOf(rows.lastMonth), col);
  const series = keys.flatMap((key, i) => {
    const v = views.find((x) => x.key === key);
    if (!v) return [];
    const range = monthRange(v.cash);
    return [{ name: v.label, sheet: sheet.name, range, color: CHART_COLORS[i] as string }];
  });
  return {
    kind: 'line',
    title: words.chartTitle,
    from: { row: top, col: 0 },
    to: { row: rows.header - 2, col: 7 },
    categories: { sheet: sheet.name, range: monthRange(monthColumn) },
    series,
    xAxisTitle: words.month,
    yAxisTitle: `Cash (${words.currency})`,
  };
}
