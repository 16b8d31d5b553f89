/**
 * Which sheets, names and tables of a workbook belong to Offer Runway (pure).
 *
 * A sheet is ours when the hidden marker name `OfferRunway.Sheet.<name>` refers to it (Excel
 * keeps that reference when the user renames the sheet), or — for a workbook whose model was
 * written without markers (the CLI's .xlsx) — when it carries the plan's sheet name and the
 * workbook already holds the plan's defined names. Anything else with a name the plan needs is
 * a conflict: the add-in stops before writing anything and says what to rename.
 */
import type { WorkbookPlan } from '../workbook/plan.js';
import { markerName } from './writes.js';

export interface WorkbookState {
  sheets: string[];
  /** Workbook-scope names with their formulas (`=Inputs!$B$5`, `='Offer Sheet'!$A$1`, `=#REF!`). */
  names: { name: string; formula: string }[];
  /** Workbook table names. */
  tables: string[];
}

export interface Ownership {
  /** Plan sheet name → the existing sheet that is ours for it (maybe renamed), or null = add. */
  sheets: Map<string, string | null>;
  /** Plan names that already exist (update in place). */
  existingNames: Set<string>;
  /** Existing names to delete: ours (plan prefixes) but no longer in the plan. */
  staleNames: string[];
  /** Problems that stop the apply, in plain words. */
  conflicts: string[];
}

/** The sheet a name's formula refers to, `'#REF!'` for a broken one, or null for a constant. */
export function sheetOfFormula(formula: string): string | null {
  const f = formula.startsWith('=') ? formula.slice(1) : formula;
  if (f.startsWith('#REF!')) return '#REF!';
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const plain = /^([^'!=(),;"]+)!/.exec(f);
  return plain ? (plain[1] as string) : null;
}

const prefixOf = (name: string) => {
  const i = name.indexOf('_');
  return i > 0 ? name.slice(0, i + 1) : null;
};

export function resolveOwnership(state: WorkbookState, plan: WorkbookPlan): Ownership {
  const exists = new Set(state.sheets);
  const lower = (s: string) => s.toLowerCase();
  const existingLower = new Map(state.sheets.map((s) => [lower(s), s]));
  const namesByKey = new Map(state.names.map((n) => [lower(n.name), n]));
  const conflicts: string[] = [];

  // Markers first: they survive renames.
  const owned = new Map<string, string | null>();
  const claimed = new Set<string>();
  for (const sheet of plan.sheets) {
    const marker = namesByKey.get(lower(markerName(sheet.name)));
    const target = marker ? sheetOfFormula(marker.formula) : null;
    if (target && target !== '#REF!' && exists.has(target)) {
      owned.set(sheet.name, target);
      claimed.add(lower(target));
    }
  }
  // Adopting sheets by name is only for a model written without markers (the CLI's .xlsx): once
  // the add-in has marked its sheets, an unmarked sheet is never taken for one of ours.
  const markersExist = plan.sheets.some((sh) => namesByKey.has(lower(markerName(sh.name))));
  const modelPresent = !markersExist && plan.names.some((n) => namesByKey.has(lower(n.name)));
  for (const sheet of plan.sheets) {
    const same = existingLower.get(lower(sheet.name));
    const mine = owned.get(sheet.name);
    if (mine !== undefined) {
      if (same && lower(same) !== lower(mine as string) && !claimed.has(lower(same))) {
        conflicts.push(
          `Offer Runway's sheet "${mine}" cannot get its name "${sheet.name}" back: another sheet is called "${same}". Rename that sheet, then build again.`,
        );
      }
      continue;
    }
    if (same === undefined) owned.set(sheet.name, null);
    else if (modelPresent && !claimed.has(lower(same))) {
      owned.set(sheet.name, same);
      claimed.add(lower(same));
    } else {
      conflicts.push(
        `The workbook already has a sheet named "${same}" that Offer Runway did not make. Rename it, then build again.`,
      );
    }
  }

  const ours = new Set([...owned.values()].filter((s): s is string => s !== null).map(lower));
  const isOursOrBroken = (formula: string) => {
    const target = sheetOfFormula(formula);
    return (
      target === '#REF!' || (target !== null && (ours.has(lower(target)) || !exists.has(target)))
    );
  };

  const existingNames = new Set<string>();
  const planNames = new Set(plan.names.map((n) => lower(n.name)));
  for (const n of plan.names) {
    const found = namesByKey.get(lower(n.name));
    if (!found) continue;
    if (isOursOrBroken(found.formula)) existingNames.add(found.name);
    else {
      conflicts.push(
        `The workbook already has a name "${found.name}" (${found.formula}) outside Offer Runway's sheets. Rename or delete it in Name Manager, then build again.`,
      );
    }
  }
  const prefixes = new Set(plan.names.map((n) => prefixOf(n.name)).filter((p): p is string => !!p));
  const markers = new Set(plan.sheets.map((s) => lower(markerName(s.name))));
  const staleNames = state.names
    .filter((n) => !planNames.has(lower(n.name)) && !markers.has(lower(n.name)))
    .filter((n) => {
      const p = prefixOf(n.name);
      return p !== null && prefixes.has(p) && isOursOrBroken(n.formula);
    })
    .map((n) => n.name);

  return { sheets: owned, existingNames, staleNames, conflicts };
}

/** Conflict stop: nothing has been written. */
export class WorkbookConflictError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'WorkbookConflictError';
  }
}
