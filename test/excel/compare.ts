// Compares what the fake Excel recorded with a plan, cell by cell.
import { expect } from 'vitest';
import { STYLES, sheetCells, type WorkbookPlan } from '../../src/workbook/index.js';
import { cellFormat } from '../../src/excel/cells.js';
import { splitRef, parseA1, type FakeWorkbook, type CellStyle } from '../support/fake-excel.js';

function expectedStyle(name: string | undefined): CellStyle {
  if (!name) return {};
  const s = STYLES[name as keyof typeof STYLES];
  const out: CellStyle = {};
  if (s.bold) out.bold = true;
  if (s.italic) out.italic = true;
  if (s.fontSize) out.size = s.fontSize;
  if (s.fontColor) out.fontColor = `#${s.fontColor}`;
  if (s.fill) out.fill = `#${s.fill}`;
  if (s.borderTop) out.borderTop = 'Continuous';
  if (s.borderBottom) out.borderBottom = 'Continuous';
  if (s.horizontal) out.horizontal = s.horizontal[0]!.toUpperCase() + s.horizontal.slice(1);
  if (s.wrap) out.wrap = true;
  return out;
}

/** Every plan cell is in the fake exactly (content, format, style); nothing else has content. */
export function expectWorkbookMatchesPlan(fake: FakeWorkbook, plan: WorkbookPlan): void {
  const mismatches: string[] = [];
  for (const sheet of plan.sheets) {
    const s = fake.sheet(sheet.name);
    expect(s, `sheet ${sheet.name}`).toBeDefined();
    const seen = new Set<string>();
    for (const { row, col, cell } of sheetCells(sheet)) {
      const k = `${row},${col}`;
      seen.add(k);
      const got = s!.cells.get(k) ?? {
        value: null,
        formula: null,
        numberFormat: 'General',
        style: {},
      };
      const where = `${sheet.name}!R${row + 1}C${col + 1}`;
      const want =
        cell.kind === 'formula'
          ? { value: null, formula: `=${cell.formula}` }
          : cell.kind === 'text'
            ? { value: cell.text, formula: null }
            : cell.kind === 'number'
              ? { value: cell.value, formula: null }
              : cell.kind === 'date'
                ? { value: cell.serial, formula: null }
                : { value: null, formula: null };
      if (got.value !== want.value || got.formula !== want.formula) {
        mismatches.push(
          `${where}: got ${JSON.stringify([got.value, got.formula])}, want ${JSON.stringify([want.value, want.formula])}`,
        );
      }
      if (got.numberFormat !== cellFormat(cell))
        mismatches.push(`${where}: format ${got.numberFormat} ≠ ${cellFormat(cell)}`);
      const style = expectedStyle(cell.style);
      if (JSON.stringify(sortKeys(got.style)) !== JSON.stringify(sortKeys(style))) {
        mismatches.push(`${where}: style ${JSON.stringify(got.style)} ≠ ${JSON.stringify(style)}`);
      }
    }
    for (const [k, c] of s!.cells) {
      if (!seen.has(k) && (c.value !== null || c.formula !== null))
        mismatches.push(`${sheet.name} ${k}: extra content ${JSON.stringify(c)}`);
    }
  }
  expect(mismatches.slice(0, 20)).toEqual([]);
}

function sortKeys(o: object): object {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every plan name exists once and points where the plan says. */
export function expectNamesMatchPlan(fake: FakeWorkbook, plan: WorkbookPlan): void {
  for (const n of plan.names) {
    const found = fake.names.filter((x) => x.name.toLowerCase() === n.name.toLowerCase());
    expect(found, n.name).toHaveLength(1);
    const { sheet, address } = splitRef(found[0]!.formula);
    expect(sheet, n.name).toBe(n.sheet);
    expect(parseA1(address), n.name).toEqual(parseA1(n.range));
  }
}

/** A serialisable picture of the whole fake workbook (for idempotence checks). */
export function snapshot(fake: FakeWorkbook): unknown {
  return {
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
      widths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
      heights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      hidden: [...s.hiddenColumns].sort((a, b) => a - b),
      freeze: s.freeze,
      tabColor: s.tabColor,
      grid: s.showGridlines,
      print: s.print,
      charts: s.charts,
    })),
    names: [...fake.names].sort((a, b) => a.name.localeCompare(b.name)),
    tables: fake.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
  };
}

/**
 * Every cell the plan marks as text holds exactly that text in the fake, never a formula. Returns
 * the texts checked, for the caller to see which user strings were among them.
 */
export function expectTextStaysText(fake: FakeWorkbook, plan: WorkbookPlan): string[] {
  const texts: string[] = [];
  for (const sheet of plan.sheets) {
    const s = fake.sheet(sheet.name)!;
    for (const { row, col, cell } of sheetCells(sheet)) {
      if (cell.kind !== 'text') continue;
      const got = s.cells.get(`${row},${col}`)!;
      expect(got.formula, `${sheet.name} R${row + 1}C${col + 1}`).toBeNull();
      expect(got.value, `${sheet.name} R${row + 1}C${col + 1}`).toBe(cell.text);
      texts.push(cell.text);
    }
  }
  return texts;
}
