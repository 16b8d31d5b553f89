import { screenOf, type ProblemMap } from '../problems.js';

/**
 * Where a plan problem belongs (docs/model.md §10 paths): the Risk view for an offer field the
 * registry gives to Risk (a hire's or template's miss probability), the Hires screen for
 * `hires…`, the Templates screen for `templates…`, Company and Market for the plan-wide fields.
 */
export type PlanScreenId = 'hires' | 'templates' | 'company' | 'market' | 'results' | 'risk';

export function planScreenOf(path: string): PlanScreenId {
  const inOffer = /^(?:hires\[\d+\]\.offer|templates\.[^.[]+)\.(.+)$/.exec(path)?.[1];
  if (inOffer !== undefined && screenOf(`offer.${inOffer}`) === 'risk') return 'risk';
  if (path.startsWith('hires')) return 'hires';
  if (path.startsWith('templates')) return 'templates';
  if (path.startsWith('market')) return 'market';
  return 'company';
}

/** The hire a problem path names (`hires[3].offer.baseSalary` → 3), or null. */
export function hireOfPath(path: string): number | null {
  const m = /^hires\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : null;
}

/** `hires[3].offer.baseSalary` → `offer.baseSalary` (the path inside the hire), else null. */
export function pathInHire(path: string, i: number): string | null {
  const head = `hires[${i}]`;
  if (path === head) return '';
  if (path.startsWith(`${head}.`)) return path.slice(head.length + 1);
  return null;
}

/**
 * The problems of template `name` as the offer screens look them up (`offer.…`): the template's
 * own (`templates.name.equity.shares`) and each hire's problem in a field it takes from the
 * template (`hires[3].offer.x: … (from template "name")`, told with the hire). Plan-wide paths
 * (company, exit prices, …) are kept as they are.
 */
export function templateProblems(problems: ProblemMap, name: string): ProblemMap {
  const out = new Map<string, string>();
  const add = (k: string, reason: string) => {
    const had = out.get(k);
    out.set(k, had ? `${had}; ${reason}` : reason);
  };
  const own = `templates.${name}`;
  const fromTemplate = `(from template "${name}")`;
  for (const [path, reason] of problems) {
    if (path === own) add('offer', reason);
    else if (path.startsWith(`${own}.`)) add(`offer.${path.slice(own.length + 1)}`, reason);
    else if (path.startsWith('hires[')) {
      const m = /^(hires\[\d+\])\.(offer(?:[.[].*)?)$/.exec(path);
      if (m && reason.includes(fromTemplate)) add(m[2] as string, `${m[1]}: ${reason}`);
    } else if (!path.startsWith('templates')) add(path, reason);
  }
  return out;
}
