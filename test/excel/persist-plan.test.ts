import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PLAN_SETTINGS_KEY,
  SETTINGS_KEY,
  decodePlan,
  loadPlan,
  loadScenario,
  savePlan,
  saveScenario,
} from '../../src/excel/persist.js';
import { InputError } from '../../src/model/messages.js';
import { parsePlan, readJson } from '../../src/model/plan/index.js';
import { parseScenario, scenarioToInput } from '../../src/model/scenario.js';
import { MemorySettings } from './memory-settings.js';
import { TODAY, defaultInput } from './plans.js';

const ROOT = new URL('../../', import.meta.url);
const planText = readFileSync(new URL('templates/plans/default-plan.json', ROOT), 'utf8');

describe('a hiring plan (schema 2) saved in the workbook settings, beside the scenario', () => {
  it('round-trips exactly and reopens as the same plan; the scenario is untouched', async () => {
    const text = planText.replace('"cash": 40000000', '"cash": 999999999999999.99');
    const doc = readJson(text, 'plan') as Record<string, unknown>;
    const store = new MemorySettings();
    await saveScenario(store, scenarioToInput(parseScenario(defaultInput(), TODAY)));
    await savePlan(store, doc);
    expect(store.saved).toContain('999999999999999.99');
    const reopened = store.reopen();
    const back = loadPlan(reopened)!;
    expect(back.scenario.schema).toBe(2);
    expect(back.migratedFrom).toBeNull();
    const plan = parsePlan(back.scenario, TODAY);
    expect(plan.company.cash.toString()).toBe('999999999999999.99');
    expect(plan.hires.map((h) => h.scenario.offer.candidate)).toEqual(
      parsePlan(readJson(planText, 'plan'), TODAY).hires.map((h) => h.scenario.offer.candidate),
    );
    // Both live side by side under their own keys.
    expect(loadScenario(reopened)!.scenario.schema).toBe(1);
    expect(reopened.get(SETTINGS_KEY)).not.toBe(reopened.get(PLAN_SETTINGS_KEY));
  });

  it('has no plan in a workbook that never had one; refuses a schema-1 document as a plan', async () => {
    expect(loadPlan(new MemorySettings())).toBeNull();
    await expect(
      savePlan(new MemorySettings(), scenarioToInput(parseScenario(defaultInput(), TODAY))),
    ).rejects.toThrow(/a plan is schema 2, got 1/);
  });

  it('refuses damaged or newer plan settings with a reason', () => {
    expect(() => decodePlan(7)).toThrow(/is not text/);
    expect(() => decodePlan('{')).toThrow(/not valid JSON/);
    expect(() => decodePlan('{"format":"offer-runway/scenario","schema":1}')).toThrow(
      /format: expected "offer-runway\/plan"/,
    );
    expect(() => decodePlan('{"format":"offer-runway/plan","schema":3,"plan":{}}')).toThrow(
      /newer Offer Runway \(schema 3/,
    );
    expect(() => decodePlan('{"format":"offer-runway/plan","schema":2}')).toThrow(InputError);
    expect(() => decodePlan('{"format":"offer-runway/plan","schema":2}')).toThrow(
      /plan: is missing/,
    );
  });
});
