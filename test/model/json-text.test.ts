import { describe, expect, it } from 'vitest';
import {
  JsonNumber,
  JsonSyntaxError,
  parseJsonText,
  writeJson,
} from '../../src/model/json-text.js';

describe('exact JSON reader', () => {
  it('keeps numbers as written, beyond float precision', () => {
    const v = parseJsonText('{"a": 0.30000000000000000001, "b": [1e3, -0]}') as Record<
      string,
      unknown
    >;
    expect((v.a as JsonNumber).text).toBe('0.30000000000000000001');
    expect(((v.b as JsonNumber[])[0] as JsonNumber).text).toBe('1e3');
  });
  it('reads strings with escapes and unicode', () => {
    expect(parseJsonText('"a\\"b\\u00e9\\n"')).toBe('a"bé\n');
  });
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{"a": 1\n "b": 2}', 2, 2],
    ['[1, 2', 1, 6],
    ['{"a": 01}', 1, 8],
    ['{"a": 1, "a": 2}', 1, 10],
    ['{"a": NaN}', 1, 7],
  ])('reports %j with its line and column', (text, line, column) => {
    try {
      parseJsonText(text);
      expect.unreachable('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(JsonSyntaxError);
      expect([(err as JsonSyntaxError).line, (err as JsonSyntaxError).column]).toEqual([
        line,
        column,
      ]);
    }
  });
  it.each([
    ['"abc', 'line 1, column 1: unterminated string'],
    ['"a\\x"', 'line 1, column 3: invalid escape in string'],
    ['"a\tb"', 'line 1, column 3: control character in string (escape it)'],
    ['{"a": 1} x', 'line 1, column 10: unexpected "x" after the document'],
    ['{1: 2}', 'line 1, column 2: expected a quoted key but found "1"'],
    ['{"a" 1}', `line 1, column 6: expected ':' but found "1"`],
    ['[1 2]', `line 1, column 4: expected ']' but found "2"`],
    ['{"a": 1', `line 1, column 8: expected '}' but found end of file`],
    ['['.repeat(66), 'line 1, column 66: nesting too deep'],
  ])('says what is wrong in %j', (text, message) => {
    expect(() => parseJsonText(text)).toThrow(message);
  });
  it('skips a byte-order mark and reads an empty object and array', () => {
    expect(parseJsonText('\ufeff{"a": [], "b": {}}')).toEqual({ a: [], b: {} });
  });
});

describe('writeJson: the one JSON writer', () => {
  const doc = new Map<string, unknown>([
    ['12', new JsonNumber('0.30000000000000000001')],
    ['2', [1, 'a']],
    ['skip', undefined],
    ['o', { e: [], m: {}, n: null, t: true }],
  ]);
  it('compact: exact numbers, Map order kept (12 before 2), undefined left out', () => {
    expect(writeJson(doc)).toBe(
      '{"12":0.30000000000000000001,"2":[1,"a"],"o":{"e":[],"m":{},"n":null,"t":true}}',
    );
  });
  it('indented, and with short lists on one line', () => {
    expect(writeJson({ a: [1, 2], b: [{ c: 1 }] }, { indent: '  ' })).toBe(
      '{\n  "a": [\n    1,\n    2\n  ],\n  "b": [\n    {\n      "c": 1\n    }\n  ]\n}',
    );
    expect(writeJson({ a: [1, 2] }, { indent: '  ', inlineScalarArrays: true })).toBe(
      '{\n  "a": [1, 2]\n}',
    );
  });
  it('refuses what JSON cannot hold', () => {
    expect(() => writeJson({ x: Number.NaN })).toThrow('non-finite');
    expect(() => writeJson([() => 1])).toThrow('cannot write a function');
  });
});
