import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setAt, toDraft } from '../../src/taskpane/draft.js';
import { evaluate } from '../../src/taskpane/engine.js';
import { defaultBands } from '../support/bands.js';

const ROOT = new URL('../../', import.meta.url);
const scenario = toDraft(
  JSON.parse(readFileSync(new URL('templates/scenarios/default.json', ROOT), 'utf8')),
);
const bands = { 'bls-oews-2024': defaultBands() };

describe('the pane evaluates its draft with the engine schema', () => {
  it('a valid draft gives a result (the default offer: 605 runway days, see the CLI tests)', () => {
    const ev = evaluate(scenario, bands, '2026-11-26');
    expect(ev.ok).toBe(true);
    if (ev.ok) expect(ev.result.views.offerExpected.runway.days).toBe(605);
  });
  it('bad values come back as problems on their paths, not as exceptions', () => {
    let d = setAt(scenario, ['offer', 'baseSalary'], 'abc');
    d = setAt(d, ['offer', 'refresh', 'milestones', 1, 'probability'], toDraft(1.5));
    const ev = evaluate(d, bands, '2026-11-26');
    expect(ev.ok).toBe(false);
    if (!ev.ok)
      expect(ev.problems).toEqual([
        { path: 'offer.baseSalary', reason: 'must be a number, got "abc"' },
        {
          path: 'offer.refresh.milestones[1].probability',
          reason: 'must be between 0 and 1, got 1.5',
        },
      ]);
  });
  it('an unknown band set and an unknown band row are named', () => {
    const a = evaluate(setAt(scenario, ['market', 'bandSet'], 'mine'), bands, '2026-11-26');
    expect(!a.ok && a.problems[0]?.path).toBe('market.bandSet');
    const b = evaluate(setAt(scenario, ['market', 'role'], 'Pilots'), bands, '2026-11-26');
    expect(!b.ok && b.problems[0]?.path).toBe('market');
  });
});
