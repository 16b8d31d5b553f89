/**
 * Is the model in the workbook intact? Finds missing or renamed sheets, defined names that were
 * deleted or moved, the milestones table or the runway chart gone, and formula or label cells
 * that no longer hold what the model wrote (input cells are the user's to change and are not
 * checked). Three round trips for a default-size model; a very long horizon reads its cells
 * back in more, each response under Excel on the web's 5 MB.
 */
import { colLetter, type PlanBlock, type PlanCell, type WorkbookPlan } from '../workbook/plan.js';
import { cellInput } from './cells.js';
import { resolveOwnership, sheetOfFormula } from './ownership.js';
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

export async function checkModel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
): Promise<ModelHealth> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const names = wb.names.load('items/name,items/formula');
  const tables = wb.tables.load('items/name');
  await context.sync();

  const problems: string[] = [];
  const missingSheets: string[] = [];
  const own = resolveOwnership(
    {
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
      tables: tables.items.map((t) => t.name),
    },
    plan,
  );
  const present: { planSheet: string; current: string }[] = [];
  for (const s of plan.sheets) {
    const current = own.sheets.get(s.name);
    if (current === null || current === undefined) {
      missingSheets.push(s.name);
      problems.push(`The sheet "${s.name}" is missing.`);
    } else {
      if (current !== s.name) problems.push(`The sheet "${s.name}" was renamed to "${current}".`);
      present.push({ planSheet: s.name, current });
    }
  }
  const byName = new Map(names.items.map((n) => [n.name.toLowerCase(), String(n.formula)]));
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
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  for (const t of plan.sheets.flatMap((s) => s.tables ?? [])) {
    if (!tableNames.has(t.name.toLowerCase())) problems.push(`The ${t.name} table is missing.`);
  }

  // Charts, then the cells of the sheets that are there: every block, read back in row bands,
  // as few round trips as the response budget allows (one for a default-size model).
  const chartReads = present.map(({ planSheet, current }) => ({
    sheet: plan.sheets.find((s) => s.name === planSheet)!,
    current,
    charts: wb.worksheets.getItem(current).charts.load('items/name'),
  }));
  await context.sync();
  for (const { sheet, current, charts } of chartReads) {
    const ours = charts.items.filter((c) => c.name.startsWith(CHART_PREFIX)).length;
    if (ours < (sheet.charts?.length ?? 0)) problems.push(`The chart on "${current}" is missing.`);
  }

  type Band = { current: string; block: PlanBlock; r0: number; r1: number; bytes: number };
  const bands: Band[] = [];
  for (const { sheet, current } of chartReads) {
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
  const cellProblems: string[] = [];
  let i = 0;
  while (i < bands.length) {
    const batch: { band: Band; range: Excel.Range }[] = [];
    let size = 0;
    while (
      i < bands.length &&
      (batch.length === 0 || size + (bands[i] as Band).bytes <= READ_BUDGET_BYTES)
    ) {
      const band = bands[i] as Band;
      const cols = band.block.cells[0]?.length ?? 0;
      const range = wb.worksheets
        .getItem(band.current)
        .getRangeByIndexes(
          band.block.anchor.row + band.r0,
          band.block.anchor.col,
          band.r1 - band.r0,
          cols,
        )
        .load('formulas');
      batch.push({ band, range });
      size += band.bytes;
      i++;
    }
    await context.sync();
    for (const { band, range } of batch) {
      for (let r = band.r0; r < band.r1; r++) {
        const got = range.formulas[r - band.r0] ?? [];
        (band.block.cells[r] ?? []).forEach((cell, c) => {
          if (cell.style === 'input' || cell.kind === 'empty') return;
          if (!sameContent(cell, got[c])) {
            const at = `${colLetter(band.block.anchor.col + c)}${band.block.anchor.row + r + 1}`;
            cellProblems.push(
              `${band.current}!${at} was changed (the model has ${JSON.stringify(cellInput(cell))} there).`,
            );
          }
        });
      }
    }
  }
  problems.push(...cellProblems.slice(0, MAX_CELL_PROBLEMS));
  if (cellProblems.length > MAX_CELL_PROBLEMS) {
    problems.push(`…and ${cellProblems.length - MAX_CELL_PROBLEMS} more changed cells.`);
  }
  return { ok: problems.length === 0, problems, missingSheets };
}
