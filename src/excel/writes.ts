/**
 * Pure preparation of a plan's cell writes for Office.js. Each block becomes a few operations:
 * rectangular chunks (one `numberFormat` and one `formulas` assignment each, split by rows when
 * one would exceed the request budget) and fill-downs (the first row of a month-by-month run,
 * then Range.autoFill over the run), so the request size does not grow with the horizon.
 * No Office types here: tested on its own.
 */
import { InputError } from '../model/messages.js';
import { colLetter, type PlanBlock, type PlanSheet } from '../workbook/plan.js';
import { cellFormat, cellInput, type CellInput } from './cells.js';
import { fillRuns } from './fill.js';

/** One rectangular write: zero-based anchor, dense 2-D arrays of the same shape. */
export interface WriteChunk {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Cell inputs: text as is (its format is "@"), numbers, date serials, "=formula", "" = empty. */
  formulas: CellInput[][];
  /** Number format per cell (same shape). */
  numberFormat: string[][];
  /** Estimated request bytes of this chunk (JSON of both arrays). */
  bytes: number;
}

function jsonBytes(x: unknown): number {
  // UTF-8 length of the JSON: what the request carries.
  return new TextEncoder().encode(JSON.stringify(x)).length;
}

/** Block rows [r0, r1) and columns [c0, c1) as one chunk. */
function chunkOf(
  sheet: string,
  block: PlanBlock,
  r0: number,
  r1: number,
  c0 = 0,
  c1?: number,
): WriteChunk {
  const rows = block.cells.slice(r0, r1).map((line) => line.slice(c0, c1));
  const cols = rows[0]?.length ?? 0;
  const formulas = rows.map((line) => line.map(cellInput));
  const numberFormat = rows.map((line) => line.map(cellFormat));
  return {
    sheet,
    row: block.anchor.row + r0,
    col: block.anchor.col + c0,
    rows: rows.length,
    cols,
    formulas,
    numberFormat,
    bytes: jsonBytes(formulas) + jsonBytes(numberFormat),
  };
}

/** Fill the first row of a rectangle down over all its rows (Range.autoFill, "FillCopy"). */
export interface FillOp {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type WriteOp = { kind: 'cells'; chunk: WriteChunk } | { kind: 'fill'; fill: FillOp };

/** Excel's limit on one request's payload (5 MB); the write budget stays below it. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * A single row larger than a request can carry is refused before anything is sent, naming the
 * sheet, the row and its largest cell (rows are never split across requests).
 */
function refuseRow(chunk: WriteChunk, maxBytes: number): never {
  const cells = chunk.formulas[0] ?? [];
  let widest = 0;
  let widestBytes = -1;
  cells.forEach((c, i) => {
    const b = jsonBytes(c);
    if (b > widestBytes) {
      widest = i;
      widestBytes = b;
    }
  });
  const label = cells[0];
  throw new InputError(chunk.sheet, [
    `row ${chunk.row + 1}${typeof label === 'string' && label !== '' && !label.startsWith('=') ? ` ("${label.slice(0, 40)}")` : ''} needs ${chunk.bytes.toLocaleString('en-US')} bytes in one request, more than Excel's ${maxBytes.toLocaleString('en-US')}; its largest cell is ${colLetter(chunk.col + widest)}${chunk.row + 1} (${widestBytes.toLocaleString('en-US')} bytes): shorten that text`,
  ]);
}

/**
 * Rows [r0, r1) of a block as chunks under `maxBytes`. A single row is never split: one that
 * cannot fit is refused up front ({@link refuseRow}).
 */
function chunksOf(
  sheet: string,
  block: PlanBlock,
  r0: number,
  r1: number,
  maxBytes: number,
): WriteChunk[] {
  const out: WriteChunk[] = [];
  const n = r1 - r0;
  if (n <= 0) return out;
  const whole = chunkOf(sheet, block, r0, r1);
  if (n === 1 && whole.bytes > REQUEST_LIMIT_BYTES) refuseRow(whole, REQUEST_LIMIT_BYTES);
  if (whole.bytes <= maxBytes || n === 1) return [whole];
  let per = Math.max(1, Math.floor((n * maxBytes) / whole.bytes));
  let r = r0;
  while (r < r1) {
    let c = chunkOf(sheet, block, r, Math.min(r1, r + per));
    while (c.bytes > maxBytes && c.rows > 1) {
      per = Math.max(1, Math.floor(per / 2));
      c = chunkOf(sheet, block, r, Math.min(r1, r + per));
    }
    out.push(c);
    r += c.rows;
  }
  return out;
}

/**
 * The write operations for one sheet, in order. Within a fill-down run the first row is written
 * whole, number-series columns (month 1, 2, 3…) are written whole, and every other column
 * segment is filled down from the first row.
 */
export function sheetWrites(sheet: PlanSheet, maxBytes: number): WriteOp[] {
  const out: WriteOp[] = [];
  const cells = (list: WriteChunk[]) => list.forEach((chunk) => out.push({ kind: 'cells', chunk }));
  for (const block of sheet.blocks) {
    const n = block.cells.length;
    if (n === 0) continue;
    const cols = block.cells[0]?.length ?? 0;
    block.cells.forEach((line, r) => {
      if (line.length !== cols) {
        throw new Error(
          `plan block at ${sheet.name} row ${block.anchor.row + r + 1} is not rectangular`,
        );
      }
    });
    let r = 0;
    for (const run of fillRuns(block.cells)) {
      cells(chunksOf(sheet.name, block, r, run.first, maxBytes));
      cells([chunkOf(sheet.name, block, run.first, run.first + 1)]);
      for (const c of run.seriesCols)
        cells([chunkOf(sheet.name, block, run.first + 1, run.last + 1, c, c + 1)]);
      for (const [c0, c1] of run.segments) {
        out.push({
          kind: 'fill',
          fill: {
            sheet: sheet.name,
            row: block.anchor.row + run.first,
            col: block.anchor.col + c0,
            rows: run.last - run.first + 1,
            cols: c1 - c0 + 1,
          },
        });
      }
      r = run.last + 1;
    }
    cells(chunksOf(sheet.name, block, r, n, maxBytes));
  }
  return out;
}

/** The cell chunks for one sheet with no fill-downs (every cell written explicitly). */
export function sheetChunks(sheet: PlanSheet, maxBytes: number): WriteChunk[] {
  return sheet.blocks.flatMap((block) =>
    chunksOf(sheet.name, block, 0, block.cells.length, maxBytes),
  );
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px per char + 5 px). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A workbook name that marks a sheet as made by Offer Runway (hidden, refers to its A1). */
export function markerName(sheetName: string): string {
  return `OfferRunway.Sheet.${sheetName.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Prefix of the names of charts the add-in creates. */
export const CHART_PREFIX = 'OfferRunway.Chart.';
