import { useMemo, type ReactNode } from 'react';
import type { JsonValue } from '../../model/json-text.js';
import { getAt, setAt, type Draft, type Path } from '../draft.js';
import { DraftContext, useDraft, type DraftApi } from '../state.js';
import { templateProblems } from './plan-problems.js';

/**
 * The single-offer screens (OfferScreen, RefreshScreen) editing a plan template unchanged: inside
 * this scope the draft they see is the plan with `offer` = `templates[name]`, so their paths
 * `offer.…` read and write `templates.name.…`, every other path (company, startDate) is the
 * plan's own, and the engine's problems come back at `offer.…` (templateProblems).
 */
export function TemplateScope({ name, children }: { name: string; children: ReactNode }) {
  const plan = useDraft();
  const base: Path = ['templates', name];
  const api: DraftApi = useMemo(() => {
    const toPlan = (path: Path): Path => (path[0] === 'offer' ? [...base, ...path.slice(1)] : path);
    const view = (d: Draft): Draft => {
      const tpl = getAt(d, base);
      return setAt(d, ['offer'], tpl ?? {});
    };
    return {
      draft: view(plan.draft),
      problems: templateProblems(plan.problems, name),
      set: (path: Path, value: JsonValue | undefined) => plan.set(toPlan(path), value),
      update: (f: (d: Draft) => Draft) =>
        plan.update((d) => {
          const next = f(view(d));
          return setAt(d, base, getAt(next, ['offer']) ?? {});
        }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan, name]);
  return <DraftContext.Provider value={api}>{children}</DraftContext.Provider>;
}
