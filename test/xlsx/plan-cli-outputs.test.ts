/**
 * `offer-runway model PLAN.json --xlsx/--pdf` (issue 10 item 5): the plan workbook, and one PDF
 * holding every hire's Offer Sheet in hire order and then the Plan Summary page. A bad plan and a
 * missing LibreOffice write nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { rawCells } from '../support/xlsx-read.js';

const PLAN = 'templates/plans/default-plan.json';
// The default plan's hires, in file order (templates/plans/default-plan.json).
const CANDIDATES = [
  'Alex Kim',
  'Priya Raman',
  'Jordan Lee',
  'Sam Ortiz',
  'Mei Chen',
  'Diego Alvarez',
  'Hannah Fischer',
  'Tomás Novak',
];

async function run(args: (dir: string) => string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-plan-out-'));
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(args(dir), { out: (t) => out.push(t), err: (t) => err.push(t) });
    return {
      dir,
      code,
      stdout: out.join('\n'),
      stderr: err.join('\n'),
      files: readdirSync(dir).sort(),
    };
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('a hiring plan with --xlsx and --pdf', () => {
  it('writes the plan workbook and every offer in hire order, then the plan summary, in one PDF', async () => {
    const r = await run((d) => [
      'model',
      PLAN,
      '--xlsx',
      join(d, 'plan.xlsx'),
      '--pdf',
      join(d, 'offers.pdf'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['offers.pdf', 'plan.xlsx']);
    expect(r.stdout).toContain(`Wrote ${join(r.dir, 'plan.xlsx')}`);
    const cells = await rawCells(readFileSync(join(r.dir, 'plan.xlsx')));
    expect([...cells.keys()].slice(0, 7)).toEqual([
      'Plan Summary',
      'Hires',
      'Inputs',
      'Plan Runway',
      'Hire Months',
      'Grants',
      'Offer 1 – Alex Kim',
    ]);
    const pdf = join(r.dir, 'offers.pdf');
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+9\n/);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
    CANDIDATES.forEach((c, i) => expect(pages[i], `page ${i + 1}`).toContain(`Your offer, ${c}`));
    expect(pages[8]).toContain('Hiring plan — ML team 2027');
    expect(pages[8]).toContain('Plan gains (days)');
    expect(pages.join('')).not.toContain('Blue cells on yellow are inputs');
  }, 300_000);

  it('a bad plan or a missing LibreOffice writes nothing and exits 2', async () => {
    const bad = await run((d) => {
      const doc = JSON.parse(readFileSync(PLAN, 'utf8')) as { hires: { startMonth: number }[] };
      doc.hires[3]!.startMonth = 0;
      writeFileSync(join(d, 'bad.json'), JSON.stringify(doc));
      return ['model', join(d, 'bad.json'), '--xlsx', join(d, 'plan.xlsx')];
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('hires[3].startMonth');
    expect(bad.files).toEqual(['bad.json']);
    const noLo = await run(
      (d) => ['model', PLAN, '--xlsx', join(d, 'a.xlsx'), '--pdf', join(d, 'a.pdf')],
      {
        SOFFICE: '/nonexistent/soffice',
      },
    );
    expect(noLo.code).toBe(2);
    expect(noLo.stderr).toContain('libreoffice-calc');
    expect(noLo.files).toEqual([]);
  }, 120_000);
});
