/** `offer-runway model --xlsx/--pdf`: whole files or none, LibreOffice for the PDF. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  expectRefused,
  modelToXlsxAndPdf,
  runInScratch as run,
} from '../support/cli-in-process.js';
import { rawCells } from '../support/xlsx-read.js';

describe('--xlsx and --pdf', () => {
  it('writes the workbook and the two-page PDF (Offer Sheet, Summary), nothing else', async () => {
    const r = await modelToXlsxAndPdf([], 'offer.xlsx', 'offer.pdf');
    const cells = await rawCells(readFileSync(r.xlsxPath));
    expect([...cells.keys()]).toContain('Offer Sheet');
    const pdf = r.pdfPath;
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+2\n/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('Your offer, Alex Kim');
    expect(text).toContain('How refreshes are earned');
    expect(text).toContain('Finance summary');
    expect(text).not.toContain('Blue cells on yellow are inputs'); // the Inputs sheet is not printed
  }, 120_000);

  it('without LibreOffice, --pdf exits 2 with the install line and writes nothing', async () => {
    const r = await run((d) => ['model', '--xlsx', join(d, 'a.xlsx'), '--pdf', join(d, 'a.pdf')], {
      env: { SOFFICE: '/nonexistent/soffice' },
    });
    expectRefused(r, 'apt-get install -y --no-install-recommends libreoffice-calc');
    expect(r.files).toEqual([]);
  });

  it('creates missing folders; a path under a file is an input error naming the flag', async () => {
    const ok = await run((d) => ['model', '--xlsx', join(d, 'out', 'deep', 'x.xlsx')]);
    expect(ok.code).toBe(0);
    expect(readdirSync(join(ok.dir, 'out', 'deep'))).toEqual(['x.xlsx']);
    const r = await run((d) => ['model', '--xlsx', join(d, 'f.txt', 'x.xlsx')], {
      files: { 'f.txt': 'a file' },
    });
    expectRefused(r, /--xlsx: cannot create the folder ".*f\.txt"/);
    expect(r.files).toEqual(['f.txt']);
  });

  it('a bad scenario writes no workbook', async () => {
    const bad = defaultScenario();
    bad.company.cash = -5;
    const r = await run((d) => ['model', join(d, 's.json'), '--xlsx', join(d, 'x.xlsx')], {
      files: { 's.json': JSON.stringify(bad) },
    });
    expectRefused(r, 'company.cash: must be at least 0, got -5', /s\.json: /);
    expect(r.files).toEqual(['s.json']);
  });

  it('replaces an existing file whole (no temporary file left behind)', async () => {
    const r = await run((d) => ['model', '--xlsx', join(d, 'x.xlsx')], {
      files: { 'x.xlsx': 'old contents' },
    });
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['x.xlsx']);
    expect(readFileSync(join(r.dir, 'x.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
