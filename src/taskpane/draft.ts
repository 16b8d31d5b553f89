import { Decimal } from '../model/decimal.js';
import { JsonNumber, writeJson, type JsonValue } from '../model/json-text.js';
import { formatPath } from '../model/messages.js';
import { leadingCurrencySymbol } from '../model/format.js';

/**
 * The pane edits a *draft*: a scenario document as the user is writing it, numbers kept as exact
 * decimal text ({@link JsonNumber}) and anything that is not yet a number kept as the text typed,
 * so that the engine's own schema (parseScenario) reports what is wrong, with the same
 * "json.path: reason" lines as the CLI.
 */
export type Draft = JsonValue;
export type PathPart = string | number;
export type Path = readonly PathPart[];

/** `['offer','refresh','milestones',1,'value']` → `offer.refresh.milestones[1].value`. */
export function pathKey(path: Path): string {
  return formatPath(path);
}

/** Plain JSON (numbers as JS numbers, e.g. from a JSON import) → a draft with exact numbers. */
export function toDraft(value: unknown): Draft {
  if (value instanceof JsonNumber) return value;
  if (typeof value === 'number') return new JsonNumber(String(value));
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(toDraft);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      if (v !== undefined) out[k] = toDraft(v);
    return out;
  }
  return null;
}

function isRecord(v: unknown): v is { [key: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);
}

/** The value at a path, or undefined. */
export function getAt(draft: Draft, path: Path): JsonValue | undefined {
  let cur: JsonValue | undefined = draft;
  for (const part of path) {
    if (typeof part === 'number') cur = Array.isArray(cur) ? cur[part] : undefined;
    else cur = isRecord(cur) ? cur[part] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/**
 * A copy of the draft with the value at `path` replaced (objects on the way are created);
 * `undefined` removes the key (an optional field left empty).
 */
export function setAt(draft: Draft, path: Path, value: JsonValue | undefined): Draft {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path as [PathPart, ...PathPart[]];
  if (typeof head === 'number') {
    const arr = Array.isArray(draft) ? [...draft] : [];
    if (rest.length === 0 && value === undefined) arr.splice(head, 1);
    else arr[head] = setAt(arr[head] ?? {}, rest, value);
    return arr;
  }
  const obj: { [key: string]: JsonValue } = isRecord(draft) ? { ...draft } : {};
  if (rest.length === 0 && value === undefined) delete obj[head];
  else obj[head] = setAt(obj[head] ?? {}, rest, value);
  return obj;
}

/** Scenario JSON text with every number written exactly as held; short lists on one line. */
export function stringifyDraft(value: Draft): string {
  return writeJson(value, { indent: '  ', inlineScalarArrays: true });
}

/** How a number field shows and reads its value. */
export type NumberKind = 'plain' | 'percent';

const NUMBER_TEXT = /^-?(?:\d+\.?\d*|\.\d+)$/;

/**
 * What the user typed → the draft value: exact decimal text when it is a number (thousands
 * separators, spaces and a leading currency symbol are ignored; percent fields divide by 100),
 * `undefined` when empty, else the raw text (the schema then says "must be a number").
 */
export function numberFromText(text: string, kind: NumberKind): JsonValue | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const cleaned = t
    .slice(leadingCurrencySymbol(t)?.symbol.length ?? 0)
    .replace(/[,\s_]/g, '')
    .replace(/%$/, '');
  if (!NUMBER_TEXT.test(cleaned)) return t;
  const d = new Decimal(cleaned.endsWith('.') ? cleaned.slice(0, -1) : cleaned);
  return new JsonNumber((kind === 'percent' ? d.div(100) : d).toString());
}

/** "40000000.5" → "40,000,000.5" (the reader ignores the separators again). */
function grouped(s: string): string {
  const [whole, frac] = s.split('.') as [string, string | undefined];
  const g = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? g : `${g}.${frac}`;
}

/** The draft value → the text a field shows (plain numbers grouped in thousands unless `bare`). */
export function textFromValue(
  value: JsonValue | undefined,
  kind: NumberKind,
  bare = false,
): string {
  if (value === undefined || value === null) return '';
  if (value instanceof JsonNumber) {
    try {
      const d = new Decimal(value.text);
      if (kind === 'percent') return d.times(100).toFixed();
      return bare ? d.toFixed() : grouped(d.toFixed());
    } catch {
      return value.text;
    }
  }
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Two draft values are the same number (or the same other value). */
export function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a instanceof JsonNumber && b instanceof JsonNumber) {
    try {
      return new Decimal(a.text).equals(new Decimal(b.text));
    } catch {
      return a.text === b.text;
    }
  }
  return a === b;
}

/** A comma-separated list of numbers ("2, 4, 12") → draft list (bad items kept as text). */
export function numberListFromText(text: string): JsonValue[] {
  return text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => numberFromText(s, 'plain') ?? s);
}

export function textFromList(value: JsonValue | undefined): string {
  return Array.isArray(value) ? value.map((v) => textFromValue(v, 'plain', true)).join(', ') : '';
}
