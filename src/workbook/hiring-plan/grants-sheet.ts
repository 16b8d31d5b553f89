/**
 * The Grants sheet: one row per grant of every hire — the initial grant, each milestone (its
 * name, due day, probability and value are the inputs, edited here) and each margin-refresh
 * measurement — dated in the hire's months and in PLAN months (plan month = start month − 1 +
 * hire month, docs/model.md §10). A grant exists in the plan only when its plan month is ≤ H
 * ("Shares in plan" is 0 otherwise); it exists for the hire's own Offer Sheet when its hire month
 * is ≤ H ("Own shares"). Vested shares and SBC expense per plan month 1..H are grids; three rows
 * above them total the plan per equity view. Each hire's first row also carries the hire's own
 * figures: SBC expected (rounded per hire, §10), granted shares, value at plan month H, and the
 * Offer Sheet's vested shares and value by year.
 */
import type { Decimal } from '../../model/decimal.js';
import { EQUITY_VIEWS, type EquityView } from '../../model/equity.js';
import type { ModelResult } from '../../model/model.js';
import { SheetBuilder } from '../builder.js';
import { FORMATS, abs, colLetter } from '../plan.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import { EQUITY_VIEW_SUFFIX } from '../../model/words.js';
import {
  GRANTS_ROWS,
  grantsColumns,
  type GrantsSheetCtx,
  type HireBlock,
  type HireGrantRows,
} from './grants-layout.js';
import { hireGrantLayout, hireGrantRows } from './grants-rows.js';
import { writeHireFigures } from './grants-hire-figures.js';
import { writeGrantRow } from './grants-row-cells.js';

export type { HireGrantRows };

export interface GrantsSheet {
  sheet: SheetBuilder;
  hires: HireGrantRows[];
}

const VIEW_NAME: Record<EquityView, string> = EQUITY_VIEW_SUFFIX;

export function buildGrantsSheet(ctx: PlanCtx, own: ModelResult[]): GrantsSheet {
  const H = ctx.result.plan.horizonMonths;
  const sheet = new SheetBuilder(PLAN_SHEETS.grants, ctx.names);
  const col = grantsColumns(H, ctx.result.plan.exitPrices.length, ctx.valueMonths.length);
  const gs: GrantsSheetCtx = { ...ctx, sheet, col, H };
  writeTitle(gs);
  writeColumnHeaders(gs);
  writeBlockHeaders(gs);
  writeSectionTitles(gs);
  const { layout, lastGrantRow } = writeHires(gs, own);
  writePlanTotals(gs, lastGrantRow);
  defineGrantsNames(gs, lastGrantRow);
  const widths: number[] = [];
  for (let c = 0; c <= col.last; c++) widths.push(c === col.label ? 30 : c === col.no ? 6 : 11);
  sheet.widths(...widths);
  sheet.extra.freeze = { rows: GRANTS_ROWS.header + 1, cols: 3 };
  return { sheet, hires: layout };
}

function writeTitle({ sheet, H }: GrantsSheetCtx): void {
  sheet.extra.tabColor = 'ED7D31';
  sheet.text(0, 0, 'Grants', 'title');
  sheet.text(
    1,
    0,
    `Every hire's grants, dated in plan months (plan month = start month − 1 + hire month). Only grants made in plan months ≤ ${H} exist in the plan; vesting and expense count from the plan month. The three rows above the grants are the plan's totals. Milestone names, due days, probabilities and values are inputs.`,
    'note',
  );
}

/** The header of each of the grant's own columns and of the hire's granted shares. */
function writeColumnHeaders({ sheet, col }: GrantsSheetCtx): void {
  const heads: [number, string][] = [
    [col.no, 'Hire'],
    [col.kind, 'Kind'],
    [col.label, 'Grant'],
    [col.start, 'Start month'],
    [col.due, 'Due by (day)'],
    [col.probability, 'Probability'],
    [col.value, 'Refresh value'],
    [col.hireMonth, 'Hire month'],
    [col.planMonth, 'Plan month'],
    [col.year, 'Hire year'],
    [col.gain, 'Gain if hit (pts)'],
    [col.highWaterMark, 'High-water mark'],
    [col.newPoints, 'New points'],
    [col.raw, 'Raw value'],
    [col.capped, 'Value after cap'],
    [col.size, 'Sizing price'],
    [col.own, 'Own shares (hire month ≤ H)'],
    [col.shares, 'Shares in plan (plan month ≤ H)'],
    [col.weight, 'Weight'],
    [col.strike, 'Strike'],
    [col.grantFairValue, 'Grant fair value'],
    [col.vestingMonths, 'Vesting months'],
    [col.cliff, 'Cliff'],
    [col.every, 'Every'],
    [col.total, 'SBC total'],
    [col.granted.hit, 'Hire: granted, all hit'],
    [col.granted.expected, 'Hire: granted, expected'],
    [col.granted.none, 'Hire: granted, initial only'],
  ];
  for (const [c, t] of heads)
    sheet.text(GRANTS_ROWS.header, c, t, c <= col.label ? 'header' : 'headerNum');
}

/** The headers of the blocks: per exit price, per value month, per plan month 1..H. */
function writeBlockHeaders({ sheet, col, result, valueMonths, H }: GrantsSheetCtx): void {
  const head = (c: number, t: string) => sheet.text(GRANTS_ROWS.header, c, t, 'headerNum');
  const nP = result.plan.exitPrices.length;
  result.plan.exitPrices.forEach((px, j) => {
    const p = px.toFixed(2);
    head(col.intrinsic + j, `Value per share at ${p}`);
    head(col.exitValue.hit + j, `Hire: value at ${p}, all hit`);
    head(col.exitValue.expected + j, `Hire: value at ${p}, expected`);
    head(col.exitValue.none + j, `Hire: value at ${p}, initial only`);
    valueMonths.forEach((m, i) => {
      head(col.ownValueHit + i * nP + j, `Own: value at ${p}, month ${m}, all hit`);
      head(col.ownValueNone + i * nP + j, `Own: value at ${p}, month ${m}, initial`);
    });
  });
  valueMonths.forEach((m, i) => {
    head(col.ownVested + i, `Own vested, hire month ${m}`);
    head(col.ownVestedHit + i, `Own: vested all hit, month ${m}`);
  });
  for (let k = 1; k <= H; k++)
    for (const block of [col.vested, col.expense, col.hireSbc])
      sheet.num(GRANTS_ROWS.header, block + k - 1, k, FORMATS.integer, 'headerNum');
}

/** The section titles above the header, and the labels of the plan's total rows. */
function writeSectionTitles({ sheet, col }: GrantsSheetCtx): void {
  const section = (c: number, t: string) => sheet.text(GRANTS_ROWS.title, c, t, 'section');
  section(col.due, 'Milestone inputs');
  section(col.year, 'Margin-refresh measurements (hit path)');
  section(col.size, 'Grant terms');
  section(col.vested, 'Vested shares by plan month');
  section(col.expense, 'SBC expense by plan month');
  section(
    col.hireSbc,
    'Hire: SBC expense, probability-weighted forecast (not GAAP), rounded per hire',
  );
  section(col.granted.hit, 'The hire’s own figures (on its first row)');
  const { total } = GRANTS_ROWS;
  sheet.text(total.hit, col.label, 'Plan: all hit', 'total');
  sheet.text(total.expected, col.label, 'Plan: expected', 'total');
  sheet.text(total.none, col.label, 'Plan: initial grants only', 'total');
}

/** Every hire's grant rows from the first grant row down; the last row written. */
function writeHires(
  gs: GrantsSheetCtx,
  own: ModelResult[],
): { layout: HireGrantRows[]; lastGrantRow: number } {
  const layout: HireGrantRows[] = [];
  let first = GRANTS_ROWS.firstGrant;
  gs.result.hires.forEach((hire, index) => {
    const rows = hireGrantRows(hire.hire.scenario, gs.H);
    const block: HireBlock = {
      hire,
      number: index + 1,
      first,
      last: first + rows.length - 1,
      firstMargin: first + rows.findIndex((row) => row.kind === 'margin'),
    };
    layout.push(hireGrantLayout(rows, first));
    rows.forEach((row, k) => writeGrantRow(gs, block, row, first + k));
    writeHireFigures(gs, block, own[index] as ModelResult);
    first = block.last + 1;
  });
  return { layout, lastGrantRow: first - 1 };
}

/** The plan's totals per equity view: vested shares and SBC expense per plan month. */
function writePlanTotals(gs: GrantsSheetCtx, lastGrantRow: number): void {
  const { sheet, col, result, money, H } = gs;
  const first = GRANTS_ROWS.firstGrant;
  const total = GRANTS_ROWS.total;
  const all = (c: number) => `${colLetter(c)}${first + 1}:${colLetter(c)}${lastGrantRow + 1}`;
  const allAbs = (c: number) => `${abs(first, c)}:${abs(lastGrantRow, c)}`;
  const write = (row: number, c: number, formula: string, cached: Decimal, format: string) =>
    sheet.formula(row, c, formula, cached, format, 'total');
  for (let k = 1; k <= H; k++) {
    const v = col.vested + k - 1;
    const e = col.expense + k - 1;
    const vested = (view: EquityView) => result.vested[view][k - 1] as Decimal;
    const sbc = (view: EquityView) => result.sbc[view][k - 1] as Decimal;
    write(total.hit, v, `SUM(${all(v)})`, vested('hit'), FORMATS.shares);
    const weighted = `SUMPRODUCT(${all(v)},${allAbs(col.weight)})`;
    write(total.expected, v, weighted, vested('expected'), FORMATS.sharesWeighted);
    const initialOnly = `SUMIF(${allAbs(col.kind)},"initial",${all(v)})`;
    write(total.none, v, initialOnly, vested('none'), FORMATS.shares);
    write(total.hit, e, `ROUND(SUM(${all(e)}),2)`, sbc('hit'), money);
    // The expected view sums each hire's rounded expense (model.md §10).
    write(total.expected, e, `ROUND(SUM(${all(col.hireSbc + k - 1)}),2)`, sbc('expected'), money);
    const initialSbc = `ROUND(SUMIF(${allAbs(col.kind)},"initial",${all(e)}),2)`;
    write(total.none, e, initialSbc, sbc('none'), money);
  }
}

/** The Gr_* names the Plan Summary and the hires' Offer Sheets read. */
function defineGrantsNames(gs: GrantsSheetCtx, lastGrantRow: number): void {
  const { sheet, col, result, valueMonths, H } = gs;
  const nP = result.plan.exitPrices.length;
  const nV = valueMonths.length;
  const first = GRANTS_ROWS.firstGrant;
  const total = GRANTS_ROWS.total;
  for (const v of EQUITY_VIEWS) {
    sheet.define(`Gr_Vested_${VIEW_NAME[v]}`, total[v], col.vested, total[v], col.vested + H - 1);
    sheet.define(`Gr_Sbc_${VIEW_NAME[v]}`, total[v], col.expense, total[v], col.expense + H - 1);
    sheet.define(
      `Gr_HireGranted_${VIEW_NAME[v]}`,
      first,
      col.granted[v],
      lastGrantRow,
      col.granted[v],
    );
    for (let j = 0; j < nP; j++) {
      const c = col.exitValue[v] + j;
      sheet.define(`Gr_HireExitValue_${VIEW_NAME[v]}_${j + 1}`, first, c, lastGrantRow, c);
    }
  }
  const named = (name: string, c: number, c1 = c) => sheet.define(name, first, c, lastGrantRow, c1);
  sheet.define(
    'Gr_Month',
    GRANTS_ROWS.header,
    col.expense,
    GRANTS_ROWS.header,
    col.expense + H - 1,
  );
  named('Gr_Kind', col.kind);
  named('Gr_Shares', col.shares);
  named('Gr_Weight', col.weight);
  named('Gr_OwnShares', col.own);
  named('Gr_HireMonth', col.hireMonth);
  named('Gr_DueDay', col.due);
  named('Gr_Value', col.value);
  named('Gr_Probability', col.probability);
  named('Gr_OwnVested', col.ownVested, col.ownVested + Math.max(nV, 1) - 1);
  named('Gr_OwnVestedHit', col.ownVestedHit, col.ownVestedHit + Math.max(nV, 1) - 1);
  if (nP > 0) {
    named('Gr_OwnValueHit', col.ownValueHit, col.ownValueHit + nV * nP - 1);
    named('Gr_OwnValueNone', col.ownValueNone, col.ownValueNone + nV * nP - 1);
  }
}
