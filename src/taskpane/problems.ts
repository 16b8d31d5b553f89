import { FIELD_REGISTRY, registryPath } from '../model/field-registry.js';

/**
 * The engine reports bad input as lines "json.path: reason" (src/model/messages.ts). The pane
 * shows each reason beside the field bound to that path, and lists the others in a message bar.
 */
export interface Problem {
  /** "offer.baseSalary", "offer.refresh.milestones[1].probability", "market", "(top level)". */
  path: string;
  reason: string;
}

export function parseProblem(line: string): Problem {
  const at = line.indexOf(': ');
  if (at <= 0) return { path: '(top level)', reason: line };
  return { path: line.slice(0, at), reason: line.slice(at + 2) };
}

export type ProblemMap = ReadonlyMap<string, string>;

/** Problems by path (several problems on one path are joined). */
export function problemMap(problems: readonly Problem[]): ProblemMap {
  const map = new Map<string, string>();
  for (const p of problems) {
    const had = map.get(p.path);
    map.set(p.path, had ? `${had}; ${p.reason}` : p.reason);
  }
  return map;
}

/** The screen that holds a path, for the "fix these" list and the tab badges. */
export type ScreenId = 'offer' | 'refresh' | 'company' | 'market' | 'packages' | 'results' | 'risk';

/**
 * The screen of a problem's path, derived from the field registry (src/model/field-registry.ts):
 * the screen of the field the path is at or inside (`offer.refresh.milestones[1].probability` →
 * the entry `offer.refresh.milestones[].probability`); for a path above the fields (an object or
 * list such as `offer.refresh`, `company`), the screen of the first registered field below it.
 * Packages' overrides (`packages[2].equity.cliffMonths`) are on the packages screen; a path the
 * registry does not know, or a field no screen edits, goes to the offer screen.
 */
export function screenOf(path: string): ScreenId {
  if (path === 'packages' || path.startsWith('packages[')) return 'packages';
  const p = registryPath(path);
  const inside = (field: string, at: string) =>
    field === at || field.startsWith(`${at}.`) || field.startsWith(`${at}[`);
  const owner =
    FIELD_REGISTRY.filter((f) => inside(p, f.path)).sort(
      (a, b) => b.path.length - a.path.length,
    )[0] ?? FIELD_REGISTRY.find((f) => inside(f.path, p));
  return owner?.screen ?? 'offer';
}
