/**
 * Where things sit on the Grants sheet (docs/model.md §10): its fixed rows above the grants, its
 * columns left to right, and what every part of the sheet is given to write its cells.
 */
import type { EquityView } from '../../model/equity.js';
import type { PlanHireResult } from '../../model/plan/index.js';
import type { SheetBuilder } from '../builder.js';
import { ColumnCursor } from '../columns.js';
import type { PlanCtx } from './context.js';

/** Where one hire's grants sit on the Grants sheet (1-based positions within the Gr_* names). */
export interface HireGrantRows {
  /** Position of the hire's first (initial-grant) row. */
  first: number;
  /** Position of each of the hire's own grants (`hireModel(…).grants`, in that order). */
  ownGrant: number[];
  /** Position of each milestone of the hire's refresh program (all of them, in order). */
  milestone: number[];
}

/** The rows above the grants (0-based): section titles, headers, the plan's totals per view. */
export const GRANTS_ROWS = {
  title: 3,
  header: 4,
  total: { hit: 5, expected: 6, none: 7 } satisfies Record<EquityView, number>,
  /** The first grant row; a grant's position in the Gr_* names counts from here. */
  firstGrant: 8,
} as const;

/** One column each, left to right: the grant, its milestone inputs, measurement and terms. */
const GRANT_COLUMNS = [
  'no',
  'kind',
  'label',
  'start',
  'due',
  'probability',
  'value',
  'hireMonth',
  'planMonth',
  'year',
  'gain',
  'highWaterMark',
  'newPoints',
  'raw',
  'capped',
  'size',
  'own',
  'shares',
  'weight',
  'strike',
  'grantFairValue',
  'vestingMonths',
  'cliff',
  'every',
  'total',
] as const;

/**
 * The sheet's columns: the grant's own columns, then blocks (each the first of its columns) per
 * exit price, per value month or per plan month 1..H, then the hire's own figures.
 */
export function grantsColumns(horizon: number, exitPriceCount: number, valueMonthCount: number) {
  const cursor = new ColumnCursor();
  const blocks = {
    ...cursor.named(GRANT_COLUMNS),
    /** Value per share at each exit price. */
    intrinsic: cursor.take(exitPriceCount),
    /** The hire's own (Offer Sheet) vested shares of the grant at each value month. */
    ownVested: cursor.take(valueMonthCount),
    /** Vested shares of the grant per plan month. */
    vested: cursor.take(horizon),
    /** SBC expense of the grant per plan month. */
    expense: cursor.take(horizon),
    /** The hire's SBC expense per plan month, expected view (on its first row). */
    hireSbc: cursor.take(horizon),
    /** The hire's granted shares per equity view (on its first row). */
    granted: cursor.named(['hit', 'expected', 'none'] as const),
    /** The hire's value at plan month H per exit price, per equity view (on its first row). */
    exitValue: {
      hit: cursor.take(exitPriceCount),
      expected: cursor.take(exitPriceCount),
      none: cursor.take(exitPriceCount),
    } satisfies Record<EquityView, number>,
    /** The hire's own vested shares per value month, all hit (on its first row). */
    ownVestedHit: cursor.take(valueMonthCount),
    /** The hire's own value per value month × exit price, all hit and initial only. */
    ownValueHit: cursor.take(valueMonthCount * exitPriceCount),
    ownValueNone: cursor.take(valueMonthCount * exitPriceCount),
  };
  return { ...blocks, last: cursor.last };
}

export type GrantsColumns = ReturnType<typeof grantsColumns>;

/** What each part of the Grants sheet is given: the plan's context, the sheet and its columns. */
export interface GrantsSheetCtx extends PlanCtx {
  sheet: SheetBuilder;
  col: GrantsColumns;
  /** The plan's horizon H. */
  H: number;
}

/** One hire's block of grant rows (0-based sheet rows). */
export interface HireBlock {
  hire: PlanHireResult;
  /** The hire's number (1-based): column "Hire", and the row of its inputs on the Hires sheet. */
  number: number;
  first: number;
  last: number;
  /** The row of the hire's first margin-refresh measurement (first − 1 when it has none). */
  firstMargin: number;
}
