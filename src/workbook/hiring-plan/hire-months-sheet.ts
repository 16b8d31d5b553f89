/**
 * The Hire Months sheet: one row per hire, the hire's cash in every PLAN month k = 1..R for the
 * offer and for each market percentile, and its margin gain if hit — with the hire month
 * j = k − startMonth + 1 computed by formula, so editing a start month on the Hires sheet shifts
 * the hire's columns (docs/model.md §10). Two "All hires" rows above the hires sum each plan
 * month: the plan's month grids (named Hm_*), which the Plan Runway sheet reads.
 *
 * §3.3 per hire year y: the annual base `A_y`, an ordinary month's cash `O_y` (base + load), a
 * bonus month's cash `B_y` (base + bonus + load on both) and the first month's `F` (base +
 * sign-on + load + recruiting fee). Month j costs F when j = 1, B_y when j is a multiple of 12,
 * else O_y — the same figures §3.3 gives month by month.
 */
import { type Decimal } from '../../model/decimal.js';
import { baseAnnual, hireCostMonth, type CashTerms } from '../../model/hire-cost.js';
import { cashTerms } from '../../model/model.js';
import type { PlanHireResult } from '../../model/plan/index.js';
import type { Percentile } from '../../model/schema.js';
import { SheetBuilder } from '../builder.js';
import { ColumnCursor } from '../columns.js';
import { marketSuffix } from '../../model/words.js';
import { pctLabel } from '../naming.js';
import { FORMATS, abs, colLetter } from '../plan.js';
import { PLAN_SHEETS, hireYears, type PlanCtx } from './context.js';
import { hireInput } from './hires-sheet.js';

export interface CostView {
  /** `Offer` or `Market_P75`. */
  key: string;
  label: string;
  /** The Hires column holding this view's base salary. */
  baseName: string;
  pct: Percentile | null;
}

export function costViews(compareAt: readonly Percentile[]): CostView[] {
  return [
    { key: 'Offer', label: 'Offer', baseName: 'Hire_BaseSalary', pct: null },
    ...compareAt.map((p) => ({
      key: marketSuffix(p),
      label: `Cash match at ${pctLabel(p)}`,
      baseName: `Hire_Band_${pctLabel(p)}`,
      pct: p,
    })),
  ];
}

/** The sheet's fixed rows (0-based): titles, headers, the two "All hires" rows, the first hire. */
const ROW = { title: 3, header: 4, totalHit: 5, totalExpected: 6, firstHire: 7 } as const;

/** The hire's number and name, then the terms pulled from the Hires sheet. */
const TERM_KEYS = [
  'no',
  'name',
  'start',
  'raise',
  'targetBonus',
  'bonusPayout',
  'signOn',
  'load',
  'fee',
  'gainPoints',
  'gainStart',
  'gainFull',
  'gainProbability',
] as const;
type TermColumns = Record<(typeof TERM_KEYS)[number], number>;

/** A term pulled from the Hires sheet: column, header, Hires name, format. */
type PulledTerm = [number, string, string, string];

/** A view's columns: its §3.3 figures by hire year, its plan-month grid and its cash cost. */
interface ViewColumns {
  v: CostView;
  base: number;
  /** The first of Y columns each: annual base, ordinary month, bonus month. */
  A: number;
  O: number;
  B: number;
  F: number;
  /** The first of R plan-month columns. */
  grid0: number;
  cost: number;
}

/** Where each column of the sheet stands (layOutColumns). */
interface HireMonthsColumns {
  C: TermColumns;
  pulled: PulledTerm[];
  views: ViewColumns[];
  /** The first of R plan-month columns of the margin gain if hit. */
  gain0: number;
  used: number;
}

/** What every part of the sheet writes with. */
interface MonthsPart {
  sh: SheetBuilder;
  ctx: PlanCtx;
  cols: HireMonthsColumns;
  R: number;
  Y: number;
  /** The last hire's row. */
  hLast: number;
}

/** One hire's row: its index, its number cell `N` and its cells, column-absolute, row-relative. */
interface HireRow {
  h: PlanHireResult;
  i: number;
  r: number;
  N: string;
  cell: (c: number) => string;
}

export function buildHireMonthsSheet(ctx: PlanCtx): SheetBuilder {
  const plan = ctx.result.plan;
  const R = plan.runwayHorizonMonths;
  const Y = hireYears(R);
  const sh = new SheetBuilder(PLAN_SHEETS.months, ctx.names);
  sh.extra.tabColor = '4472C4';
  sh.text(0, 0, 'Hire months', 'title');
  sh.text(
    1,
    0,
    `Each hire's cash in plan months 1..${R}: hire month j = plan month − start month + 1 (nothing before the hire starts); raises and bonuses follow the hire's own years. The "All hires" rows are the plan's totals.`,
    'note',
  );
  const cols = layOutColumns(costViews(plan.market.compareAt), ctx.money, R, Y);
  const hLast = ROW.firstHire + plan.hires.length - 1;
  const part: MonthsPart = { sh, ctx, cols, R, Y, hLast };
  writeHeaders(part);
  ctx.result.hires.forEach((h, i) => writeHireRow(part, h, i));
  writeCashGridTotals(part);
  writeGainTotals(part);
  writeCashCostTotals(part);
  sh.define('Hm_No', ROW.firstHire, cols.C.no, hLast, cols.C.no);

  const { C } = cols;
  const widths: number[] = [];
  for (let c = 0; c < cols.used; c++) widths.push(c === C.name ? 20 : c === C.no ? 5 : 10);
  sh.widths(...widths);
  sh.extra.freeze = { rows: ROW.header + 1, cols: 2 };
  return sh;
}

/**
 * The columns left to right: the hire's terms, each view's §3.3 figures by hire year, each
 * view's plan-month grid, the margin-gain grid, then each view's cash cost.
 */
function layOutColumns(
  costViewList: CostView[],
  money: string,
  R: number,
  Y: number,
): HireMonthsColumns {
  const cursor = new ColumnCursor();
  const C = cursor.named(TERM_KEYS);
  const pulled: PulledTerm[] = [
    [C.start, 'Start month', 'Hire_StartMonth', FORMATS.integer],
    [C.raise, 'Raise', 'Hire_AnnualRaise', FORMATS.percent2],
    [C.targetBonus, 'Target bonus', 'Hire_TargetBonusPct', FORMATS.percent2],
    [C.bonusPayout, 'Payout', 'Hire_BonusPayoutPct', FORMATS.percent2],
    [C.signOn, 'Sign-on', 'Hire_SignOnBonus', money],
    [C.load, 'Load', 'Hire_EmployerLoadPct', FORMATS.percent2],
    [C.fee, 'Fee', 'Hire_RecruitingFeePct', FORMATS.percent2],
    [C.gainPoints, 'Gain pts', 'Hire_Gain_Points', FORMATS.decimal2],
    [C.gainStart, 'Gain from', 'Hire_Gain_StartMonth', FORMATS.integer],
    [C.gainFull, 'Full gain', 'Hire_Gain_FullMonth', FORMATS.integer],
    [C.gainProbability, 'Gain p', 'Hire_Gain_Probability', FORMATS.percent],
  ];
  const years = costViewList.map(() => ({
    base: cursor.take(),
    A: cursor.take(Y),
    O: cursor.take(Y),
    B: cursor.take(Y),
    F: cursor.take(),
  }));
  const grids = costViewList.map(() => cursor.take(R));
  const gain0 = cursor.take(R);
  const costs = costViewList.map(() => cursor.take());
  const views = costViewList.map((v, i) => ({
    v,
    ...years[i]!,
    grid0: grids[i]!,
    cost: costs[i]!,
  }));
  return { C, pulled, views, gain0, used: cursor.used };
}

/** The section titles and column headers, and the labels of the two "All hires" rows. */
function writeHeaders({ sh, cols, R, Y }: MonthsPart): void {
  const { C, views, gain0 } = cols;
  const hr = ROW.header;
  sh.text(hr, C.no, 'No.', 'header');
  sh.text(hr, C.name, 'Candidate', 'header');
  for (const [c, t] of cols.pulled) sh.text(hr, c, t, 'headerNum');
  sh.text(ROW.title, C.start, 'The hire’s terms (from the Hires sheet)', 'section');
  for (const yc of views) {
    sh.text(ROW.title, yc.base, `${yc.v.label}: §3.3 by hire year`, 'section');
    sh.text(hr, yc.base, 'Base salary', 'headerNum');
    for (let y = 1; y <= Y; y++) {
      sh.text(hr, yc.A + y - 1, `Y${y} annual base`, 'headerNum');
      sh.text(hr, yc.O + y - 1, `Y${y} month`, 'headerNum');
      sh.text(hr, yc.B + y - 1, `Y${y} bonus month`, 'headerNum');
    }
    sh.text(hr, yc.F, 'First month', 'headerNum');
  }
  const monthHeader = (c0: number, title: string) => {
    sh.text(ROW.title, c0, title, 'section');
    for (let k = 1; k <= R; k++) sh.num(hr, c0 + k - 1, k, FORMATS.integer, 'headerNum');
  };
  for (const g of views) monthHeader(g.grid0, `${g.v.label}: hire cash by plan month`);
  monthHeader(gain0, 'Margin gain if hit (points) by plan month');
  for (const cc of views)
    sh.text(hr, cc.cost, `${cc.v.label}: cash, plan months 1..H`, 'headerNum');
  sh.text(ROW.title, views[0]!.cost, 'Cash cost', 'section');
  sh.text(ROW.totalHit, C.name, 'All hires', 'total');
  sh.text(ROW.totalExpected, C.name, 'All hires, expected gain', 'total');
}

/** One hire's row: terms, each view's §3.3 figures and month grid, gain grid, cash costs. */
function writeHireRow(part: MonthsPart, h: PlanHireResult, i: number): void {
  const r = ROW.firstHire + i;
  const N = `$${colLetter(part.cols.C.no)}${r + 1}`;
  const row: HireRow = { h, i, r, N, cell: (c) => `$${colLetter(c)}${r + 1}` };
  writeHireTerms(part, row);
  for (const vc of part.cols.views) writeYearFigures(part, row, vc);
  for (const vc of part.cols.views) writeCashGrid(part, row, vc);
  writeGainGrid(part, row);
  for (const vc of part.cols.views) writeCashCost(part, row, vc);
}

/** The hire's number, name and the terms pulled from the Hires sheet by that number. */
function writeHireTerms({ sh, cols }: MonthsPart, { h, i, r, N }: HireRow): void {
  const { C } = cols;
  const o = h.hire.scenario.offer;
  sh.num(r, C.no, i + 1, FORMATS.integer, 'label');
  sh.formula(r, C.name, hireInput('Hire_Candidate', N), o.candidate, FORMATS.general, 'calc');
  const pulledValue: Record<string, Decimal | number> = {
    Hire_StartMonth: h.hire.startMonth,
    Hire_AnnualRaise: o.annualRaise,
    Hire_TargetBonusPct: o.targetBonusPct,
    Hire_BonusPayoutPct: o.bonusPayoutPct,
    Hire_SignOnBonus: o.signOnBonus,
    Hire_EmployerLoadPct: o.employerLoadPct,
    Hire_RecruitingFeePct: o.recruitingFeePct,
    Hire_Gain_Points: o.marginGain?.points ?? 0,
    Hire_Gain_StartMonth: o.marginGain?.startMonth ?? 1,
    Hire_Gain_FullMonth: o.marginGain?.fullMonth ?? 1,
    Hire_Gain_Probability: o.marginGain?.probability ?? 1,
  };
  for (const [c, , name, format] of cols.pulled)
    sh.formula(r, c, hireInput(name, N), pulledValue[name] as Decimal | number, format, 'helper');
}

/** §3.3 for one view by hire year: annual base A_y, month O_y, bonus month B_y; first month F. */
function writeYearFigures({ sh, ctx, cols, Y }: MonthsPart, row: HireRow, yc: ViewColumns): void {
  const { money, money0 } = ctx;
  const { C } = cols;
  const { h, r, N, cell } = row;
  const s = h.hire.scenario;
  const terms: CashTerms = cashTerms(
    s,
    yc.v.pct ? h.band.row.values[yc.v.pct] : s.offer.baseSalary,
  );
  const L = cell(C.load);
  const base = cell(yc.base);
  sh.formula(r, yc.base, hireInput(yc.v.baseName, N), terms.baseSalary, money0, 'calc');
  for (let y = 1; y <= Y; y++) {
    const A = cell(yc.A + y - 1);
    const b = `ROUND(${A}/12,2)`;
    const bon = `ROUND(${A}*${cell(C.targetBonus)}*${cell(C.bonusPayout)},2)`;
    sh.formula(
      r,
      yc.A + y - 1,
      `ROUND(${base}*(1+${cell(C.raise)})^${y - 1},2)`,
      baseAnnual(terms, y),
      money0,
      'calc',
    );
    sh.formula(
      r,
      yc.O + y - 1,
      `${b}+ROUND(${b}*${L},2)`,
      hireCostMonth(terms, y === 1 ? 2 : 12 * (y - 1) + 1).hireCash,
      money,
      'calc',
    );
    sh.formula(
      r,
      yc.B + y - 1,
      `${b}+${bon}+ROUND((${b}+${bon})*${L},2)`,
      hireCostMonth(terms, 12 * y).hireCash,
      money,
      'calc',
    );
  }
  const b1 = `ROUND(${cell(yc.A)}/12,2)`;
  const so = cell(C.signOn);
  sh.formula(
    r,
    yc.F,
    `${b1}+${so}+ROUND((${b1}+${so})*${L},2)+ROUND(${base}*${cell(C.fee)},2)`,
    hireCostMonth(terms, 1).hireCash,
    money,
    'calc',
  );
}

/** One view's hire cash by plan month k: F, B_y or O_y at hire month j = k − start + 1, or 0. */
function writeCashGrid({ sh, ctx, cols, R, Y }: MonthsPart, row: HireRow, g: ViewColumns): void {
  const { h, r, cell } = row;
  const S = cell(cols.C.start);
  const O = `${cell(g.O)}:${cell(g.O + Y - 1)}`;
  const B = `${cell(g.B)}:${cell(g.B + Y - 1)}`;
  const series = g.v.pct ? (h.marketCash[g.v.pct] as Decimal[]) : h.hireCash;
  for (let k = 1; k <= R; k++) {
    const K = `${colLetter(g.grid0 + k - 1)}$${ROW.header + 1}`;
    const j = `(${K}-${S}+1)`;
    const y = `INT((${K}-${S}+12)/12)`;
    sh.formula(
      r,
      g.grid0 + k - 1,
      `IF(${j}<1,0,IF(${j}=1,${cell(g.F)},IF(MOD(${j},12)=0,INDEX(${B},${y}),INDEX(${O},${y}))))`,
      series[k - 1] as Decimal,
      ctx.money0,
      'calc',
    );
  }
}

/** The hire's margin gain if hit by plan month. */
function writeGainGrid({ sh, cols, R }: MonthsPart, { h, r, cell }: HireRow): void {
  const { C, gain0 } = cols;
  const S = cell(C.start);
  for (let k = 1; k <= R; k++) {
    const K = `${colLetter(gain0 + k - 1)}$${ROW.header + 1}`;
    // gainHit_j with j = k − s + 1: 0 before the gain starts, and so before the hire starts.
    sh.formula(
      r,
      gain0 + k - 1,
      `${cell(C.gainPoints)}*MIN(1,MAX(0,(${K}-${S}+2-${cell(C.gainStart)})/(${cell(C.gainFull)}-${cell(C.gainStart)}+1)))`,
      h.gainHit[k - 1] as Decimal,
      FORMATS.decimal4,
      'calc',
    );
  }
}

/** One view's cash cost of the hire: its month grid summed over plan months ≤ H. */
function writeCashCost({ sh, ctx, R }: MonthsPart, { h, r, cell }: HireRow, vc: ViewColumns): void {
  const hr = ROW.header;
  const months = `${abs(hr, vc.grid0)}:${abs(hr, vc.grid0 + R - 1)}`;
  const row = `${cell(vc.grid0)}:${cell(vc.grid0 + R - 1)}`;
  sh.formula(
    r,
    vc.cost,
    `SUMIF(${months},"<="&In_H,${row})`,
    vc.v.pct ? (h.cashCost.market[vc.v.pct] as Decimal) : h.cashCost.offer,
    ctx.money0,
    'output',
  );
}

/** Column c over the hires' rows, absolute. */
const hireColumn = ({ hLast }: MonthsPart, c: number) =>
  `${abs(ROW.firstHire, c)}:${abs(hLast, c)}`;

/** The plan's month grids: the sum over hires of each plan month, named Hm_Cash_<view>. */
function writeCashGridTotals(part: MonthsPart): void {
  const { sh, ctx, cols, R } = part;
  const { result } = ctx;
  for (const g of cols.views) {
    const total = g.v.pct ? result.market[g.v.pct]!.hireCash : result.hireCash;
    for (let k = 1; k <= R; k++) {
      const c = g.grid0 + k - 1;
      sh.formula(
        ROW.totalHit,
        c,
        `SUM(${hireColumn(part, c).replace(/\$(?=[A-Z])/g, '')})`,
        total[k - 1] as Decimal,
        ctx.money0,
        'total',
      );
    }
    sh.define(
      `Hm_Cash_${g.v.key}`,
      ROW.totalHit,
      g.grid0,
      ROW.totalHit,
      g.grid0 + R - 1,
      `Σ over hires of hire cash (${g.v.label}) per plan month`,
    );
  }
}

/** The plan's margin gain by plan month: all hit (Hm_GainHit) and expected (Hm_GainExpected). */
function writeGainTotals(part: MonthsPart): void {
  const { sh, ctx, cols, R } = part;
  const { gain0, C } = cols;
  const { totalHit, totalExpected } = ROW;
  for (let k = 1; k <= R; k++) {
    const c = gain0 + k - 1;
    const rng = hireColumn(part, c).replace(/\$(?=[A-Z])/g, '');
    sh.formula(
      totalHit,
      c,
      `SUM(${rng})`,
      ctx.result.gainHit[k - 1] as Decimal,
      FORMATS.decimal4,
      'total',
    );
    sh.formula(
      totalExpected,
      c,
      `SUMPRODUCT(${rng},${hireColumn(part, C.gainProbability)})`,
      ctx.result.gainExpected[k - 1] as Decimal,
      FORMATS.decimal4,
      'total',
    );
  }
  sh.define('Hm_GainHit', totalHit, gain0, totalHit, gain0 + R - 1);
  sh.define('Hm_GainExpected', totalExpected, gain0, totalExpected, gain0 + R - 1);
}

/** Each view's plan cash cost, and the names of its per-hire column and total. */
function writeCashCostTotals(part: MonthsPart): void {
  const { sh, ctx, cols, hLast } = part;
  const { result } = ctx;
  for (const cc of cols.views) {
    sh.formula(
      ROW.totalHit,
      cc.cost,
      `SUM(${hireColumn(part, cc.cost)})`,
      cc.v.pct ? (result.cashCost.market[cc.v.pct] as Decimal) : result.cashCost.plan,
      ctx.money0,
      'total',
    );
    sh.define(`Hm_CashCost_${cc.v.key}`, ROW.firstHire, cc.cost, hLast, cc.cost);
    sh.define(`Hm_CashCostTotal_${cc.v.key}`, ROW.totalHit, cc.cost);
  }
}
