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
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    let line = 1;
    let col = 1;
    for (let i = 0; i < at && i < text.length; i++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    throw new JsonSyntaxError(message, line, col);
  };
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] as string)) pos++;
  };
  const describe = () => (pos >= text.length ? 'end of file' : JSON.stringify(text[pos]));
  const expectChar = (c: string) => {
    if (text[pos] !== c) fail(`expected '${c}' but found ${describe()}`);
    pos++;
  };
  const str = (): string => {
    const start = pos;
    expectChar('"');
    let out = '';
    for (;;) {
      if (pos >= text.length) fail('unterminated string', start);
      const c = text[pos] as string;
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
          pos += 6;
        } else fail('invalid escape in string');
      } else if (c < ' ') {
        fail('control character in string (escape it)');
      } else {
        out += c;
        pos++;
      }
    }
  };
  const value = (depth: number): JsonValue => {
    if (depth > 64) fail('nesting too deep');
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: { [key: string]: JsonValue } = Object.create(null) as { [key: string]: JsonValue };
      ws();
      if (text[pos] === '}') {
        pos++;
        return { ...obj };
      }
      for (;;) {
        ws();
        const keyAt = pos;
        if (text[pos] !== '"') fail(`expected a quoted key but found ${describe()}`);
        const key = str();
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`duplicate key "${key}"`, keyAt);
        ws();
        expectChar(':');
        obj[key] = value(depth + 1);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        expectChar('}');
        return { ...obj };
      }
    }
    if (c === '[') {
      pos++;
      const arr: JsonValue[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        expectChar(']');
        return arr;
      }
    }
    if (c === '"') return str();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return new JsonNumber(m[0]);
    }
    return fail(`unexpected ${describe()}`);
  };
  if (text.charCodeAt(0) === 0xfeff) pos = 1; // byte-order mark
  const v = value(0);
  ws();
  if (pos < text.length) fail(`unexpected ${describe()} after the document`);
  return v;
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
