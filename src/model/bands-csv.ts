import { Decimal } from './decimal.js';
import { leadingCurrencySymbol } from './format.js';
import type { Band, BandSet } from './bands.js';
import { csvRows, isBlankRow, readHeader } from './csv.js';
import { LIMITS } from './fields.js';
import { InputError } from './messages.js';
import { PERCENTILES, type Percentile } from './schema.js';

/** The columns of a band CSV (model.md §3.6), in the order the shipped files use. */
export const BAND_COLUMNS = [
  'role',
  'level',
  'location',
  'currency',
  ...PERCENTILES,
  'source',
  'asOf',
] as const;

/** Band rows in one set (docs/cli.md "Limits"; the Bands sheet lists every row). */
export const MAX_BAND_ROWS = 100_000;
/** Characters in one band CSV (about 200 per row). */
export const MAX_BAND_CSV_CHARS = 50_000_000;

/**
 * A salary cell, read strictly: digits with an optional two-decimal fraction; thousands
 * separators only as "," in groups of three ("112,590"); a currency symbol only when it matches
 * the row's currency ("$112,590" in a USD row). Anything else ("112.590,00", "112 590", "1e5") is
 * rejected rather than guessed.
 */
export function parseSalaryCell(raw: string, currency: string): Decimal | string {
  let t = raw.trim();
  const lead = leadingCurrencySymbol(t);
  if (lead) {
    if (lead.currency !== currency)
      return `has the symbol "${lead.symbol}" but the row's currency is ${currency}`;
    t = t.slice(lead.symbol.length).trim();
  }
  if (t === '') return 'is empty';
  if (/^\d+(\.\d{1,2})?$/.test(t)) return new Decimal(t);
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(t)) return new Decimal(t.replace(/,/g, ''));
  return 'is not an amount this reader accepts (write 112590 or 112,590; no other separators, no exponents)';
}

/**
 * Parses a band CSV. Any problem rejects the whole file with the line numbers and reasons; no
 * partial band set is ever returned.
 */
export function parseBandsCsv(text: string, name: string, source = name): BandSet {
  if (text.length > MAX_BAND_CSV_CHARS)
    throw new InputError(source, [
      `is ${text.length.toLocaleString('en-US')} characters; a band CSV is limited to ${MAX_BAND_CSV_CHARS.toLocaleString('en-US')}`,
    ]);
  const { rows, problems } = csvRows(text);
  const nonEmpty = rows.filter((r) => !isBlankRow(r));
  if (nonEmpty.length - 1 > MAX_BAND_ROWS)
    throw new InputError(source, [
      `has ${(nonEmpty.length - 1).toLocaleString('en-US')} band rows; a band set is limited to ${MAX_BAND_ROWS.toLocaleString('en-US')} (the Bands sheet lists them all)`,
    ]);
  const header = nonEmpty[0];
  if (!header)
    throw new InputError(source, ['the file is empty (expected a header line and band rows)']);
  if (header.cells.length > 4 * BAND_COLUMNS.length)
    throw new InputError(source, [
      `line ${header.line}: the header has ${header.cells.length.toLocaleString('en-US')} columns (expected ${BAND_COLUMNS.join(',')})`,
    ]);
  const { names, col, problem } = readHeader(header, BAND_COLUMNS);
  if (problem) throw new InputError(source, [problem]);
  const bands: Band[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of nonEmpty.slice(1)) {
    if (cells.length !== names.length) {
      problems.push(`line ${line}: has ${cells.length} cells, the header has ${names.length}`);
      continue;
    }
    const get = (c: (typeof BAND_COLUMNS)[number]) => (cells[col[c]] ?? '').trim();
    const rowProblems: string[] = [];
    for (const c of ['role', 'level', 'location', 'source', 'asOf'] as const)
      if (get(c) === '') rowProblems.push(`${c} is empty`);
      else if (get(c).length > LIMITS.maxTextChars)
        rowProblems.push(
          `${c} has ${get(c).length.toLocaleString('en-US')} characters; at most ${LIMITS.maxTextChars.toLocaleString('en-US')}`,
        );
    const currency = get('currency');
    if (!/^[A-Z]{3}$/.test(currency))
      rowProblems.push(`currency must be a three-letter code such as USD, got "${currency}"`);
    const values = {} as Record<Percentile, Decimal>;
    for (const p of PERCENTILES) {
      const v = parseSalaryCell(get(p), currency);
      if (typeof v === 'string') rowProblems.push(`${p} "${get(p)}" ${v}`);
      else if (v.lessThanOrEqualTo(0))
        rowProblems.push(`${p} must be greater than 0, got ${get(p)}`);
      else if (v.greaterThan(LIMITS.maxNumber))
        rowProblems.push(
          `${p} must be at most ${LIMITS.maxNumberText}, got ${get(p).slice(0, 40)}`,
        );
      else values[p] = v;
    }
    if (rowProblems.length === 0) {
      for (let i = 1; i < PERCENTILES.length; i++) {
        const a = PERCENTILES[i - 1]!;
        const b = PERCENTILES[i]!;
        if (values[b].lessThan(values[a]))
          rowProblems.push(
            `${b} (${values[b]}) is below ${a} (${values[a]}); percentiles must not decrease`,
          );
      }
    }
    const key = `${get('role')}\u0000${get('level')}\u0000${get('location')}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      rowProblems.push(`repeats the role, level and location of line ${earlier}`);
    seen.set(key, line);
    if (rowProblems.length) {
      problems.push(`line ${line}: ${rowProblems.join('; ')}`);
      continue;
    }
    bands.push({
      role: get('role'),
      level: get('level'),
      location: get('location'),
      currency,
      values,
      source: get('source'),
      asOf: get('asOf'),
    });
  }
  if (problems.length) throw new InputError(source, problems);
  if (bands.length === 0) throw new InputError(source, ['has a header but no band rows']);
  return { name, rows: bands };
}
