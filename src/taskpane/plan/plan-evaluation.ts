import { useEffect, useRef, useState } from 'react';
import type { BandSet } from '../../model/bands.js';
import type { Notice } from '../action-runner.js';
import type { Draft } from '../draft.js';
import type { Problem } from '../problems.js';
import type { PlanSummary } from './plan-eval.js';
import { planText } from './plan-draft.js';
import { PlanRunner } from './plan-runner.js';

/** Recompute this long after the last keystroke (the engine runs in a worker). */
const DEBOUNCE_MS = 200;

/**
 * Plan mode's evaluation hook: the plan engine off the main thread (PlanRunner), the first plan
 * at once and then each draft 200 ms after the last keystroke. A bad value keeps the last valid
 * summary on screen (with the problems); an engine failure becomes a notice.
 */
export function usePlanEvaluation(
  draft: Draft,
  bandSets: Record<string, BandSet>,
  today: string,
  onNotice: (notice: Notice) => void,
) {
  const [summary, setSummary] = useState<PlanSummary | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [computing, setComputing] = useState(true);
  const runner = useRef<PlanRunner | null>(null);
  const [engineWhere, setEngineWhere] = useState<'worker' | 'main thread' | null>(null);
  useEffect(() => {
    const r = new PlanRunner({
      onResult: (ev) => {
        if (ev.ok) {
          setSummary(ev.summary);
          setProblems([]);
        } else setProblems(ev.problems);
      },
      onError: (message) =>
        onNotice({ intent: 'error', title: 'The plan engine failed', lines: [message] }),
      onBusy: setComputing,
    });
    runner.current = r;
    setEngineWhere(r.offMainThread ? 'worker' : 'main thread');
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, [onNotice]);
  const first = useRef(true);
  useEffect(() => {
    const send = () => runner.current?.request(planText(draft), bandSets, today);
    if (first.current) {
      first.current = false;
      send();
      return;
    }
    const t = setTimeout(send, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [draft, bandSets, today]);
  return { summary, problems, computing, engineWhere };
}
