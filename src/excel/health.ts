/**
 * Is the model in the workbook intact? Finds missing or renamed sheets, defined names that were
 * deleted or moved, the milestones table or the runway chart gone, and formula or label cells
 * that no longer hold what the model wrote (input cells are the user's to change and are not
 * checked). Three round trips for a default-size model; a very long horizon reads its cells
 * back in more, each response under Excel on the web's 5 MB.
 */
import {
  colLetter,
  type PlanBlock,
  type PlanCell,
  type PlanSheet,
  type WorkbookPlan,
} from '../workbook/plan.js';
import { cellInput } from './cells.js';
import { resolveOwnership, sheetOfFormula, type Ownership } from './ownership.js';
import { CHART_PREFIX } from './writes.js';

export interface ModelHealth {
  ok: boolean;
  /** One sentence per problem (at most {@link MAX_CELL_PROBLEMS} about cells, then a count). */
  problems: string[];
  missingSheets: string[];
}

export const MAX_CELL_PROBLEMS = 10;

const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() : v);

function sameContent(expected: PlanCell, got: unknown): boolean {
  const want = cellInput(expected);
  if (typeof want === 'number')
    return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  if (expected.kind === 'text') return got === want;
  return norm(got) === norm(want);
}

/** Estimated response bytes per sync when reading formulas back (Excel on the web: 5 MB). */
export const READ_BUDGET_BYTES = 3_000_000;

/** Where the model's sheets stand: missing, renamed, or there (under their current name). */
interface SheetsFound {
  problems: string[];
  missingSheets: string[];
  present: { sheet: PlanSheet; current: string }[];
}

export async function checkModel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
): Promise<ModelHealth> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const names = wb.names.load('items/name,items/formula');
  const tables = wb.tables.load('items/name');
  await context.sync();

  const workbookNames = names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const own = resolveOwnership(
    {
      sheets: sheets.items.map((s) => s.name),
      names: workbookNames,
      tables: tables.items.map((t) => t.name),
    },
    plan,
  );
  const found = findSheets(plan, own);
  const problems = [
    ...found.problems,
    ...nameProblems(plan, workbookNames, own),
    ...tableProblems(
      plan,
      tables.items.map((t) => t.name),
    ),
    ...(await chartProblems(context, found.present)),
  ];
  // The cells of the sheets that are there: every block, read back in row bands, as few round
  // trips as the response budget allows (one for a default-size model).
  const cellProblems = await changedCells(context, rowBands(found.present));
  problems.push(...cellProblems.slice(0, MAX_CELL_PROBLEMS));
  if (cellProblems.length > MAX_CELL_PROBLEMS) {
    problems.push(`…and ${cellProblems.length - MAX_CELL_PROBLEMS} more changed cells.`);
  }
  return { ok: problems.length === 0, problems, missingSheets: found.missingSheets };
}

function findSheets(plan: WorkbookPlan, own: Ownership): SheetsFound {
  const found: SheetsFound = { problems: [], missingSheets: [], present: [] };
  for (const sheet of plan.sheets) {
    const current = own.sheets.get(sheet.name);
    if (current === null || current === undefined) {
      found.missingSheets.push(sheet.name);
      found.problems.push(`The sheet "${sheet.name}" is missing.`);
    } else {
      if (current !== sheet.name)
        found.problems.push(`The sheet "${sheet.name}" was renamed to "${current}".`);
      found.present.push({ sheet, current });
    }
  }
  return found;
}

/** The model's defined names that are missing, point at deleted cells, or moved. */
function nameProblems(
  plan: WorkbookPlan,
  workbookNames: { name: string; formula: string }[],
  own: Ownership,
): string[] {
  const problems: string[] = [];
  const byName = new Map(workbookNames.map((n) => [n.name.toLowerCase(), n.formula]));
  for (const n of plan.names) {
    const formula = byName.get(n.name.toLowerCase());
    if (formula === undefined) {
      problems.push(`The defined name ${n.name} is missing.`);
      continue;
    }
    const target = sheetOfFormula(formula);
    const address = formula.slice(formula.lastIndexOf('!') + 1);
    if (target === '#REF!') problems.push(`The defined name ${n.name} points at deleted cells.`);
    else if (
      address.replace(/\$/g, '') !== n.range.replace(/\$/g, '') ||
      own.sheets.get(n.sheet) !== target
    ) {
      problems.push(
        `The defined name ${n.name} moved (now ${formula}; the model puts it at ${n.sheet}!${n.range}).`,
      );
    }
  }
  return problems;
}

/** The model's tables no longer in the workbook. */
function tableProblems(plan: WorkbookPlan, workbookTables: string[]): string[] {
  const present = new Set(workbookTables.map((t) => t.toLowerCase()));
  return plan.sheets
    .flatMap((s) => s.tables ?? [])
    .filter((t) => !present.has(t.name.toLowerCase()))
    .map((t) => `The ${t.name} table is missing.`);
}

/** A sheet that is there and lacks a chart of ours the model puts on it (one round trip). */
async function chartProblems(
  context: Excel.RequestContext,
  present: SheetsFound['present'],
): Promise<string[]> {
  const reads = present.map(({ sheet, current }) => ({
    sheet,
    current,
    charts: context.workbook.worksheets.getItem(current).charts.load('items/name'),
  }));
  await context.sync();
  return reads
    .filter(({ sheet, charts }) => {
      const ours = charts.items.filter((c) => c.name.startsWith(CHART_PREFIX)).length;
      return ours < (sheet.charts?.length ?? 0);
    })
    .map(({ current }) => `The chart on "${current}" is missing.`);
}

/** Rows r0..r1 − 1 of a block on the sheet now called `current`, about `bytes` to read back. */
interface RowBand {
  current: string;
  block: PlanBlock;
  r0: number;
  r1: number;
  bytes: number;
}

/** Every block of the sheets that are there, cut into bands of rows under the read budget. */
function rowBands(present: SheetsFound['present']): RowBand[] {
  const bands: RowBand[] = [];
  for (const { sheet, current } of present) {
    for (const block of sheet.blocks) {
      let r0 = 0;
      let bytes = 0;
      block.cells.forEach((line, r) => {
        const rowBytes = JSON.stringify(line.map(cellInput)).length;
        if (r > r0 && bytes + rowBytes > READ_BUDGET_BYTES) {
          bands.push({ current, block, r0, r1: r, bytes });
          r0 = r;
          bytes = 0;
        }
        bytes += rowBytes;
      });
      if (block.cells.length > r0)
        bands.push({ current, block, r0, r1: block.cells.length, bytes });
    }
  }
  return bands;
}

/** Reads the bands back, as many per round trip as the budget allows; one line per changed cell. */
async function changedCells(context: Excel.RequestContext, bands: RowBand[]): Promise<string[]> {
  const problems: string[] = [];
  let i = 0;
  while (i < bands.length) {
    const batch: { band: RowBand; range: Excel.Range }[] = [];
    let size = 0;
    while (
      i < bands.length &&
      (batch.length === 0 || size + bands[i]!.bytes <= READ_BUDGET_BYTES)
    ) {
      const band = bands[i]!;
      batch.push({ band, range: bandRange(context, band).load('formulas') });
      size += band.bytes;
      i++;
    }
    await context.sync();
    for (const { band, range } of batch) problems.push(...bandProblems(band, range.formulas));
  }
  return problems;
}

function bandRange(context: Excel.RequestContext, band: RowBand): Excel.Range {
  const { anchor, cells } = band.block;
  return context.workbook.worksheets
    .getItem(band.current)
    .getRangeByIndexes(anchor.row + band.r0, anchor.col, band.r1 - band.r0, cells[0]?.length ?? 0);
}

/** The formula and label cells of a band that no longer hold what the model wrote. */
function bandProblems(band: RowBand, formulas: unknown[][]): string[] {
  const problems: string[] = [];
  const { anchor, cells } = band.block;
  for (let r = band.r0; r < band.r1; r++) {
    const got = formulas[r - band.r0] ?? [];
    (cells[r] ?? []).forEach((cell, c) => {
      if (cell.style === 'input' || cell.kind === 'empty') return;
      if (!sameContent(cell, got[c])) {
        const at = `${colLetter(anchor.col + c)}${anchor.row + r + 1}`;
        problems.push(
          `${band.current}!${at} was changed (the model has ${JSON.stringify(cellInput(cell))} there).`,
        );
      }
    });
  }
  return problems;
}
