import { describe, expect, it } from 'vitest';
import { JsonNumber } from '../../src/model/json-text.js';
import {
  getAt,
  numberFromText,
  numberListFromText,
  sameValue,
  setAt,
  stringifyDraft,
  textFromList,
  textFromValue,
  toDraft,
} from '../../src/taskpane/draft.js';
import { parseProblem, problemMap, screenOf } from '../../src/taskpane/problems.js';

const num = (v: unknown) => (v instanceof JsonNumber ? v.text : v);

describe('number fields: text ↔ exact draft values', () => {
  it('reads what people type, exactly', () => {
    expect(num(numberFromText('150000', 'plain'))).toBe('150000');
    expect(num(numberFromText(' $150,000.50 ', 'plain'))).toBe('150000.5');
    expect(num(numberFromText('1.', 'plain'))).toBe('1');
    expect(num(numberFromText('.5', 'plain'))).toBe('0.5');
    // 0.1 + 0.2 is not 0.3 in floats; the draft keeps decimal text.
    expect(num(numberFromText('0.30000000000000000001', 'plain'))).toBe('0.30000000000000000001');
  });
  it('percent fields hold fractions: 22.5 % → 0.225, 3 % → 0.03', () => {
    expect(num(numberFromText('22.5', 'percent'))).toBe('0.225');
    expect(num(numberFromText('3%', 'percent'))).toBe('0.03');
    expect(textFromValue(new JsonNumber('0.225'), 'percent')).toBe('22.5');
    expect(textFromValue(new JsonNumber('0.1'), 'percent')).toBe('10');
  });
  it('keeps non-numbers as typed (the schema then names them) and empty as absent', () => {
    expect(numberFromText('12x', 'plain')).toBe('12x');
    expect(numberFromText('1.2.3', 'plain')).toBe('1.2.3');
    expect(numberFromText('   ', 'plain')).toBeUndefined();
  });
  it('shows plain numbers grouped in thousands, and reads them back', () => {
    expect(textFromValue(new JsonNumber('40000000'), 'plain')).toBe('40,000,000');
    expect(textFromValue(new JsonNumber('171234.5'), 'plain')).toBe('171,234.5');
    expect(textFromValue(new JsonNumber('1e3'), 'plain')).toBe('1,000');
    expect(num(numberFromText('40,000,000', 'plain'))).toBe('40000000');
    expect(sameValue(new JsonNumber('1.50'), new JsonNumber('1.5'))).toBe(true);
  });
  it('number lists', () => {
    expect(numberListFromText('2, 4,12 ; 40').map(num)).toEqual(['2', '4', '12', '40']);
    expect(numberListFromText('2, x').map(num)).toEqual(['2', 'x']);
    expect(textFromList([new JsonNumber('1000'), new JsonNumber('2.5')])).toBe('1000, 2.5');
  });
});

describe('draft paths', () => {
  const d = toDraft({ offer: { refresh: { milestones: [{ name: 'a' }, { name: 'b' }] } } });
  it('gets and sets by path without touching the original', () => {
    expect(getAt(d, ['offer', 'refresh', 'milestones', 1, 'name'])).toBe('b');
    const e = setAt(d, ['offer', 'refresh', 'milestones', 0, 'name'], 'z');
    expect(getAt(e, ['offer', 'refresh', 'milestones', 0, 'name'])).toBe('z');
    expect(getAt(d, ['offer', 'refresh', 'milestones', 0, 'name'])).toBe('a');
  });
  it('undefined removes a key or a list item', () => {
    const e = setAt(d, ['offer', 'refresh', 'milestones', 0], undefined);
    expect(getAt(e, ['offer', 'refresh', 'milestones', 0, 'name'])).toBe('b');
    const f = setAt(d, ['offer', 'refresh'], undefined);
    expect(getAt(f, ['offer'])).toEqual({});
  });
  it('writes JSON with numbers exactly as held', () => {
    const text = stringifyDraft(
      toDraft({ a: new JsonNumber('0.30000000000000000001'), b: [1, 2], c: 'x"y' }),
    );
    expect(text).toBe('{\n  "a": 0.30000000000000000001,\n  "b": [1, 2],\n  "c": "x\\"y"\n}');
  });
});

describe('problems', () => {
  it('splits "path: reason" and files it under its screen', () => {
    const p = parseProblem(
      'offer.refresh.milestones[1].probability: must be between 0 and 1, got 1.5',
    );
    expect(p).toEqual({
      path: 'offer.refresh.milestones[1].probability',
      reason: 'must be between 0 and 1, got 1.5',
    });
    expect(screenOf(p.path)).toBe('refresh');
    expect(problemMap([p, { ...p, reason: 'again' }]).get(p.path)).toBe(
      'must be between 0 and 1, got 1.5; again',
    );
  });
});
