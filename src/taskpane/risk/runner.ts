import { useSyncExternalStore } from 'react';
import type { RiskReply, RiskRequest, RiskSubject, RiskSummary } from './protocol.js';

/**
 * The Risk view's run, kept outside React so that it goes on (and its last result stays) while
 * the user visits other screens. One store per mode (the offer's and the plan's runs are kept
 * apart: both modes stay mounted), each with one Web Worker at a time; Cancel terminates it at
 * once (the next run starts a fresh one). The main thread only posts the request and takes small
 * messages back.
 */
export interface RiskState {
  running: boolean;
  /** The last finished run (kept on screen while a new one runs). */
  last: RiskSummary | null;
  /** The request key of `last` (subject text and options), to say when inputs changed since. */
  lastKey: string | null;
  /** The request key of the run going on. */
  runningKey: string | null;
  error: readonly string[] | null;
  cancelled: boolean;
}

/** Paths done of the run going on (its own store: a progress tick re-renders only the bar). */
export interface RiskProgress {
  done: number;
  total: number;
}

/** A request as the screen builds it (the store adds its type and id). */
export type RiskRun = Omit<RiskRequest, 'type' | 'id'>;

/** The key that identifies a request's inputs. */
export function requestKey(r: { subject: RiskSubject; options: RiskRequest['options'] }): string {
  return JSON.stringify([r.subject, r.options]);
}

/** A value that React components read and that tells them when it changes. */
class Observable<T> {
  private readonly listeners = new Set<() => void>();
  constructor(public value: T) {}
  set(value: T) {
    this.value = value;
    for (const l of this.listeners) l();
  }
  readonly subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  readonly get = () => this.value;
}

/** One mode's runs: its state, its progress and its worker. */
export class RiskStore {
  readonly state = new Observable<RiskState>({
    running: false,
    last: null,
    lastKey: null,
    runningKey: null,
    error: null,
    cancelled: false,
  });
  readonly progress = new Observable<RiskProgress>({ done: 0, total: 0 });
  private worker: Worker | null = null;
  private nextId = 0;
  private runningId = -1;

  private patch(p: Partial<RiskState>) {
    this.state.set({ ...this.state.value, ...p });
  }

  private readonly onReply = (e: MessageEvent<RiskReply>) => {
    const m = e.data;
    if (m.id !== this.runningId) return; // a message from a run since replaced
    if (m.type === 'progress') this.progress.set({ done: m.done, total: m.total });
    else if (m.type === 'done')
      this.patch({
        running: false,
        last: m.summary,
        lastKey: this.state.value.runningKey,
        runningKey: null,
      });
    else this.patch({ running: false, error: m.problems, runningKey: null });
  };

  private spawn(): Worker {
    const w = new Worker(new URL('../risk.worker.ts', import.meta.url));
    w.onmessage = this.onReply;
    w.onerror = (e) => {
      e.preventDefault();
      this.patch({
        running: false,
        error: [`the simulation stopped: ${e.message || 'worker error'}`],
      });
      w.terminate();
      if (this.worker === w) this.worker = null;
    };
    return w;
  }

  /** Starts the worker ahead of the first run (when the Risk view opens). */
  readonly warm = (): void => {
    this.worker ??= this.spawn();
  };

  /** Starts a run (a run going on is replaced). */
  readonly start = (req: RiskRun): void => {
    this.worker ??= this.spawn();
    this.runningId = this.nextId++;
    this.progress.set({ done: 0, total: req.options.method === 'exact' ? 0 : req.options.paths });
    this.patch({ running: true, error: null, cancelled: false, runningKey: requestKey(req) });
    this.worker.postMessage({ ...req, type: 'run', id: this.runningId } satisfies RiskRequest);
  };

  /** Stops the run going on at once; the last finished result stays. */
  readonly cancel = (): void => {
    if (!this.state.value.running) return;
    this.worker?.terminate();
    this.worker = null;
    this.runningId = -1;
    this.patch({ running: false, cancelled: true, runningKey: null });
    // A fresh worker for the next run, started after this click's task.
    setTimeout(this.warm, 50);
  };
}

/** A store's run state (re-renders when a run starts or ends). */
export function useRiskRun(store: RiskStore): RiskState {
  return useSyncExternalStore(store.state.subscribe, store.state.get);
}

/** A store's progress (re-renders on each progress tick). */
export function useRiskProgress(store: RiskStore): RiskProgress {
  return useSyncExternalStore(store.progress.subscribe, store.progress.get);
}

const stores = new Map<string, RiskStore>();

/** The store of a mode's runs (`offer`, `plan`), made on first use and kept for the session. */
export function riskStore(mode: 'offer' | 'plan'): RiskStore {
  let store = stores.get(mode);
  if (!store) stores.set(mode, (store = new RiskStore()));
  return store;
}
