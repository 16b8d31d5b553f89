/**
 * Reading .xlsx files back in tests: ExcelJS for values and formula results, and the raw sheet
 * XML (JSZip) to prove what is and is not a formula.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export async function readWorkbook(pathOrBytes: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = typeof pathOrBytes === 'string' ? await readFile(pathOrBytes) : pathOrBytes;
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A cell's computed value: a formula's result, else the literal value ('' when empty). */
export function cellResult(cell: ExcelJS.Cell): number | string | boolean | { error: string } {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return { error: String(o.error) };
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (r === undefined || r === null) return '';
      if (r instanceof Date) return r.getTime() / 86_400_000 + 25_569;
      if (typeof r === 'object' && r && 'error' in r)
        return { error: String((r as { error: unknown }).error) };
      return r as number | string | boolean;
    }
    if ('richText' in o) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if ('text' in o) return String(o.text);
  }
  return String(v);
}

/** Value of a workbook defined name that points at one cell. */
export function namedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  const def = model.find((d) => d.name === name);
  if (!def || def.ranges.length !== 1) throw new Error(`defined name ${name} not found`);
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(def.ranges[0] as string);
  if (!m) throw new Error(`defined name ${name} is not a single cell: ${def.ranges[0]}`);
  const ws = wb.getWorksheet((m[1] as string).replace(/''/g, "'"));
  if (!ws) throw new Error(`sheet of ${name} missing`);
  return ws.getCell(`${m[2]}${m[3]}`);
}

/** Every defined name of the workbook with its ranges. */
export function definedNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
}

/** The raw XML of each worksheet part, keyed by sheet name. */
export async function sheetXml(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const wb = await (zip.file('xl/workbook.xml') as JSZip.JSZipObject).async('string');
  const rels = await (zip.file('xl/_rels/workbook.xml.rels') as JSZip.JSZipObject).async('string');
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const rel = new RegExp(`<Relationship [^>]*Id="${m[2]}"[^>]*/>`).exec(rels)?.[0] ?? '';
    const target = /Target="([^"]+)"/.exec(rel)?.[1] ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const f = zip.file(path);
    if (f) out.set(m[1] as string, await f.async('string'));
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

export type RawValue = number | string | boolean | { error: string };

/** One cell as stored in the sheet XML: its formula (if any) and its value/cached result. */
export interface RawCell {
  formula: string | null;
  value: RawValue;
}

/**
 * Every cell of every sheet straight from the XML (ExcelJS drops a formula result of 0 when
 * reading, so parity reads the XML). Keyed by sheet name, then A1 address.
 */
export async function rawCells(bytes: Uint8Array): Promise<Map<string, Map<string, RawCell>>> {
  const zip = await JSZip.loadAsync(bytes);
  const sst: string[] = [];
  const sstFile = zip.file('xl/sharedStrings.xml');
  if (sstFile) {
    const xml = await sstFile.async('string');
    for (const si of xml.matchAll(/<si>([\s\S]*?)<\/si>/g))
      sst.push(
        unescapeXml(
          [...(si[1] as string).matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>|<t(?: [^>]*)?\/>/g)]
            .map((t) => t[1] ?? '')
            .join(''),
        ),
      );
  }
  const out = new Map<string, Map<string, RawCell>>();
  for (const [name, xml] of await sheetXml(bytes)) {
    const cells = new Map<string, RawCell>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = m[2] as string;
      const body = m[3] ?? '';
      const t = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? 'n';
      const f = /<f(?: [^>]*)?>([\s\S]*?)<\/f>/.exec(body);
      const v = /<v(?: [^>]*)?>([\s\S]*?)<\/v>/.exec(body);
      const is = /<is>([\s\S]*?)<\/is>/.exec(body);
      const raw = v ? unescapeXml(v[1] as string) : null;
      let value: RawValue;
      if (t === 's') value = sst[Number(raw)] ?? '';
      else if (t === 'inlineStr')
        value = unescapeXml(
          [...((is?.[1] ?? '') as string).matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)]
            .map((x) => x[1])
            .join(''),
        );
      else if (t === 'str') value = raw ?? '';
      else if (t === 'b') value = raw === '1';
      else if (t === 'e') value = { error: raw ?? '' };
      else value = raw === null || raw === '' ? '' : Number(raw);
      cells.set(m[1] as string, { formula: f ? unescapeXml(f[1] as string) : null, value });
    }
    out.set(name, cells);
  }
  return out;
}
