import { describe, expect, it } from 'vitest';
import { JsonNumber, JsonSyntaxError, parseJsonText } from '../../src/model/json-text.js';

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
});
