/**
 * Workbook plan → .xlsx bytes with ExcelJS. Works in Node and in the browser (no Node imports):
 * the CLI writes the bytes to a file, the task pane offers them as a download.
 *
 * Formula cells carry the engine's value as their cached result, and the workbook asks for a
 * full recalculation on load. Text cells are written as strings (shared strings), never as
 * formulas. The runway chart is a native DrawingML line chart injected into the zip (ExcelJS has
 * no chart API), see ./chart.ts.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  STYLES,
  qualifiedRef,
  type PlanCell,
  type PlanSheet,
  type StyleSpec,
  type WorkbookPlan,
} from '../workbook/plan.js';
import { injectCharts } from './chart.js';

type Cell = ExcelJS.Cell;

function applyStyle(cell: Cell, spec: StyleSpec): void {
  const font: Partial<ExcelJS.Font> = { name: 'Calibri', size: spec.fontSize ?? 11 };
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.fontColor) font.color = { argb: `FF${spec.fontColor}` };
  cell.font = font;
  if (spec.fill)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${spec.fill}` } };
  if (spec.borderTop || spec.borderBottom) {
    const line: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9DB' } };
    cell.border = {
      ...(spec.borderTop ? { top: line } : {}),
      ...(spec.borderBottom ? { bottom: line } : {}),
    };
  }
  if (spec.horizontal || spec.wrap)
    cell.alignment = {
      ...(spec.horizontal ? { horizontal: spec.horizontal } : {}),
      ...(spec.wrap ? { wrapText: true, vertical: 'top' } : {}),
    };
}

function writeCell(cell: Cell, pc: PlanCell): void {
  switch (pc.kind) {
    case 'empty':
      break;
    case 'text':
      // A plain string: ExcelJS stores it as a shared string, never as a formula.
      cell.value = pc.text;
      break;
    case 'number':
      cell.value = pc.value;
      break;
    case 'date':
      cell.value = pc.serial;
      break;
    case 'formula':
      cell.value = { formula: pc.formula, result: pc.cached } as ExcelJS.CellFormulaValue;
      break;
  }
  if (pc.format && pc.kind !== 'text') cell.numFmt = pc.format;
  if (pc.style) applyStyle(cell, STYLES[pc.style]);
}

function renderSheet(wb: ExcelJS.Workbook, sheet: PlanSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor}` } } : {},
    views: [
      {
        state: sheet.freeze ? 'frozen' : 'normal',
        xSplit: sheet.freeze?.cols ?? 0,
        ySplit: sheet.freeze?.rows ?? 0,
        showGridLines: sheet.showGridLines ?? true,
      },
    ],
  });
  for (const w of sheet.columnWidths) ws.getColumn(w.col + 1).width = w.width;
  for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  for (const h of sheet.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  for (const block of sheet.blocks)
    block.cells.forEach((rowCells, r) =>
      rowCells.forEach((pc, c) => {
        if (pc.kind === 'empty' && !pc.style) return;
        writeCell(ws.getCell(block.anchor.row + r + 1, block.anchor.col + c + 1), pc);
      }),
    );
  for (const m of sheet.merges ?? []) ws.mergeCells(m.replace(/\$/g, ''));
  for (const t of sheet.tables ?? []) {
    // ExcelJS writes a table's cells itself: hand it the plan's (input) values.
    const [tl] = t.range.replace(/\$/g, '').split(':') as [string];
    const top = ws.getCell(tl);
    const rows: ExcelJS.CellValue[][] = [];
    const nRows =
      Number(
        t.range
          .replace(/\$/g, '')
          .split(':')[1]
          ?.replace(/[A-Z]+/, ''),
      ) - Number(top.row);
    for (let i = 1; i <= nRows; i++) {
      const line: ExcelJS.CellValue[] = [];
      for (let j = 0; j < t.columns.length; j++)
        line.push(ws.getCell(Number(top.row) + i, Number(top.col) + j).value);
      rows.push(line);
    }
    const styles = rows.map((_, i) =>
      t.columns.map((__, j) => {
        const c = ws.getCell(Number(top.row) + i + 1, Number(top.col) + j);
        return { numFmt: c.numFmt, font: c.font, fill: c.fill };
      }),
    );
    ws.addTable({
      name: t.name,
      ref: tl,
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: false })),
      rows,
    });
    // Restore the plan's formats on the table body (addTable rewrites the cells).
    styles.forEach((line, i) =>
      line.forEach((st, j) => {
        const c = ws.getCell(Number(top.row) + i + 1, Number(top.col) + j);
        if (st.numFmt) c.numFmt = st.numFmt;
        if (st.font) c.font = st.font;
        if (st.fill) c.fill = st.fill;
      }),
    );
  }
  if (sheet.print) {
    const p = sheet.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      printArea: p.area.replace(/\$/g, ''),
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      horizontalCentered: p.centerHorizontally ?? false,
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
    };
  }
}

export interface XlsxOptions {
  /** Only these sheets stay visible (the others are hidden, e.g. for a PDF of two sheets). */
  visibleSheets?: string[];
}

/** Renders a plan to the bytes of an .xlsx file (Node or browser). */
export async function planToXlsxBuffer(
  plan: WorkbookPlan,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Offer Runway';
  wb.title = plan.title;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) renderSheet(wb, sheet);
  if (options.visibleSheets)
    for (const ws of wb.worksheets)
      if (!options.visibleSheets.includes(ws.name)) ws.state = 'hidden';
  for (const n of plan.names) wb.definedNames.add(qualifiedRef(n.sheet, n.range), n.name);
  // Stored, not deflated: the zip is compressed once, after the chart parts are added.
  const raw = await wb.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as ExcelJS.XlsxWriteOptions);
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  await injectCharts(zip, plan);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
