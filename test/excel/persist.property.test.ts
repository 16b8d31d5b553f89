// The scenario saved in the workbook: nothing lost on a round trip, versioned, migratable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA,
  SETTINGS_KEY,
  decodeScenario,
  encodeScenario,
  loadScenario,
  saveScenario,
  stringifyExact,
} from '../../src/excel/persist.js';
import { InputError } from '../../src/model/messages.js';
import { parseScenario, parseScenarioText, scenarioToInput } from '../../src/model/scenario.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { MemorySettings } from './memory-settings.js';
import { TODAY, defaultInput } from './plans.js';

describe('saving the scenario in the workbook', () => {
  it('round-trips any valid scenario exactly through document settings', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioInputArb(), async (input) => {
        const scenario = parseScenario(input, TODAY);
        const doc = scenarioToInput(scenario);
        const store = new MemorySettings();
        await saveScenario(store, doc, new Date('2026-11-26T12:00:00Z'));
        const restored = loadScenario(store.reopen());
        expect(restored).not.toBeNull();
        expect(restored!.migratedFrom).toBeNull();
        expect(restored!.savedAt).toBe('2026-11-26T12:00:00.000Z');
        const again = parseScenario(restored!.scenario, TODAY);
        expect(again).toEqual(scenario);
        expect(stringifyExact(scenarioToInput(again))).toBe(stringifyExact(doc));
      }),
      { numRuns: 60, seed: 20261126 },
    );
  });

  it('keeps decimals a float cannot hold', async () => {
    const text = JSON.stringify(defaultInput()).replace(
      '"cash":40000000',
      '"cash":12345678901234567.89',
    );
    expect(text).toContain('12345678901234567.89');
    const scenario = parseScenarioText(text, TODAY);
    const store = new MemorySettings();
    await saveScenario(store, scenarioToInput(scenario));
    expect(store.saved).toContain('12345678901234567.89');
    const back = parseScenario(loadScenario(store.reopen())!.scenario, TODAY);
    expect(back.company.cash.toString()).toBe('12345678901234567.89');
  });

  it('has no scenario in a workbook that never had one', () => {
    expect(loadScenario(new MemorySettings())).toBeNull();
  });

  it('refuses a scenario saved by a newer version, and damaged settings, with a reason', () => {
    const newer = encodeScenario(
      scenarioToInput(parseScenario(defaultInput(), TODAY)),
      'x',
    ).replace('"schema":1,"savedAt"', `"schema":${CURRENT_SCHEMA + 1},"savedAt"`);
    expect(() => decodeScenario(newer)).toThrow(InputError);
    expect(() => decodeScenario(newer)).toThrow(
      /newer Offer Runway \(schema 2; this add-in reads up to 1\)/,
    );
    expect(() => decodeScenario('{')).toThrow(/not valid JSON/);
    expect(() => decodeScenario(42)).toThrow(/is not text/);
    expect(() => decodeScenario('{"format":"something else"}')).toThrow(/format/);
    const store = new MemorySettings();
    store.set(SETTINGS_KEY, '{"format":"offer-runway/scenario","schema":1}');
    expect(() => loadScenario(store)).toThrow(/scenario: is missing/);
  });

  it('migrates an older schema step by step through the migration hook', () => {
    const v1 = encodeScenario(
      scenarioToInput(parseScenario(defaultInput(), TODAY)),
      '2026-01-01T00:00:00.000Z',
    );
    // A pretend schema 2 that renamed `name` to `title`.
    const restored = decodeScenario(
      v1,
      { 1: ({ name, ...rest }) => ({ ...rest, title: name, schema: 2 }) },
      2,
    );
    expect(restored.migratedFrom).toBe(1);
    expect(restored.scenario.schema).toBe(2);
    expect(restored.scenario.title).toBe(defaultInput().name);
    expect('name' in restored.scenario).toBe(false);
    expect(() => decodeScenario(v1, {}, 2)).toThrow(/no migration from schema 1/);
  });
});
