import { readFileSync } from 'node:fs';
import { readJson } from '../../src/model/plan/index.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The embedded default plan (templates/plans/default-plan.json) with its eight hires repeated to
 * `n`: start months spread over the first two years, every template and both band rows. Each
 * hire's margin gain is `marginPoints` (small enough that n hires' gains stay under the 100 %
 * gross-margin cap); hire i (0-based) is called `candidate(i)`, "Hire i+1" unless given.
 */
export function repeatedDefaultPlan(
  n: number,
  marginPoints: number,
  candidate: (i: number) => string = (i) => `Hire ${i + 1}`,
): any {
  const doc = readJson(
    readFileSync(new URL('../../templates/plans/default-plan.json', import.meta.url), 'utf8'),
    'default plan',
  ) as any;
  const base = doc.hires as any[];
  const hires = Array.from({ length: n }, (_, i) => {
    const h = base[i % base.length];
    const offer = {
      ...h.offer,
      candidate: candidate(i),
      marginGain: { points: marginPoints, startMonth: 4, fullMonth: 12, probability: 0.6 },
    };
    return { ...h, startMonth: (i % 24) + 1, offer };
  });
  return { ...doc, hires };
}
