import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlan, runInScratch } from '../support/cli-in-process.js';
import { ROOT } from '../support/run-cli.js';

/** `offer-runway ARGS` in-process, in a scratch folder. */
const run = (args: string[]) => runInScratch(() => args);

describe('the embedded plan (npm run demo:plan)', () => {
  it('prints the ten-second summary: runway per view, days against each cash match, cost, equity, one line per hire', async () => {
    const r = await run(['model', `${ROOT}templates/plans/default-plan.json`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toContain('Offer Runway — ML team 2027 — Series C (hiring plan)');
    expect(text).toContain('8 hires · plan starts 2027-01-01');
    for (const label of [
      'Baseline (no hires)',
      'Plan, no margin gain',
      'Plan, expected gain',
      'Plan, every gain hit',
      'Every hire paid market P50 in cash',
      'Every hire paid market P90 in cash',
      'THIS PLAN AGAINST PAYING THE MARKET IN CASH',
      'EQUITY (plan totals; grants made by plan month 48)',
      'HIRES',
    ])
      expect(text).toContain(label);
    // One line per hire, in plan order, with its start month and date.
    const hires = text.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(hires).toHaveLength(8);
    expect(hires[0]).toMatch(/^1\. Alex Kim .* month 1 · 2027-01-01 +\$135,000/);
    expect(hires[7]).toMatch(/^8\. Tomás Novak .* month 11 · 2027-11-01 +\$170,000/);
  });

  it('--json is the §10 document', async () => {
    const r = await run(['model', `${ROOT}templates/plans/default-plan.json`, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.schema).toBe(2);
    expect(j.hires.map((h: { startMonth: number }) => h.startMonth)).toEqual([
      1, 2, 3, 4, 6, 7, 9, 11,
    ]);
    expect(j.schedule).toHaveLength(48);
    expect(Object.keys(j.daysGained)).toEqual(['p50', 'p75', 'p90']);
  });
});

describe('the shipped example hires CSV (templates/plans/example-hires.csv, docs/cli.md)', () => {
  it('gives the same --json as the embedded plan file holding those four hires', async () => {
    // The CSV's rows are hires 1, 3, 4 and 5 of the default plan, written by hand.
    const plan = defaultPlan();
    plan.hires = [0, 2, 3, 4].map((i) => plan.hires[i]);
    const fromJson = await runInScratch(
      (dir) => ['model', join(dir, 'four-hires.json'), '--json'],
      {
        files: { 'four-hires.json': JSON.stringify(plan) },
      },
    );
    const fromCsv = await run([
      'model',
      `${ROOT}templates/plans/default-plan.json`,
      '--hires',
      `${ROOT}templates/plans/example-hires.csv`,
      '--json',
    ]);
    expect(fromCsv.stderr).toBe('');
    expect(fromCsv.code).toBe(0);
    expect(fromJson.code).toBe(0);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
  });
});
