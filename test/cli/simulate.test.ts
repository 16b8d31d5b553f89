/**
 * `offer-runway model FILE --simulate` through the real command (docs/model.md §11): the JSON
 * shape, schema-2 plans, the Risk sheet of values, and bad inputs (exit 2, naming the field).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../support/xlsx-read.js';
import {
  defaultPlan,
  defaultScenario,
  expectRefused,
  runInScratch,
} from '../support/cli-in-process.js';
import { runCli } from '../support/run-cli.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const scenario = defaultScenario;
const plan = defaultPlan;

function scratch(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-sim-'));
  for (const [name, doc] of Object.entries(files))
    writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));
  return dir;
}

/**
 * `model <file> --simulate --xlsx out.xlsx` in-process for the one document in `files`: it
 * succeeds; returns the workbook written and its Risk sheet.
 */
async function simulateToXlsx(files: Record<string, unknown>) {
  const [name, doc] = Object.entries(files)[0]!;
  const r = await runInScratch(
    (dir) => ['model', join(dir, name), '--simulate', '--xlsx', join(dir, 'out.xlsx')],
    { files: { [name]: JSON.stringify(doc, null, 2) } },
  );
  expect(r.code, r.stderr).toBe(0);
  const workbook = await readWorkbook(join(r.dir, 'out.xlsx'));
  const risk = workbook.getWorksheet('Risk');
  expect(risk).toBeDefined();
  return { workbook, risk: risk! };
}

/** The Risk sheet's labels (column A) and their values (column B). */
function riskLabels(risk: ExcelJS.Worksheet): Map<string, unknown> {
  const labels = new Map<string, unknown>();
  risk.eachRow((row) => labels.set(String(row.getCell(1).value), row.getCell(2).value));
  return labels;
}

describe('--simulate through the CLI', () => {
  it('adds "simulation" to --json exactly as §11, and the founder summary without --json', async () => {
    const s = scenario();
    s.offer.missProbability = 0.15;
    const dir = scratch({ 's.json': s });
    const file = join(dir, 's.json');
    const [json, text, mc] = await Promise.all([
      runCli(['model', file, '--simulate', '--json']),
      runCli(['model', file, '--simulate']),
      runCli(['model', file, '--simulate', '--json', '--method', 'monte-carlo', '--paths', '500']),
    ]);
    expect(json.code, json.stderr).toBe(0);
    const sim = JSON.parse(json.stdout).simulation;
    // Events: miss, 2 milestones, gain, and the replacement's 3 → 7 ≤ 16: exact, 2^7 outcomes.
    expect([sim.method, sim.paths, sim.seed]).toEqual(['exact', 128, null]);
    expect(Object.keys(sim.checkpoints)).toEqual(['2', '9']);
    const c = sim.checkpoints['2'];
    expect(Object.keys(c)).toEqual(['plan', 'market', 'pBeatsMarket', 'grantedShares', 'dilution']);
    expect(Object.keys(c.plan)).toEqual(['p10', 'p50', 'p90', 'beyondR']);
    expect(Object.keys(c.market)).toEqual(['p50', 'p75', 'p90']);
    expect(Number.isInteger(c.plan.p50)).toBe(true);
    expect(c.plan.beyondR).toMatch(/^\d\.\d{4}$/);
    expect(c.pBeatsMarket.p75).toMatch(/^\d\.\d{4}$/);
    expect(Number.isInteger(c.grantedShares.p10)).toBe(true);
    expect(c.dilution.p90).toMatch(/^0\.\d{6}$/);
    expect(Object.keys(sim.hires[0].candidateValue)).toEqual(['2.00', '4.00', '12.00', '40.00']);
    expect(sim.hires[0].candidateValue['4.00'].p50).toMatch(/^\d+\.\d{2}$/);

    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(
      'RISK  runway as a range — exact enumeration of all 128 outcomes',
    );
    expect(text.stdout).toMatch(/Cash match at market P75 +\d+ +\d+ +\d+ +\d+\.\d% +\d+\.\d%/);
    const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} days`;
    const p50 = sim.checkpoints['2'].plan.p50 - sim.checkpoints['9'].plan.p50;
    const p10 = sim.checkpoints['2'].plan.p10 - sim.checkpoints['9'].plan.p10;
    expect(text.stdout).toContain(
      `A month-2 checkpoint (day 61) instead of month 9 is worth ${signed(p50)} of runway at the median and ${signed(p10)} at P10.`,
    );

    expect(mc.code, mc.stderr).toBe(0);
    const m = JSON.parse(mc.stdout).simulation;
    expect([m.method, m.paths, m.seed]).toEqual(['monte-carlo', 500, 1]);
  });

  it('simulates a schema-2 plan; with no miss and every probability 1 it is planHit', async () => {
    const p = plan();
    for (const t of Object.values(p.templates) as any[]) {
      t.missProbability = 0; // the default plan's templates give 0.2
      if (t.marginGain) t.marginGain.probability = 1;
      for (const m of t.refresh?.milestones ?? []) m.probability = 1;
    }
    for (const h of p.hires) {
      if (h.offer.missProbability !== undefined) h.offer.missProbability = 0;
      if (h.offer.marginGain) h.offer.marginGain.probability = 1;
      for (const m of h.offer.refresh?.milestones ?? []) m.probability = 1;
    }
    const dir = scratch({ 'p.json': p });
    const res = await runCli(['model', join(dir, 'p.json'), '--simulate', '--json']);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.simulation.method).toBe('exact');
    expect(out.simulation.paths).toBe(1);
    const hit = out.runway.planHit.days;
    for (const c of Object.values(out.simulation.checkpoints) as any[]) {
      expect([c.plan.p10, c.plan.p50, c.plan.p90]).toEqual([hit, hit, hit]);
      for (const pct of ['p50', 'p75', 'p90'])
        expect(c.market[pct].p50).toBe(out.runway.market[pct].days);
      expect(c.grantedShares.p50).toBe(out.equity.hit.grantedShares);
    }
    expect(out.simulation.hires).toHaveLength(p.hires.length);
  });

  it('writes a Risk sheet of values (labelled with method, paths, seed and date) with --xlsx', async () => {
    const s = scenario();
    s.offer.missProbability = 0.15;
    const { risk } = await simulateToXlsx({ 's.json': s });
    const cells: unknown[] = [];
    risk.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    // Values only: no formula anywhere on the sheet.
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    const labels = riskLabels(risk);
    expect(labels.get('Method')).toBe('exact');
    expect(labels.get('Paths')).toBe(128);
    expect(labels.get('Seed')).toBe('none (exact enumeration)');
    expect(String(labels.get('Computed on'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof labels.get('Plan')).toBe('number');
  });
});

describe('--simulate --xlsx on a hiring plan', () => {
  it('adds the Risk sheet of values after the plan workbook', async () => {
    const p = plan();
    for (const t of Object.values(p.templates) as any[]) t.missProbability = 0.2;
    const { workbook, risk } = await simulateToXlsx({ 'p.json': p });
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[names.length - 1]).toBe('Risk');
    const labels = riskLabels(risk);
    // Eight hires, each with a miss, milestones, a gain and the replacement's: sampled.
    expect(labels.get('Method')).toBe('monte-carlo');
    expect(labels.get('Paths')).toBe(20000);
    expect(labels.get('Seed')).toBe(1);
  });
});

describe('--simulate: bad input exits 2, names the field or flag, writes nothing', () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    [
      'missProbability above 1',
      (dir) => {
        const s = scenario();
        s.offer.missProbability = 1.5;
        writeFileSync(join(dir, 'bad.json'), JSON.stringify(s));
        return ['model', join(dir, 'bad.json'), '--simulate', '--xlsx', join(dir, 'o.xlsx')];
      },
      /offer\.missProbability: must be between 0 and 1, got 1\.5/,
    ],
    [
      'missProbability below 0',
      (dir) => {
        const s = scenario();
        s.offer.missProbability = -0.1;
        writeFileSync(join(dir, 'bad.json'), JSON.stringify(s));
        return ['model', join(dir, 'bad.json'), '--simulate'];
      },
      /offer\.missProbability: must be between 0 and 1, got -0\.1/,
    ],
    [
      'zero paths',
      () => ['model', '--simulate', '--paths', '0'],
      /--paths must be a whole number from 1 to 1,000,000, got "0"/,
    ],
    [
      'too many paths',
      () => ['model', '--simulate', '--paths', '1000001'],
      /--paths must be a whole number from 1 to 1,000,000, got "1000001"/,
    ],
    [
      'negative paths',
      () => ['model', '--simulate', '--paths=-5'],
      /--paths must be a whole number from 1 to 1,000,000, got "-5"/,
    ],
    [
      'a seed that is not an integer',
      () => ['model', '--simulate', '--seed', '1.5'],
      /--seed must be a whole number from 0 to 4294967295, got "1\.5"/,
    ],
    [
      'a seed that is text',
      () => ['model', '--simulate', '--seed', 'abc'],
      /--seed must be a whole number/,
    ],
    [
      'an unknown method',
      () => ['model', '--simulate', '--method', 'bootstrap'],
      /--method must be auto, exact or monte-carlo, got "bootstrap"/,
    ],
    ['--paths without --simulate', () => ['model', '--paths', '10'], /--paths needs --simulate/],
  ];
  // In-process (the command's own main(), as bin/offer-runway.js calls it) to keep the file fast;
  // the first case also goes through the real binary.
  it.each(cases)('%s', async (_why, args, message) => {
    const r = await runInScratch(args);
    expectRefused(r, message);
    expect(r.files.filter((f) => f !== 'bad.json')).toEqual([]);
  });
  it('exits 2 from the real binary too', async () => {
    const [why, args, message] = cases[0]!;
    expect(why).toBe('missProbability above 1');
    const r = await runInScratch(args, { spawn: true });
    expectRefused(r, message);
    expect(r.files.filter((f) => f !== 'bad.json')).toEqual([]);
  });
});
