/** `offer-runway model SCENARIO-WITH-PACKAGES --pdf`: the Offer Sheet shows the packages side by side. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';

describe('--pdf with packages', () => {
  it('prints the packages side by side and tells the candidate they choose one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offer-runway-pkg-pdf-'));
    const pdf = join(dir, 'offer.pdf');
    const r = await runCli(['model', `${ROOT}templates/scenarios/packages.json`, '--pdf', pdf]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['offer.pdf']);
    // The Offer Sheet still fits one page; the Summary is the second.
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+2\n/);
    const text = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']).toString();
    expect(text).toContain('Choose your package');
    expect(text).toContain('You choose one of these 3 packages');
    expect(text).toMatch(/Cash-heavy\s+Balanced\s+Earned equity/);
    // Worked in docs/packages.md: break-even $3.17 (Balanced) and $3.44 (Earned equity).
    expect(text).toMatch(/Break-even share price\s+\$3\.17\s+\$3\.44/);
    // Base salaries as written in the scenario.
    expect(text).toMatch(/Base salary, year 1\s+\$185,000\s+\$150,000\s+\$135,000/);
  }, 120_000);
});
