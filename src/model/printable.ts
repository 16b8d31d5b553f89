/**
 * Text for a terminal or a one-line message: user text never reaches it raw. Control characters
 * (C0, DEL, C1), line and paragraph separators and the bidirectional overrides that can reorder
 * what a reader sees are shown as escapes (`\n`, `\t`, `\u001b`, `\u202e`).
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character shown as an escape. */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** At most this many problems are listed in one message; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 10;
/** A single problem is cut to this many characters. */
export const MAX_PROBLEM_CHARS = 400;

/**
 * Problems as ONE printable line: the first {@link MAX_LISTED_PROBLEMS}, each cut to
 * {@link MAX_PROBLEM_CHARS} characters, then "… and N more problems".
 */
export function problemLine(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => {
    const one = printable(p);
    return one.length > MAX_PROBLEM_CHARS ? `${one.slice(0, MAX_PROBLEM_CHARS - 1)}…` : one;
  });
  const more = problems.length - shown.length;
  return more > 0
    ? `${shown.join('; ')}; … and ${more} more problem${more === 1 ? '' : 's'}`
    : shown.join('; ');
}

/**
 * A copy of `value` whose every string (in plain objects and arrays, at any depth) is
 * {@link printable}; class instances such as Decimal are kept as they are. For rendering a model
 * result as terminal text.
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => printableDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = printableDeep(v);
    return out as T;
  }
  return value;
}
