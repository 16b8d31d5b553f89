import { evaluatePlanText, fromPlainBandSet } from './plan-eval.js';
import type { PlanReply, PlanRequest } from './plan-runner.js';

/**
 * The plan engine off the main thread (docs/addin.md, Plan mode): validates and runs the plan
 * it is sent and posts back the plain summary. One request at a time; the pane sends the newest
 * draft only when the previous answer is in, so a burst of keystrokes costs one run.
 */
interface WorkerScope {
  onmessage: ((e: MessageEvent<PlanRequest>) => void) | null;
  postMessage(message: PlanReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { id, text, today, bandSets } = e.data;
  try {
    const sets = Object.fromEntries(bandSets.map((b) => [b.name, fromPlainBandSet(b)]));
    scope.postMessage({ id, evaluation: evaluatePlanText(text, sets, today) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
