/**
 * A faithful fake of the part of the Excel JavaScript API (Office.js) that src/excel uses.
 *
 * It behaves like Office.js where our code could get it wrong:
 * - every property set and method call is QUEUED and runs at `context.sync()`, in order; object
 *   look-ups (`getItem`) bind at that point and fail there (ItemNotFound), as in Excel;
 * - reading a property that was not `load()`ed and synced THROWS (PropertyNotLoaded), and so does
 *   reading `items` of a collection or `isNullObject` before a sync;
 * - a values/formulas/numberFormat array whose shape differs from the range fails the request
 *   (InvalidArgument); a request over 5 MB is refused whole (Excel on the web's payload limit);
 * - strings written into cells follow Excel's entry rules: a cell formatted "@" keeps the text
 *   literally; otherwise "=…" becomes a formula, "+…", "-…" and "@…" become formulas, numbers
 *   and TRUE/FALSE are converted, a leading apostrophe is a quote prefix;
 * - it counts syncs, records request sizes and notes every cell write made while calculation
 *   was automatic or screen updating was on.
 * It does not calculate: reading `values` of a formula cell throws (use `formulas`, or save the
 * recorded workbook with `toXlsx` and let LibreOffice calculate).
 */
import ExcelJS from 'exceljs';

// ------------------------------------------------------------------ workbook state ("server")

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  borderTop?: string;
  borderBottom?: string;
  horizontal?: string;
  wrap?: boolean;
}

export interface CellState {
  /** Constant value (null when empty or a formula). */
  value: string | number | boolean | null;
  /** Formula with its leading "=", or null. */
  formula: string | null;
  numberFormat: string;
  style: CellStyle;
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  position: [string, string] | null;
  categoryTitle: string;
  valueTitle: string;
  legend: string;
  series: { name: string; values: string; xValues: string | null; color: string | null }[];
}

export interface SheetState {
  name: string;
  cells: Map<string, CellState>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  freeze: { rows: number; cols: number } | null;
  tabColor: string | null;
  showGridlines: boolean;
  print: {
    area: string | null;
    orientation: string | null;
    zoom: Record<string, number> | null;
    margins: Record<string, number>;
    centerHorizontally: boolean | null;
  };
  charts: ChartState[];
  /** Merged areas, zero-based inclusive bounds. */
  merges: { r0: number; c0: number; r1: number; c1: number }[];
}

export interface NameState {
  name: string;
  /** `=Sheet!$A$1` style reference. */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  /** Zero-based, inclusive, header row included. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  style: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'FakeExcelError';
  }
}

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
const OP_OVERHEAD = 100;

const key = (r: number, c: number) => `${r},${c}`;
const emptyCell = (): CellState => ({
  value: null,
  formula: null,
  numberFormat: 'General',
  style: {},
});

/**
 * Column letters ↔ index. Written independently of the plan's colLetter (this fake checks that
 * code): the last letter is c mod 26, the letters before it name column ⌊c / 26⌋ − 1.
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export function colName(c: number): string {
  const last = LETTERS[c % 26] as string;
  return c < 26 ? last : colName(Math.floor(c / 26) - 1) + last;
}
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses `$B$3`, `B3:D9`, `A:A` (not needed) into zero-based inclusive bounds. */
export function parseA1(address: string): { r0: number; c0: number; r1: number; c1: number } {
  const parts = address.replace(/\$/g, '').split(':');
  const one = (p: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(p);
    if (!m) throw new FakeExcelError('InvalidArgument', `bad cell address "${address}"`);
    return { r: Number(m[2]) - 1, c: colIndex(m[1] as string) };
  };
  const a = one(parts[0] as string);
  const b = parts[1] ? one(parts[1]) : a;
  return {
    r0: Math.min(a.r, b.r),
    c0: Math.min(a.c, b.c),
    r1: Math.max(a.r, b.r),
    c1: Math.max(a.c, b.c),
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'Offer Sheet'!$A$1:$B$2` / `Inputs!B3` into sheet and local address. */
export function splitRef(ref: string): { sheet: string | null; address: string } {
  const r = ref.startsWith('=') ? ref.slice(1) : ref;
  const q = /^'((?:[^']|'')+)'!(.+)$/.exec(r);
  if (q) return { sheet: (q[1] as string).replace(/''/g, "'"), address: q[2] as string };
  const p = /^([^!]+)!(.+)$/.exec(r);
  if (p) return { sheet: p[1] as string, address: p[2] as string };
  return { sheet: null, address: r };
}

/**
 * What Excel does to a formula copied `dRows` rows down: relative row numbers of A1 references
 * move, `$`-rows stay; string literals and quoted sheet names are left alone.
 */
export function moveFormula(formula: string, dRows: number): string {
  return formula.replace(
    /("(?:[^"]|"")*")|('(?:[^']|'')*'!)|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(!])/g,
    (
      m,
      str: string | undefined,
      quotedSheet: string | undefined,
      ca: string,
      col: string,
      ra: string,
      row: string,
    ) => {
      if (str !== undefined || quotedSheet !== undefined) return m;
      const moved = ra ? Number(row) : Number(row) + dRows;
      if (moved < 1 || moved > 1_048_576)
        throw new FakeExcelError('InvalidReference', `${m} moved off the sheet`);
      return `${ca}${col}${ra}${moved}`;
    },
  );
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export class FakeWorkbook {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  tables: TableState[] = [];
  calculationMode = 'Automatic';
  /** Every context.sync() of every context. */
  syncCount = 0;
  /** One entry per sync: operations and bytes sent. */
  requests: { ops: number; bytes: number }[] = [];
  /** Cell writes made while Excel would have been recalculating / repainting. */
  writesWhileCalculating = 0;
  writesWhileRepainting = 0;
  fullCalculations = 0;
  activeSheet: string | null = null;
  /** State of the current request. */
  apiCalcSuspended = false;
  screenSuspended = false;

  // ---- state helpers (also used by tests to play the user)

  sheet(name: string): SheetState | undefined {
    return byName(this.sheets, name);
  }

  requireSheet(name: string): SheetState {
    const s = this.sheet(name);
    if (!s) throw new FakeExcelError('ItemNotFound', `worksheet "${name}" does not exist`);
    return s;
  }

  addSheet(name: string): SheetState {
    if (this.sheet(name))
      throw new FakeExcelError('ItemAlreadyExists', `a sheet named "${name}" exists`);
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `invalid sheet name "${name}"`);
    }
    const s: SheetState = {
      name,
      cells: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenColumns: new Set(),
      freeze: null,
      tabColor: null,
      showGridlines: true,
      print: { area: null, orientation: null, zoom: null, margins: {}, centerHorizontally: null },
      charts: [],
      merges: [],
    };
    this.sheets.push(s);
    return s;
  }

  /** The user deletes a sheet: names pointing at it become #REF!, its tables go. */
  deleteSheet(name: string): void {
    const s = this.requireSheet(name);
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
    for (const n of this.names) {
      const { sheet } = splitRef(n.formula);
      if (sheet && sheet.toLowerCase() === s.name.toLowerCase()) n.formula = '=#REF!';
    }
  }

  /** The user renames a sheet: Excel rewrites references to it. */
  renameSheet(from: string, to: string): void {
    const s = this.requireSheet(from);
    if (this.sheet(to) && this.sheet(to) !== s) throw new FakeExcelError('ItemAlreadyExists', to);
    const old = s.name;
    s.name = to;
    for (const n of this.names) {
      const { sheet, address } = splitRef(n.formula);
      if (sheet && sheet.toLowerCase() === old.toLowerCase())
        n.formula = `=${quoteSheet(to)}!${address}`;
    }
  }

  cell(sheet: string, address: string): CellState {
    const s = this.requireSheet(sheet);
    const { r0, c0 } = parseA1(address);
    return s.cells.get(key(r0, c0)) ?? emptyCell();
  }

  /** The user types into a cell (Excel's entry rules apply). */
  userEnter(sheet: string, address: string, input: string | number | boolean): void {
    const s = this.requireSheet(sheet);
    const { r0, c0 } = parseA1(address);
    this.enter(s, r0, c0, input, false);
  }

  name(name: string): NameState | undefined {
    return byName(this.names, name);
  }

  table(name: string): TableState | undefined {
    return byName(this.tables, name);
  }

  /** The user types a new row under a table: the table grows by one row. */
  userAddTableRow(table: string, values: (string | number | boolean)[]): void {
    const t = this.table(table);
    if (!t) throw new FakeExcelError('ItemNotFound', `table ${table}`);
    const r = t.r1 + 1;
    values.forEach((v, i) => this.enter(t.sheet, r, t.c0 + i, v, false));
    t.r1 = r;
  }

  /** Where a name points: sheet and bounds; throws for a broken one. */
  nameTarget(name: string): { sheet: SheetState; r0: number; c0: number; r1: number; c1: number } {
    const n = this.name(name);
    if (!n) throw new FakeExcelError('ItemNotFound', `name ${name}`);
    const { sheet, address } = splitRef(n.formula);
    if (!sheet || sheet === '#REF')
      throw new FakeExcelError('InvalidReference', `name ${name} is broken`);
    return { sheet: this.requireSheet(sheet), ...parseA1(address) };
  }

  /** Excel's entry rules for one cell. `viaApi`: counts the write for the calc/repaint checks. */
  enter(s: SheetState, r: number, c: number, input: unknown, viaApi = true): void {
    if (viaApi) {
      if (this.calculationMode !== 'Manual' && !this.apiCalcSuspended)
        this.writesWhileCalculating++;
      if (!this.screenSuspended) this.writesWhileRepainting++;
    }
    const k = key(r, c);
    const cell = s.cells.get(k) ?? emptyCell();
    cell.value = null;
    cell.formula = null;
    if (input === null || input === undefined) {
      throw new FakeExcelError(
        'InvalidArgument',
        `null is not a cell input (row ${r + 1}, col ${c + 1})`,
      );
    }
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw new FakeExcelError('InvalidArgument', 'non-finite number');
      cell.value = input;
    } else if (typeof input === 'boolean') cell.value = input;
    else if (typeof input === 'string') {
      if (input === '') {
        // empty
      } else if (cell.numberFormat === '@') cell.value = input;
      else if (input.startsWith("'")) cell.value = input.slice(1);
      else if (input.startsWith('=')) cell.formula = input;
      else if (/^[+\-@]./.test(input) && !NUMERIC.test(input)) {
        cell.formula = `=${input.startsWith('@') ? input.slice(1) : input}`;
      } else if (NUMERIC.test(input)) cell.value = Number(input);
      else if (/^(true|false)$/i.test(input)) cell.value = input.toLowerCase() === 'true';
      else cell.value = input;
    } else throw new FakeExcelError('InvalidArgument', `unsupported cell input ${typeof input}`);
    s.cells.set(k, cell);
  }

  // ---- the API side

  /** A new request context (what Excel.run hands to its callback). */
  context(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Excel.run for the fake. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return batch(this.context() as unknown as Excel.RequestContext);
  }

  // ---- export what was recorded

  /** The recorded workbook as .xlsx (ExcelJS): cells, formulas (no cached results), formats, names. */
  async toXlsx(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    for (const s of this.sheets) {
      const ws = wb.addWorksheet(s.name);
      for (const [k, cell] of s.cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (cell.value === null && cell.formula === null && cell.numberFormat === 'General')
          continue;
        const xc = ws.getCell(r + 1, c + 1);
        if (cell.formula !== null)
          xc.value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
        else if (cell.value !== null) xc.value = cell.value;
        if (cell.numberFormat !== 'General') xc.numFmt = cell.numberFormat;
      }
      for (const [c, w] of s.columnWidths) ws.getColumn(c + 1).width = w / 0.75 / 7;
      for (const m of s.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    }
    for (const n of this.names) {
      const { sheet, address } = splitRef(n.formula);
      if (!sheet || sheet === '#REF') continue;
      wb.definedNames.add(`${quoteSheet(sheet)}!${address}`, n.name);
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
}

// ------------------------------------------------------------------ request context and proxies

type Op = { bytes: number; run: () => void };
const UTF8 = new TextEncoder();

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Op[] = [];
  /** Syncs made by this context. */
  syncs = 0;

  constructor(readonly state: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(args: unknown, run: () => void): void {
    // Counted as sent: UTF-8 bytes of the JSON (a "€" is 3 bytes, not 1 UTF-16 unit).
    this.queue.push({ bytes: UTF8.encode(JSON.stringify(args ?? null)).length + OP_OVERHEAD, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.syncs++;
    this.state.syncCount++;
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.state.requests.push({ ops: ops.length, bytes });
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeExcelError(
        'RequestPayloadSizeLimitExceeded',
        `request of ${bytes} bytes exceeds 5 MB`,
      );
    }
    try {
      for (const op of ops) op.run();
    } finally {
      this.state.apiCalcSuspended = false;
      this.state.screenSuspended = false;
    }
  }
}

/** Base of every proxy: loaded properties, and reads that throw when not loaded. */
class Proxy_ {
  protected loaded = new Map<string, unknown>();
  protected synced = false;
  protected bound: unknown = undefined;

  constructor(
    readonly context: FakeRequestContext,
    /** Finds the server object; runs inside sync, in queue order, then stays bound. */
    private readonly resolver: () => unknown,
  ) {}

  /** The bound server object (resolves on first use inside a sync). */
  protected target<T>(): T {
    if (this.bound === undefined) this.bound = this.resolver();
    return this.bound as T;
  }

  protected bind(): void {
    this.context.enqueue(null, () => {
      this.target();
    });
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }

  /** Queue a snapshot of `props` (read by `snapshot`) for the next sync. */
  protected queueLoad(props: string[], snapshot: (prop: string) => unknown): void {
    this.context.enqueue(props, () => {
      for (const p of props) this.loaded.set(p, snapshot(p));
    });
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.context.enqueue({ [prop]: value }, apply);
  }
}

function propsOf(spec: string | string[] | undefined): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

/** Base of a proxy for one item of a collection (a worksheet, a name, a table, a chart). */
abstract class ItemProxy<T> extends Proxy_ {
  constructor(
    context: FakeRequestContext,
    resolver: () => T | null,
    private readonly nullable = false,
  ) {
    super(context, resolver);
    if (nullable)
      this.context.enqueue(null, () => this.loaded.set('isNullObject', this.target() === null));
  }
  /** What the item is called in messages ("worksheet", "name", …). */
  protected abstract readonly kind: string;
  bindNow(): void {
    this.bind();
  }
  /** The bound server object; operations on a null object fail as Excel's do. */
  protected get item(): T {
    const t = this.target<T | null>();
    if (!t) throw new FakeExcelError('ItemNotFound', `operation on a null ${this.kind} object`);
    return t;
  }
  /** The value of one loadable property of the bound object. */
  protected abstract snap(p: string): unknown;
  /** Set a property that the server object stores as it is sent (no check, no side effect). */
  protected setStored<K extends keyof T & string>(prop: K, value: T[K]): void {
    this.set(prop, value, () => {
      this.item[prop] = value;
    });
  }
  /** Fill loaded props from the bound object (used by collection loads). */
  fill(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.snap(p));
  }
  load(spec?: string | string[]): this {
    this.queueLoad(propsOf(spec), (p) => this.snap(p));
    return this;
  }
  get isNullObject(): boolean {
    return this.nullable ? this.read('isNullObject') : false;
  }
}

/** Base of a collection proxy: `load('items/…')`, `items`, lookups by name, and `add`. */
abstract class CollectionProxy<T, I extends ItemProxy<T>> extends Proxy_ {
  constructor(
    context: FakeRequestContext,
    /** The server objects of the collection (read inside a sync). */
    protected readonly list: () => T[],
  ) {
    super(context, list);
  }
  /** A proxy for the item `resolver` finds. */
  protected abstract itemOf(resolver: () => T | null, nullable?: boolean): I;
  load(spec?: string | string[]): this {
    const props = propsOf(spec)
      .filter((p) => p.startsWith('items/'))
      .map((p) => p.slice(6));
    this.context.enqueue(props, () => {
      const items = this.list().map((t) => {
        const item = this.itemOf(() => t);
        item.fill(props);
        return item;
      });
      this.loaded.set('items', items);
    });
    return this;
  }
  get items(): I[] {
    return this.read('items');
  }
  /** getItem: bound at once, failing with ItemNotFound (`missing`) when `find` finds nothing. */
  protected found(find: () => T | undefined, missing: string): I {
    const item = this.itemOf(() => {
      const t = find();
      if (!t) throw new FakeExcelError('ItemNotFound', missing);
      return t;
    });
    item.bindNow();
    return item;
  }
  /** getItemOrNullObject: a null object when `find` finds nothing. */
  protected foundOrNull(find: () => T | undefined): I {
    return this.itemOf(() => find() ?? null, true);
  }
  /** add: `create` runs inside the sync (sending `args`); the proxy reaches what it created. */
  protected added(args: unknown, kind: string, create: () => T): I {
    let created: T | undefined;
    this.context.enqueue(args, () => {
      created = create();
    });
    return this.itemOf(() => {
      if (!created) throw new FakeExcelError('GeneralException', `${kind} not added yet`);
      return created;
    });
  }
}

/** A collection whose items are found by name: getItem and getItemOrNullObject. */
/** Excel finds worksheets, names and tables by name whatever the case. */
function byName<T extends { name: string }>(list: T[], name: string): T | undefined {
  return list.find((x) => x.name.toLowerCase() === name.toLowerCase());
}

/** A collection whose items are found by name: worksheets, names, tables. */
abstract class NamedCollectionProxy<
  T extends { name: string },
  I extends ItemProxy<T>,
> extends CollectionProxy<T, I> {
  constructor(
    context: FakeRequestContext,
    /** What an item is called in the ItemNotFound message ("worksheet", "name", "table"). */
    private readonly noun: string,
    list: () => T[],
    private readonly Item: new (
      context: FakeRequestContext,
      resolver: () => T | null,
      nullable: boolean,
    ) => I,
  ) {
    super(context, list);
  }
  protected itemOf(resolver: () => T | null, nullable = false): I {
    return new this.Item(this.context, resolver, nullable);
  }
  getItem(name: string): I {
    return this.found(() => byName(this.list(), name), `${this.noun} "${name}" does not exist`);
  }
  getItemOrNullObject(name: string): I {
    return this.foundOrNull(() => byName(this.list(), name));
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeTableCollection(context, () => context.state.tables);
    this.application = new FakeApplication(context);
  }
}

class FakeApplication extends Proxy_ {
  constructor(context: FakeRequestContext) {
    super(context, () => context.state);
  }
  load(spec?: string | string[]): this {
    this.queueLoad(propsOf(spec), (p) => {
      if (p === 'calculationMode') return this.context.state.calculationMode;
      throw new FakeExcelError('InvalidArgument', `application.${p} is not modelled`);
    });
    return this;
  }
  get calculationMode(): string {
    return this.read('calculationMode');
  }
  set calculationMode(mode: string) {
    if (!['Automatic', 'AutomaticExceptTables', 'Manual'].includes(mode)) {
      throw new FakeExcelError('InvalidArgument', `calculationMode ${mode}`);
    }
    this.set('calculationMode', mode, () => {
      this.context.state.calculationMode = mode;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue('suspendApiCalculationUntilNextSync', () => {
      this.context.state.apiCalcSuspended = true;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue('suspendScreenUpdatingUntilNextSync', () => {
      this.context.state.screenSuspended = true;
    });
  }
  calculate(type: string): void {
    this.context.enqueue({ calculate: type }, () => {
      this.context.state.fullCalculations++;
    });
  }
}

// ---- worksheets

class FakeWorksheetCollection extends NamedCollectionProxy<SheetState, FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, 'worksheet', () => context.state.sheets, FakeWorksheet);
  }
  add(name: string): FakeWorksheet {
    return this.added({ add: name }, 'sheet', () => this.context.state.addSheet(name));
  }
}

class FakeWorksheet extends ItemProxy<SheetState> {
  protected readonly kind = 'worksheet';
  protected snap(p: string): unknown {
    if (p === 'name') return this.item.name;
    if (p === 'tabColor') return this.item.tabColor ?? '';
    if (p === 'showGridlines') return this.item.showGridlines;
    throw new FakeExcelError('InvalidArgument', `worksheet.${p} is not modelled`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.set('name', value, () => this.context.state.renameSheet(this.item.name, value));
  }
  set position(value: number) {
    this.set('position', value, () => {
      const list = this.context.state.sheets;
      const s = this.item;
      if (!Number.isInteger(value) || value < 0 || value >= list.length) {
        throw new FakeExcelError('InvalidArgument', `position ${value}`);
      }
      list.splice(list.indexOf(s), 1);
      list.splice(value, 0, s);
    });
  }
  set tabColor(value: string) {
    this.set('tabColor', value, () => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(value))
        throw new FakeExcelError('InvalidArgument', `tabColor ${value}`);
      this.item.tabColor = value.toUpperCase();
    });
  }
  set showGridlines(value: boolean) {
    this.set('showGridlines', value, () => {
      this.item.showGridlines = value;
    });
  }
  activate(): void {
    this.context.enqueue('activate', () => {
      this.context.state.activeSheet = this.item.name;
    });
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.item);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(
      this.context,
      () => this.context.state.tables.filter((t) => t.sheet === this.item),
      () => this.item,
    );
  }
  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, () => this.item);
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.item);
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.item;
      if (address === undefined) return { s, r0: 0, c0: 0, r1: 1_048_575, c1: 16_383, whole: true };
      return { s, ...parseA1(address), whole: false };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1 || row < 0 || col < 0) {
      throw new FakeExcelError(
        'InvalidArgument',
        `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`,
      );
    }
    return new FakeRange(this.context, () => ({
      s: this.item,
      r0: row,
      c0: col,
      r1: row + rows - 1,
      c1: col + cols - 1,
      whole: false,
    }));
  }
}

class FakeFreezePanes extends Proxy_ {
  constructor(
    context: FakeRequestContext,
    private readonly sheetOf: () => SheetState,
  ) {
    super(context, sheetOf);
  }
  unfreeze(): void {
    this.context.enqueue('unfreeze', () => {
      this.sheetOf().freeze = null;
    });
  }
  freezeRows(n: number): void {
    this.context.enqueue({ freezeRows: n }, () => {
      this.sheetOf().freeze = { rows: n, cols: 0 };
    });
  }
  freezeColumns(n: number): void {
    this.context.enqueue({ freezeColumns: n }, () => {
      this.sheetOf().freeze = { rows: 0, cols: n };
    });
  }
  freezeAt(range: FakeRange): void {
    this.context.enqueue('freezeAt', () => {
      const b = range.bounds();
      if (b.r0 !== 0 || b.c0 !== 0)
        throw new FakeExcelError('InvalidArgument', 'freezeAt range must start at A1');
      this.sheetOf().freeze = { rows: b.r1 + 1, cols: b.c1 + 1 };
    });
  }
}

class FakePageLayout extends Proxy_ {
  constructor(
    context: FakeRequestContext,
    private readonly sheetOf: () => SheetState,
  ) {
    super(context, sheetOf);
  }
  setPrintArea(area: string): void {
    this.context.enqueue({ setPrintArea: area }, () => {
      parseA1(area);
      this.sheetOf().print.area = area;
    });
  }
  set orientation(v: string) {
    this.set('orientation', v, () => {
      if (v !== 'Portrait' && v !== 'Landscape')
        throw new FakeExcelError('InvalidArgument', `orientation ${v}`);
      this.sheetOf().print.orientation = v;
    });
  }
  set zoom(v: Record<string, number>) {
    this.set('zoom', v, () => {
      for (const [k, n] of Object.entries(v)) {
        const ok = k === 'scale' ? n >= 10 && n <= 400 : Number.isInteger(n) && n >= 1;
        if (!ok) throw new FakeExcelError('InvalidArgument', `zoom.${k} = ${n}`);
      }
      this.sheetOf().print.zoom = { ...v };
    });
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v, () => {
      this.sheetOf().print.centerHorizontally = v;
    });
  }
  private margin(side: string, v: number) {
    this.set(side, v, () => {
      this.sheetOf().print.margins[side] = v;
    });
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
}

// ---- ranges

interface Bounds {
  s: SheetState;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  whole: boolean;
}

function addressOf(b: Bounds): string {
  const a = `${colName(b.c0)}${b.r0 + 1}`;
  const z = `${colName(b.c1)}${b.r1 + 1}`;
  return `${quoteSheet(b.s.name)}!${a === z ? a : `${a}:${z}`}`;
}

function absAddressOf(b: Bounds): string {
  const a = `$${colName(b.c0)}$${b.r0 + 1}`;
  const z = `$${colName(b.c1)}$${b.r1 + 1}`;
  return `${quoteSheet(b.s.name)}!${a === z ? a : `${a}:${z}`}`;
}

class FakeRange extends Proxy_ {
  constructor(context: FakeRequestContext, resolver: () => Bounds) {
    super(context, resolver);
  }
  bounds(): Bounds {
    return this.target<Bounds>();
  }
  private each(f: (r: number, c: number) => void): void {
    const b = this.bounds();
    if (b.whole)
      throw new FakeExcelError(
        'GeneralException',
        'per-cell operation on a whole sheet (not modelled)',
      );
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) f(r, c);
  }
  private checkShape(prop: string, data: unknown): unknown[][] {
    const b = this.bounds();
    const rows = b.r1 - b.r0 + 1;
    const cols = b.c1 - b.c0 + 1;
    if (
      !Array.isArray(data) ||
      data.length !== rows ||
      data.some((r) => !Array.isArray(r) || r.length !== cols)
    ) {
      throw new FakeExcelError(
        'InvalidArgument',
        `${prop}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols})`,
      );
    }
    return data as unknown[][];
  }
  load(spec?: string | string[]): this {
    this.queueLoad(propsOf(spec), (p) => this.snap(p));
    return this;
  }
  private snap(p: string): unknown {
    const b = this.bounds();
    if (p === 'address') return addressOf(b);
    if (p === 'rowCount') return b.r1 - b.r0 + 1;
    if (p === 'columnCount') return b.c1 - b.c0 + 1;
    if (b.whole)
      throw new FakeExcelError('GeneralException', `loading ${p} of a whole sheet is not modelled`);
    const grid: unknown[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const line: unknown[] = [];
      for (let c = b.c0; c <= b.c1; c++) {
        const cell = b.s.cells.get(key(r, c)) ?? emptyCell();
        if (p === 'values') {
          if (cell.formula !== null) {
            throw new FakeExcelError(
              'NotModelled',
              `the fake does not calculate: values of ${colName(c)}${r + 1} (a formula)`,
            );
          }
          line.push(cell.value ?? '');
        } else if (p === 'formulas') line.push(cell.formula ?? cell.value ?? '');
        else if (p === 'numberFormat') line.push(cell.numberFormat);
        else throw new FakeExcelError('InvalidArgument', `range.${p} is not modelled`);
      }
      grid.push(line);
    }
    return grid;
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  get address(): string {
    return this.read('address');
  }
  set formulas(data: unknown[][]) {
    this.set('formulas', data, () => {
      const d = this.checkShape('formulas', data);
      const b = this.bounds();
      this.each((r, c) => this.context.state.enter(b.s, r, c, d[r - b.r0]?.[c - b.c0]));
    });
  }
  set values(data: unknown[][]) {
    this.set('values', data, () => {
      const d = this.checkShape('values', data);
      const b = this.bounds();
      this.each((r, c) => this.context.state.enter(b.s, r, c, d[r - b.r0]?.[c - b.c0]));
    });
  }
  set numberFormat(data: unknown[][]) {
    this.set('numberFormat', data, () => {
      const d = this.checkShape('numberFormat', data);
      const b = this.bounds();
      this.each((r, c) => {
        const f = d[r - b.r0]?.[c - b.c0];
        if (typeof f !== 'string' || f === '')
          throw new FakeExcelError('InvalidArgument', `numberFormat ${String(f)}`);
        const k = key(r, c);
        const cell = b.s.cells.get(k) ?? emptyCell();
        cell.numberFormat = f;
        b.s.cells.set(k, cell);
      });
    });
  }
  /** Range.merge (ExcelApi 1.2). Excel keeps only the top-left value: merging over data is misuse. */
  merge(across = false): void {
    this.context.enqueue({ merge: across }, () => {
      if (across) throw new FakeExcelError('NotModelled', 'merge(across = true)');
      const b = this.bounds();
      if (b.whole) throw new FakeExcelError('NotModelled', 'merge a whole sheet');
      const overlap = b.s.merges.find(
        (m) => m.r0 <= b.r1 && b.r0 <= m.r1 && m.c0 <= b.c1 && b.c0 <= m.c1,
      );
      if (overlap)
        throw new FakeExcelError('InvalidArgument', `merge ${addressOf(b)} overlaps a merged area`);
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) {
          const cell = b.s.cells.get(`${r},${c}`);
          if ((r !== b.r0 || c !== b.c0) && cell && (cell.value !== null || cell.formula !== null))
            throw new FakeExcelError('InvalidArgument', `merge ${addressOf(b)} would discard data`);
        }
      b.s.merges.push({ r0: b.r0, c0: b.c0, r1: b.r1, c1: b.c1 });
    });
  }
  /** Range.unmerge (ExcelApi 1.2): removes merged areas that intersect the range. */
  unmerge(): void {
    this.context.enqueue('unmerge', () => {
      const b = this.bounds();
      b.s.merges = b.whole
        ? []
        : b.s.merges.filter((m) => !(m.r0 <= b.r1 && b.r0 <= m.r1 && m.c0 <= b.c1 && b.c0 <= m.c1));
    });
  }
  clear(applyTo = 'All'): void {
    this.context.enqueue({ clear: applyTo }, () => {
      if (applyTo !== 'All') throw new FakeExcelError('NotModelled', `clear(${applyTo})`);
      const b = this.bounds();
      for (const [k] of b.s.cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) b.s.cells.delete(k);
      }
    });
  }
  set columnHidden(v: boolean) {
    this.set('columnHidden', v, () => {
      const b = this.bounds();
      if (b.whole) {
        if (v) throw new FakeExcelError('NotModelled', 'hide every column');
        b.s.hiddenColumns.clear();
        return;
      }
      for (let c = b.c0; c <= b.c1; c++) {
        if (v) b.s.hiddenColumns.add(c);
        else b.s.hiddenColumns.delete(c);
      }
    });
  }
  set rowHidden(v: boolean) {
    this.set('rowHidden', v, () => {
      if (v) throw new FakeExcelError('NotModelled', 'hidden rows');
    });
  }
  /** Range.autoFill with "FillCopy": the source rows repeated downwards, formulas moved as Excel moves them. */
  autoFill(destination: FakeRange, type = 'FillDefault'): void {
    this.context.enqueue({ autoFill: type }, () => {
      if (type !== 'FillCopy') throw new FakeExcelError('NotModelled', `autoFill type ${type}`);
      const src = this.bounds();
      const dst = destination.bounds();
      if (
        dst.s !== src.s ||
        dst.c0 !== src.c0 ||
        dst.c1 !== src.c1 ||
        dst.r0 !== src.r0 ||
        dst.r1 < src.r1
      ) {
        throw new FakeExcelError(
          'InvalidArgument',
          'autoFill: the destination must contain the source and extend it downwards',
        );
      }
      const h = src.r1 - src.r0 + 1;
      for (let r = src.r1 + 1; r <= dst.r1; r++) {
        const from = src.r0 + ((r - src.r0) % h);
        for (let c = src.c0; c <= src.c1; c++) {
          const cell = src.s.cells.get(key(from, c)) ?? emptyCell();
          const copy: CellState = {
            value: cell.value,
            formula: cell.formula === null ? null : moveFormula(cell.formula, r - from),
            numberFormat: cell.numberFormat,
            style: { ...cell.style },
          };
          if (
            this.context.state.calculationMode !== 'Manual' &&
            !this.context.state.apiCalcSuspended
          ) {
            this.context.state.writesWhileCalculating++;
          }
          if (!this.context.state.screenSuspended) this.context.state.writesWhileRepainting++;
          src.s.cells.set(key(r, c), copy);
        }
      }
    });
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, () => {
      const b = this.bounds();
      return { s: b.s, r0: 0, c0: b.c0, r1: 1_048_575, c1: b.c1, whole: false };
    });
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this);
  }
  /** Cells of the bound range (inside sync). */
  styleEach(f: (style: CellStyle) => void): void {
    const b = this.bounds();
    this.each((r, c) => {
      const k = key(r, c);
      const cell = b.s.cells.get(k) ?? emptyCell();
      f(cell.style);
      b.s.cells.set(k, cell);
    });
  }
}

class FakeRangeFormat extends Proxy_ {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, () => range.bounds());
  }
  private style(prop: string, v: unknown, f: (s: CellStyle) => void) {
    this.set(prop, v, () => this.range.styleEach(f));
  }
  set columnWidth(v: number) {
    this.set('columnWidth', v, () => {
      const b = this.range.bounds();
      if (!(v >= 0 && v <= 255 * 7.5))
        throw new FakeExcelError('InvalidArgument', `columnWidth ${v}`);
      for (let c = b.c0; c <= b.c1; c++) b.s.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.set('rowHeight', v, () => {
      const b = this.range.bounds();
      if (!(v >= 0 && v <= 409)) throw new FakeExcelError('InvalidArgument', `rowHeight ${v}`);
      for (let r = b.r0; r <= b.r1; r++) b.s.rowHeights.set(r, v);
    });
  }
  set useStandardWidth(v: boolean) {
    this.set('useStandardWidth', v, () => {
      const b = this.range.bounds();
      if (b.whole && v) b.s.columnWidths.clear();
    });
  }
  set useStandardHeight(v: boolean) {
    this.set('useStandardHeight', v, () => {
      const b = this.range.bounds();
      if (b.whole && v) b.s.rowHeights.clear();
    });
  }
  set horizontalAlignment(v: string) {
    this.style('horizontalAlignment', v, (s) => (s.horizontal = v));
  }
  set wrapText(v: boolean) {
    this.style('wrapText', v, (s) => (s.wrap = v));
  }
  get font() {
    const fmt = this as FakeRangeFormat;
    return {
      set bold(v: boolean) {
        fmt.style('font.bold', v, (s) => (s.bold = v));
      },
      set italic(v: boolean) {
        fmt.style('font.italic', v, (s) => (s.italic = v));
      },
      set size(v: number) {
        fmt.style('font.size', v, (s) => (s.size = v));
      },
      set color(v: string) {
        fmt.style('font.color', v, (s) => (s.fontColor = checkColor(v)));
      },
    };
  }
  get fill() {
    const fmt = this as FakeRangeFormat;
    return {
      set color(v: string) {
        fmt.style('fill.color', v, (s) => (s.fill = checkColor(v)));
      },
    };
  }
  get borders() {
    const fmt = this as FakeRangeFormat;
    return {
      getItem(edge: string) {
        return {
          set style(v: string) {
            fmt.style(`borders.${edge}`, v, (s) => {
              if (edge === 'EdgeTop') s.borderTop = v;
              else if (edge === 'EdgeBottom') s.borderBottom = v;
              else throw new FakeExcelError('NotModelled', `border ${edge}`);
            });
          },
        };
      },
    };
  }
}

function checkColor(v: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError('InvalidArgument', `color ${v}`);
  return v.toUpperCase();
}

// ---- names

class FakeNamedItemCollection extends NamedCollectionProxy<NameState, FakeNamedItem> {
  constructor(context: FakeRequestContext) {
    super(context, 'name', () => context.state.names, FakeNamedItem);
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return this.added({ add: name, comment }, 'name', () => {
      const st = this.context.state;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new FakeExcelError('InvalidArgument', `invalid name "${name}"`);
      }
      if (st.name(name)) throw new FakeExcelError('ItemAlreadyExists', `name "${name}" exists`);
      // Excel stores a name made from a Range as an absolute reference.
      const formula =
        typeof reference === 'string' ? reference : `=${absAddressOf(reference.bounds())}`;
      const created = { name, formula, comment: comment ?? '', visible: true };
      st.names.push(created);
      return created;
    });
  }
}

class FakeNamedItem extends ItemProxy<NameState> {
  protected readonly kind = 'name';
  protected snap(p: string): unknown {
    const n = this.item;
    if (p === 'name') return n.name;
    if (p === 'formula') return n.formula;
    if (p === 'comment') return n.comment;
    if (p === 'visible') return n.visible;
    if (p === 'type')
      return n.formula.includes('!') && !n.formula.includes('#REF') ? 'Range' : 'Error';
    throw new FakeExcelError('InvalidArgument', `name.${p} is not modelled`);
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.set('formula', v, () => {
      if (!v.startsWith('='))
        throw new FakeExcelError('InvalidArgument', 'a name formula starts with "="');
      const { sheet, address } = splitRef(v);
      if (sheet) {
        this.context.state.requireSheet(sheet);
        parseA1(address);
      }
      this.item.formula = v;
    });
  }
  set comment(v: string) {
    this.setStored('comment', v);
  }
  set visible(v: boolean) {
    this.setStored('visible', v);
  }
  delete(): void {
    this.context.enqueue('delete', () => {
      const n = this.item;
      this.context.state.names = this.context.state.names.filter((x) => x !== n);
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.context.state.nameTarget(this.item.name);
      return { s: t.sheet, r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1, whole: false };
    });
  }
}

// ---- tables

class FakeTableCollection extends NamedCollectionProxy<TableState, FakeTable> {
  constructor(
    context: FakeRequestContext,
    list: () => TableState[],
    private readonly sheetOf?: () => SheetState,
  ) {
    super(context, 'table', list, FakeTable);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    return this.added(
      { add: typeof address === 'string' ? address : 'range', hasHeaders },
      'table',
      () => {
        const st = this.context.state;
        if (!hasHeaders) throw new FakeExcelError('NotModelled', 'tables without headers');
        let b: Bounds;
        if (typeof address === 'string') {
          const { sheet, address: a } = splitRef(address);
          if (!sheet && !this.sheetOf)
            throw new FakeExcelError('InvalidArgument', 'table address needs a sheet');
          b = {
            s: sheet ? st.requireSheet(sheet) : (this.sheetOf as () => SheetState)(),
            ...parseA1(a),
            whole: false,
          };
        } else b = address.bounds();
        if (this.sheetOf && b.s !== this.sheetOf())
          throw new FakeExcelError('InvalidArgument', 'table range on another sheet');
        for (const t of st.tables) {
          if (t.sheet === b.s && !(b.r1 < t.r0 || b.r0 > t.r1 || b.c1 < t.c0 || b.c0 > t.c1)) {
            throw new FakeExcelError('InvalidOperation', `a table cannot overlap table ${t.name}`);
          }
        }
        for (let c = b.c0; c <= b.c1; c++) {
          const h = b.s.cells.get(key(b.r0, c));
          if (!h || typeof h.value !== 'string' || h.value === '') {
            throw new FakeExcelError(
              'NotModelled',
              `table header ${colName(c)}${b.r0 + 1} is not text`,
            );
          }
        }
        let n = 1;
        while (st.table(`Table${n}`)) n++;
        const created: TableState = {
          name: `Table${n}`,
          sheet: b.s,
          r0: b.r0,
          c0: b.c0,
          r1: b.r1,
          c1: b.c1,
          style: 'TableStyleMedium2',
        };
        st.tables.push(created);
        return created;
      },
    );
  }
}

class FakeTable extends ItemProxy<TableState> {
  protected readonly kind = 'table';
  protected snap(p: string): unknown {
    if (p === 'name') return this.item.name;
    if (p === 'style') return this.item.style;
    throw new FakeExcelError('InvalidArgument', `table.${p} is not modelled`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      const other = this.context.state.table(v);
      if (other && other !== this.item)
        throw new FakeExcelError('InvalidArgument', `table name ${v} is taken`);
      if (this.context.state.name(v))
        throw new FakeExcelError('InvalidArgument', `table name ${v} is a defined name`);
      this.item.name = v;
    });
  }
  set style(v: string) {
    this.setStored('style', v);
  }
  delete(): void {
    this.context.enqueue('delete', () => {
      const t = this.item;
      const st = this.context.state;
      st.tables = st.tables.filter((x) => x !== t);
      for (const [k] of t.sheet.cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (r >= t.r0 && r <= t.r1 && c >= t.c0 && c <= t.c1) t.sheet.cells.delete(k);
      }
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.item;
      return { s: t.sheet, r0: t.r0 + 1, c0: t.c0, r1: t.r1, c1: t.c1, whole: false };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.item;
      return { s: t.sheet, r0: t.r0, c0: t.c0, r1: t.r0, c1: t.c1, whole: false };
    });
  }
}

// ---- charts

/** A chart and the sheet it stands on. */
interface PlacedChart {
  sheet: SheetState;
  chart: ChartState;
}

class FakeChartCollection extends CollectionProxy<PlacedChart, FakeChart> {
  constructor(
    context: FakeRequestContext,
    private readonly sheetOf: () => SheetState,
  ) {
    super(context, () => {
      const sheet = sheetOf();
      return sheet.charts.map((chart) => ({ sheet, chart }));
    });
  }
  protected itemOf(resolver: () => PlacedChart | null): FakeChart {
    return new FakeChart(this.context, resolver);
  }
  getItem(name: string): FakeChart {
    return this.found(() => this.list().find((x) => x.chart.name === name), `chart "${name}"`);
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChart {
    return this.added({ add: type, seriesBy }, 'chart', () => {
      const sheet = this.sheetOf();
      const b = source.bounds();
      if (seriesBy !== 'Columns') throw new FakeExcelError('NotModelled', `seriesBy ${seriesBy}`);
      const series = [];
      for (let c = b.c0; c <= b.c1; c++) {
        series.push({
          name: `Series${c - b.c0 + 1}`,
          values: `${quoteSheet(b.s.name)}!$${colName(c)}$${b.r0 + 1}:$${colName(c)}$${b.r1 + 1}`,
          xValues: null,
          color: null,
        });
      }
      const chart: ChartState = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: '',
        position: null,
        categoryTitle: '',
        valueTitle: '',
        legend: 'Right',
        series,
      };
      sheet.charts.push(chart);
      return { sheet, chart };
    });
  }
}

function rangeRef(r: FakeRange): string {
  const b = r.bounds();
  return `${quoteSheet(b.s.name)}!$${colName(b.c0)}$${b.r0 + 1}:$${colName(b.c1)}$${b.r1 + 1}`;
}

class FakeChart extends ItemProxy<PlacedChart> {
  protected readonly kind = 'chart';
  private get c(): ChartState {
    return this.item.chart;
  }
  protected snap(p: string): unknown {
    if (p !== 'name') throw new FakeExcelError('InvalidArgument', `chart.${p} is not modelled`);
    return this.c.name;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', v, () => {
      const { sheet, chart } = this.item;
      if (sheet.charts.some((x) => x !== chart && x.name === v))
        throw new FakeExcelError('InvalidArgument', `chart name ${v} taken`);
      chart.name = v;
    });
  }
  delete(): void {
    this.context.enqueue('delete', () => {
      const { sheet, chart } = this.item;
      sheet.charts = sheet.charts.filter((x) => x !== chart);
    });
  }
  setPosition(start: string, end: string): void {
    this.context.enqueue({ setPosition: [start, end] }, () => {
      parseA1(start);
      parseA1(end);
      this.c.position = [start, end];
    });
  }
  get title() {
    const chart = this as FakeChart;
    return {
      set text(v: string) {
        chart.set('title.text', v, () => (chart.c.title = v));
      },
    };
  }
  get legend() {
    const chart = this as FakeChart;
    return {
      set position(v: string) {
        chart.set('legend.position', v, () => (chart.c.legend = v));
      },
    };
  }
  get axes() {
    const chart = this as FakeChart;
    const axis = (which: 'categoryTitle' | 'valueTitle') => ({
      title: {
        set text(v: string) {
          chart.set(`axes.${which}`, v, () => (chart.c[which] = v));
        },
      },
    });
    return { categoryAxis: axis('categoryTitle'), valueAxis: axis('valueTitle') };
  }
  get series() {
    const chart = this as FakeChart;
    const seriesProxy = (pick: () => ChartState['series'][number]) => ({
      set name(v: string) {
        chart.set('series.name', v, () => (pick().name = v));
      },
      setValues(r: FakeRange) {
        chart.context.enqueue('setValues', () => (pick().values = rangeRef(r)));
      },
      setXAxisValues(r: FakeRange) {
        chart.context.enqueue('setXAxisValues', () => (pick().xValues = rangeRef(r)));
      },
      format: {
        line: {
          set color(v: string) {
            chart.set('series.color', v, () => (pick().color = checkColor(v)));
          },
        },
      },
    });
    return {
      getItemAt(i: number) {
        let bound: ChartState['series'][number] | undefined;
        chart.context.enqueue({ getItemAt: i }, () => {
          bound = chart.c.series[i];
          if (!bound) throw new FakeExcelError('ItemNotFound', `series ${i}`);
        });
        return seriesProxy(() => bound as ChartState['series'][number]);
      },
      add(name: string) {
        let bound: ChartState['series'][number] | undefined;
        chart.context.enqueue({ add: name }, () => {
          bound = { name, values: '', xValues: null, color: null };
          chart.c.series.push(bound);
        });
        return seriesProxy(() => bound as ChartState['series'][number]);
      },
    };
  }
}
