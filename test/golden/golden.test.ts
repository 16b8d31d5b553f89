/**
 * Golden hashes: a REGRESSION LOCK, not a correctness oracle. The hashes in golden-hashes.json
 * were recorded from the code as it was when this test was written (issue 8, before the house
 * was put in order); they prove that a refactor changed no byte of the `--json` report or of the
 * workbook plan, for the default scenario, the packages example and 100 generated scenarios.
 * Whether those outputs are RIGHT is proved elsewhere (hand-worked tests, the reference model,
 * LibreOffice parity).
 *
 * A deliberate output change (a new report key, a new cell) re-records the file:
 * `GOLDEN_UPDATE=1 npx vitest run test/golden` — and the commit says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeGoldenHashes,
  computeGoldenPlanHashes,
  GOLDEN_FILE,
  GOLDEN_PLAN_FILE,
  type GoldenHashes,
} from './golden.js';

/**
 * One lock: what the code hashes now against the file recorded (`what`: "scenarios", "plans";
 * `count`: how many the file holds). GOLDEN_UPDATE=1 re-records the file first.
 */
function describeLock(
  what: string,
  file: string,
  count: number,
  compute: () => Record<string, GoldenHashes>,
) {
  describe(`golden hashes of ${what} (regression lock)`, () => {
    const actual = compute();
    if (process.env.GOLDEN_UPDATE === '1')
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, GoldenHashes>;

    it(`covers the same ${what} as recorded`, () => {
      expect(Object.keys(actual)).toEqual(Object.keys(recorded));
      expect(Object.keys(actual)).toHaveLength(count);
    });

    it('the --json report and the workbook plan are byte-identical to the recorded ones', () => {
      const changed = Object.keys(recorded).flatMap((label) =>
        (['json', 'workbook'] as const)
          .filter((k) => actual[label]?.[k] !== recorded[label]![k])
          .map((k) => `${label}: ${k}`),
      );
      expect(changed).toEqual([]);
    });
  });
}

describeLock('scenarios', GOLDEN_FILE, 102, computeGoldenHashes);
describeLock('hiring plans', GOLDEN_PLAN_FILE, 21, computeGoldenPlanHashes);

it('the plan serialisation ignores property order but not content', () => {
  expect(canonicalJson({ b: 1, a: [2, { d: 'x', c: undefined }] })).toBe(
    canonicalJson({ a: [2, { d: 'x' }], b: 1 }),
  );
  expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
});
