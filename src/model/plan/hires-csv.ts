import { parseSalaryCell } from '../bands-csv.js';
import { csvRows, isBlankRow, readHeader } from '../csv.js';
import { JsonNumber } from '../json-text.js';
import { InputError } from '../messages.js';
import { MAX_MONTHS } from '../schema.js';
import { MAX_HIRES, type Doc } from './plan.js';

/**
 * Hires from a CSV (docs/model.md §10): an ATS export re-headed to these columns, header
 * required, any order. Strict like the band CSV: every bad cell is named by line and column, and
 * any problem rejects the whole file. Time is linear in the file's size.
 */
/** The columns read as text, in header order (the rest are numbers and the template name). */
const TEXT_COLUMNS = [
  'candidate',
  'role',
  'level',
  'location',
  'bandRole',
  'bandLevel',
  'bandLocation',
] as const;
export const HIRE_COLUMNS = [...TEXT_COLUMNS, 'startMonth', 'baseSalary', 'template'] as const;
export type HireColumn = (typeof HIRE_COLUMNS)[number];

/** What a hires CSV is read against (from the plan it goes into). */
export interface HiresCsvContext {
  /** The plan's currency: a salary's currency symbol must match it. */
  currency: string;
  /** R: a start month must be within 1..R (unknown: only the general month limit applies). */
  runwayHorizonMonths?: number | null;
  /** The plan's template names; a hire must name one of them (null: not checked here). */
  templates?: readonly string[] | null;
}

/** The rows of a hires CSV as raw plan hires, with where each came from. */
export interface HiresCsv {
  /** Raw hire documents, as a plan's `hires` would hold them (salaries as exact numbers). */
  hires: Doc[];
  /** The CSV line of each hire (1-based, the header is line 1 when it is the first line). */
  lines: number[];
  /** The 1-based column number of each column in this file. */
  columns: Record<HireColumn, number>;
  /** The file's name, for messages. */
  source: string;
}

/**
 * Reads a hires CSV. Throws an {@link InputError} naming every bad cell as
 * "line L, column C (name): reason"; returns nothing partial.
 */
export function parseHiresCsv(text: string, source: string, context: HiresCsvContext): HiresCsv {
  const { rows, problems } = csvRows(text);
  const nonEmpty = rows.filter((r) => !isBlankRow(r));
  const header = nonEmpty[0];
  if (!header)
    throw new InputError(source, [
      `the file is empty (expected a header line: ${HIRE_COLUMNS.join(',')})`,
    ]);
  const { names, col, problem } = readHeader(header, HIRE_COLUMNS);
  if (problem) throw new InputError(source, [...problems, problem]);
  const columns = Object.fromEntries(HIRE_COLUMNS.map((c) => [c, col[c] + 1])) as Record<
    HireColumn,
    number
  >;
  const R = context.runwayHorizonMonths ?? MAX_MONTHS;
  const templates = context.templates ?? null;
  const templateSet = templates ? new Set(templates) : null;
  const body = nonEmpty.slice(1);
  if (problems.length === 0 && body.length === 0)
    throw new InputError(source, ['has a header but no hire rows']);
  if (body.length > MAX_HIRES)
    throw new InputError(source, [
      `has ${body.length} hire rows; a plan holds at most ${MAX_HIRES} hires`,
    ]);

  const hires: Doc[] = [];
  const lines: number[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== names.length) {
      problems.push(`line ${line}: has ${cells.length} cells, the header has ${names.length}`);
      continue;
    }
    const get = (c: HireColumn) => (cells[col[c]] ?? '').trim();
    const bad = (c: HireColumn, why: string) =>
      problems.push(`line ${line}, column ${columns[c]} (${c}): ${why}`);
    const before = problems.length;
    for (const c of TEXT_COLUMNS) if (get(c) === '') bad(c, 'is empty');

    const month = get('startMonth');
    if (!/^\d+$/.test(month) || Number(month) < 1 || Number(month) > R)
      bad(
        'startMonth',
        `must be a whole plan month from 1 to ${R}, got ${month === '' ? 'nothing' : `"${month}"`}`,
      );
    const salary = parseSalaryCell(get('baseSalary'), context.currency);
    if (typeof salary === 'string')
      bad(
        'baseSalary',
        `"${get('baseSalary')}" ${salary.replace("the row's currency", "the plan's currency")}`,
      );

    const template = get('template');
    if (template === '')
      bad(
        'template',
        `is empty: name the plan template this hire's offer starts from${templates?.length ? ` (${templates.map((t) => `"${t}"`).join(', ')})` : ''}`,
      );
    else if (templateSet && !templateSet.has(template))
      bad(
        'template',
        templates!.length
          ? `no template is named "${template}" (templates: ${templates!.map((t) => `"${t}"`).join(', ')})`
          : `no template is named "${template}" (the plan has no templates)`,
      );
    if (problems.length > before || typeof salary === 'string') continue;
    hires.push({
      startMonth: new JsonNumber(String(Number(month))),
      template,
      offer: {
        candidate: get('candidate'),
        role: get('role'),
        level: get('level'),
        location: get('location'),
        baseSalary: new JsonNumber(salary.toString()),
      },
      market: { role: get('bandRole'), level: get('bandLevel'), location: get('bandLocation') },
    });
    lines.push(line);
  }
  if (problems.length > 0) throw new InputError(source, problems);
  return { hires, lines, columns, source };
}

/** A plan document with its `hires` replaced by the CSV's rows (the document is not modified). */
export function withHiresCsv(planDoc: unknown, csv: HiresCsv): unknown {
  if (typeof planDoc !== 'object' || planDoc === null || Array.isArray(planDoc)) return planDoc;
  return { ...(planDoc as Doc), hires: csv.hires };
}

/** Which CSV columns a problem at a hire's path points at. */
function columnsOf(path: string): HireColumn[] {
  if (path === 'startMonth') return ['startMonth'];
  if (path === 'template') return ['template'];
  if (path === 'market') return ['bandRole', 'bandLevel', 'bandLocation'];
  if (path === 'market.role') return ['bandRole'];
  if (path === 'market.level') return ['bandLevel'];
  if (path === 'market.location') return ['bandLocation'];
  for (const c of ['candidate', 'role', 'level', 'location', 'baseSalary'] as const)
    if (path === `offer.${c}`) return [c];
  return [];
}

/**
 * Problems of a plan whose hires came from `csv` (from parsing the plan or finding its band
 * rows), each `hires[i]…` problem named at the hire's CSV line and, when it is one of the CSV's
 * cells, its column. Other problems (the plan's own) are kept as they are.
 */
export function atCsvLines(err: InputError, csv: HiresCsv): InputError {
  let mapped = 0;
  const lines = err.problems.map((problem) => {
    const m = /^hires\[(\d+)\]\.?([^:]*): (.*)$/s.exec(problem);
    const line = m ? csv.lines[Number(m[1])] : undefined;
    if (!m || line === undefined) return problem;
    mapped++;
    const [, i, path, why] = m as unknown as [string, string, string, string];
    const cols = columnsOf(path);
    const where =
      cols.length === 0
        ? `line ${line}`
        : `line ${line}, ${cols.length === 1 ? 'column' : 'columns'} ${cols.map((c) => `${csv.columns[c]} (${c})`).join(', ')}`;
    return `${where}: hires[${i}]${path ? `.${path}` : ''}: ${why}`;
  });
  if (mapped === lines.length) return new InputError(csv.source, lines);
  return new InputError(
    err.source,
    lines.map((l, k) => (l === err.problems[k] ? l : `${csv.source} ${l}`)),
  );
}
