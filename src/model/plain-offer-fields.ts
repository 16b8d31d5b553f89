/**
 * The offer's plain fields: the top-level scalars of `offer` (`offer.baseSalary`, `offer.role`, …)
 * that are read as written, with a default or none, and need no rule across fields to resolve.
 *
 * Everything about them comes from the field registry: their zod validators and defaults (from
 * `kind`, `default` and `options`), their TypeScript type, how `resolve` copies them and how
 * `scenarioToInput` writes them back. Adding one is one registry entry (CONTRIBUTING.md).
 */
import type { z } from 'zod';
import { Decimal } from './decimal.js';
import {
  FIELD_REGISTRY,
  type FieldKind,
  type FieldSpec,
  type RegisteredField,
} from './field-registry.js';
import { fraction, growthRate, money, oneOf, rate, text } from './fields.js';

/** `offer.<key>` with no further dot or list: a plain offer field's key. */
type PlainKey<P> = P extends `offer.${infer K}`
  ? K extends `${string}.${string}` | `${string}[${string}`
    ? never
    : K
  : never;

export type PlainOfferKey = PlainKey<RegisteredField['path']>;

type EntryOf<K extends PlainOfferKey> = Extract<RegisteredField, { path: `offer.${K}` }>;

type ValueOf<E> = E extends { kind: 'text' }
  ? string
  : E extends { kind: 'enum'; options: readonly (infer O)[] }
    ? O
    : Decimal;

/** The plain offer fields, resolved: text as string, an enum as its words, numbers as Decimal. */
export type PlainOfferFields = { [K in PlainOfferKey]: ValueOf<EntryOf<K>> };

const PLAIN_PATH = /^offer\.([A-Za-z]+)$/;

/** The plain offer fields' registry entries, in registry order, with their keys. */
export const PLAIN_OFFER_FIELDS: readonly (FieldSpec & { key: PlainOfferKey })[] =
  FIELD_REGISTRY.flatMap((f) => {
    const key = PLAIN_PATH.exec(f.path)?.[1];
    return key ? [{ ...f, key: key as PlainOfferKey }] : [];
  });

/** The validator of a plain field's kind; a kind a plain field may not have is a registry bug. */
function validatorOf(f: FieldSpec): z.ZodType {
  const byKind: Partial<Record<FieldKind, () => z.ZodType>> = {
    text,
    money,
    rate,
    fraction,
    growth: growthRate,
    enum: () => oneOf(f.options ?? []),
  };
  const make = byKind[f.kind];
  if (!make) throw new Error(`${f.path}: a plain offer field cannot be of kind "${f.kind}"`);
  if (f.kind === 'enum' && !f.options?.length) throw new Error(`${f.path}: an enum needs options`);
  return make();
}

/**
 * The registry's `default` as a value: "required" → none; `"word"` → the word; a number → a
 * Decimal (a fresh one each time, as zod's default factories expect).
 */
function defaultOf(f: FieldSpec): (() => Decimal | string) | undefined {
  if (f.default === 'required') return undefined;
  const word = /^"(.*)"$/.exec(f.default)?.[1];
  if (word !== undefined) return () => word;
  if (!/^-?\d+(\.\d+)?$/.test(f.default))
    throw new Error(
      `${f.path}: a plain offer field's default must be a number, a "word" or required`,
    );
  return () => new Decimal(f.default);
}

/** The zod shape of the plain offer fields (spread into the offer's record in schema.ts). */
export function plainOfferShape(): { [K in PlainOfferKey]: z.ZodType<PlainOfferFields[K]> } {
  const shape: Record<string, z.ZodType> = {};
  for (const f of PLAIN_OFFER_FIELDS) {
    const validator = validatorOf(f);
    const fallback = defaultOf(f);
    shape[f.key] = fallback ? validator.default(fallback as never) : validator;
  }
  return shape as { [K in PlainOfferKey]: z.ZodType<PlainOfferFields[K]> };
}

/** The plain fields of a parsed offer, copied as they are. */
export function pickPlainOfferFields(offer: PlainOfferFields): PlainOfferFields {
  const picked: Record<string, unknown> = {};
  for (const f of PLAIN_OFFER_FIELDS) picked[f.key] = offer[f.key];
  return picked as PlainOfferFields;
}

/** The plain fields of a resolved offer for a scenario document (`num` writes a Decimal). */
export function plainOfferInput(
  offer: PlainOfferFields,
  num: (d: Decimal) => unknown,
): Record<PlainOfferKey, unknown> {
  const written: Record<string, unknown> = {};
  for (const f of PLAIN_OFFER_FIELDS) {
    const v = offer[f.key];
    written[f.key] = v instanceof Decimal ? num(v) : v;
  }
  return written as Record<PlainOfferKey, unknown>;
}
