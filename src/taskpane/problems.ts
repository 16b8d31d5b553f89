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

export function screenOf(path: string): ScreenId {
  if (path === 'packages' || path.startsWith('packages[')) return 'packages';
  if (path === 'offer.missProbability') return 'risk';
  if (path.startsWith('offer.refresh') || path.startsWith('offer.marginGain')) return 'refresh';
  if (path.startsWith('offer')) return 'offer';
  if (path.startsWith('market')) return 'market';
  if (path.startsWith('company') || path.startsWith('missCost') || path.startsWith('exitPrices'))
    return 'company';
  return 'offer';
}
