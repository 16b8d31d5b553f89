/**
 * How a plan cell reaches Office.js: its `formulas` input and its number format (pure).
 */
import type { PlanCell } from '../workbook/plan.js';

/** What Office.js `range.formulas` accepts per cell. */
export type CellInput = string | number | boolean;

const GENERAL = 'General';
const TEXT = '@';

/** The cell's input for `range.formulas`. */
export function cellInput(cell: PlanCell): CellInput {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'date':
      return cell.serial;
    case 'formula':
      return `=${cell.formula}`;
  }
}

/**
 * The cell's number format. Text is ALWAYS "@" (set before the value, so Excel stores the text
 * literally even when it starts with "=", "+", "-" or "@"); a formula never gets "@" (Excel
 * would store the formula as text).
 */
export function cellFormat(cell: PlanCell): string {
  if (cell.kind === 'text') return TEXT;
  const f = cell.format ?? GENERAL;
  if (cell.kind === 'formula' && f === TEXT) return GENERAL;
  return f;
}
