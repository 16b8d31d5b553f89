/** `offer-runway model --xlsx/--pdf`: whole files or none, LibreOffice for the PDF. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { rawCells } from '../support/xlsx-read.js';

async function run(
  args: (dir: string) => string[],
  env: Record<string, string> = {},
  files: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-out-'));
  for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
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

describe('--xlsx and --pdf', () => {
  it('writes the workbook and the two-page PDF (Offer Sheet, Summary), nothing else', async () => {
    const r = await run((d) => [
      'model',
      '--xlsx',
      join(d, 'offer.xlsx'),
      '--pdf',
      join(d, 'offer.pdf'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['offer.pdf', 'offer.xlsx']);
    expect(r.stdout).toContain(`Wrote ${join(r.dir, 'offer.xlsx')}`);
    const cells = await rawCells(readFileSync(join(r.dir, 'offer.xlsx')));
    expect([...cells.keys()]).toContain('Offer Sheet');
    const pdf = join(r.dir, 'offer.pdf');
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
      SOFFICE: '/nonexistent/soffice',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends libreoffice-calc');
    expect(r.files).toEqual([]);
    expect(r.stdout).toBe('');
  });

  it('creates missing folders; a path under a file is an input error naming the flag', async () => {
    const ok = await run((d) => ['model', '--xlsx', join(d, 'out', 'deep', 'x.xlsx')]);
    expect(ok.code).toBe(0);
    expect(readdirSync(join(ok.dir, 'out', 'deep'))).toEqual(['x.xlsx']);
    const r = await run(
      (d) => ['model', '--xlsx', join(d, 'f.txt', 'x.xlsx')],
      {},
      { 'f.txt': 'a file' },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--xlsx: cannot create the folder ".*f\.txt"/);
    expect(r.files).toEqual(['f.txt']);
  });

  it('a bad scenario writes no workbook', async () => {
    const bad = JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8'));
    bad.company.cash = -5;
    const r = await run(
      (d) => ['model', join(d, 's.json'), '--xlsx', join(d, 'x.xlsx')],
      {},
      { 's.json': JSON.stringify(bad) },
    );
    expect(r.code).toBe(2);
    expect(r.files).toEqual(['s.json']);
  });

  it('replaces an existing file whole (no temporary file left behind)', async () => {
    const r = await run(
      (d) => ['model', '--xlsx', join(d, 'x.xlsx')],
      {},
      { 'x.xlsx': 'old contents' },
    );
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['x.xlsx']);
    expect(readFileSync(join(r.dir, 'x.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
