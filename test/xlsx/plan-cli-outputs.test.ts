/**
 * `offer-runway model PLAN.json --xlsx/--pdf` (issue 10 item 5): the plan workbook, and one PDF
 * holding every hire's Offer Sheet in hire order and then the Plan Summary page. A bad plan and a
 * missing LibreOffice write nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultPlan,
  expectRefused,
  modelToXlsxAndPdf,
  runInScratch as run,
} from '../support/cli-in-process.js';
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

describe('a hiring plan with --xlsx and --pdf', () => {
  it('writes the plan workbook and every offer in hire order, then the plan summary, in one PDF', async () => {
    const r = await modelToXlsxAndPdf([PLAN], 'plan.xlsx', 'offers.pdf');
    const cells = await rawCells(readFileSync(r.xlsxPath));
    expect([...cells.keys()].slice(0, 7)).toEqual([
      'Plan Summary',
      'Hires',
      'Inputs',
      'Plan Runway',
      'Hire Months',
      'Grants',
      'Offer 1 – Alex Kim',
    ]);
    const pdf = r.pdfPath;
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+9\n/);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
    CANDIDATES.forEach((c, i) => expect(pages[i], `page ${i + 1}`).toContain(`Your offer, ${c}`));
    expect(pages[8]).toContain('Hiring plan — ML team 2027');
    expect(pages[8]).toContain('Plan gains (days)');
    expect(pages.join('')).not.toContain('Blue cells on yellow are inputs');
  }, 300_000);

  it('a bad plan or a missing LibreOffice writes nothing and exits 2', async () => {
    const doc = defaultPlan();
    doc.hires[3].startMonth = 0;
    const bad = await run((d) => ['model', join(d, 'bad.json'), '--xlsx', join(d, 'plan.xlsx')], {
      files: { 'bad.json': JSON.stringify(doc) },
    });
    expectRefused(bad, 'hires[3].startMonth', /bad\.json: /);
    expect(bad.files).toEqual(['bad.json']);
    const noLo = await run(
      (d) => ['model', PLAN, '--xlsx', join(d, 'a.xlsx'), '--pdf', join(d, 'a.pdf')],
      { env: { SOFFICE: '/nonexistent/soffice' } },
    );
    expectRefused(noLo, 'libreoffice-calc');
    expect(noLo.files).toEqual([]);
  }, 120_000);
});
