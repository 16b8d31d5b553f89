import { createContext, useContext } from 'react';
import type { JsonValue } from '../model/json-text.js';
import { getAt, pathKey, type Draft, type Path } from './draft.js';
import type { ProblemMap } from './problems.js';

/** The draft being edited, its problems, and how to change it. */
export interface DraftApi {
  draft: Draft;
  problems: ProblemMap;
  set(path: Path, value: JsonValue | undefined): void;
  /** Replace many values at once (reorder, toggles that add a sub-object). */
  update(f: (d: Draft) => Draft): void;
}

export const DraftContext = createContext<DraftApi | null>(null);

export function useDraft(): DraftApi {
  const api = useContext(DraftContext);
  if (!api) throw new Error('useDraft outside DraftContext');
  return api;
}

/** One field's value, its problem (if any) and a setter. */
export function useField(path: Path) {
  const api = useDraft();
  const key = pathKey(path);
  return {
    value: getAt(api.draft, path),
    error: api.problems.get(key),
    set: (v: JsonValue | undefined) => api.set(path, v),
    key,
  };
}
