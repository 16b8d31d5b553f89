import { useSyncExternalStore } from 'react';
import type { RiskReply, RiskRequest, RiskSummary } from './protocol.js';

/**
 * The Risk view's run, kept outside React so that it goes on (and its last result stays) while
 * the user visits other screens. One Web Worker at a time; Cancel terminates it at once (the next
 * run starts a fresh one). The main thread only posts the request and takes small messages back.
 */
export interface RiskState {
  running: boolean;
  /** The last finished run (kept on screen while a new one runs). */
  last: RiskSummary | null;
  /** The request key of `last` (scenario text and options), to say when inputs changed since. */
  lastKey: string | null;
  /** The request key of the run going on. */
  runningKey: string | null;
  error: readonly string[] | null;
  cancelled: boolean;
}

let state: RiskState = {
  running: false,
  last: null,
  lastKey: null,
  runningKey: null,
  error: null,
  cancelled: false,
};
/** Paths done of the run going on (its own store: a progress tick re-renders only the bar). */
export interface RiskProgress {
  done: number;
  total: number;
}
let progress: RiskProgress = { done: 0, total: 0 };
const listeners = new Set<() => void>();
const progressListeners = new Set<() => void>();
let worker: Worker | null = null;
let nextId = 0;
let runningId = -1;

function set(patch: Partial<RiskState>) {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function setProgress(done: number, total: number) {
  progress = { done, total };
  for (const l of progressListeners) l();
}

/** The key that identifies a request's inputs. */
export function requestKey(r: Pick<RiskRequest, 'scenarioText' | 'options' | 'band'>): string {
  return JSON.stringify([r.scenarioText, r.options, r.band]);
}

function onReply(e: MessageEvent<RiskReply>) {
  const m = e.data;
  if (m.id !== runningId) return; // a message from a run since replaced
  if (m.type === 'progress') setProgress(m.done, m.total);
  else if (m.type === 'done')
    set({
      running: false,
      last: m.summary,
      lastKey: state.runningKey,
      runningKey: null,
    });
  else set({ running: false, error: m.problems, runningKey: null });
}

function spawn(): Worker {
  const w = new Worker(new URL('../risk.worker.ts', import.meta.url));
  w.onmessage = onReply;
  w.onerror = (e) => {
    e.preventDefault();
    set({ running: false, error: [`the simulation stopped: ${e.message || 'worker error'}`] });
    w.terminate();
    if (worker === w) worker = null;
  };
  return w;
}

/** Starts the worker ahead of the first run (when the Risk view opens). */
export function warmRisk(): void {
  worker ??= spawn();
}

/** Starts a run (a run going on is replaced). */
export function startRisk(req: Omit<RiskRequest, 'type' | 'id'>): void {
  worker ??= spawn();
  runningId = nextId++;
  setProgress(0, req.options.method === 'exact' ? 0 : req.options.paths);
  set({
    running: true,
    error: null,
    cancelled: false,
    runningKey: requestKey(req),
  });
  worker.postMessage({ ...req, type: 'run', id: runningId } satisfies RiskRequest);
}

/** Stops the run going on at once; the last finished result stays. */
export function cancelRisk(): void {
  if (!state.running) return;
  worker?.terminate();
  worker = null;
  runningId = -1;
  set({ running: false, cancelled: true, runningKey: null });
  // A fresh worker for the next run, started after this click's task.
  setTimeout(warmRisk, 50);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}
function subscribeProgress(l: () => void) {
  progressListeners.add(l);
  return () => progressListeners.delete(l);
}

export function useRisk(): RiskState {
  return useSyncExternalStore(subscribe, () => state);
}

export function useRiskProgress(): RiskProgress {
  return useSyncExternalStore(subscribeProgress, () => progress);
}
