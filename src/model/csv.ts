import Papa from 'papaparse';

/** One CSV record and the line it starts on (1-based, counted in the file as given). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * The records of a CSV text with the line each starts on, in time linear in the text's size
 * (papaparse's step callback; the line count advances over each record's own characters only).
 * A UTF-8 byte-order mark is skipped; CR LF and lone CR count as line ends. Parse problems
 * (unterminated quotes, …) come back as "line L: reason". Band and hire CSVs both read this way.
 */
export function csvRows(text: string): { rows: CsvRow[]; problems: string[] } {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  const problems: string[] = [];
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const rowLine = line;
      for (let i = cursor; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      cursor = end;
      for (const e of result.errors) problems.push(`line ${rowLine}: ${e.message}`);
      rows.push({ line: rowLine, cells: result.data });
    },
  });
  return { rows, problems };
}

/** True for a record that is an empty line. */
export const isBlankRow = (r: CsvRow): boolean =>
  r.cells.length === 0 || (r.cells.length === 1 && r.cells[0]!.trim() === '');

/**
 * A CSV header read against the columns a file must have (any order): each column's index, or
 * the one problem naming the missing, unknown (quoted, so a stray space shows) and repeated
 * columns, as "line L: header …".
 */
export function readHeader<C extends string>(
  header: CsvRow,
  expected: readonly C[],
): { names: string[]; col: Record<C, number>; problem: string | null } {
  const names = header.cells.map((c) => c.trim());
  const missing = expected.filter((c) => !names.includes(c));
  const unknown = names.filter((c) => !(expected as readonly string[]).includes(c));
  const repeated = names.filter((c, i) => names.indexOf(c) !== i);
  const parts = [
    missing.length ? `missing column(s) ${missing.join(', ')}` : '',
    unknown.length ? `unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}` : '',
    repeated.length ? `repeated column(s) ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  const problem = parts.length
    ? `line ${header.line}: header ${parts.join('; ')} (expected the columns ${expected.join(',')}, in any order)`
    : null;
  const col = Object.fromEntries(names.map((n, i) => [n, i])) as Record<C, number>;
  return { names, col, problem };
}
