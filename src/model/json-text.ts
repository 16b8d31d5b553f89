/**
 * A JSON reader that keeps every number exactly as written.
 *
 * model.md §3: scenario numbers are the decimal written in the file, not binary floats. The standard
 * JSON.parse turns `0.30000000000000000001` into 0.3; this reader returns each number as a
 * {@link JsonNumber} holding its source text, and reports syntax errors with line and column.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
  toJSON(): number {
    return Number(this.text);
  }
}

export type JsonValue =
  null | boolean | string | JsonNumber | JsonValue[] | { [key: string]: JsonValue };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text; numbers become {@link JsonNumber}. Throws {@link JsonSyntaxError}. */
export function parseJsonText(text: string): JsonValue {
  return new JsonReader(text).document();
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

/** A recursive-descent reader over one JSON text; `pos` is where it reads next. */
class JsonReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  document(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1; // byte-order mark
    const v = this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.found()} after the document`);
    return v;
  }

  /** Throws a JsonSyntaxError at the line and column of `at`. */
  private fail(message: string, at = this.pos): never {
    let line = 1;
    let col = 1;
    for (let i = 0; i < at && i < this.text.length; i++) {
      if (this.text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    throw new JsonSyntaxError(message, line, col);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos] as string))
      this.pos++;
  }

  /** What stands at `pos`, for a message. */
  private found(): string {
    return this.pos >= this.text.length ? 'end of file' : JSON.stringify(this.text[this.pos]);
  }

  private expectChar(c: string): void {
    if (this.text[this.pos] !== c) this.fail(`expected '${c}' but found ${this.found()}`);
    this.pos++;
  }

  /** Steps over `c` when it stands next (after white space). */
  private takeIf(c: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] !== c) return false;
    this.pos++;
    return true;
  }

  private value(depth: number): JsonValue {
    if (depth > 64) this.fail('nesting too deep');
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const [word, v] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (m) {
      this.pos += m[0].length;
      return new JsonNumber(m[0]);
    }
    return this.fail(`unexpected ${this.found()}`);
  }

  /** An object; a key given twice is an error at the second. */
  private object(depth: number): JsonValue {
    this.pos++;
    const obj = Object.create(null) as { [key: string]: JsonValue };
    if (this.takeIf('}')) return { ...obj };
    for (;;) {
      this.skipSpace();
      const keyAt = this.pos;
      if (this.text[this.pos] !== '"') this.fail(`expected a quoted key but found ${this.found()}`);
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(obj, key))
        this.fail(`duplicate key "${key}"`, keyAt);
      this.skipSpace();
      this.expectChar(':');
      obj[key] = this.value(depth + 1);
      if (this.takeIf(',')) continue;
      this.expectChar('}');
      return { ...obj };
    }
  }

  private array(depth: number): JsonValue[] {
    this.pos++;
    const arr: JsonValue[] = [];
    if (this.takeIf(']')) return arr;
    for (;;) {
      arr.push(this.value(depth + 1));
      if (this.takeIf(',')) continue;
      this.expectChar(']');
      return arr;
    }
  }

  private string(): string {
    const start = this.pos;
    this.expectChar('"');
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string', start);
      const c = this.text[this.pos] as string;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') out += this.escape();
      else if (c < ' ') this.fail('control character in string (escape it)');
      else {
        out += c;
        this.pos++;
      }
    }
  }

  /** The escape at `pos` (a backslash), read and stepped over. */
  private escape(): string {
    const e = this.text[this.pos + 1];
    if (e !== undefined && e in ESCAPES) {
      this.pos += 2;
      return ESCAPES[e] as string;
    }
    const hex = this.text.slice(this.pos + 2, this.pos + 6);
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return this.fail('invalid escape in string');
  }
}

/** How {@link writeJson} lays the text out. */
export interface JsonLayout {
  /** Indent per level; absent = compact, one line with no spaces. */
  indent?: string;
  /** With an indent: an array of numbers, strings, booleans and nulls on one line, `[1, 2]`. */
  inlineScalarArrays?: boolean;
}

const isScalar = (v: unknown) => v instanceof JsonNumber || v === null || typeof v !== 'object';

/**
 * The one JSON writer: a {@link JsonNumber} as its exact decimal text, a `Map` as an object in
 * its insertion order (the report keeps integer-like keys in order that way), object properties
 * holding `undefined` left out. A non-finite number is a bug and throws.
 */
export function writeJson(value: unknown, layout: JsonLayout = {}, depth = 0): string {
  if (value instanceof JsonNumber) return value.text;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write a non-finite number (${value})`);
    return JSON.stringify(value);
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  const { indent } = layout;
  const inner = (v: unknown) => writeJson(v, layout, depth + 1);
  const block = (open: string, items: string[], close: string) => {
    if (items.length === 0) return open + close;
    if (indent === undefined) return `${open}${items.join(',')}${close}`;
    const pad = indent.repeat(depth + 1);
    return `${open}\n${items.map((i) => pad + i).join(',\n')}\n${indent.repeat(depth)}${close}`;
  };
  if (Array.isArray(value)) {
    if (indent !== undefined && layout.inlineScalarArrays && value.every(isScalar))
      return `[${value.map(inner).join(', ')}]`;
    return block('[', value.map(inner), ']');
  }
  if (typeof value === 'object') {
    const entries = value instanceof Map ? [...value] : Object.entries(value);
    const sep = indent === undefined ? ':' : ': ';
    return block(
      '{',
      entries
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${JSON.stringify(k)}${sep}${inner(v)}`),
      '}',
    );
  }
  throw new Error(`cannot write a ${typeof value} as JSON`);
}
