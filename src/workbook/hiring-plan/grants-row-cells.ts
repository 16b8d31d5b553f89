/**
 * The cells of one grant row on the Grants sheet (docs/model.md §10): the grant and its
 * milestone inputs, its months (hire month and plan month = start month − 1 + hire month), a
 * margin measurement's hit-path steps (§3.5), its shares and terms, value per share at each exit
 * price, and its vested shares and SBC expense per month.
 */
import { type Decimal, ZERO, max } from '../../model/decimal.js';
import { grantSchedule, type GrantSchedule } from '../../model/equity.js';
import { sizePrice, type MarginMeasurement } from '../../model/grants.js';
import type { Cached } from '../builder.js';
import { yearOfMonth } from '../../model/hire-cost.js';
import { milestoneGrantMonthFormula, yearOfMonthFormula } from '../month-formulas.js';
import { FORMATS, colLetter } from '../plan.js';
import {
  GRANTS_ROWS,
  type GrantsColumns,
  type GrantsSheetCtx,
  type HireBlock,
} from './grants-layout.js';
import type { GrantRow } from './grants-rows.js';
import { hireInput } from './hires-sheet.js';

/** The label of a grant that is not a milestone (a milestone's is its name, an input). */
const LABEL = { initial: 'Initial grant', margin: 'Margin refresh' } as const;

/** The row being written: its hire's block, its grant, and how its formulas name cells. */
interface RowRef {
  block: HireBlock;
  row: GrantRow;
  /** The sheet row (0-based). */
  at: number;
  /** `$X<row>`: this row's cell in column c. */
  cell: (c: number) => string;
  /** The hire's input `name` on the Hires sheet, picked by this row's hire number. */
  input: (name: string) => string;
}

/** The grant's schedules: in the plan (dated in plan months, no shares past H) and its own. */
interface GrantSchedules {
  plan: GrantSchedule;
  own: GrantSchedule;
}

/** Writes grant row `row` of the hire's block at sheet row `at`. */
export function writeGrantRow(gs: GrantsSheetCtx, block: HireBlock, row: GrantRow, at: number) {
  const { col, H } = gs;
  const cell = (c: number) => `$${colLetter(c)}${at + 1}`;
  const ref: RowRef = { block, row, at, cell, input: (name) => hireInput(name, cell(col.no)) };
  const grant = row.grant;
  const planMonth = block.hire.hire.startMonth - 1 + grant.month;
  const planShares = planMonth <= H ? grant.shares : ZERO;
  const schedules: GrantSchedules = {
    plan: grantSchedule({ ...grant, month: planMonth, shares: planShares }, H),
    own: grantSchedule(grant, H),
  };
  writeGrantLabel(gs, ref);
  writeGrantMonths(gs, ref, planMonth);
  if (row.kind === 'margin') writeMeasurement(gs, ref, row.measurement);
  writeGrantShares(gs, ref, planShares);
  writeGrantTerms(gs, ref, schedules.plan.sbcTotal);
  writeValuePerShare(gs, ref);
  writeVestingBlocks(gs, ref, schedules);
}

/** Hire number, kind, and the grant's label — a milestone's name and its other inputs. */
function writeGrantLabel(gs: GrantsSheetCtx, ref: RowRef) {
  const { sheet, col, money0 } = gs;
  const { at, block, row } = ref;
  sheet.num(at, col.no, block.number, FORMATS.integer, 'label');
  sheet.text(at, col.kind, row.kind, 'helper');
  if (row.kind === 'milestone') {
    const { milestone } = row;
    sheet.text(at, col.label, milestone.name, 'input');
    sheet.num(at, col.due, milestone.dueDay, FORMATS.integer, 'input');
    sheet.num(at, col.probability, milestone.probability, FORMATS.percent, 'input');
    sheet.num(at, col.value, milestone.value, money0, 'input');
  } else sheet.text(at, col.label, LABEL[row.kind], 'label');
}

/** The hire's start month, the grant's hire month (0 for the initial grant) and plan month. */
function writeGrantMonths(gs: GrantsSheetCtx, ref: RowRef, planMonth: number) {
  const { sheet, col } = gs;
  const { at, cell, block, row } = ref;
  const start = block.hire.hire.startMonth;
  sheet.formula(at, col.start, ref.input('Hire_StartMonth'), start, FORMATS.integer, 'helper');
  if (row.kind === 'initial') sheet.num(at, col.hireMonth, 0, FORMATS.integer, 'label');
  else {
    const formula = refreshMonthFormula(col, ref, row);
    sheet.formula(at, col.hireMonth, formula, row.grant.month, FORMATS.integer, 'calc');
  }
  const planMonthFormula = `${cell(col.start)}-1+${cell(col.hireMonth)}`;
  sheet.formula(at, col.planMonth, planMonthFormula, planMonth, FORMATS.integer, 'calc');
}

/**
 * A milestone's hire month from its due day; a measurement's is M, then the previous
 * measurement + M: rows that fill down in Excel (Office.js).
 */
function refreshMonthFormula(
  col: GrantsColumns,
  ref: RowRef,
  row: Exclude<GrantRow, { kind: 'initial' }>,
): string {
  if (row.kind === 'milestone') return milestoneGrantMonthFormula(ref.cell(col.due));
  const previous = ref.at === ref.block.firstMargin ? '' : `$${colLetter(col.hireMonth)}${ref.at}+`;
  return `${previous}${ref.input('Hire_Refresh_MeasureEvery')}`;
}

/**
 * A margin measurement on the hit path (model.md §3.5): hire year, gain, the high-water mark of
 * the earlier measurements, new points, their raw value and the value after the yearly cap.
 */
function writeMeasurement(gs: GrantsSheetCtx, ref: RowRef, measurement: MarginMeasurement) {
  const { sheet, col, money } = gs;
  const { at, cell, input, block } = ref;
  const first = at === block.firstMargin;
  const write = (c: number, formula: string, cached: Cached, format: string) =>
    sheet.formula(at, c, formula, cached, format, 'calc');
  /** Column c over the hire's earlier measurements. */
  const earlier = (c: number) => `$${colLetter(c)}$${block.firstMargin + 1}:$${colLetter(c)}${at}`;
  const year = yearOfMonth(measurement.month);
  write(col.year, yearOfMonthFormula(cell(col.hireMonth)), year, FORMATS.integer);
  const gainStart = input('Hire_Gain_StartMonth');
  write(
    col.gain,
    `${input('Hire_Gain_Points')}*MIN(1,MAX(0,(${cell(col.hireMonth)}-${gainStart}+1)/(${input('Hire_Gain_FullMonth')}-${gainStart}+1)))`,
    measurement.gainHit,
    FORMATS.decimal4,
  );
  const highWaterMark = first ? '0' : `MAX(${earlier(col.gain)})`;
  write(col.highWaterMark, highWaterMark, measurement.highWaterMark, FORMATS.decimal4);
  const newPoints = `MAX(0,${cell(col.gain)}-${cell(col.highWaterMark)})`;
  write(col.newPoints, newPoints, measurement.newPoints, FORMATS.decimal4);
  const raw = `ROUND(${cell(col.newPoints)}*${input('Hire_Refresh_ValuePerPoint')},2)`;
  write(col.raw, raw, measurement.rawValue, money);
  const cap = input('Hire_Refresh_CapPerYear');
  const paid = first ? '0' : `SUMIF(${earlier(col.year)},${cell(col.year)},${earlier(col.capped)})`;
  write(
    col.capped,
    `IF(ISNUMBER(${cap}),MIN(${cell(col.raw)},${cap}-${paid}),${cell(col.raw)})`,
    measurement.value,
    money,
  );
}

/** Sizing price, the hire's own shares, shares in the plan (0 past H) and the grant's weight. */
function writeGrantShares(gs: GrantsSheetCtx, ref: RowRef, planShares: Decimal) {
  const { sheet, col, price } = gs;
  const { at, cell, input, block, row } = ref;
  const grant = row.grant;
  sheet.formula(
    at,
    col.size,
    `IF(${input('Hire_SizingPrice')}="fmv",In_Fmv409a,In_PreferredPrice)`,
    sizePrice(block.hire.hire.scenario),
    price,
    'helper',
  );
  sheet.formula(at, col.own, ownSharesFormula(col, ref), grant.shares, FORMATS.shares, 'calc');
  const inPlan = `IF(${cell(col.planMonth)}>In_H,0,${cell(col.own)})`;
  sheet.formula(at, col.shares, inPlan, planShares, FORMATS.shares, 'output');
  if (row.kind === 'initial') sheet.num(at, col.weight, 1, FORMATS.percent, 'label');
  else {
    const weight =
      row.kind === 'milestone' ? cell(col.probability) : input('Hire_Gain_Probability');
    sheet.formula(at, col.weight, weight, grant.weight, FORMATS.percent, 'calc');
  }
}

/**
 * The hire's own shares of the grant: the initial grant sized by shares, value or fraction of
 * fully diluted; a refresh its value (a measurement's after the cap) at the sizing price, 0 when
 * made after month H.
 */
function ownSharesFormula(col: GrantsColumns, ref: RowRef): string {
  const { cell, input, row } = ref;
  const sizingPrice = cell(col.size);
  if (row.kind === 'initial') {
    const by = input('Hire_Equity_SizeBy');
    const size = input('Hire_Equity_Size');
    return `IF(${by}="shares",${size},IF(${by}="value",INT(ROUND(${size}/${sizingPrice},6)),INT(ROUND(${size}*In_FullyDilutedShares,6))))`;
  }
  const value = cell(row.kind === 'margin' ? col.capped : col.value);
  return `IF(${cell(col.hireMonth)}>In_H,0,INT(ROUND(${value}/${sizingPrice},6)))`;
}

/** Strike, grant fair value and vesting terms (the initial grant's or the refresh program's). */
function writeGrantTerms(gs: GrantsSheetCtx, ref: RowRef, sbcTotal: Decimal) {
  const { sheet, col, money, price } = gs;
  const { at, cell, input, row } = ref;
  const { grant } = row;
  const terms = row.kind === 'initial' ? 'Hire_Equity_' : 'Hire_Refresh_';
  sheet.formula(
    at,
    col.strike,
    `IF(${input('Hire_Instrument')}="rsu",0,${input(`${terms}Strike`)})`,
    grant.strike,
    price,
    'calc',
  );
  const fromInputs: [number, string, Cached, string][] = [
    [col.grantFairValue, 'GrantFairValue', grant.grantFairValue, price],
    [col.vestingMonths, 'VestingMonths', grant.schedule.vestingMonths, FORMATS.integer],
    [col.cliff, 'CliffMonths', grant.schedule.cliffMonths, FORMATS.integer],
    [col.every, 'VestEvery', grant.schedule.vestEveryMonths, FORMATS.integer],
  ];
  for (const [c, name, cached, format] of fromInputs)
    sheet.formula(at, c, input(`${terms}${name}`), cached, format, 'calc');
  const total = `ROUND(${cell(col.shares)}*${cell(col.grantFairValue)},2)`;
  sheet.formula(at, col.total, total, sbcTotal, money, 'calc');
}

/** Value per share at each exit price: the price less the strike, at least 0. */
function writeValuePerShare(gs: GrantsSheetCtx, ref: RowRef) {
  const { sheet, col, result, price } = gs;
  const strike = ref.cell(col.strike);
  result.plan.exitPrices.forEach((exitPrice, j) =>
    sheet.formula(
      ref.at,
      col.intrinsic + j,
      `MAX(0,In_ExitPrice${j + 1}-${strike})`,
      max(ZERO, exitPrice.minus(ref.row.grant.strike)),
      price,
      'calc',
    ),
  );
}

/**
 * The hire's own vested shares at each value month (from the hire month), and in the plan the
 * vested shares and SBC expense per plan month 1..H (from the plan month; the months are the
 * header's numbers).
 */
function writeVestingBlocks(gs: GrantsSheetCtx, ref: RowRef, schedules: GrantSchedules) {
  const { sheet, col, money, valueMonths, H } = gs;
  const { at, cell } = ref;
  valueMonths.forEach((m, i) =>
    sheet.formula(
      at,
      col.ownVested + i,
      vestedFormula(col, ref, cell(col.own), `(${m}-${cell(col.hireMonth)})`),
      schedules.own.vested[m - 1] as Decimal,
      FORMATS.shares,
      'calc',
    ),
  );
  /** Months since the grant's plan month at the header of column c. */
  const elapsed = (c: number) =>
    `(${colLetter(c)}$${GRANTS_ROWS.header + 1}-${cell(col.planMonth)})`;
  /** SBC expensed by then: straight-line over the vesting months. */
  const expensed = (months: string) =>
    `IF(${months}<=0,0,ROUND(${cell(col.total)}*MIN(${months},${cell(col.vestingMonths)})/${cell(col.vestingMonths)},2))`;
  for (let k = 1; k <= H; k++) {
    const vested = col.vested + k - 1;
    sheet.formula(
      at,
      vested,
      vestedFormula(col, ref, cell(col.shares), elapsed(vested)),
      schedules.plan.vested[k - 1] as Decimal,
      FORMATS.shares,
      'calc',
    );
    const months = elapsed(col.expense + k - 1);
    sheet.formula(
      at,
      col.expense + k - 1,
      `${expensed(months)}-${expensed(`(${months}-1)`)}`,
      schedules.plan.expense[k - 1] as Decimal,
      money,
      'calc',
    );
  }
}

/** Shares vested `months` after the grant: 0 before the cliff, then whole vesting steps. */
function vestedFormula(col: GrantsColumns, ref: RowRef, shares: string, months: string): string {
  const { cell } = ref;
  const every = cell(col.every);
  const vestingMonths = cell(col.vestingMonths);
  return `IF(OR(${months}<=0,${months}<${cell(col.cliff)}),0,INT(ROUND(${shares}*MIN(INT(${months}/${every})*${every},${vestingMonths})/${vestingMonths},6)))`;
}
