/**
 * Text is text: candidate, role, level, location, milestone names and every band-CSV cell are
 * written as strings even when they start with = + - @ or a tab; no such cell carries a formula
 * in the .xlsx (its sheet XML is inspected), before and after LibreOffice opens and saves it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBandsCsv } from '../../src/model/bands-csv.js';
import { runModel } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan } from '../../src/workbook/build.js';
import { sheetCells, type WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { rawCells, sheetXml, type RawCell } from '../support/xlsx-read.js';

const HOSTILE = {
  candidate: '=SUM(17,19)*0+31',
  role: '+CONCATENATE("r","ole")',
  level: '-LEVEL_TEST(1)-4',
  location: '@NOW()+LOCATION_TEST',
  milestone1: '\t=MILESTONE_ONE*2',
  milestone2: '=HYPERLINK("http://example.invalid","click")',
  bandRole: "=cmd|' /C calc'!A0",
  bandSource: "@SUM(1+1)*cmd|' /C calc'!A0",
  bandAsOf: '-2+3+ASOF_TEST',
};

const CSV = [
  'role,level,location,currency,p10,p25,p50,p75,p90,source,asOf',
  `"${HOSTILE.bandRole}",All,US,USD,63650,82630,112590,155810,194410,"${HOSTILE.bandSource}",${HOSTILE.bandAsOf}`,
].join('\n');

function hostileScenario(): string {
  const s = JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8'));
  s.offer.candidate = HOSTILE.candidate;
  s.offer.role = HOSTILE.role;
  s.offer.level = HOSTILE.level;
  s.offer.location = HOSTILE.location;
  s.offer.refresh.milestones[0].name = HOSTILE.milestone1;
  s.offer.refresh.milestones[1].name = HOSTILE.milestone2;
  s.market.role = HOSTILE.bandRole;
  return JSON.stringify(s);
}

let plan: WorkbookPlan;
let bytes: Uint8Array;
let afterLibreOffice: Map<string, Map<string, RawCell>>;

beforeAll(async () => {
  const bands = parseBandsCsv(CSV, 'bls-oews-2024', 'hostile.csv');
  const scenario = parseScenarioText(hostileScenario(), { today: '2026-11-26' }, 'hostile');
  plan = buildWorkbookPlan(runModel(scenario, bands), bands);
  bytes = await planToXlsxBuffer(plan);
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-text-'));
  writeFileSync(join(dir, 'hostile.xlsx'), bytes);
  const [out] = await recalculateXlsx([join(dir, 'hostile.xlsx')], join(dir, 'out'));
  afterLibreOffice = await rawCells(readFileSync(out as string));
}, 300_000);

/** Every hostile string is found in some cell, and every cell holding one is text, not a formula. */
function expectHostileTextIsText(cells: Map<string, Map<string, RawCell>>) {
  for (const h of Object.values(HOSTILE)) {
    let found = 0;
    for (const [, sheet] of cells)
      for (const [addr, c] of sheet)
        if (typeof c.value === 'string' && c.value.includes(h)) {
          found++;
          expect(c.formula, `${addr} holding ${JSON.stringify(h)}`).toBeNull();
        }
    expect(found, JSON.stringify(h)).toBeGreaterThan(0);
  }
}

describe('user text is never a formula', () => {
  it('the plan holds every hostile string as a text cell', () => {
    for (const h of Object.values(HOSTILE)) {
      const hits = plan.sheets.flatMap((s) =>
        [...sheetCells(s)].filter(({ cell }) => cell.kind === 'text' && cell.text.includes(h)),
      );
      expect(hits.length, JSON.stringify(h)).toBeGreaterThan(0);
    }
    // And no formula is built from user text.
    for (const s of plan.sheets)
      for (const { cell } of sheetCells(s))
        if (cell.kind === 'formula')
          for (const h of Object.values(HOSTILE))
            expect(cell.formula.includes(h.replace(/^[\t=]+/, ''))).toBe(false);
  });

  it('the .xlsx stores them as strings: no cell holding one has an <f> element', async () => {
    const xml = await sheetXml(bytes);
    let formulas = 0;
    for (const [, sheet] of xml)
      for (const m of sheet.matchAll(/<c [^>]*>([\s\S]*?)<\/c>/g)) {
        const body = m[1] as string;
        if (!body.includes('<f>')) continue;
        formulas++;
        for (const h of Object.values(HOSTILE)) {
          const escaped = h
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;');
          expect(body.includes(escaped.replace(/^[\t=]+/, '')), `${h} inside ${body}`).toBe(false);
        }
      }
    expect(formulas).toBeGreaterThan(1000);
    const cells = await rawCells(bytes);
    expectHostileTextIsText(cells);
  });

  it('LibreOffice opens and saves them as the same strings, still without formulas', () => {
    expectHostileTextIsText(afterLibreOffice);
    const inputs = afterLibreOffice.get('Inputs');
    const name = plan.names.find((n) => n.name === 'In_Candidate')!;
    expect(inputs?.get(name.range.replace(/\$/g, ''))?.value).toBe(HOSTILE.candidate);
  });
});
