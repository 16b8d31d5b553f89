import type { JsonValue } from '../model/json-text.js';
import { getAt, setAt, type Draft, type Path } from './draft.js';

/**
 * The operations of the pane's editable lists (packages, hires, refresh milestones): each
 * returns a new draft and leaves it as it was when the operation does not apply.
 */

/** The list at `path` (empty while there is none or it is not a list). */
export function listAt(draft: Draft, path: Path): JsonValue[] {
  const list = getAt(draft, path);
  return Array.isArray(list) ? list : [];
}

/** Moves item `from` of the list at `path` to position `to` (no change when `to` is out of range). */
export function moveItem(draft: Draft, path: Path, from: number, to: number): Draft {
  const list = listAt(draft, path);
  if (to < 0 || to >= list.length || from === to) return draft;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as JsonValue);
  return setAt(draft, path, next);
}

/** The list at `path` with `item` inserted right after item `index`. */
export function insertAfter(draft: Draft, path: Path, index: number, item: JsonValue): Draft {
  const list = listAt(draft, path);
  return setAt(draft, path, [...list.slice(0, index + 1), item, ...list.slice(index + 1)]);
}

/** The list at `path` with `make(list)` added at its end. */
export function appendItem(
  draft: Draft,
  path: Path,
  make: (list: readonly JsonValue[]) => JsonValue,
): Draft {
  const list = listAt(draft, path);
  return setAt(draft, path, [...list, make(list)]);
}
