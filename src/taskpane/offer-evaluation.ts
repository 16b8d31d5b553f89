import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { BandSet } from '../model/bands.js';
import type { ModelResult } from '../model/model.js';
import type { Draft } from './draft.js';
import { evaluate } from './engine.js';
import type { Problem } from './problems.js';
import { recomputeDelay } from './recompute-delay.js';

/**
 * Offer mode's evaluation hook: the engine runs on the main thread, debounced by how long the
 * last run took. A bad value keeps the last valid result on screen (with the problems).
 * `settle` runs the newest draft at once and shows it urgently (leaving a screen).
 */
export function useOfferEvaluation(draft: Draft, bandSets: Record<string, BandSet>, today: string) {
  const [first] = useState(() => evaluate(draft, bandSets, today));
  const [result, setResult] = useState<ModelResult | null>(first.ok ? first.result : null);
  const [problems, setProblems] = useState<Problem[]>(first.ok ? [] : first.problems);
  const evaluated = useRef<{ draft: Draft; bandSets: Record<string, BandSet> } | null>(null);
  const lastRunMs = useRef(0);
  const recompute = useCallback(
    (d: Draft, sets: Record<string, BandSet>, urgent = false) => {
      const last = evaluated.current;
      if (last && last.draft === d && last.bandSets === sets) return;
      evaluated.current = { draft: d, bandSets: sets };
      const started = performance.now();
      const ev = evaluate(d, sets, today);
      lastRunMs.current = performance.now() - started;
      const show = () => {
        if (ev.ok) {
          setResult(ev.result);
          setProblems([]);
        } else setProblems(ev.problems);
      };
      // A transition: rendering the results never holds up the next keystroke. Leaving a screen
      // is urgent: the next screen must show the settled figures at once.
      if (urgent) show();
      else startTransition(show);
    },
    [today],
  );
  useEffect(() => {
    const t = setTimeout(() => recompute(draft, bandSets), recomputeDelay(lastRunMs.current));
    return () => clearTimeout(t);
  }, [draft, bandSets, recompute]);
  return { result, problems, recompute };
}
