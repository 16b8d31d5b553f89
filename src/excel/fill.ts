/**
 * Fill-down detection (pure). Month-by-month sheets repeat one row of formulas with relative
 * references moved down a row each month — what Excel's fill-down does. Writing the first row
 * and letting Excel fill the rest (Range.autoFill, "FillCopy") keeps a request's size
 * independent of the horizon; this module finds those rows and checks, cell by cell, that the
 * fill reproduces the plan exactly (anything else is written explicitly).
 */
import type { PlanCell } from '../workbook/plan.js';
import { cellFormat } from './cells.js';

const MAX_ROW = 1_048_576;

/**
 * The formula that filling `formula` down by `rows` rows gives: every relative row reference
 * (`B5`, `$B5`, `Sheet!B5`) moves by `rows`; absolute rows (`B$5`), names, functions and text
 * in quotes stay. Null when a reference would leave the sheet.
 */
export function shiftRows(formula: string, rows: number): string | null {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: copied as is ("" and '' are escapes).
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? (formula[i - 1] as string) : '';
    if (!/[A-Za-z0-9_.]/.test(prev)) {
      const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/.exec(formula.slice(i, i + 16));
      if (m) {
        const after = formula[i + m[0].length] ?? '';
        if (!/[A-Za-z0-9_.(!]/.test(after)) {
          const [all, colAbs, col, rowAbs, rowText] = m as unknown as [
            string,
            string,
            string,
            string,
            string,
          ];
          let row = Number(rowText);
          if (!rowAbs) row += rows;
          if (row < 1 || row > MAX_ROW) return null;
          out += `${colAbs}${col}${rowAbs}${row}`;
          i += all.length;
          continue;
        }
      }
    }
    // Copy an identifier or a single character.
    const word = /^[A-Za-z0-9_.]+/.exec(formula.slice(i));
    if (word && /[A-Za-z_]/.test(word[0][0] as string)) {
      out += word[0];
      i += word[0].length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function sameLook(a: PlanCell, b: PlanCell): boolean {
  return cellFormat(a) === cellFormat(b) && a.style === b.style;
}

/** Would filling `src` down by `d` rows give exactly `dst`? */
export function fillsTo(src: PlanCell, dst: PlanCell, d: number): boolean {
  if (src.kind !== dst.kind || !sameLook(src, dst)) return false;
  switch (src.kind) {
    case 'empty':
      return true;
    case 'text':
      return src.text === (dst as typeof src).text;
    case 'number':
      return src.value === (dst as typeof src).value;
    case 'date':
      return src.serial === (dst as typeof src).serial;
    case 'formula':
      return shiftRows(src.formula, d) === (dst as typeof src).formula;
  }
}

/** A run of rows [first, last] (block-relative) that fill down from `first`. */
export interface FillRun {
  first: number;
  last: number;
  /** Columns (block-relative) holding a number series (1, 2, 3…), written explicitly. */
  seriesCols: number[];
  /** Column segments [c0, c1] (block-relative, inclusive) filled down from the first row. */
  segments: [number, number][];
}

/** Shortest run worth a fill. */
export const MIN_FILL_ROWS = 8;

/**
 * Finds the fill-down runs of a block: maximal row ranges where each row equals the first one
 * filled down, except number-series columns (a constant step, e.g. the month index).
 */
export function fillRuns(cells: PlanCell[][]): FillRun[] {
  const runs: FillRun[] = [];
  const n = cells.length;
  const m = cells[0]?.length ?? 0;
  let a = 0;
  while (a + 1 < n) {
    const top = cells[a] as PlanCell[];
    const next = cells[a + 1] as PlanCell[];
    const step: (number | null)[] = top.map((c, j) => {
      const d = next[j] as PlanCell;
      return c.kind === 'number' && d.kind === 'number' && sameLook(c, d) && d.value !== c.value
        ? d.value - c.value
        : null;
    });
    const fits = (row: PlanCell[], d: number) =>
      row.every((cell, j) => {
        const s = step[j];
        const src = top[j] as PlanCell;
        if (s !== null && s !== undefined && src.kind === 'number') {
          return cell.kind === 'number' && sameLook(src, cell) && cell.value === src.value + d * s;
        }
        return fillsTo(src, cell, d);
      });
    let b = a;
    while (b + 1 < n && fits(cells[b + 1] as PlanCell[], b + 1 - a)) b++;
    if (b - a + 1 >= MIN_FILL_ROWS) {
      const seriesCols = step.flatMap((s, j) => (s !== null ? [j] : []));
      const segments: [number, number][] = [];
      let j = 0;
      while (j < m) {
        if (seriesCols.includes(j)) {
          j++;
          continue;
        }
        let k = j;
        while (k + 1 < m && !seriesCols.includes(k + 1)) k++;
        segments.push([j, k]);
        j = k + 1;
      }
      runs.push({ first: a, last: b, seriesCols, segments });
      a = b + 1;
    } else a++;
  }
  return runs;
}
