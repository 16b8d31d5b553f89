/**
 * The stock-based compensation table of a summary sheet (docs/model.md §3.5; a plan's by plan
 * year, §10): a header row, one row per year of months 1..H with each equity view's expense in
 * that year, and the note under it. The offer's Summary and the plan's Plan Summary label and
 * sum their years their own way.
 */
import type { Decimal } from '../model/decimal.js';
import { EQUITY_VIEWS, type EquityView } from '../model/equity.js';
import { sumOverYear } from '../model/hire-cost.js';
import type { SheetBuilder } from './builder.js';

export interface SbcByYear {
  /** The year column's header, then one per equity view in EQUITY_VIEWS order. */
  headers: readonly string[];
  /** H: the last year is the one month H falls in. */
  horizonMonths: number;
  /** The engine's expense per month 1..H and equity view. */
  sbc: Record<EquityView, readonly Decimal[]>;
  /** Writes year y's label in column 0 of `row`. */
  writeYearLabel(row: number, y: number): void;
  /** The formula of a view's expense in year y, on `row`. */
  expenseFormula(view: EquityView, row: number, y: number): string;
  note: string;
  money0: string;
}

/** Writes the table from `row`; returns the row after the note and a blank row. */
export function writeSbcByYear(sheet: SheetBuilder, row: number, t: SbcByYear): number {
  t.headers.forEach((text, i) => sheet.text(row, i, text, i ? 'headerNum' : 'header'));
  let r = row + 1;
  for (let y = 1; y <= Math.ceil(t.horizonMonths / 12); y++) {
    t.writeYearLabel(r, y);
    EQUITY_VIEWS.forEach((view, i) => {
      const value = sumOverYear(t.sbc[view], y);
      sheet.formula(r, 1 + i, t.expenseFormula(view, r, y), value, t.money0, 'calc');
    });
    r++;
  }
  sheet.text(r, 0, t.note, 'note');
  return r + 2;
}
