/**
 * The Risk view's Web Worker: runs the simulation (docs/model.md §11) off the pane's main thread,
 * posting progress after each chunk of paths. Between chunks it yields to its own event loop, so
 * a newer request replaces the running one; the pane cancels by terminating the worker.
 */
import type { RiskReply, RiskRequest } from './risk/protocol.js';
import { runRequest } from './risk/summary.js';

const ctx = self as unknown as {
  postMessage(m: RiskReply): void;
  onmessage: ((e: MessageEvent<RiskRequest>) => void) | null;
};

let current: Generator<void, void, void> | null = null;

// A zero-delay turn of the event loop between chunks (setTimeout would clamp to 4 ms).
const tick = new MessageChannel();
let scheduled = false;
function schedule() {
  if (scheduled) return;
  scheduled = true;
  tick.port2.postMessage(null);
}
tick.port1.onmessage = () => {
  scheduled = false;
  const run = current;
  if (!run) return;
  if (run.next().done) {
    if (current === run) current = null;
    return;
  }
  schedule();
};

ctx.onmessage = (e) => {
  if (e.data?.type !== 'run') return;
  current = runRequest(
    e.data,
    (m) => ctx.postMessage(m),
    () => performance.now(),
  );
  schedule();
};
