/**
 * The scenario saved inside the workbook (Office document settings), versioned by `schema`.
 *
 * What is stored under {@link SETTINGS_KEY} is one string: a JSON envelope
 * `{"format":"offer-runway/scenario","schema":1,"savedAt":"…","scenario":{…}}` whose scenario is
 * the explicit schema-1 document (scenarioToInput) with every number written exactly as the
 * engine holds it (no float round trip). On open, an older `schema` is migrated step by step
 * through {@link MIGRATIONS}; a newer one is refused with a message (the add-in is out of date).
 */
import { JsonNumber, parseJsonText, writeJson } from '../model/json-text.js';
import { InputError } from '../model/messages.js';

export const SETTINGS_KEY = 'offerRunway.scenario';
export const ENVELOPE_FORMAT = 'offer-runway/scenario';
/** The scenario schema this build writes and reads natively. */
export const CURRENT_SCHEMA = 1;

/**
 * Migrations: `MIGRATIONS[n]` turns a schema-n scenario document into schema n+1 (and sets its
 * `schema`). Empty while schema 1 is the only one; add an entry when schema 2 arrives, with a test
 * that an old envelope still opens.
 */
export const MIGRATIONS: Readonly<
  Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
> = {};

/** Where the settings live: Office.context.document.settings, or a test double. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Persists the settings in the document. */
  save(): Promise<void>;
}

/** JSON text with JsonNumber written as its exact decimal text, compact. */
export function stringifyExact(value: unknown): string {
  return writeJson(value);
}

/**
 * The settings value for a scenario document (scenarioToInput's output), or for a hiring plan
 * (schema 2, docs/model.md §10): a plan is written in its own envelope, {@link PLAN_FORMAT},
 * `{"format":"offer-runway/plan","schema":2,"savedAt":"…","plan":{…}}`, under its own key
 * ({@link PLAN_SETTINGS_KEY}), so a workbook can hold a single offer and a plan side by side.
 */
export function encodeScenario(scenario: Record<string, unknown>, savedAt: string): string {
  const schema = schemaOf(scenario.schema);
  if (schema === PLAN_SCHEMA)
    return stringifyExact({ format: PLAN_FORMAT, schema, savedAt, plan: scenario });
  if (schema !== CURRENT_SCHEMA)
    throw new Error(
      `only schema ${CURRENT_SCHEMA} scenarios and schema ${PLAN_SCHEMA} plans are saved, got ${String(schema)}`,
    );
  return stringifyExact({ format: ENVELOPE_FORMAT, schema, savedAt, scenario });
}

export interface Restored {
  /** The scenario document at the current schema (numbers as JsonNumber: exact). */
  scenario: Record<string, unknown>;
  savedAt: string | null;
  /** The schema it was saved with, when a migration ran. */
  migratedFrom: number | null;
}

const SOURCE = 'scenario saved in this workbook';

/** A `schema` as read or written: JsonNumber holds its exact text. */
function schemaOf(value: unknown): unknown {
  return value instanceof JsonNumber ? Number(value.text) : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The envelope of a saved document (scenario or plan), checked up to its format: text, JSON, an
 * object, `format`. InputError from `source` (with a plain reason) when it cannot be used.
 */
function openEnvelope(value: unknown, source: string, format: string) {
  if (typeof value !== 'string')
    throw new InputError(source, ['is not text (the setting was changed by something else)']);
  let doc: unknown;
  try {
    doc = parseJsonText(value);
  } catch (e) {
    throw new InputError(source, [
      `is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    ]);
  }
  if (!isObject(doc)) throw new InputError(source, ['is not an object']);
  const env = doc;
  if (env.format !== format) throw new InputError(source, [`format: expected "${format}"`]);
  return {
    schema: schemaOf(env.schema),
    /** The document under `key` ("scenario", "plan"), or InputError when it is missing. */
    document(key: string): Record<string, unknown> {
      const d = env[key];
      if (!isObject(d)) throw new InputError(source, [`${key}: is missing`]);
      return d;
    },
    savedAt: typeof env.savedAt === 'string' ? env.savedAt : null,
  };
}

/** Reads a settings value back; InputError (with a plain reason) when it cannot be used. */
export function decodeScenario(
  value: unknown,
  migrations: Readonly<
    Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
  > = MIGRATIONS,
  current: number = CURRENT_SCHEMA,
): Restored {
  const env = openEnvelope(value, SOURCE, ENVELOPE_FORMAT);
  const schemaValue = env.schema;
  if (typeof schemaValue !== 'number' || !Number.isInteger(schemaValue) || schemaValue < 1) {
    throw new InputError(SOURCE, ['schema: must be a whole number from 1']);
  }
  if (schemaValue > current) {
    throw new InputError(SOURCE, [
      `schema: was saved by a newer Offer Runway (schema ${schemaValue}; this add-in reads up to ${current}). Update the add-in to open it.`,
    ]);
  }
  let scenario = env.document('scenario');
  let version = schemaValue;
  while (version < current) {
    const step = migrations[version];
    if (!step) throw new InputError(SOURCE, [`schema: no migration from schema ${version}`]);
    scenario = step(scenario);
    version++;
  }
  return {
    scenario: { ...scenario, schema: current },
    savedAt: env.savedAt,
    migratedFrom: schemaValue < current ? schemaValue : null,
  };
}

/** Saves the scenario document in the workbook's settings. */
export async function saveScenario(
  store: SettingsStore,
  scenario: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  store.set(SETTINGS_KEY, encodeScenario(scenario, now.toISOString()));
  await store.save();
}

/** The saved scenario, or null when the workbook has none. */
export function loadScenario(store: SettingsStore): Restored | null {
  const value = store.get(SETTINGS_KEY);
  return value === null || value === undefined ? null : decodeScenario(value);
}

/** Where a hiring plan (schema 2) is saved: its own key, beside the scenario's. */
export const PLAN_SETTINGS_KEY = 'offerRunway.plan';
export const PLAN_FORMAT = 'offer-runway/plan';
/** The schema of a hiring plan (docs/model.md §10). Plans have no older schema to migrate from. */
export const PLAN_SCHEMA = 2;

const PLAN_SOURCE = 'plan saved in this workbook';

/** Reads a saved plan back; InputError (with a plain reason) when it cannot be used. */
export function decodePlan(value: unknown): Restored {
  const env = openEnvelope(value, PLAN_SOURCE, PLAN_FORMAT);
  const { schema } = env;
  if (typeof schema === 'number' && Number.isInteger(schema) && schema > PLAN_SCHEMA)
    throw new InputError(PLAN_SOURCE, [
      `schema: was saved by a newer Offer Runway (schema ${schema}; this add-in reads plans of schema ${PLAN_SCHEMA}). Update the add-in to open it.`,
    ]);
  if (schema !== PLAN_SCHEMA)
    throw new InputError(PLAN_SOURCE, [`schema: must be ${PLAN_SCHEMA}, got ${String(schema)}`]);
  return {
    scenario: { ...env.document('plan'), schema: PLAN_SCHEMA },
    savedAt: env.savedAt,
    migratedFrom: null,
  };
}

/** Saves a plan document (schema 2) in the workbook's settings, beside any saved scenario. */
export async function savePlan(
  store: SettingsStore,
  plan: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  if (schemaOf(plan.schema) !== PLAN_SCHEMA)
    throw new Error(`a plan is schema ${PLAN_SCHEMA}, got ${String(plan.schema)}`);
  store.set(PLAN_SETTINGS_KEY, encodeScenario(plan, now.toISOString()));
  await store.save();
}

/** The saved plan (`scenario` holds the schema-2 document), or null when the workbook has none. */
export function loadPlan(store: SettingsStore): Restored | null {
  const value = store.get(PLAN_SETTINGS_KEY);
  return value === null || value === undefined ? null : decodePlan(value);
}

/** Office.context.document.settings as a {@link SettingsStore} (inside Office only). */
export function officeSettings(): SettingsStore {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            reject(
              new Error(`Could not save the scenario in the workbook: ${result.error.message}`),
            );
          } else resolve();
        });
      }),
  };
}
