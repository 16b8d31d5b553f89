import { describe, expect, it } from 'vitest';
import { recomputeDelay } from '../../src/taskpane/recompute-delay.js';

// Issue 12 item 1: keystroke → KPI p95 ≤ 100 ms needs a short wait after a keystroke (it was a
// fixed 200 ms debounce, 243 ms p95 measured); the measurement itself is in `npm run bench`.
describe('the wait before the pane recomputes', () => {
  it('is short after a fast engine run, leaving room for the run and the render in 100 ms', () => {
    expect(recomputeDelay(0)).toBeLessThanOrEqual(30);
    expect(recomputeDelay(20)).toBeLessThanOrEqual(30);
  });
  it('grows after a slow run (large inputs) so typing is not held up, capped at 600 ms', () => {
    expect(recomputeDelay(120)).toBe(240);
    expect(recomputeDelay(5000)).toBe(600);
  });
});
