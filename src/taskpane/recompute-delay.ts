/**
 * How long the pane waits after a keystroke before recomputing: short, so that the KPIs follow
 * typing (the default scenario's engine run takes a few milliseconds; keystroke → KPI p95 stays
 * under 100 ms, `npm run bench`). When the last run was slow (a long horizon with many grants)
 * the wait grows to twice that run, at most {@link SLOW_DEBOUNCE_MS}, so that typing is never
 * held up by a recompute per keystroke.
 */
export const DEBOUNCE_MS = 25;
export const SLOW_RUN_MS = 50;
export const SLOW_DEBOUNCE_MS = 600;

export function recomputeDelay(lastRunMs: number): number {
  return lastRunMs < SLOW_RUN_MS ? DEBOUNCE_MS : Math.min(SLOW_DEBOUNCE_MS, 2 * lastRunMs);
}
