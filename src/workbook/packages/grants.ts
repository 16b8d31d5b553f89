/**
 * The Packages sheet's grants at month H (model.md §9), per package: the initial grant, each
 * milestone refresh and each margin refresh, with shares, weight, strike, vesting, vested shares
 * at H and the candidate's value at each exit price. The expected view weights each refresh by
 * its probability.
 */
import { type Decimal, ONE, ZERO, max } from '../../model/decimal.js';
import {
  type MarginMeasurement,
  marginMeasurements,
  milestoneGrantMonth,
  sizePrice,
} from '../../model/grants.js';
import { yearOfMonth } from '../../model/hire-cost.js';
import type { VestingSchedule } from '../../model/scenario.js';
import { sharesForValue, vestedShares } from '../../model/vesting.js';
import { gainHitFormula, milestoneGrantMonthFormula } from '../month-formulas.js';
import { FORMATS, a1, absRange } from '../plan.js';
import type { PackagesContext } from './context.js';
import type { RefreshInputs } from './inputs.js';

/** The columns of a grant row; the values at each exit price follow from column 11. */
const COL = {
  label: 0,
  month: 1,
  shares: 2,
  weight: 3,
  strike: 4,
  vestingMonths: 5,
  cliffMonths: 6,
  vestEvery: 7,
  vested: 8,
  weightedVested: 9,
  weightedVestedStrike: 10,
} as const;

const headers = (H: number) => [
  'Grant',
  'Grant month',
  'Shares if hit',
  'Weight',
  'Strike',
  'Vesting months',
  'Cliff',
  'Every',
  `Vested at month ${H}`,
  'Weight × vested',
  'Weight × vested × strike',
];

/** The column of the value at exit price j. */
const valueColumn = (j: number) => 11 + j;

/** The ranges of one package's grant rows that the summary and the break-even read. */
export interface GrantRanges {
  strike: string;
  weightedVested: string;
  weightedVestedStrike: string;
  shares: string;
  weight: string;
  /** Per exit price. */
  value: string[];
}

/** A grant row's inputs: each a formula with the engine's value. */
interface GrantRow {
  label: string;
  /** The grant month: a number, or a formula and its value. */
  month: [string | number, number];
  shares: [string, Decimal];
  weight: [string, Decimal];
  strike: [string, Decimal];
  /** Formulas of the vesting months, cliff and vesting interval, and their values. */
  scheduleCells: [string, string, string];
  schedule: VestingSchedule;
}

/** How a package's refreshes are written: where the terms come from and the size price. */
interface RefreshRows {
  i: number;
  refresh: RefreshInputs;
  strikeFormula: string;
  scheduleCells: [string, string, string];
  sizePrice: Decimal;
}

/** Writes the grants section; returns each package's grant ranges. */
export function writeGrants(ctx: PackagesContext, refresh: RefreshInputs): GrantRanges[] {
  const H = ctx.scenario.horizonMonths;
  ctx.cursor.section(
    `Grants at month ${H} (expected view: each refresh weighted by its probability)`,
  );
  return ctx.packages.map((_, i) => writePackageGrants(ctx, refresh, i));
}

/** The margin helper columns, right of the values at each exit price. */
const MARGIN_COL = { gain: 0, highWaterMark: 1, raw: 2, year: 3, value: 4 } as const;

const marginColumn = (ctx: PackagesContext, part: keyof typeof MARGIN_COL = 'gain') =>
  valueColumn(ctx.scenario.exitPrices.length) + MARGIN_COL[part];

function writeGrantHeader(ctx: PackagesContext, name: string): void {
  const { sheet, cursor, scenario: s } = ctx;
  sheet.text(cursor.row++, 0, name, 'section');
  const row = cursor.row++;
  headers(s.horizonMonths).forEach((t, c) => sheet.text(row, c, t, c ? 'headerNum' : 'header'));
  s.exitPrices.forEach((_, j) =>
    sheet.text(row, valueColumn(j), `Value at exit price ${j + 1}`, 'headerNum'),
  );
  ['Gain if hit (pts)', 'High-water mark', 'Raw value', 'Year', 'Value after cap'].forEach((t, c) =>
    sheet.text(row, marginColumn(ctx) + c, t, 'helper'),
  );
}

/** Package i's header and grant rows, then a blank row. */
function writePackageGrants(ctx: PackagesContext, refresh: RefreshInputs, i: number): GrantRanges {
  const { cursor, packages } = ctx;
  const p = packages[i]!;
  const o = p.model.scenario.offer;
  const P = `Pkg${i + 1}_`;
  writeGrantHeader(ctx, p.name);
  const first = cursor.row;
  writeGrantRow(ctx, {
    label: 'Initial grant',
    month: [0, 0],
    shares: [`${P}InitialShares`, p.model.grants[0]!.grant.shares],
    weight: ['1', ONE],
    strike: [`${P}Strike`, o.equity.strike],
    scheduleCells: [`${P}VestingMonths`, `${P}CliffMonths`, `${P}VestEvery`],
    schedule: o.equity.schedule,
  });
  if (o.refresh) {
    const rows: RefreshRows = {
      i,
      refresh,
      strikeFormula: `IF(${P}Instrument="rsu",0,${refresh.field(i, 'Strike')})`,
      scheduleCells: [
        refresh.field(i, 'VestingMonths'),
        refresh.field(i, 'CliffMonths'),
        refresh.field(i, 'VestEvery'),
      ],
      sizePrice: sizePrice(p.model.scenario),
    };
    writeMilestoneGrants(ctx, rows);
    if (o.refresh.margin) writeMarginGrants(ctx, rows);
  }
  const last = cursor.row - 1;
  cursor.row++;
  const range = (col: number) => absRange(first, col, last, col);
  return {
    strike: range(COL.strike),
    weightedVested: range(COL.weightedVested),
    weightedVestedStrike: range(COL.weightedVestedStrike),
    shares: range(COL.shares),
    weight: range(COL.weight),
    value: ctx.scenario.exitPrices.map((_, j) => range(valueColumn(j))),
  };
}

/** One grant row at the cursor: its terms, vested shares at H and value at each exit price. */
function writeGrantRow(ctx: PackagesContext, g: GrantRow): void {
  const { sheet, cursor, scenario: s, price, money } = ctx;
  const H = s.horizonMonths;
  const r = cursor.row++;
  const c = (col: number) => a1(r, col);
  sheet.text(r, COL.label, g.label, 'label');
  if (typeof g.month[0] === 'number') sheet.num(r, COL.month, g.month[0], FORMATS.integer, 'calc');
  else sheet.formula(r, COL.month, g.month[0], g.month[1], FORMATS.integer, 'calc');
  sheet.formula(r, COL.shares, g.shares[0], g.shares[1], FORMATS.shares, 'calc');
  sheet.formula(r, COL.weight, g.weight[0], g.weight[1], FORMATS.percent, 'calc');
  sheet.formula(r, COL.strike, g.strike[0], g.strike[1], price, 'calc');
  const [vestingMonths, cliffMonths, vestEvery] = g.scheduleCells;
  sheet.formula(
    r,
    COL.vestingMonths,
    vestingMonths,
    g.schedule.vestingMonths,
    FORMATS.integer,
    'calc',
  );
  sheet.formula(r, COL.cliffMonths, cliffMonths, g.schedule.cliffMonths, FORMATS.integer, 'calc');
  sheet.formula(r, COL.vestEvery, vestEvery, g.schedule.vestEveryMonths, FORMATS.integer, 'calc');
  const t = `(In_H-${c(COL.month)})`;
  const vested = vestedShares(g.shares[1], g.schedule, H - g.month[1]);
  sheet.formula(
    r,
    COL.vested,
    `IF(OR(${t}<${c(COL.cliffMonths)},${t}<=0),0,INT(ROUND(${c(COL.shares)}*MIN(INT(${t}/${c(COL.vestEvery)})*${c(COL.vestEvery)},${c(COL.vestingMonths)})/${c(COL.vestingMonths)},6)))`,
    vested,
    FORMATS.shares,
    'calc',
  );
  const wv = g.weight[1].times(vested);
  const wvCell = c(COL.weightedVested);
  sheet.formula(
    r,
    COL.weightedVested,
    `${c(COL.weight)}*${c(COL.vested)}`,
    wv,
    FORMATS.sharesWeighted,
    'calc',
  );
  sheet.formula(
    r,
    COL.weightedVestedStrike,
    `${wvCell}*${c(COL.strike)}`,
    wv.times(g.strike[1]),
    FORMATS.money,
    'calc',
  );
  s.exitPrices.forEach((px, j) =>
    sheet.formula(
      r,
      valueColumn(j),
      `${wvCell}*MAX(0,In_ExitPrice${j + 1}-${c(COL.strike)})`,
      wv.times(max(ZERO, px.minus(g.strike[1]))),
      money,
      'calc',
    ),
  );
}

/** A row per milestone refresh: granted in its due month, if that is ≤ H (model.md §3.5). */
function writeMilestoneGrants(ctx: PackagesContext, rows: RefreshRows): void {
  const { i, refresh } = rows;
  const H = ctx.scenario.horizonMonths;
  const rf = ctx.packages[i]!.model.scenario.offer.refresh!;
  rf.milestones.forEach((m, j) => {
    const month = milestoneGrantMonth(m.dueDay);
    const monthCell = a1(ctx.cursor.row, COL.month);
    writeGrantRow(ctx, {
      label: m.name,
      month: [milestoneGrantMonthFormula(refresh.milestone(i, j, 'DueDay')), month],
      shares: [
        `IF(${monthCell}<=In_H,INT(ROUND(${refresh.milestone(i, j, 'Value')}/Calc_SizePrice,6)),0)`,
        month <= H ? sharesForValue(m.value, rows.sizePrice) : ZERO,
      ],
      weight: [refresh.milestone(i, j, 'Probability'), m.probability],
      strike: [rows.strikeFormula, rf.strike],
      scheduleCells: rows.scheduleCells,
      schedule: rf.schedule,
    });
  });
}

/** A row per margin measurement (model.md §3.5), its helper cells to the right of the values. */
function writeMarginGrants(ctx: PackagesContext, rows: RefreshRows): void {
  const o = ctx.packages[rows.i]!.model.scenario.offer;
  const rf = o.refresh!;
  const measurements = marginMeasurements(
    o.marginGain,
    rf.margin!,
    ctx.scenario.horizonMonths,
    rows.sizePrice,
  );
  const first = ctx.cursor.row;
  measurements.forEach((q, idx) => {
    const valueCell = writeMarginHelpers(ctx, rows, q, idx === 0 ? null : first);
    writeGrantRow(ctx, {
      label: `Margin refresh, month ${q.month}`,
      month: [q.month, q.month],
      shares: [`INT(ROUND(${valueCell}/Calc_SizePrice,6))`, q.shares],
      weight: ['In_MarginGain_Probability', o.marginGain?.probability ?? ONE],
      strike: [rows.strikeFormula, rf.strike],
      scheduleCells: rows.scheduleCells,
      schedule: rf.schedule,
    });
  });
}

/**
 * A measurement's helper cells at the cursor's row: gain if hit, high-water mark (the previous
 * gain), raw value, year and the value after the yearly cap, which counts the earlier
 * measurements of the same year from row `first` (null for the first measurement).
 * Returns the value cell.
 */
function writeMarginHelpers(
  ctx: PackagesContext,
  rows: RefreshRows,
  q: MarginMeasurement,
  first: number | null,
): string {
  const { sheet, money } = ctx;
  const r = ctx.cursor.row;
  const gain = marginColumn(ctx, 'gain');
  const highWaterMark = marginColumn(ctx, 'highWaterMark');
  const raw = marginColumn(ctx, 'raw');
  const year = marginColumn(ctx, 'year');
  const value = marginColumn(ctx, 'value');
  const c = (column: number) => a1(r, column);
  const helper = 'helper';
  sheet.formula(r, gain, gainHitFormula(String(q.month)), q.gainHit, FORMATS.decimal4, helper);
  sheet.formula(
    r,
    highWaterMark,
    first === null ? '0' : a1(r - 1, gain),
    q.highWaterMark,
    FORMATS.decimal4,
    helper,
  );
  const perPoint = rows.refresh.field(rows.i, 'ValuePerPoint');
  sheet.formula(
    r,
    raw,
    `ROUND(MAX(0,${c(gain)}-${c(highWaterMark)})*${perPoint},2)`,
    q.rawValue,
    money,
    helper,
  );
  sheet.num(r, year, yearOfMonth(q.month), FORMATS.integer, helper);
  const earlier =
    first === null
      ? '0'
      : `SUMIF(${absRange(first, year, r - 1, year)},${c(year)},${absRange(first, value, r - 1, value)})`;
  const cap = rows.refresh.field(rows.i, 'CapPerYear');
  sheet.formula(
    r,
    value,
    `IF(${cap}="",${c(raw)},MIN(${c(raw)},${cap}-${earlier}))`,
    q.value,
    money,
    helper,
  );
  return c(value);
}
