/**
 * Applies a workbook plan to the live workbook through Office.js.
 *
 * Round trips (context.sync calls), whatever the horizon or the number of rows:
 *   1. read: sheet names, workbook names (with formulas), table names, calculation mode;
 *   2. inspect: the charts and tables on the sheets that are ours (empty on a fresh workbook);
 *   3. write: everything, in one request — unless the cell data exceeds the request budget
 *      (Excel on the web refuses requests over 5 MB), then one more request per budget's worth.
 * Calculation is manual and screen updating suspended while writing; the user's calculation
 * mode is restored in the last request. Re-applying updates our sheets in place (cleared and
 * rewritten, never deleted), updates names in place and replaces our charts and tables; sheets
 * that are not ours are never touched, and a name clash stops everything before any write.
 */
import {
  STYLES,
  qualifiedRef,
  a1,
  styleRuns,
  type PlanChart,
  type PlanSheet,
  type StyleRun,
  type WorkbookPlan,
} from '../workbook/plan.js';
import { WorkbookConflictError, resolveOwnership, type Ownership } from './ownership.js';
import {
  CHART_PREFIX,
  markerName,
  sheetChunks,
  sheetWrites,
  widthToPoints,
  type FillOp,
  type WriteChunk,
} from './writes.js';

/** Bytes of cell data per request: under Excel on the web's 5 MB limit with room for overhead. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Estimated request bytes of one non-data operation (method name, object path, arguments). */
const OP_BYTES = 200;
/**
 * Cell data is cut into pieces of at most budget / PIECES_PER_REQUEST bytes, and requests are
 * filled with whole pieces: a request is never left mostly empty because the next piece is big
 * (a 50-hire plan workbook of ~15 MB goes in 4 requests of ≤ 4 MB, not 6).
 */
const PIECES_PER_REQUEST = 16;

export interface ApplyOptions {
  /** Cell-data bytes per request (tests lower it to exercise the split). */
  requestBudgetBytes?: number;
  /** Fill month-by-month rows down from their first row (default true); false writes every cell. */
  fillDown?: boolean;
}

export interface ApplyReport {
  /** context.sync() calls made. */
  syncs: number;
  /** Write requests (the last of the syncs). */
  writeRequests: number;
  /** Estimated bytes of all write requests. */
  bytes: number;
  /** Largest estimated write request. */
  largestRequestBytes: number;
  created: string[];
  updated: string[];
  renamed: { from: string; to: string }[];
}

type Step = { bytes: number; run: (ctx: Excel.RequestContext) => void };
type AddStep = (run: Step['run'], bytes?: number) => void;

/** One of our sheets as it is in the workbook: its plan name, current name, charts and tables. */
interface OurSheet {
  planName: string;
  current: string;
  charts: Excel.ChartCollection;
  tables: Excel.TableCollection;
}

/** What the first round trip reads. */
interface WorkbookState {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
  calculationMode: Excel.CalculationMode | `${Excel.CalculationMode}`;
  ownership: Ownership;
}

/** Writes `plan` into the workbook of `context`. Throws WorkbookConflictError before writing. */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const state = await readWorkbook(context, plan, sync);
  const ours = await inspectOurSheets(context, state.ownership, sync);
  checkTableNames(plan, state.tables, ours);

  const report: ApplyReport = {
    syncs: 0,
    writeRequests: 0,
    bytes: 0,
    largestRequestBytes: 0,
    created: [],
    updated: [],
    renamed: [],
  };
  const steps: Step[] = [];
  const step: AddStep = (run, bytes = OP_BYTES) => steps.push({ bytes, run });
  addSheetSteps(plan, state, ours, report, step);
  const piece = Math.max(1, Math.floor(budgetOf(options) / PIECES_PER_REQUEST));
  for (const s of plan.sheets) addContentSteps(s, piece, options.fillDown !== false, step);
  const allNames = new Set(state.names.items.map((n) => n.name.toLowerCase()));
  addNameSteps(plan, state.ownership, allNames, step);

  const requests = groupIntoRequests(steps, budgetOf(options));
  await sendRequests(context, requests, state.calculationMode, report, sync);
  report.syncs = syncs;
  return report;
}

const budgetOf = (options: ApplyOptions) => options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;

/** Round trip 1: sheet names, names with formulas, table names, calculation mode; who owns what. */
async function readWorkbook(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  sync: () => Promise<void>,
): Promise<WorkbookState> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load('items/name');
  const names = wb.names.load('items/name,items/formula');
  const tables = wb.tables.load('items/name');
  const app = wb.application.load('calculationMode');
  await sync();
  const ownership = resolveOwnership(
    {
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
      tables: tables.items.map((t) => t.name),
    },
    plan,
  );
  if (ownership.conflicts.length) throw new WorkbookConflictError(ownership.conflicts);
  return { sheets, names, tables, calculationMode: app.calculationMode, ownership };
}

/** Round trip 2: the charts and tables on the sheets that are ours (none on a fresh workbook). */
async function inspectOurSheets(
  context: Excel.RequestContext,
  ownership: Ownership,
  sync: () => Promise<void>,
): Promise<OurSheet[]> {
  const existing = [...ownership.sheets.entries()].filter(
    (e): e is [string, string] => e[1] !== null,
  );
  const ours = existing.map(([planName, current]) => {
    const ws = context.workbook.worksheets.getItem(current);
    return {
      planName,
      current,
      charts: ws.charts.load('items/name'),
      tables: ws.tables.load('items/name'),
    };
  });
  await sync();
  return ours;
}

/** A table of the plan whose name a table outside our sheets already has stops everything. */
function checkTableNames(
  plan: WorkbookPlan,
  tables: Excel.TableCollection,
  ours: OurSheet[],
): void {
  const ourTables = new Set(ours.flatMap((i) => i.tables.items.map((t) => t.name.toLowerCase())));
  const tableConflicts = plan.sheets
    .flatMap((s) => s.tables ?? [])
    .filter(
      (t) =>
        tables.items.some((x) => x.name.toLowerCase() === t.name.toLowerCase()) &&
        !ourTables.has(t.name.toLowerCase()),
    )
    .map(
      (t) =>
        `The workbook already has a table named "${t.name}" outside Offer Runway's sheets. Rename it (Table Design → Table Name), then build again.`,
    );
  if (tableConflicts.length) throw new WorkbookConflictError(tableConflicts);
}

/** Our existing sheets emptied and named back, missing sheets added in their place. */
function addSheetSteps(
  plan: WorkbookPlan,
  state: WorkbookState,
  ours: OurSheet[],
  report: ApplyReport,
  step: AddStep,
): void {
  for (const i of ours) addDropChartsAndTablesStep(i, report, step);
  for (const s of plan.sheets) {
    if (state.ownership.sheets.get(s.name) === null) {
      report.created.push(s.name);
      step((ctx) => {
        ctx.workbook.worksheets.add(s.name);
      });
    }
  }
  // A sheet recreated next to existing model sheets goes back to its place in the plan's order.
  if (ours.length && report.created.length) {
    const current = state.sheets.items.map((x) => x.name);
    for (const m of sheetMoves(plan, current, ours, report.created)) {
      step((ctx) => {
        ctx.workbook.worksheets.getItem(m.name).position = m.at;
      });
    }
  }
  for (const s of plan.sheets)
    if (state.ownership.sheets.get(s.name) !== null) addClearSheetStep(s.name, step);
}

/** One of our sheets: drop our charts and tables, and take back its plan name. */
function addDropChartsAndTablesStep(i: OurSheet, report: ApplyReport, step: AddStep): void {
  const chartNames = i.charts.items.map((c) => c.name);
  const tableNames = i.tables.items.map((t) => t.name);
  step(
    (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(i.current);
      for (const c of chartNames) ws.charts.getItem(c).delete();
      for (const t of tableNames) ws.tables.getItem(t).delete();
      if (i.current !== i.planName) ws.name = i.planName;
    },
    OP_BYTES * (1 + chartNames.length + tableNames.length),
  );
  if (i.current !== i.planName) report.renamed.push({ from: i.current, to: i.planName });
  report.updated.push(i.planName);
}

/**
 * Where each created sheet goes: after the nearest sheet before it in the plan's order that the
 * workbook has (else before the nearest after it, else last), in the workbook's current order.
 */
function sheetMoves(
  plan: WorkbookPlan,
  currentNames: string[],
  ours: OurSheet[],
  created: string[],
): { name: string; at: number }[] {
  const order = currentNames.map((name) => {
    const mine = ours.find((i) => i.current === name);
    return mine ? mine.planName : name;
  });
  const planOrder = plan.sheets.map((x) => x.name);
  for (const name of created) {
    const k = planOrder.indexOf(name);
    const before = planOrder
      .slice(0, k)
      .reverse()
      .find((n) => order.includes(n));
    const after = planOrder.slice(k + 1).find((n) => order.includes(n));
    const at =
      before !== undefined
        ? order.indexOf(before) + 1
        : after !== undefined
          ? order.indexOf(after)
          : order.length;
    order.splice(at, 0, name);
  }
  return created.map((name) => ({ name, at: order.indexOf(name) })).sort((a, b) => a.at - b.at);
}

/** Everything on one of our sheets cleared: cells, merges, hidden rows and columns, sizes, panes. */
function addClearSheetStep(name: string, step: AddStep): void {
  step((ctx) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    const all = ws.getRange();
    all.clear('All');
    all.unmerge();
    all.columnHidden = false;
    all.rowHidden = false;
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    ws.freezePanes.unfreeze();
  });
}

/** A sheet's cells (filled down where they repeat), styles, layout, tables and charts. */
function addContentSteps(s: PlanSheet, piece: number, fill: boolean, step: AddStep): void {
  const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem(s.name);
  if (!fill) {
    for (const chunk of sheetChunks(s, piece))
      step((ctx) => writeChunk(ctx, chunk), chunk.bytes + OP_BYTES * 2);
  } else {
    for (const op of sheetWrites(s, piece)) {
      if (op.kind === 'cells')
        step((ctx) => writeChunk(ctx, op.chunk), op.chunk.bytes + OP_BYTES * 2);
      else step((ctx) => fillDown(ctx, op.fill), OP_BYTES * 3);
    }
  }
  for (const block of s.blocks) {
    for (const run of styleRuns(block)) step((ctx) => styleRange(sheet(ctx), run), OP_BYTES * 4);
  }
  step(
    (ctx) => layout(sheet(ctx), s),
    OP_BYTES * (6 + s.columnWidths.length + (s.merges?.length ?? 0)),
  );
  for (const t of s.tables ?? []) {
    step((ctx) => {
      const table = sheet(ctx).tables.add(sheet(ctx).getRange(t.range), true);
      table.name = t.name;
      table.style = t.style;
    });
  }
  (s.charts ?? []).forEach((c, i) =>
    step((ctx) => addChart(ctx, s.name, c, i), OP_BYTES * (6 + 4 * c.series.length)),
  );
}

/** The steps in order, cut into requests of at most `budget` bytes (a bigger step goes alone). */
function groupIntoRequests(steps: Step[], budget: number): Step[][] {
  const requests: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const st of steps) {
    if (current.length && size + st.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(st);
    size += st.bytes;
  }
  requests.push(current);
  return requests;
}

/**
 * Sends the requests with calculation manual and screen updating suspended; the user's
 * calculation mode comes back in the last request, or after a failure.
 */
async function sendRequests(
  context: Excel.RequestContext,
  requests: Step[][],
  previousMode: WorkbookState['calculationMode'],
  report: ApplyReport,
  sync: () => Promise<void>,
): Promise<void> {
  try {
    for (let r = 0; r < requests.length; r++) {
      const a = context.workbook.application;
      a.suspendScreenUpdatingUntilNextSync();
      a.suspendApiCalculationUntilNextSync();
      if (r === 0) a.calculationMode = 'Manual';
      let bytes = 0;
      for (const st of requests[r] as Step[]) {
        st.run(context);
        bytes += st.bytes;
      }
      if (r === requests.length - 1) {
        a.calculationMode = previousMode;
        if (previousMode !== 'Automatic') a.calculate('Full');
      }
      report.bytes += bytes;
      report.largestRequestBytes = Math.max(report.largestRequestBytes, bytes);
      report.writeRequests++;
      await sync();
    }
  } catch (e) {
    // Leave the user's calculation mode as it was, then report the failure.
    try {
      context.workbook.application.calculationMode = previousMode;
      await sync();
    } catch {
      // the original error is the one worth reporting
    }
    throw e;
  }
}

function writeChunk(ctx: Excel.RequestContext, chunk: WriteChunk): void {
  const range = ctx.workbook.worksheets
    .getItem(chunk.sheet)
    .getRangeByIndexes(chunk.row, chunk.col, chunk.rows, chunk.cols);
  // The format goes first: a text cell is "@" before its value arrives, so "=…" stays text.
  range.numberFormat = chunk.numberFormat;
  range.formulas = chunk.formulas;
}

function fillDown(ctx: Excel.RequestContext, f: FillOp): void {
  const ws = ctx.workbook.worksheets.getItem(f.sheet);
  const source = ws.getRangeByIndexes(f.row, f.col, 1, f.cols);
  source.autoFill(ws.getRangeByIndexes(f.row, f.col, f.rows, f.cols), 'FillCopy');
}

function styleRange(ws: Excel.Worksheet, run: StyleRun): void {
  const spec = STYLES[run.style];
  const range = ws.getRangeByIndexes(
    run.row0,
    run.col0,
    run.row1 - run.row0 + 1,
    run.col1 - run.col0 + 1,
  );
  const f = range.format;
  if (spec.bold) f.font.bold = true;
  if (spec.italic) f.font.italic = true;
  if (spec.fontSize) f.font.size = spec.fontSize;
  if (spec.fontColor) f.font.color = `#${spec.fontColor}`;
  if (spec.fill) f.fill.color = `#${spec.fill}`;
  if (spec.borderTop) f.borders.getItem('EdgeTop').style = 'Continuous';
  if (spec.borderBottom) f.borders.getItem('EdgeBottom').style = 'Continuous';
  if (spec.horizontal)
    f.horizontalAlignment =
      spec.horizontal === 'left' ? 'Left' : spec.horizontal === 'center' ? 'Center' : 'Right';
  if (spec.wrap) f.wrapText = true;
}

function layout(ws: Excel.Worksheet, s: PlanSheet): void {
  for (const w of s.columnWidths)
    ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = widthToPoints(w.width);
  for (const h of s.rowHeights ?? [])
    ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.height;
  for (const c of s.hiddenColumns ?? [])
    ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  for (const m of s.merges ?? []) ws.getRange(m).merge(false);
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    const { rows, cols } = s.freeze;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  if (s.tabColor) ws.tabColor = `#${s.tabColor}`;
  if (s.showGridLines !== undefined) ws.showGridlines = s.showGridLines;
  if (s.print) {
    const p = s.print;
    const pl = ws.pageLayout;
    pl.setPrintArea(p.area);
    pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // "As many pages tall as needed" (fitToHeight 0) is expressed by leaving verticalFitToPages out.
    pl.zoom =
      p.fitToHeight > 0
        ? { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight }
        : { horizontalFitToPages: p.fitToWidth };
    if (p.margins) {
      pl.leftMargin = p.margins.left * 72;
      pl.rightMargin = p.margins.right * 72;
      pl.topMargin = p.margins.top * 72;
      pl.bottomMargin = p.margins.bottom * 72;
    }
    if (p.centerHorizontally !== undefined) pl.centerHorizontally = p.centerHorizontally;
  }
}

function addChart(ctx: Excel.RequestContext, sheetName: string, c: PlanChart, index: number): void {
  const wss = ctx.workbook.worksheets;
  const ws = wss.getItem(sheetName);
  const first = c.series[0];
  if (!first) return;
  const categories = wss.getItem(c.categories.sheet).getRange(c.categories.range);
  const chart = ws.charts.add('Line', wss.getItem(first.sheet).getRange(first.range), 'Columns');
  chart.name = `${CHART_PREFIX}${index + 1}`;
  chart.title.text = c.title;
  chart.setPosition(a1(c.from.row, c.from.col), a1(c.to.row, c.to.col));
  chart.axes.categoryAxis.title.text = c.xAxisTitle;
  chart.axes.valueAxis.title.text = c.yAxisTitle;
  chart.legend.position = 'Bottom';
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i > 0) series.setValues(wss.getItem(s.sheet).getRange(s.range));
    series.name = s.name;
    series.setXAxisValues(categories);
    series.format.line.color = `#${s.color}`;
  });
}

function addNameSteps(
  plan: WorkbookPlan,
  own: Ownership,
  allNames: Set<string>,
  step: AddStep,
): void {
  for (const stale of own.staleNames) step((ctx) => ctx.workbook.names.getItem(stale).delete());
  const existing = new Map([...own.existingNames].map((n) => [n.toLowerCase(), n]));
  for (const n of plan.names) {
    const found = existing.get(n.name.toLowerCase());
    step((ctx) => {
      if (found) {
        const item = ctx.workbook.names.getItem(found);
        item.formula = `=${qualifiedRef(n.sheet, n.range)}`;
        item.comment = n.comment ?? '';
      } else {
        const range = ctx.workbook.worksheets.getItem(n.sheet).getRange(n.range);
        ctx.workbook.names.add(n.name, range, n.comment ?? '');
      }
    });
  }
  // Hidden markers: which sheets are ours, even after the user renames them.
  for (const s of plan.sheets) {
    const marker = markerName(s.name);
    const exists = allNames.has(marker.toLowerCase());
    step((ctx) => {
      if (exists) {
        ctx.workbook.names.getItem(marker).formula = `=${qualifiedRef(s.name, '$A$1')}`;
      } else {
        const ref = ctx.workbook.worksheets.getItem(s.name).getRange('$A$1');
        const added = ctx.workbook.names.add(
          marker,
          ref,
          'Offer Runway: marks this sheet as part of the model.',
        );
        added.visible = false;
      }
    });
  }
}
