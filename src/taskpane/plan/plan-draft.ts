import defaultPlan from '../../../templates/plans/default-plan.json';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import { getAt, setAt, stringifyDraft, toDraft, type Draft } from '../draft.js';
import { insertAfter, listAt, moveItem } from '../draft-lists.js';

/**
 * Plan mode edits a plan draft: a schema-2 document (docs/model.md §10) as the user is writing
 * it, numbers kept as exact decimal text, anything not yet valid kept as typed — the engine's
 * parsePlan names what is wrong at its plan path (`hires[3].offer.baseSalary`). These helpers
 * are the hires list's operations; each returns a new draft and never drops what was typed.
 */

const HIRES = ['hires'] as const;

type Obj = { [key: string]: JsonValue };
const isObj = (v: JsonValue | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);

/** The plan Plan mode opens with: the embedded default plan (templates/plans/default-plan.json). */
export function defaultPlanDraft(): Draft {
  return toDraft(defaultPlan);
}

export function hiresOf(draft: Draft): JsonValue[] {
  return listAt(draft, HIRES);
}

export function templateNames(draft: Draft): string[] {
  const t = getAt(draft, ['templates']);
  return isObj(t) ? Object.keys(t) : [];
}

/** "Alex Kim" of a hire (or "Hire 3" while the name is empty or not text). */
export function hireName(hire: JsonValue | undefined, i: number): string {
  const c = isObj(hire) ? getAt(hire, ['offer', 'candidate']) : undefined;
  return typeof c === 'string' && c.trim() !== '' ? c : `Hire ${i + 1}`;
}

/**
 * A new hire at the end: the last hire's template, band row, role, level, location and base
 * (a starting point to edit), starting the month after the last one, named "New hire N".
 */
export function addHire(draft: Draft): Draft {
  const hires = hiresOf(draft);
  const last = hires[hires.length - 1];
  const n = hires.length + 1;
  let hire: Obj;
  if (isObj(last)) {
    const offer = isObj(last.offer) ? last.offer : {};
    const start = last.startMonth instanceof JsonNumber ? Number(last.startMonth.text) : NaN;
    hire = {
      startMonth: new JsonNumber(String(Number.isInteger(start) && start >= 1 ? start + 1 : 1)),
      ...(last.template !== undefined ? { template: last.template } : {}),
      offer: {
        candidate: `New hire ${n}`,
        ...pick(offer, ['role', 'level', 'location', 'baseSalary']),
      },
      market: isObj(last.market) ? { ...last.market } : {},
    };
  } else {
    const first = templateNames(draft)[0];
    hire = {
      startMonth: new JsonNumber('1'),
      ...(first !== undefined ? { template: first } : {}),
      offer: { candidate: `New hire ${n}` },
      market: {},
    };
  }
  return setAt(draft, HIRES, [...hires, hire]);
}

function pick(o: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k] as JsonValue;
  return out;
}

/** A copy of hire `i` right after it, named "… (copy)". */
export function duplicateHire(draft: Draft, i: number): Draft {
  const hires = hiresOf(draft);
  const h = hires[i];
  if (h === undefined) return draft;
  const copy = setAt(structuredCopy(h), ['offer', 'candidate'], `${hireName(h, i)} (copy)`);
  return insertAfter(draft, HIRES, i, copy);
}

export function removeHire(draft: Draft, i: number): Draft {
  const hires = hiresOf(draft);
  if (i < 0 || i >= hires.length) return draft;
  return setAt(
    draft,
    HIRES,
    hires.filter((_, k) => k !== i),
  );
}

/** Moves hire `from` to position `to` (no change when `to` is out of range). */
export function moveHire(draft: Draft, from: number, to: number): Draft {
  return moveItem(draft, HIRES, from, to);
}

/** A new template: a copy of `from` (or empty) under a name not yet used. */
export function addTemplate(draft: Draft, from: string | null): { draft: Draft; name: string } {
  const names = templateNames(draft);
  const stem = from ? `${from}-copy` : 'template';
  let name = stem;
  for (let k = 2; names.includes(name); k++) name = `${stem}-${k}`;
  const base = from ? getAt(draft, ['templates', from]) : undefined;
  return {
    draft: setAt(draft, ['templates', name], base === undefined ? {} : structuredCopy(base)),
    name,
  };
}

/** The hires (by position) whose offer starts from template `name`. */
export function hiresUsing(draft: Draft, name: string): number[] {
  return hiresOf(draft).flatMap((h, i) => (isObj(h) && h.template === name ? [i] : []));
}

export function removeTemplate(draft: Draft, name: string): Draft {
  return setAt(draft, ['templates', name], undefined);
}

/** A deep copy of a draft value (JsonNumbers are immutable and shared). */
function structuredCopy(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(structuredCopy);
  if (isObj(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structuredCopy(x)]));
  return v;
}

/** The plan's JSON text, numbers exact (what the engine, the worker and a saved file read). */
export function planText(draft: Draft): string {
  return `${stringifyDraft(draft)}\n`;
}
