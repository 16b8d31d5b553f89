import { describe, expect, it } from 'vitest';
import { defaultScenario as base, expectRefused, runInScratch } from '../support/cli-in-process.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** [why, the packages written, the message expected on stderr (the path and the reason)] */
const cases: [string, (s: any) => void, string][] = [
  [
    'a key a package may not set',
    (s) => (s.packages = [{ name: 'Cash', employerLoadPct: 0.3 }]),
    'packages[0].employerLoadPct: is not a field a package may set',
  ],
  [
    'five packages',
    (s) => (s.packages = [1, 2, 3, 4, 5].map((i) => ({ name: `Package ${i}` }))),
    'packages: must hold 1 to 4 packages (the candidate chooses one), got 5',
  ],
  [
    'two names equal ignoring case',
    (s) => (s.packages = [{ name: 'Balanced' }, { name: 'BALANCED', baseSalary: 1 }]),
    `packages[1].name: must differ from every other package's name ignoring case`,
  ],
  [
    'two grant sizes after merging',
    (s) => (s.packages = [{ name: 'A' }, { name: 'B', equity: { shares: 1, value: 2 } }]),
    'packages[1].equity: give exactly one of "shares", "value" or "percentOfFullyDiluted"',
  ],
  [
    'a package whose vesting makes the cliff exceed it',
    (s) =>
      (s.packages = [{ name: 'A' }, { name: 'B' }, { name: 'C', equity: { vestingMonths: 6 } }]),
    'packages[2].equity.cliffMonths: must not exceed vestingMonths (6), got 12',
  ],
];

describe('malformed packages through the real command: exit 2, the path named, nothing written', () => {
  it.each(cases)('%s', async (_why, breakIt, message) => {
    const s = base();
    breakIt(s);
    const r = await runInScratch(() => ['model', 'scenario.json', '--json', '--xlsx', 'out.xlsx'], {
      files: { 'scenario.json': JSON.stringify(s) },
      spawn: true,
    });
    expectRefused(r, message, /^offer-runway: scenario\.json: /);
    expect(r.files).toEqual(['scenario.json']);
  });
});
