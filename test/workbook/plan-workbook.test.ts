/* eslint-disable @typescript-eslint/no-explicit-any */
// The hiring-plan workbook's shape (issue 10 item 5), without LibreOffice: its sheets and their
// names, the public names, formulas over defined names and functions both spreadsheets evaluate,
// text as text, print setup, and the size guard. The LibreOffice proof is test/parity.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/messages.js';
import { parsePlan, parsePlanText, readJson, runPlan } from '../../src/model/plan/index.js';
import {
  PLAN_SHEETS,
  buildPlanWorkbookPlan,
  offerSheetName,
  planWorkbookCells,
} from '../../src/workbook/hiring-plan/index.js';
import { MAX_WORKBOOK_CELLS } from '../../src/workbook/build.js';
import { sheetCells, type WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { rawCells } from '../support/xlsx-read.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
const TODAY = { today: '2026-11-26' };
const TEXT = readFileSync('templates/plans/default-plan.json', 'utf8');
const PLAN = parsePlanText(TEXT, TODAY, 'default plan');
const RESULT = runPlan(PLAN, BANDS);
const WB = buildPlanWorkbookPlan(PLAN, RESULT, BANDS);

const ALLOWED = new Set(
  'ROUND ROUNDUP INT MIN MAX IF AND OR SUM SUMIF SUMPRODUCT COUNTIF MATCH INDEX MOD ISNUMBER TEXT'.split(
    ' ',
  ),
);
const stripStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

function formulas(p: WorkbookPlan) {
  return p.sheets.flatMap((s) =>
    [...sheetCells(s)].flatMap(({ cell }) =>
      cell.kind === 'formula' ? [{ sheet: s.name, formula: cell.formula }] : [],
    ),
  );
}

/** The default plan's hires repeated to `n` (start months over two years), horizons H and R. */
function repeated(n: number, H = 48, R = 120) {
  const doc = readJson(TEXT, 'plan') as any;
  const base = doc.hires as any[];
  doc.horizonMonths = H;
  doc.runwayHorizonMonths = R;
  doc.hires = Array.from({ length: n }, (_, i) => ({
    ...base[i % base.length],
    startMonth: (i % 24) + 1,
    offer: {
      ...base[i % base.length].offer,
      marginGain: { points: 0.1, startMonth: 4, fullMonth: 12, probability: 0.6 },
    },
  }));
  return parsePlan(doc, TODAY);
}

describe('the hiring-plan workbook', () => {
  it('has the summary, the hires, the grids, then one Offer Sheet per hire in hire order', () => {
    const names = WB.sheets.map((s) => s.name);
    expect(names.slice(0, 6)).toEqual([
      PLAN_SHEETS.summary,
      PLAN_SHEETS.hires,
      PLAN_SHEETS.inputs,
      PLAN_SHEETS.runway,
      PLAN_SHEETS.months,
      PLAN_SHEETS.grants,
    ]);
    expect(names.slice(6)).toEqual(
      PLAN.hires.map((h, i) => offerSheetName(i + 1, h.scenario.offer.candidate)),
    );
    expect(names[6]).toBe('Offer 1 – Alex Kim');
    for (const s of WB.sheets.slice(6)) {
      expect(s.print?.fitToWidth, s.name).toBe(1);
      expect(s.print?.orientation, s.name).toBe('portrait');
    }
    expect(WB.sheets[0]!.print?.fitToWidth).toBe(1);
    const table = WB.sheets[1]!.tables![0]!;
    expect(table.name).toBe('Hires');
    expect(table.columns).toContain('Start month');
    expect(table.columns).toContain('Base salary');
  });

  it('names Offer Sheets uniquely, safely, in at most 31 characters', () => {
    const odd = [
      'Alex Kim',
      '=HYPERLINK("http://x","y")',
      "O'Brien: [data]/ML*?",
      'A very long candidate name that cannot fit in a sheet tab',
      '',
      '\t=1+1',
    ];
    const names = odd.map((c, i) => offerSheetName(i + 1, c));
    expect(names).toEqual([
      'Offer 1 – Alex Kim',
      'Offer 2 – =HYPERLINK( http x ,', // cut at 31 characters, trimmed
      'Offer 3 – O Brien data ML',
      'Offer 4 – A very long candidate',
      'Offer 5',
      'Offer 6 – =1+1',
    ]);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\'"]/);
    }
    expect(offerSheetName(200, 'x'.repeat(40))).toMatch(/^Offer 200 – x+$/);
    expect(offerSheetName(200, 'x'.repeat(40)).length).toBe(31);
  });

  it('defines the public names of issue 10, each on one formula cell', () => {
    const want = [
      'Out_RunwayDays_Baseline',
      'Out_RunwayDays_PlanNoGain',
      'Out_RunwayDays_PlanExpected',
      'Out_RunwayDays_PlanHit',
      ...['P50', 'P75', 'P90'].flatMap((p) => [
        `Out_RunwayDays_Market_${p}`,
        `Out_DaysGained_Market_${p}`,
        `Out_CashCost_Market_${p}`,
      ]),
      'Out_CashCost_Plan',
      ...['Hit', 'Expected', 'None'].flatMap((v) => [
        `Out_Granted_${v}`,
        `Out_Dilution_${v}`,
        `Out_PoolTopUp_${v}`,
      ]),
    ];
    for (const name of want) {
      const def = WB.names.find((n) => n.name === name);
      expect(def, name).toBeDefined();
      expect(def!.range, name).toMatch(/^\$[A-Z]+\$\d+$/);
      const sheet = WB.sheets.find((s) => s.name === def!.sheet)!;
      const cell = [...sheetCells(sheet)].find(
        (c) => `$${String.fromCharCode(65 + c.col)}$${c.row + 1}` === def!.range,
      );
      expect(cell?.cell.kind, name).toBe('formula');
    }
    expect(new Set(WB.names.map((n) => n.name.toLowerCase())).size).toBe(WB.names.length);
  });

  it('reads other sheets only through defined names, with functions both spreadsheets evaluate', () => {
    const defined = new Set(WB.names.map((n) => n.name));
    const all = formulas(WB);
    expect(all.length).toBeGreaterThan(20_000);
    for (const f of all) {
      const bare = stripStrings(f.formula);
      expect(/(?:'[^']+'|[A-Za-z][\w ]*)!\$?[A-Z]{1,3}\$?\d/.test(bare), f.formula).toBe(false);
      for (const m of bare.matchAll(/([A-Z][A-Z0-9.]*)\(/g))
        expect(ALLOWED.has(m[1]!), `${f.sheet}: ${f.formula}`).toBe(true);
      for (const m of bare.matchAll(/\b(?:In|Out|Run|Hire|Hm|Gr)_[A-Za-z0-9_]+\b/g))
        expect(defined.has(m[0]), `${f.sheet} uses ${m[0]}`).toBe(true);
    }
  });

  it('writes user text as text (candidate names, roles, milestone names)', () => {
    const texts = new Set(
      WB.sheets.flatMap((s) =>
        [...sheetCells(s)].flatMap(({ cell }) =>
          cell.kind === 'text' && cell.format === '@' ? [cell.text] : [],
        ),
      ),
    );
    for (const h of PLAN.hires) {
      expect(texts.has(h.scenario.offer.candidate)).toBe(true);
      expect(texts.has(h.scenario.offer.role)).toBe(true);
      for (const m of h.scenario.offer.refresh?.milestones ?? [])
        expect(texts.has(m.name)).toBe(true);
    }
  });

  it('writes hostile names in the Hires table and on the Offer Sheets as text in the .xlsx', async () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1 555 0100', '@SUM(1,2)', '-5'];
    const doc = readJson(TEXT, 'plan') as any;
    doc.hires = doc.hires.slice(0, hostile.length).map((h: any, i: number) => ({
      ...h,
      offer: { ...h.offer, candidate: hostile[i], role: hostile[(i + 1) % hostile.length] },
    }));
    const p = parsePlan(doc, TODAY);
    const wb = buildPlanWorkbookPlan(p, runPlan(p, BANDS), BANDS);
    const cells = await rawCells(await planToXlsxBuffer(wb));
    const hires = cells.get(PLAN_SHEETS.hires)!;
    const texts = [...hires.values()].filter((c) => c.formula === null).map((c) => c.value);
    for (const h of hostile) expect(texts).toContain(h);
    for (const [sheet, m] of cells)
      for (const c of m.values())
        if (c.formula !== null) for (const h of hostile) expect(`=${c.formula}`, sheet).not.toBe(h);
    const offer = cells.get(offerSheetName(1, hostile[0]!))!;
    expect([...offer.values()].some((c) => c.value === `Your offer, ${hostile[0]}`)).toBe(true);
  });

  it('a 200-hire plan at R = 120 fits under the size guard; a far bigger one is refused first', () => {
    const big = repeated(200);
    const cells = planWorkbookCells(big);
    // 200 hires × (Hire Months ≈ 1,000 cells + ≈ 19 grant rows × ≈ 130 cells) ≈ 700,000–900,000
    expect(cells).toBeGreaterThan(500_000);
    expect(cells).toBeLessThan(MAX_WORKBOOK_CELLS);
    const huge = repeated(200, 120, 1200);
    expect(planWorkbookCells(huge)).toBeGreaterThan(MAX_WORKBOOK_CELLS);
    // Refused before the (costly) result is even looked at.
    expect(() => buildPlanWorkbookPlan(huge, undefined as never, BANDS)).toThrow(InputError);
    expect(() => buildPlanWorkbookPlan(huge, undefined as never, BANDS)).toThrow(
      /hires: the plan's workbook would need about/,
    );
  });

  it('the estimate is close to the cells the builder writes', () => {
    const written = WB.sheets.reduce(
      (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0),
      0,
    );
    const est = planWorkbookCells(PLAN);
    expect(est).toBeGreaterThan(written * 0.5);
    expect(est).toBeLessThan(written * 1.5);
  });
});
