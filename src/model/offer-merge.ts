/**
 * The offer merge rules shared by packages and by a hiring plan's hires (docs/model.md §9, §10).
 *
 * Both work on the raw scenario document, before validation, so that the merged offer is checked
 * by exactly the rules of a schema-1 offer and its problems can be named at the override's path.
 */

/** The keys that size the initial grant: exactly one of them survives a merge. */
export const GRANT_SIZE_KEYS = ['shares', 'value', 'percentOfFullyDiluted'] as const;

type Doc = Record<string, unknown>;

function isDoc(x: unknown): x is Doc {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * `equity` merges field by field onto the base equity, except the grant size: an override that
 * gives any of `shares` / `value` / `percentOfFullyDiluted` replaces the base's size. The base's
 * `grantFairValue` (and every other field) is kept unless the override sets it.
 */
function mergeEquity(base: unknown, override: Doc): Doc {
  const merged: Doc = isDoc(base) ? { ...base } : {};
  if (GRANT_SIZE_KEYS.some((k) => k in override)) for (const k of GRANT_SIZE_KEYS) delete merged[k];
  return { ...merged, ...override };
}

/**
 * The offer `base` with the fields of `override` replaced:
 * - `equity`: merged field by field (grant size replaced as a whole, see {@link mergeEquity});
 * - `refresh`: `null` removes the refresh program, an object replaces it whole;
 * - every other field (including object-valued ones such as `marginGain`) is replaced whole.
 * A key absent from `override` keeps the base's value. Neither argument is modified.
 */
export function mergeOfferInput(base: Doc, override: Doc): Doc {
  const merged: Doc = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (key === 'equity' && isDoc(value)) merged.equity = mergeEquity(base.equity, value);
    else if (key === 'refresh' && value === null) delete merged.refresh;
    else merged[key] = value;
  }
  return merged;
}
