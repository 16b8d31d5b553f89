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

describe('golden hashes (regression lock)', () => {
  const actual = computeGoldenHashes();

  if (process.env.GOLDEN_UPDATE === '1')
    writeFileSync(GOLDEN_FILE, `${JSON.stringify(actual, null, 2)}\n`);
  const recorded = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, GoldenHashes>;

  it('covers the same scenarios as recorded', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(recorded));
    expect(Object.keys(actual)).toHaveLength(102);
  });

  it('the --json report and the workbook plan are byte-identical to the recorded ones', () => {
    const changed = Object.keys(recorded).flatMap((label) =>
      (['json', 'workbook'] as const)
        .filter((k) => actual[label]?.[k] !== recorded[label]![k])
        .map((k) => `${label}: ${k}`),
    );
    expect(changed).toEqual([]);
  });

  it('the plan serialisation ignores property order but not content', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 'x', c: undefined }] })).toBe(
      canonicalJson({ a: [2, { d: 'x' }], b: 1 }),
    );
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

describe('golden hashes of hiring plans (regression lock)', () => {
  const actual = computeGoldenPlanHashes();

  if (process.env.GOLDEN_UPDATE === '1')
    writeFileSync(GOLDEN_PLAN_FILE, `${JSON.stringify(actual, null, 2)}\n`);
  const recorded = JSON.parse(readFileSync(GOLDEN_PLAN_FILE, 'utf8')) as Record<
    string,
    GoldenHashes
  >;

  it('covers the same plans as recorded', () => {
    expect(Object.keys(actual)).toEqual(Object.keys(recorded));
    expect(Object.keys(actual)).toHaveLength(21);
  });

  it("each plan's --json report and workbook plan are byte-identical to the recorded ones", () => {
    const changed = Object.keys(recorded).flatMap((label) =>
      (['json', 'workbook'] as const)
        .filter((k) => actual[label]?.[k] !== recorded[label]![k])
        .map((k) => `${label}: ${k}`),
    );
    expect(changed).toEqual([]);
  });
});
