import type { Decimal } from '../model/decimal.js';
import {
  absRange,
  type PlanCell,
  type PlanBlock,
  type PlanName,
  type PlanSheet,
  type StyleName,
  FORMATS,
} from './plan.js';

/** A cached value as the engine computed it (Decimal converted for the plan). */
export type Cached = Decimal | number | string | boolean | null;

function cachedValue(x: Cached): number | string | boolean {
  if (x === null) return '';
  if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') return x;
  return x.toNumber();
}

/**
 * Collects a sheet's cells sparsely and turns them into a few dense rectangular blocks (one per
 * run of consecutive non-empty rows), which is what renderers write in one go.
 */
export class SheetBuilder {
  private readonly rows = new Map<number, Map<number, PlanCell>>();
  readonly extra: Omit<PlanSheet, 'name' | 'blocks'> = { columnWidths: [] };

  constructor(
    readonly name: string,
    private readonly names: PlanName[],
  ) {}

  set(row: number, col: number, cell: PlanCell): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    r.set(col, cell);
  }

  /** Literal text: always formatted '@' so no renderer can take it for a formula. */
  text(row: number, col: number, text: string, style?: StyleName): void {
    this.set(row, col, { kind: 'text', text, format: FORMATS.text, ...(style ? { style } : {}) });
  }

  num(row: number, col: number, value: number | Decimal, format?: string, style?: StyleName): void {
    this.set(row, col, {
      kind: 'number',
      value: typeof value === 'number' ? value : value.toNumber(),
      ...(format ? { format } : {}),
      ...(style ? { style } : {}),
    });
  }

  /** A formula cell (no leading "=") with the value the engine computed for it. */
  formula(
    row: number,
    col: number,
    formula: string,
    cached: Cached,
    format?: string,
    style?: StyleName,
  ): void {
    if (formula.startsWith('=')) throw new Error(`plan formulas carry no leading "=": ${formula}`);
    this.set(row, col, {
      kind: 'formula',
      formula,
      cached: cachedValue(cached),
      ...(format ? { format } : {}),
      ...(style ? { style } : {}),
    });
  }

  /** A section title in column 0, its style carried across columns 1..lastColumn. */
  section(row: number, title: string, lastColumn: number): void {
    this.text(row, 0, title, 'section');
    for (let c = 1; c <= lastColumn; c++) this.styleOnly(row, c, 'section');
  }

  /** Styles an empty cell (e.g. a section underline spanning columns). */
  styleOnly(row: number, col: number, style: StyleName): void {
    if (!this.rows.get(row)?.has(col)) this.set(row, col, { kind: 'empty', style });
  }

  /** Defines a workbook name for a cell or range of this sheet. */
  define(name: string, r0: number, c0: number, r1 = r0, c1 = c0, comment?: string): string {
    if (this.names.some((n) => n.name === name)) throw new Error(`duplicate name ${name}`);
    this.names.push({
      name,
      sheet: this.name,
      range: absRange(r0, c0, r1, c1),
      ...(comment ? { comment } : {}),
    });
    return name;
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    (this.extra.merges ??= []).push(absRange(r0, c0, r1, c1));
  }

  height(row: number, points: number): void {
    (this.extra.rowHeights ??= []).push({ row, height: points });
  }

  /** Header rows whose wrapped text needs more than one line get a taller row. */
  private fitHeaderRows(): void {
    const width = new Map(this.extra.columnWidths.map((w) => [w.col, w.width]));
    const fixed = new Set((this.extra.rowHeights ?? []).map((h) => h.row));
    for (const [row, cells] of this.rows) {
      if (fixed.has(row)) continue;
      let lines = 1;
      for (const [col, cell] of cells)
        if (cell.kind === 'text' && (cell.style === 'header' || cell.style === 'headerNum'))
          lines = Math.max(
            lines,
            Math.ceil((cell.text.length * 1.1) / (width.get(col) ?? 9) - 0.08),
          );
      if (lines > 1) this.height(row, 15 * Math.min(lines, 4));
    }
  }

  widths(...w: number[]): void {
    this.extra.columnWidths = w.map((width, col) => ({ col, width }));
  }

  build(): PlanSheet {
    const rowNums = [...this.rows.keys()].sort((a, b) => a - b);
    const blocks: PlanBlock[] = [];
    let i = 0;
    while (i < rowNums.length) {
      let j = i;
      while (j + 1 < rowNums.length && rowNums[j + 1] === (rowNums[j] as number) + 1) j++;
      const first = rowNums[i] as number;
      const last = rowNums[j] as number;
      let c0 = Infinity;
      let c1 = -Infinity;
      for (let r = first; r <= last; r++)
        for (const c of this.rows.get(r)?.keys() ?? []) {
          c0 = Math.min(c0, c);
          c1 = Math.max(c1, c);
        }
      const cells: PlanCell[][] = [];
      for (let r = first; r <= last; r++) {
        const src = this.rows.get(r);
        const line: PlanCell[] = [];
        for (let c = c0; c <= c1; c++) line.push(src?.get(c) ?? { kind: 'empty' });
        cells.push(line);
      }
      blocks.push({ anchor: { row: first, col: c0 }, cells });
      i = j + 1;
    }
    this.fitHeaderRows();
    return { name: this.name, blocks, ...this.extra };
  }
}
