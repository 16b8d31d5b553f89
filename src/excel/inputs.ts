/**
 * Reading the Inputs sheet back into a scenario document.
 *
 * Every scenario field has a named cell on the Inputs sheet (`In_*`, model.md §5); milestones are
 * the rows of the Milestones table, including rows the user added. The cells are read through
 * their names (so inserted rows or a renamed sheet do not matter), assembled into a schema-1
 * document, validated with the same schema as everything else, and each problem is reported
 * with the address of the cell it is about.
 */
import { FIELD_REGISTRY, type FieldSpec } from '../model/field-registry.js';
import { InputError, formatPath } from '../model/messages.js';
import { parseScenario, type ParseOptions, type Scenario } from '../model/scenario.js';
import { sheetOfFormula } from './ownership.js';
import { colLetter } from '../workbook/plan.js';
import { PACKAGE_INPUT_NAME, readPackages } from './package-inputs.js';

type Path = (string | number)[];
type Kind = 'number' | 'text' | 'date' | 'list';

/**
 * How a cell's value becomes a field's value: the registry's kind, and `list` for a whole list
 * held in one cell (`In_Market_CompareAt`).
 */
function readKind(f: FieldSpec): Kind {
  if (f.path.endsWith('[]')) return 'list';
  if (f.kind === 'date') return 'date';
  return f.kind === 'text' || f.kind === 'enum' || f.kind === 'currency' ? 'text' : 'number';
}

/**
 * Named input cells and the scenario fields they hold, derived from the field registry: every
 * field with a name of its own. Not here, read apart below: the grant size (In_Equity_SizeBy
 * says which of the three fields In_Equity_Size holds), numbered list cells (`{n}`: exit prices,
 * detection months; milestones are the Milestones table) and the packages (package-inputs.ts).
 */
export const INPUT_FIELDS: readonly { name: string; path: Path; kind: Kind }[] =
  FIELD_REGISTRY.filter(
    (f): f is FieldSpec & { inName: string } =>
      f.inName !== null &&
      !f.inName.includes('{n}') &&
      FIELD_REGISTRY.filter((g) => g.inName === f.inName).length === 1,
  ).map((f) => ({
    name: f.inName,
    path: f.path.replace(/\[\]$/, '').split('.'),
    kind: readKind(f),
  }));
const SIZE_BY = 'In_Equity_SizeBy';
const SIZE = 'In_Equity_Size';
const EXIT = /^In_ExitPrice(\d+)$/;
const DETECT = /^In_Miss_DetectAt(\d+)$/;
/** The Excel table of milestones (columns: name, due day, probability, value). */
export const MILESTONES_TABLE = 'Milestones';
const MILESTONE_KEYS = ['name', 'dueDay', 'probability', 'value'] as const;

/** A cell value as Office.js returns it ('' = empty). */
export type CellValue = string | number | boolean;

/** What was read from the workbook. */
export interface InputCells {
  /** Named cell values, with each cell's address (`Inputs!B12`). */
  named: Map<string, { value: CellValue; address: string }>;
  /** Milestones table body (null when the workbook has no such table), with the body's top-left. */
  milestones: { rows: CellValue[][]; row0: number; col0: number; sheet: string } | null;
  /** Names that exist but point at deleted cells (#REF!). */
  broken: string[];
}

/** A scenario document assembled from the sheet, with the cell of each field. */
export interface ReadBack {
  input: Record<string, unknown>;
  /** JSON path (`offer.baseSalary`, `offer.refresh.milestones[1].probability`) → cell address. */
  cells: Map<string, string>;
  /** Problems found while reading (missing or broken names): the model needs a rebuild. */
  damaged: string[];
  /** Values the sheet holds that no scenario field can take, with their cell (user errors). */
  invalid: string[];
}

function setPath(doc: Record<string, unknown>, path: Path, value: unknown): void {
  let o = doc as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i] as string | number;
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = typeof path[i + 1] === 'number' ? [] : {};
    o = o[k] as Record<string | number, unknown>;
  }
  o[path[path.length - 1] as string | number] = value;
}

const blank = (v: CellValue | undefined) => v === undefined || v === '';

/** ISO date of an Excel 1900-system serial. */
export function serialToIso(serial: number): string {
  const t = new Date(Math.round((serial - 25_569) * 86_400_000));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

function convert(kind: Kind, v: CellValue): unknown {
  switch (kind) {
    case 'number':
      // Blank stays '' so the schema reports "must be a number" for that cell.
      return v;
    case 'text':
      return typeof v === 'number' ? String(v) : v;
    case 'date':
      return typeof v === 'number' && Number.isInteger(v) ? serialToIso(v) : v;
    case 'list':
      return typeof v === 'string'
        ? v
            .split(/[,;\s]+/)
            .map((x) => x.trim())
            .filter(Boolean)
        : v;
  }
}

/**
 * Assembles the scenario document from the cells (pure). Optional blocks follow the sheet:
 * the margin-gain assumption is dropped when its points are 0 and it was absent before
 * (`base`, the scenario last built); refresh and its margin rule exist when their cells do.
 */
export function assembleInput(cells: InputCells, base?: Record<string, unknown>): ReadBack {
  const input: Record<string, unknown> = { schema: 1 };
  const addresses = new Map<string, string>();
  const damaged = cells.broken.map((n) => `The cell named ${n} was deleted.`);
  const invalid: string[] = [];
  const named = cells.named;
  const put = (path: Path, value: unknown, address: string) => {
    setPath(input, path, value);
    addresses.set(formatPath(path), address);
  };

  for (const f of INPUT_FIELDS) {
    const cell = named.get(f.name);
    if (!cell) continue;
    if (f.name === 'In_Refresh_CapPerYear' && blank(cell.value)) {
      addresses.set(formatPath(f.path), cell.address);
      continue; // empty = no cap
    }
    put(f.path, convert(f.kind, cell.value), cell.address);
  }
  for (const required of ['In_ScenarioName', 'In_Cash', 'In_BaseSalary', SIZE_BY, SIZE]) {
    if (!named.has(required) && !cells.broken.includes(required))
      damaged.push(`The cell named ${required} is missing.`);
  }

  const sizeBy = named.get(SIZE_BY);
  const size = named.get(SIZE);
  if (sizeBy && size) {
    const key = String(sizeBy.value);
    const field =
      key === 'shares' || key === 'value' || key === 'percentOfFullyDiluted' ? key : null;
    if (field) put(['offer', 'equity', field], size.value, size.address);
    else {
      invalid.push(
        `${sizeBy.address} (offer.equity): the grant must be given as "shares", "value" or "percentOfFullyDiluted", got ${JSON.stringify(key)}`,
      );
    }
  }

  const offer = input.offer as Record<string, unknown> | undefined;
  const gain = offer?.marginGain as Record<string, unknown> | undefined;
  const baseOffer = base?.offer as Record<string, unknown> | undefined;
  if (offer && gain && gain.points === 0 && baseOffer && !('marginGain' in baseOffer))
    delete offer.marginGain;

  const list = (re: RegExp, path: Path) => {
    const found = [...named.entries()]
      .map(([n, c]) => [Number(re.exec(n)?.[1] ?? NaN), c] as const)
      .filter(([i]) => Number.isInteger(i))
      .sort((a, b) => a[0] - b[0]);
    setPath(input, path, []);
    found.forEach(([, c], i) => put([...path, i], c.value, c.address));
  };
  list(EXIT, ['exitPrices']);
  if (!input.missCost) input.missCost = {};
  list(DETECT, ['missCost', 'detectAtMonths']);

  const refresh = offer?.refresh as Record<string, unknown> | undefined;
  if (refresh) {
    refresh.milestones = [];
    const t = cells.milestones;
    if (t) {
      t.rows
        .filter((row) => row.some((v) => !blank(v)))
        .forEach((row, i) => {
          MILESTONE_KEYS.forEach((k, j) => {
            const v = row[j] ?? '';
            const address = `${quote(t.sheet)}!${colLetter(t.col0 + j)}${t.row0 + i + 1}`;
            put(
              ['offer', 'refresh', 'milestones', i, k],
              k === 'name' ? convert('text', v) : v,
              address,
            );
          });
        });
    }
  }
  readPackages(named, put, invalid); // docs/model.md §9: the Packages sheet, when there is one
  return { input, cells: addresses, damaged, invalid };
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The cell a problem is about: the longest field path that starts the problem's path. */
export function cellOfProblem(problem: string, cells: Map<string, string>): string | null {
  const path = problem.slice(
    0,
    problem.indexOf(': ') >= 0 ? problem.indexOf(': ') : problem.length,
  );
  let best: string | null = null;
  let bestLength = -1;
  for (const [p, address] of cells) {
    if (
      (path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) &&
      p.length > bestLength
    ) {
      best = address;
      bestLength = p.length;
    }
    // a problem about a whole list or object points at its first cell
    if ((p.startsWith(`${path}.`) || p.startsWith(`${path}[`)) && best === null) best = address;
  }
  return best;
}

/**
 * Validates a read-back with the scenario schema. Invalid: InputError whose problems start with
 * the cell address, e.g. `Inputs!B22 (offer.baseSalary): must be at least 0, got -5`.
 */
export function scenarioFromReadBack(readBack: ReadBack, options: ParseOptions): Scenario {
  if (readBack.damaged.length) {
    throw new InputError('Inputs sheet', [
      ...readBack.damaged,
      'Rebuild the model to restore the Inputs sheet.',
    ]);
  }
  let problems: string[] = [];
  try {
    const scenario = parseScenario(readBack.input, options, 'Inputs sheet');
    if (!readBack.invalid.length) return scenario;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems = e.problems.map((p) => {
      const address = cellOfProblem(p, readBack.cells);
      return address ? `${address} (${p.slice(0, p.indexOf(': '))})${p.slice(p.indexOf(': '))}` : p;
    });
  }
  throw new InputError('Inputs sheet', [...readBack.invalid, ...problems]);
}

/** Reads every named input cell and the milestones table (two round trips). */
export async function readInputCells(context: Excel.RequestContext): Promise<InputCells> {
  const wb = context.workbook;
  const names = wb.names.load('items/name,items/formula');
  const tables = wb.tables.load('items/name');
  await context.sync();
  const wanted = (n: string) =>
    n.startsWith('In_') &&
    (INPUT_FIELDS.some((f) => f.name === n) ||
      n === SIZE_BY ||
      n === SIZE ||
      EXIT.test(n) ||
      DETECT.test(n) ||
      PACKAGE_INPUT_NAME.test(n));
  const broken: string[] = [];
  const ranges: [string, Excel.Range][] = [];
  for (const item of names.items) {
    if (!wanted(item.name)) continue;
    const target = sheetOfFormula(String(item.formula));
    if (target === null || target === '#REF!') {
      broken.push(item.name);
      continue;
    }
    ranges.push([item.name, wb.names.getItem(item.name).getRange().load('values,address')]);
  }
  const table = tables.items.find((t) => t.name === MILESTONES_TABLE);
  const body = table
    ? wb.tables.getItem(MILESTONES_TABLE).getDataBodyRange().load('values,address')
    : null;
  await context.sync();
  const named = new Map<string, { value: CellValue; address: string }>();
  for (const [name, range] of ranges) {
    named.set(name, { value: (range.values[0]?.[0] ?? '') as CellValue, address: range.address });
  }
  let milestones: InputCells['milestones'] = null;
  if (body) {
    const [sheetPart, cellPart] = splitAddress(body.address);
    const m = /^\$?([A-Z]+)\$?(\d+)/.exec(cellPart);
    const col0 = m ? colIndex(m[1] as string) : 0;
    const row0 = m ? Number(m[2]) - 1 : 0;
    milestones = { rows: body.values as CellValue[][], row0, col0, sheet: sheetPart };
  }
  return { named, milestones, broken };
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf('!');
  const sheet = address.slice(0, i);
  return [
    sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet,
    address.slice(i + 1),
  ];
}
