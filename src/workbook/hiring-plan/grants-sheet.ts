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
import { type Decimal, ZERO, max } from '../../model/decimal.js';
import {
  EQUITY_VIEWS,
  grantSchedule,
  type EquityView,
  type GrantSchedule,
} from '../../model/equity.js';
import { sizePrice } from '../../model/grants.js';
import type { ModelResult } from '../../model/model.js';
import { SheetBuilder } from '../builder.js';
import { milestoneGrantMonthFormula } from '../month-formulas.js';
import { FORMATS, abs, colLetter } from '../plan.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import { EQUITY_VIEW_SUFFIX } from '../../model/words.js';
import { hireInput } from './hires-sheet.js';
import {
  GRANTS_ROWS,
  grantsColumns,
  type GrantsSheetCtx,
  type HireBlock,
  type HireGrantRows,
} from './grants-layout.js';
import { hireGrantLayout, hireGrantRows } from './grants-rows.js';
import { writeHireFigures } from './grants-hire-figures.js';

export type { HireGrantRows };

export interface GrantsSheet {
  sheet: SheetBuilder;
  hires: HireGrantRows[];
}

/** The label of a grant that is not a milestone (a milestone's is its name, an input). */
const LABEL = { initial: 'Initial grant', margin: 'Margin refresh' } as const;

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
  const { sheet, col, result, money, money0, price, valueMonths, H } = gs;
  const plan = result.plan;
  const vest = (G: string, t: string, r: number) => {
    const c = (cc: number) => `$${colLetter(cc)}${r + 1}`;
    return `IF(OR(${t}<=0,${t}<${c(col.cliff)}),0,INT(ROUND(${G}*MIN(INT(${t}/${c(col.every)})*${c(col.every)},${c(col.vestingMonths)})/${c(col.vestingMonths)},6)))`;
  };
  const layout: HireGrantRows[] = [];
  let r = GRANTS_ROWS.firstGrant;
  result.hires.forEach((h, hi) => {
    const start = h.hire.startMonth;
    const rows = hireGrantRows(h.hire.scenario, H);
    const block: HireBlock = {
      hire: h,
      number: hi + 1,
      first: r,
      last: r + rows.length - 1,
      firstMargin: r + rows.findIndex((x) => x.kind === 'margin'),
    };
    layout.push(hireGrantLayout(rows, r));
    const firstMargin = block.firstMargin;

    rows.forEach((row) => {
      const c = (cc: number) => `$${colLetter(cc)}${r + 1}`;
      const N = c(col.no);
      const I = (name: string) => hireInput(name, N);
      const g = row.grant;
      const planMonth = start - 1 + g.month;
      const planShares = planMonth <= H ? g.shares : ZERO;
      const planSched: GrantSchedule = grantSchedule(
        { ...g, month: planMonth, shares: planShares },
        H,
      );
      const ownSched: GrantSchedule = grantSchedule(g, H);
      const refresh = row.kind !== 'initial';
      sheet.num(r, col.no, hi + 1, FORMATS.integer, 'label');
      sheet.text(r, col.kind, row.kind, 'helper');
      if (row.kind === 'milestone') {
        const m = row.milestone;
        sheet.text(r, col.label, m.name, 'input');
        sheet.num(r, col.due, m.dueDay, FORMATS.integer, 'input');
        sheet.num(r, col.probability, m.probability, FORMATS.percent, 'input');
        sheet.num(r, col.value, m.value, money0, 'input');
      } else sheet.text(r, col.label, LABEL[row.kind], 'label');
      sheet.formula(r, col.start, I('Hire_StartMonth'), start, FORMATS.integer, 'helper');
      if (row.kind === 'initial') sheet.num(r, col.hireMonth, 0, FORMATS.integer, 'label');
      else if (row.kind === 'milestone')
        sheet.formula(
          r,
          col.hireMonth,
          milestoneGrantMonthFormula(c(col.due)),
          g.month,
          FORMATS.integer,
          'calc',
        );
      else
        sheet.formula(
          r,
          col.hireMonth,
          // M, then the previous measurement + M: rows that fill down in Excel (Office.js).
          `${r === firstMargin ? '' : `$${colLetter(col.hireMonth)}${r}+`}${I('Hire_Refresh_MeasureEvery')}`,
          g.month,
          FORMATS.integer,
          'calc',
        );
      sheet.formula(
        r,
        col.planMonth,
        `${c(col.start)}-1+${c(col.hireMonth)}`,
        planMonth,
        FORMATS.integer,
        'calc',
      );
      let ownShares: string;
      const P = c(col.size);
      if (row.kind === 'margin') {
        const q = row.measurement;
        sheet.formula(
          r,
          col.year,
          `INT((${c(col.hireMonth)}+11)/12)`,
          Math.floor((q.month + 11) / 12),
          FORMATS.integer,
          'calc',
        );
        sheet.formula(
          r,
          col.gain,
          `${I('Hire_Gain_Points')}*MIN(1,MAX(0,(${c(col.hireMonth)}-${I('Hire_Gain_StartMonth')}+1)/(${I('Hire_Gain_FullMonth')}-${I('Hire_Gain_StartMonth')}+1)))`,
          q.gainHit,
          FORMATS.decimal4,
          'calc',
        );
        const prev = (cc: number) => `$${colLetter(cc)}$${firstMargin + 1}:$${colLetter(cc)}${r}`;
        sheet.formula(
          r,
          col.highWaterMark,
          r === firstMargin ? '0' : `MAX(${prev(col.gain)})`,
          q.highWaterMark,
          FORMATS.decimal4,
          'calc',
        );
        sheet.formula(
          r,
          col.newPoints,
          `MAX(0,${c(col.gain)}-${c(col.highWaterMark)})`,
          q.newPoints,
          FORMATS.decimal4,
          'calc',
        );
        sheet.formula(
          r,
          col.raw,
          `ROUND(${c(col.newPoints)}*${I('Hire_Refresh_ValuePerPoint')},2)`,
          q.rawValue,
          money,
          'calc',
        );
        const cap = I('Hire_Refresh_CapPerYear');
        const paid =
          r === firstMargin ? '0' : `SUMIF(${prev(col.year)},${c(col.year)},${prev(col.capped)})`;
        sheet.formula(
          r,
          col.capped,
          `IF(ISNUMBER(${cap}),MIN(${c(col.raw)},${cap}-${paid}),${c(col.raw)})`,
          q.value,
          money,
          'calc',
        );
        ownShares = `IF(${c(col.hireMonth)}>In_H,0,INT(ROUND(${c(col.capped)}/${P},6)))`;
      } else if (row.kind === 'milestone')
        ownShares = `IF(${c(col.hireMonth)}>In_H,0,INT(ROUND(${c(col.value)}/${P},6)))`;
      else {
        const by = I('Hire_Equity_SizeBy');
        const size = I('Hire_Equity_Size');
        ownShares = `IF(${by}="shares",${size},IF(${by}="value",INT(ROUND(${size}/${P},6)),INT(ROUND(${size}*In_FullyDilutedShares,6))))`;
      }
      sheet.formula(
        r,
        col.size,
        `IF(${I('Hire_SizingPrice')}="fmv",In_Fmv409a,In_PreferredPrice)`,
        sizePrice(h.hire.scenario),
        price,
        'helper',
      );
      sheet.formula(r, col.own, ownShares, g.shares, FORMATS.shares, 'calc');
      sheet.formula(
        r,
        col.shares,
        `IF(${c(col.planMonth)}>In_H,0,${c(col.own)})`,
        planShares,
        FORMATS.shares,
        'output',
      );
      if (row.kind === 'initial') sheet.num(r, col.weight, 1, FORMATS.percent, 'label');
      else if (row.kind === 'milestone')
        sheet.formula(r, col.weight, c(col.probability), g.weight, FORMATS.percent, 'calc');
      else
        sheet.formula(r, col.weight, I('Hire_Gain_Probability'), g.weight, FORMATS.percent, 'calc');
      const pre = refresh ? 'Hire_Refresh_' : 'Hire_Equity_';
      sheet.formula(
        r,
        col.strike,
        `IF(${I('Hire_Instrument')}="rsu",0,${I(`${pre}Strike`)})`,
        g.strike,
        price,
        'calc',
      );
      sheet.formula(
        r,
        col.grantFairValue,
        I(`${pre}GrantFairValue`),
        g.grantFairValue,
        price,
        'calc',
      );
      sheet.formula(
        r,
        col.vestingMonths,
        I(`${pre}VestingMonths`),
        g.schedule.vestingMonths,
        FORMATS.integer,
        'calc',
      );
      sheet.formula(
        r,
        col.cliff,
        I(`${pre}CliffMonths`),
        g.schedule.cliffMonths,
        FORMATS.integer,
        'calc',
      );
      sheet.formula(
        r,
        col.every,
        I(`${pre}VestEvery`),
        g.schedule.vestEveryMonths,
        FORMATS.integer,
        'calc',
      );
      sheet.formula(
        r,
        col.total,
        `ROUND(${c(col.shares)}*${c(col.grantFairValue)},2)`,
        planSched.sbcTotal,
        money,
        'calc',
      );
      plan.exitPrices.forEach((px, j) =>
        sheet.formula(
          r,
          col.intrinsic + j,
          `MAX(0,In_ExitPrice${j + 1}-${c(col.strike)})`,
          max(ZERO, px.minus(g.strike)),
          price,
          'calc',
        ),
      );
      valueMonths.forEach((m, i) =>
        sheet.formula(
          r,
          col.ownVested + i,
          vest(c(col.own), `(${m}-${c(col.hireMonth)})`, r),
          ownSched.vested[m - 1] as Decimal,
          FORMATS.shares,
          'calc',
        ),
      );
      for (let k = 1; k <= H; k++) {
        const t = `(${colLetter(col.vested + k - 1)}$${GRANTS_ROWS.header + 1}-${c(col.planMonth)})`;
        sheet.formula(
          r,
          col.vested + k - 1,
          vest(c(col.shares), t, r),
          planSched.vested[k - 1] as Decimal,
          FORMATS.shares,
          'calc',
        );
        const te = `(${colLetter(col.expense + k - 1)}$${GRANTS_ROWS.header + 1}-${c(col.planMonth)})`;
        const cum = (tt: string) =>
          `IF(${tt}<=0,0,ROUND(${c(col.total)}*MIN(${tt},${c(col.vestingMonths)})/${c(col.vestingMonths)},2))`;
        sheet.formula(
          r,
          col.expense + k - 1,
          `${cum(te)}-${cum(`(${te}-1)`)}`,
          planSched.expense[k - 1] as Decimal,
          money,
          'calc',
        );
      }
      r++;
    });
    writeHireFigures(gs, block, own[hi] as ModelResult);
  });
  return { layout, lastGrantRow: r - 1 };
}

/** The plan's totals per equity view: vested shares and SBC expense per plan month. */
function writePlanTotals(gs: GrantsSheetCtx, lastGrantRow: number): void {
  const { sheet, col, result, money, H } = gs;
  const first = GRANTS_ROWS.firstGrant;
  const total = GRANTS_ROWS.total;
  const all = (c: number) => `${colLetter(c)}${first + 1}:${colLetter(c)}${lastGrantRow + 1}`;
  const allAbs = (c: number) => `${abs(first, c)}:${abs(lastGrantRow, c)}`;
  for (let k = 1; k <= H; k++) {
    const v = col.vested + k - 1;
    const e = col.expense + k - 1;
    sheet.formula(
      total.hit,
      v,
      `SUM(${all(v)})`,
      result.vested.hit[k - 1] as Decimal,
      FORMATS.shares,
      'total',
    );
    sheet.formula(
      total.expected,
      v,
      `SUMPRODUCT(${all(v)},${allAbs(col.weight)})`,
      result.vested.expected[k - 1] as Decimal,
      FORMATS.sharesWeighted,
      'total',
    );
    sheet.formula(
      total.none,
      v,
      `SUMIF(${allAbs(col.kind)},"initial",${all(v)})`,
      result.vested.none[k - 1] as Decimal,
      FORMATS.shares,
      'total',
    );
    sheet.formula(
      total.hit,
      e,
      `ROUND(SUM(${all(e)}),2)`,
      result.sbc.hit[k - 1] as Decimal,
      money,
      'total',
    );
    sheet.formula(
      total.expected,
      e,
      `ROUND(SUM(${all(col.hireSbc + k - 1)}),2)`,
      result.sbc.expected[k - 1] as Decimal,
      money,
      'total',
    );
    sheet.formula(
      total.none,
      e,
      `ROUND(SUMIF(${allAbs(col.kind)},"initial",${all(e)}),2)`,
      result.sbc.none[k - 1] as Decimal,
      money,
      'total',
    );
  }
}

/** The Gr_* names the Plan Summary, the hires' Offer Sheets and the Hire Months sheet read. */
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
