import type { BandSet } from '../../model/bands.js';
import {
  evaluatePlanText,
  fromPlainBandSet,
  toPlainBandSet,
  type PlainBandSet,
  type PlanEvaluation,
} from './plan-eval.js';

/** What the pane posts to the plan worker. */
export interface PlanRequest {
  id: number;
  /** The plan's JSON text (numbers exact). */
  text: string;
  today: string;
  bandSets: PlainBandSet[];
}
export type PlanReply = { id: number; evaluation: PlanEvaluation } | { id: number; error: string };

export interface PlanRunnerEvents {
  /** The evaluation of the newest plan sent (older answers are dropped). */
  onResult(evaluation: PlanEvaluation): void;
  /** A bug in the engine (not bad input): shown as a readable error. */
  onError(message: string): void;
  /** True while a run is under way. */
  onBusy?(busy: boolean): void;
}

/**
 * Runs the plan engine in a Web Worker (a 50-hire plan takes a few hundred milliseconds: the
 * pane must not freeze while it does). Requests are coalesced: while the worker is busy only the
 * newest plan waits, and it is sent the moment the running one answers. Where workers are not
 * available (a test runner, a locked-down host) it runs in-process, after a macrotask.
 */
export class PlanRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private running: number | null = null;
  private waiting: PlanRequest | null = null;
  private disposed = false;

  constructor(
    private readonly events: PlanRunnerEvents,
    createWorker: (() => Worker) | null = defaultWorker,
  ) {
    try {
      this.worker = createWorker ? createWorker() : null;
    } catch {
      this.worker = null;
    }
    if (this.worker) {
      this.worker.onmessage = (e: MessageEvent<PlanReply>) => this.answer(e.data);
      this.worker.onerror = (e) => {
        e.preventDefault();
        this.answer({ id: this.running ?? 0, error: e.message || 'the plan worker failed' });
      };
    }
  }

  /** True when runs happen in a Web Worker. */
  get offMainThread(): boolean {
    return this.worker !== null;
  }

  /** Asks for the plan `text` to be evaluated; supersedes any request not yet started. */
  request(text: string, bandSets: Readonly<Record<string, BandSet>>, today: string): void {
    if (this.disposed) return;
    this.waiting = {
      id: this.nextId++,
      text,
      today,
      bandSets: Object.values(bandSets).map(toPlainBandSet),
    };
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
  }

  private pump(): void {
    if (this.running !== null || !this.waiting || this.disposed) return;
    const req = this.waiting;
    this.waiting = null;
    this.running = req.id;
    this.events.onBusy?.(true);
    if (this.worker) {
      this.worker.postMessage(req);
      return;
    }
    setTimeout(() => {
      try {
        const sets = Object.fromEntries(
          req.bandSets.map((b) => [b.name, fromPlainBandSet(b)] as const),
        );
        this.answer({ id: req.id, evaluation: evaluatePlanText(req.text, sets, req.today) });
      } catch (err) {
        this.answer({ id: req.id, error: err instanceof Error ? err.message : String(err) });
      }
    }, 0);
  }

  private answer(reply: PlanReply): void {
    if (this.disposed) return;
    this.running = null;
    // Only the newest answer is shown: one whose successor is already waiting is dropped.
    if (!this.waiting) {
      this.events.onBusy?.(false);
      if ('error' in reply) this.events.onError(reply.error);
      else this.events.onResult(reply.evaluation);
    }
    this.pump();
  }
}

function defaultWorker(): Worker {
  if (typeof Worker === 'undefined') throw new Error('no Web Workers here');
  return new Worker(new URL('./plan.worker.ts', import.meta.url), { name: 'plan-engine' });
}
