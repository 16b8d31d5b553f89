import { JsonNumber } from '../json-text.js';
import { InputError } from '../messages.js';
import { readJson } from './plan.js';

/** A model file read exactly, and which kind it is: one offer (schema 1) or a plan (schema 2). */
export interface ModelDocument {
  schema: 1 | 2;
  /** The raw document (numbers as {@link JsonNumber}), for parseScenario or parsePlan. */
  value: unknown;
}

/**
 * Reads a model file's JSON text and dispatches on its `"schema"`: 2 is a hiring plan, anything
 * else is read as a schema-1 scenario (whose own rules name a missing schema). A schema that is
 * neither 1 nor 2 is refused here, naming both.
 */
export function readModelDocument(text: string, source: string): ModelDocument {
  const value = readJson(text, source);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { schema: 1, value };
  if (!('schema' in value)) return { schema: 1, value };
  const schema = (value as { schema: unknown }).schema;
  const t =
    schema instanceof JsonNumber ? schema.text : typeof schema === 'number' ? String(schema) : null;
  if (t === '2') return { schema: 2, value };
  if (t === '1') return { schema: 1, value };
  const shown = t ?? JSON.stringify(schema) ?? String(schema);
  throw new InputError(source, [
    `schema: must be 1 (one offer) or 2 (a hiring plan), got ${shown}`,
  ]);
}
