import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asOfDate, bandAge, monthsBetween } from '../../src/model/band-age.js';
import { parseBandsCsv } from '../../src/model/bands-csv.js';
import { runModel } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan, SHEETS } from '../../src/workbook/build.js';
import { sheetCells } from '../../src/workbook/plan.js';
import { renderSummary } from '../../src/cli/summary.js';

/** Issue 12 item 10: the band data's age, and a warning past 12 months. */
describe('band age', () => {
  it('reads asOf as a date', () => {
    expect(asOfDate('2024-05')).toBe('2024-05-01');
    expect(asOfDate('2024-05-31')).toBe('2024-05-31');
    expect(asOfDate('2024')).toBe('2024-01-01');
    expect(asOfDate('May 2024')).toBeNull();
    expect(asOfDate('2024-13')).toBeNull();
  });
  it('counts whole months', () => {
    expect(monthsBetween('2024-05-01', '2026-12-01')).toBe(31); // 2 years 7 months
    expect(monthsBetween('2024-05-15', '2024-06-14')).toBe(0); // one day short of a month
    expect(monthsBetween('2024-05-15', '2024-06-15')).toBe(1);
  });
  it('warns past 12 months, not at 12', () => {
    expect(bandAge('2024-05', '2026-12-01')).toMatchObject({ months: 31, stale: true });
    expect(bandAge('2024-05', '2025-05-01').stale).toBe(false); // exactly 12 months
    expect(bandAge('2024-05', '2025-06-01')).toMatchObject({ months: 13, stale: true });
    expect(bandAge('2024-05', '2026-12-01').warning).toContain('BLS publishes OEWS each spring');
    expect(bandAge('May 2024', '2026-12-01')).toMatchObject({ months: null, stale: false });
  });
});

describe('the default bands (BLS OEWS May 2024) flagged where they are used', () => {
  const bands = parseBandsCsv(
    readFileSync(new URL('../../templates/bands/bls-oews-2024.csv', import.meta.url), 'utf8'),
    'bls-oews-2024',
  );
  const scenario = parseScenarioText(
    readFileSync(new URL('../../templates/scenarios/default.json', import.meta.url), 'utf8'),
    { today: '2026-12-01' },
  );
  const result = runModel(scenario, bands);

  it('the CLI summary shows asOf and warns', () => {
    const text = renderSummary(result, '2026-12-01');
    expect(text).toContain('as of 2024-05 (31 months before 2026-12-01)');
    expect(text).toMatch(/^WARNING {2}market bands are 31 months old/m);
    expect(renderSummary(result, '2025-01-15')).not.toContain('WARNING');
  });

  it('the Bands and Summary sheets say how old the bands are on the day of the build', () => {
    const plan = buildWorkbookPlan(result, bands, { today: '2026-12-01' });
    const texts = (name: string) =>
      [...sheetCells(plan.sheets.find((s) => s.name === name)!)]
        .map(({ cell }) => (cell as { text?: unknown }).text)
        .filter((t): t is string => typeof t === 'string');
    expect(texts(SHEETS.bands).join('\n')).toContain(
      'Selected band as of 2024-05 (31 months before 2026-12-01), the day this workbook was built. Warning: market bands are 31 months old',
    );
    expect(texts(SHEETS.summary).join('\n')).toContain(
      'Bands as of 2024-05 (31 months before 2026-12-01) — Warning:',
    );
  });
});
