/**
 * Compares a LibreOffice-recalculated workbook with the plan it was written from: every formula
 * cell's recalculated value must equal the engine's value cached in the plan — money to the cent
 * (in fact to a hundredth of a cent), share counts exactly, ratios to 1e-10.
 */
import { expect } from 'vitest';
import { a1, sheetCells, type WorkbookPlan } from '../../src/workbook/plan.js';
import type { RawCell } from '../support/xlsx-read.js';

export interface Mismatch {
  sheet: string;
  cell: string;
  formula: string;
  expected: number | string | boolean;
  actual: unknown;
}

/** Tolerance for a number the engine computed as `expected`. */
export function tolerance(expected: number): number {
  return Math.abs(expected) < 1 ? 1e-10 : 5e-5;
}

export function sameValue(expected: number | string | boolean, actual: unknown): boolean {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number') return false;
    return Math.abs(actual - expected) <= tolerance(expected);
  }
  if (expected === '') return actual === '' || actual === null || actual === undefined;
  if (typeof expected === 'boolean') return actual === expected || actual === (expected ? 1 : 0);
  return actual === expected;
}

/** Every formula cell of the plan whose recalculated value differs (empty = parity). */
export function compareWithPlan(
  plan: WorkbookPlan,
  recalculated: Map<string, Map<string, RawCell>>,
): { checked: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const sheet of plan.sheets) {
    const ws = recalculated.get(sheet.name);
    if (!ws) throw new Error(`recalculated workbook lacks sheet ${sheet.name}`);
    for (const { row, col, cell } of sheetCells(sheet)) {
      if (cell.kind !== 'formula') continue;
      checked++;
      const got = ws.get(a1(row, col));
      const actual = got ? got.value : '';
      if (!sameValue(cell.cached, actual))
        mismatches.push({
          sheet: sheet.name,
          cell: a1(row, col),
          formula: cell.formula,
          expected: cell.cached,
          actual,
        });
    }
  }
  return { checked, mismatches };
}

/**
 * Every case's recalculated workbook equals its plan (a case's first five mismatches are shown
 * under its label). Returns the formula cells checked in all.
 */
export function expectEveryCaseMatches(
  cases: readonly {
    label: string;
    plan: WorkbookPlan;
    cells?: Map<string, Map<string, RawCell>>;
  }[],
): number {
  let total = 0;
  for (const c of cases) {
    const { checked, mismatches } = compareWithPlan(c.plan, c.cells!);
    total += checked;
    expect(mismatches.slice(0, 5), c.label).toEqual([]);
  }
  return total;
}
