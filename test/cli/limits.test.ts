import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS_HEADER as HEADER, GOOD_BAND_ROW as GOOD_ROW } from '../support/bands.js';
import { revenuePastSpreadsheet } from '../support/break-cases.js';
import {
  defaultScenario as base,
  expectRefused,
  itRefusesEach,
  runInScratch,
} from '../support/cli-in-process.js';
import type { BreakCase } from '../support/cli-in-process.js';
import { ROOT } from '../support/run-cli.js';

/**
 * Issue 12 items 3, 4 and 6: every limit is exit 2 with ONE line naming the field (or CSV line)
 * and the limit, and nothing written; messages are capped; text in the summary is escaped.
 * In-process through main(), as a user would see it.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Scenario = any;

/** `offer-runway ARGS(dir)` in a scratch folder holding `files`. */
const run = (files: Record<string, string | Buffer>, args: (dir: string) => string[]) =>
  runInScratch(args, { files });

const scenarioRun = (s: Scenario | string) =>
  run({ 's.json': typeof s === 'string' ? s : JSON.stringify(s) }, (dir) => [
    'model',
    join(dir, 's.json'),
    '--xlsx',
    join(dir, 'out.xlsx'),
  ]);

const limitCases: BreakCase[] = [
  [
    'a name longer than the text limit',
    (s) => (s.offer.candidate = 'A'.repeat(40_000)),
    'offer.candidate: must be at most 1,000 characters, got 40,000',
  ],
  [
    'a milestone name longer than the text limit',
    (s) => (s.offer.refresh.milestones[0].name = 'm'.repeat(1001)),
    'offer.refresh.milestones[0].name: must be at most 1,000 characters, got 1,001',
  ],
  [
    '10,000 milestones',
    (s) =>
      (s.offer.refresh.milestones = Array.from({ length: 10_000 }, (_, i) => ({
        name: `m${i}`,
        dueDay: i % 900,
        value: 1000,
      }))),
    'offer.refresh.milestones: must have at most 100 entries, got 10,000',
  ],
  [
    '1,000 exit prices',
    (s) => (s.exitPrices = Array.from({ length: 1000 }, (_, i) => i)),
    'exitPrices: must have at most 20 entries, got 1,000',
  ],
  [
    '100 detection months',
    (s) => (s.missCost.detectAtMonths = Array.from({ length: 100 }, (_, i) => i + 1)),
    'missCost.detectAtMonths: must have at most 24 entries, got 100',
  ],
  [
    'a start date before Excel’s calendar',
    (s) => (s.startDate = '1899-12-31'),
    'startDate: must be between 1900-03-01 and 9999-12-31 (the dates a spreadsheet holds), got "1899-12-31"',
  ],
  [
    // 9995-01-01 + 120 months = 10005-01-01, past 9999-12-31.
    'a start date whose runway horizon runs past 9999-12-31',
    (s) => (s.startDate = '9995-01-01'),
    'startDate: with a runway horizon of 120 months the model',
  ],
  // 1,500,000 × 2^(k−1) passes 1e308 near k = 1003 (log10 1.5e6 = 6.18; 301.8 / 0.30103 = 1002.6).
  revenuePastSpreadsheet('revenue compounding past what a spreadsheet holds', 1),
  [
    'a salary of 1e308',
    (s) => (s.offer.baseSalary = 1e308),
    'offer.baseSalary: must be at most 9.99999999999999e307 in size (the largest number Excel holds)',
  ],
];

describe('limits that say their name (exit 2, one line, nothing written)', () => {
  itRefusesEach(limitCases, {
    base,
    file: 's.json',
    args: (file, dir) => ['model', file, '--xlsx', join(dir, 'out.xlsx')],
    text: (doc) => JSON.stringify(doc),
  });

  it('a number beyond a double (1e400) is refused, not written as Infinity', async () => {
    const text = readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8').replace(
      '"cash": 40000000',
      '"cash": 1e400',
    );
    expect(text).toContain('1e400');
    expectRefused(
      await scenarioRun(text),
      'company.cash: must be at most 9.99999999999999e307 in size (the largest number Excel holds), got 1e400',
      /^offer-runway: .*s\.json: /,
    );
  });

  it('a number written with 100,000 digits is refused and quoted short', async () => {
    const text = readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8').replace(
      '"cash": 40000000',
      `"cash": ${'9'.repeat(100_000)}`,
    );
    const r = await scenarioRun(text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('company.cash: must be at most');
    expect(r.stderr.length).toBeLessThan(400);
  });
});

const bandRun = (csv: string, extra: string[] = []) =>
  run({ 'b.csv': csv }, (dir) => ['model', '--bands', join(dir, 'b.csv'), ...extra]);

describe('band CSVs: limits, linear reading, line numbers, capped messages', () => {
  it('a salary beyond the number limit names the line and the limit', async () => {
    const r = await bandRun(
      `${HEADER}\n${GOOD_ROW}\nX,All,US,USD,1,2,3,4,1${'0'.repeat(308)},s,2024`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3: p90 must be at most 9.99999999999999e307, got 1000');
  });

  it('100,001 band rows are refused with the limit', async () => {
    const rows = Array.from({ length: 100_001 }, (_, i) => `R${i},All,US,USD,1,2,3,4,5,s,2024`);
    const r = await bandRun([HEADER, ...rows].join('\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has 100,001 band rows; a band set is limited to 100,000');
  });

  it('a 100,000-row file is read whole (linear time) and a bad last row keeps its line number', async () => {
    // Line 1 is the header, rows are lines 2..100,001, the bad one is line 100,001. CR LF endings
    // and a quoted cell with a comma must not shift the count.
    const rows = Array.from(
      { length: 99_999 },
      (_, i) => `"Role ${i}, ML",All,US,USD,"63,650",82630,112590,155810,194410,BLS,2024-05`,
    );
    const r = await bandRun([HEADER, ...rows, 'Bad,All,US,USD,5,4,3,2,1,s,2024'].join('\r\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 100001: p25 (4) is below p10 (5)');
  });

  it('5,000 bad rows: one line, the first ten problems, then how many more', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `R${i},All,US,USD,x,2,3,4,5,s,2024`);
    const r = await bandRun([HEADER, GOOD_ROW, ...rows].join('\n'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('line 3: p10 "x"');
    expect(r.stderr).toContain('line 12: p10 "x"');
    expect(r.stderr).not.toContain('line 13:');
    expect(r.stderr).toContain('… and 4990 more problems');
    expect(r.stderr.length).toBeLessThan(10_000);
  });
});

describe('clean terminal and clear messages', () => {
  it('control characters in user text are escaped in the summary', async () => {
    const s = base();
    s.name = 'Evil\u001b[31mRED\u001b[0m\nsecond line';
    s.offer.candidate = 'A\u202eB\u0007';
    const r = await run({ 's.json': JSON.stringify(s) }, (dir) => ['model', join(dir, 's.json')]);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(r.stdout).toContain('Offer Runway — Evil\\u001b[31mRED\\u001b[0m\\nsecond line');
    expect(r.stdout).toContain('A\\u202eB\\u0007, Senior ML Engineer');
  });

  it('control characters in a file name are escaped in the error line', async () => {
    const r = await run({}, () => ['model', 'no\u001b[2Jsuch\nfile.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('offer-runway: no\\u001b[2Jsuch\\nfile.json: no such file');
  });

  it('a UTF-16 scenario is named as such', async () => {
    const text = readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await run({ 's.json': utf16 }, (dir) => ['model', join(dir, 's.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /s\.json: is UTF-16 \(little-endian\) text, not UTF-8; save it as UTF-8$/,
    );
  });

  it('a UTF-16 band CSV without a byte-order mark is named as such', async () => {
    const r = await run({ 'b.csv': Buffer.from(`${HEADER}\n${GOOD_ROW}\n`, 'utf16le') }, (dir) => [
      'model',
      '--bands',
      join(dir, 'b.csv'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.csv: is UTF-16 (little-endian, no byte-order mark) text');
  });

  it('a Latin-1 band CSV names the first byte that is not UTF-8 and its line', async () => {
    // "Zürich" in Latin-1: ü is the single byte 0xFC, on line 3.
    const latin1 = Buffer.from(
      `${HEADER}\n${GOOD_ROW}\nX,All,Z\u00fcrich,USD,1,2,3,4,5,s,2024\n`,
      'latin1',
    );
    const r = await run({ 'b.csv': latin1 }, (dir) => ['model', '--bands', join(dir, 'b.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not UTF-8 text (byte 0xFC at offset');
    expect(r.stderr).toContain('line 3;');
  });
});
