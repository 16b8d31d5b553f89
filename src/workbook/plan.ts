/**
 * The workbook PLAN: a renderer-neutral, declarative description of the Offer Runway workbook.
 *
 * Two renderers apply a plan: src/xlsx (ExcelJS → .xlsx file) and src/excel (Office.js → the live
 * workbook). A plan is plain data (JSON-serialisable: no Decimal, no Date, no functions).
 *
 * Coordinates: every `row`/`col` in this file is ZERO-BASED (row 0 = spreadsheet row 1, col 0 =
 * column A), matching Office.js `getRangeByIndexes`. ExcelJS users add 1. Range strings (`range`,
 * `area`, defined names) are A1 references WITHOUT the sheet name and WITH `$` signs
 * (e.g. `$B$3` or `$B$3:$B$50`); use {@link qualifiedRef} to prefix the sheet.
 *
 * Formulas: {@link FormulaCell.formula} is stored WITHOUT the leading "=" (ExcelJS convention).
 * Office.js needs it: write `'=' + formula`. Formulas use English
 * function names and comma argument separators (Office.js `range.formulas`, not `formulasLocal`).
 *
 * Text: a {@link TextCell} must reach the sheet as a literal string even when it starts with
 * `=`, `+`, `-`, `@` or a tab. ExcelJS writes strings as shared strings (safe). In Office.js set
 * the cell's numberFormat to `"@"` BEFORE writing the value (the plan already gives text cells
 * `format: '@'`), or the text would be parsed as a formula.
 *
 * Layout: each sheet is a few RECTANGULAR blocks. A renderer writes one block with one
 * `values`/`formulas` assignment and one `numberFormat` assignment (a dense 2-D array), then
 * applies the block's style rectangles (`styleRuns`) — a fixed number of operations per block
 * and a fixed number of `context.sync()` calls per workbook, independent of the row count.
 */

/** Named visual styles; {@link STYLES} gives their look. */
export type StyleName =
  | 'title' // big document title
  | 'subtitle' // secondary heading line under a title
  | 'section' // section heading (bold, coloured text, bottom border)
  | 'header' // column header row of a table (bold, filled)
  | 'headerNum' // header over a numeric column (as 'header', right-aligned)
  | 'body' // paragraph text (wraps; usually in a merged range)
  | 'label' // a row label
  | 'input' // an editable input (blue text on pale yellow, per finance convention)
  | 'calc' // an ordinary formula result
  | 'output' // a key output (bold)
  | 'total' // a total row (bold, top border)
  | 'note' // small grey explanatory text (does not wrap)
  | 'smallprint' // small grey paragraph text (wraps; usually in a merged range)
  | 'helper' // helper columns (grey text)
  | 'warning'; // an attention line (dark red text)

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** 6-digit hex RGB, no '#'. */
  fontColor?: string;
  /** 6-digit hex RGB fill, no '#'. */
  fill?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, fontSize: 18, fontColor: '1F3864' },
  subtitle: { fontSize: 12, fontColor: '44546A' },
  section: { bold: true, fontSize: 12, fontColor: '1F3864', borderBottom: true },
  header: { bold: true, fill: 'D9E1F2', fontColor: '1F3864', wrap: true },
  headerNum: { bold: true, fill: 'D9E1F2', fontColor: '1F3864', wrap: true, horizontal: 'right' },
  body: { fontSize: 11, fontColor: '262626', wrap: true },
  label: {},
  input: { fontColor: '0000FF', fill: 'FFF2CC' },
  calc: {},
  output: { bold: true },
  total: { bold: true, borderTop: true },
  note: { italic: true, fontSize: 9, fontColor: '595959' },
  smallprint: { italic: true, fontSize: 9, fontColor: '595959', wrap: true },
  helper: { fontColor: '808080' },
  warning: { bold: true, fontColor: 'C00000' },
};

/** Excel number format codes used by the plan (Excel and LibreOffice both understand them). */
export const FORMATS = {
  general: 'General',
  text: '@',
  money: '#,##0.00',
  money0: '#,##0',
  price: '#,##0.00##',
  shares: '#,##0',
  sharesWeighted: '#,##0.0000',
  percent: '0.0%',
  percent2: '0.00%',
  fraction6: '0.000000',
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  decimal3: '0.000',
  decimal4: '0.0000',
  date: 'yyyy-mm-dd',
} as const;

interface CellBase {
  /** Excel number format code; absent = General. Text cells always carry '@'. */
  format?: string;
  style?: StyleName;
}

/** No content. Renderers write an empty string / leave the cell blank. */
export interface EmptyCell extends CellBase {
  kind: 'empty';
}

/** A literal string (user text included). NEVER interpreted as a formula. */
export interface TextCell extends CellBase {
  kind: 'text';
  text: string;
}

/** A literal number (an input, or a constant such as a month index). */
export interface NumberCell extends CellBase {
  kind: 'number';
  value: number;
}

/** A literal date, written as an Excel date serial with a date format. */
export interface DateCell extends CellBase {
  kind: 'date';
  /** 'YYYY-MM-DD'. */
  iso: string;
  /** Excel 1900 date-system serial of `iso` (what the cell holds). */
  serial: number;
}

/** A formula with the engine's value as its cached result. */
export interface FormulaCell extends CellBase {
  kind: 'formula';
  /** English formula WITHOUT the leading '=' (e.g. `ROUND(In_BaseSalary/12,2)`). */
  formula: string;
  /**
   * The engine's value for this cell (what a recalculating spreadsheet must also produce):
   * a number, a string ('' for "beyond the horizon" markers) or a boolean. Money is the exact
   * cent value converted to a JS number (for display caching only; the parity test compares
   * the recalculated value with the engine's Decimal to the cent).
   */
  cached: number | string | boolean;
}

export type PlanCell = EmptyCell | TextCell | NumberCell | DateCell | FormulaCell;

export interface CellPos {
  row: number;
  col: number;
}

/** A rectangle of cells written in one go. `cells` is dense: every row has the same length. */
export interface PlanBlock {
  /** Top-left cell (zero-based). */
  anchor: CellPos;
  cells: PlanCell[][];
}

export interface ColumnWidth {
  col: number;
  /** Excel character units (ExcelJS `column.width`); Office.js: multiply by ~7 for points. */
  width: number;
}

export interface RowHeight {
  row: number;
  /** Points. */
  height: number;
}

export interface PrintSetup {
  /** A1 range with `$`, without the sheet name. */
  area: string;
  orientation: 'portrait' | 'landscape';
  /** Pages wide (1 = fit to one page wide). */
  fitToWidth: number;
  /** Pages tall; 0 = as many as needed. */
  fitToHeight: number;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
  centerHorizontally?: boolean;
}

/** An Excel table (ListObject) over cells that the sheet's blocks already fill. */
export interface PlanTable {
  /** Table name (unique in the workbook). */
  name: string;
  /** A1 range with `$`, INCLUDING the header row. */
  range: string;
  /** Header texts, left to right (equal to the block's header cells). */
  columns: string[];
  /** e.g. 'TableStyleLight9'. */
  style: string;
}

/** A line chart of one or more series against shared category labels. */
export interface PlanChart {
  kind: 'line';
  title: string;
  /** Cell area the chart occupies: top-left cell and bottom-right cell (zero-based, inclusive). */
  from: CellPos;
  to: CellPos;
  /** Category (x-axis) values: A1 range on `sheet` of the owning sheet unless `sheet` is given. */
  categories: { sheet: string; range: string };
  series: { name: string; sheet: string; range: string; color: string }[];
  xAxisTitle: string;
  yAxisTitle: string;
}

export interface PlanSheet {
  name: string;
  blocks: PlanBlock[];
  columnWidths: ColumnWidth[];
  rowHeights?: RowHeight[];
  /**
   * Merged ranges (A1 with `$`, no sheet name): paragraphs on the Offer Sheet. The top-left
   * cell holds the content; the rest of a merged range is empty.
   */
  merges?: string[];
  /** Columns hidden from view (zero-based). */
  hiddenColumns?: number[];
  /** Frozen panes: rows above `rows` and columns left of `cols` stay put. */
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
  tables?: PlanTable[];
  charts?: PlanChart[];
  showGridLines?: boolean;
  /** 6-digit hex. */
  tabColor?: string;
}

/** A workbook-scope defined name. */
export interface PlanName {
  name: string;
  sheet: string;
  /** A1 range with `$`, without the sheet name. */
  range: string;
  /** What the name holds, for reviewers (Name Manager comment). */
  comment?: string;
}

export interface WorkbookPlan {
  /** Sheets in tab order. */
  sheets: PlanSheet[];
  names: PlanName[];
  /** Document title (file properties). */
  title: string;
}

// ---------------------------------------------------------------- helpers

/** Column letters for a zero-based column index (0 → A, 26 → AA). */
export function colLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Relative A1 address of a zero-based cell (`B3`). */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** Absolute A1 address of a zero-based cell (`$B$3`). */
export function abs(row: number, col: number): string {
  return `$${colLetter(col)}$${row + 1}`;
}

/** Absolute A1 range (`$B$3:$D$9`), or a single cell when both corners coincide. */
export function absRange(r0: number, c0: number, r1: number, c1: number): string {
  return r0 === r1 && c0 === c1 ? abs(r0, c0) : `${abs(r0, c0)}:${abs(r1, c1)}`;
}

/** Sheet-qualified reference: `'Offer Sheet'!$B$3`. */
export function qualifiedRef(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

/** A rectangle of one style inside a block (zero-based sheet coordinates, inclusive). */
export interface StyleRun {
  style: StyleName;
  row0: number;
  col0: number;
  row1: number;
  col1: number;
}

/**
 * Groups a block's styled cells into rectangles (horizontal runs merged downwards when they
 * span the same columns), so a renderer applies a few format calls instead of one per cell.
 */
export function styleRuns(block: PlanBlock): StyleRun[] {
  const done: StyleRun[] = [];
  let open: StyleRun[] = [];
  block.cells.forEach((rowCells, r) => {
    const row = block.anchor.row + r;
    const runs: StyleRun[] = [];
    let c = 0;
    while (c < rowCells.length) {
      const style = rowCells[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 < rowCells.length && rowCells[e + 1]?.style === style) e++;
      runs.push({
        style,
        row0: row,
        row1: row,
        col0: block.anchor.col + c,
        col1: block.anchor.col + e,
      });
      c = e + 1;
    }
    const next: StyleRun[] = [];
    for (const run of runs) {
      const i = open.findIndex(
        (o) => o.style === run.style && o.col0 === run.col0 && o.col1 === run.col1,
      );
      if (i >= 0) {
        const o = open[i] as StyleRun;
        o.row1 = row;
        open.splice(i, 1);
        next.push(o);
      } else next.push(run);
    }
    done.push(...open);
    open = next;
  });
  done.push(...open);
  return done;
}

/** Every cell of a sheet with its zero-based position (for tests and simple renderers). */
export function* sheetCells(
  sheet: PlanSheet,
): Generator<{ row: number; col: number; cell: PlanCell }> {
  for (const block of sheet.blocks)
    for (let r = 0; r < block.cells.length; r++) {
      const rowCells = block.cells[r] as PlanCell[];
      for (let c = 0; c < rowCells.length; c++)
        yield {
          row: block.anchor.row + r,
          col: block.anchor.col + c,
          cell: rowCells[c] as PlanCell,
        };
    }
}

/** Excel 1900-system serial for an ISO date 'YYYY-MM-DD' (dates after 1900-03-01). */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000) + 25_569;
}
