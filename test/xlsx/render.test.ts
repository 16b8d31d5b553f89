/* eslint-disable @typescript-eslint/no-explicit-any */
/** The ExcelJS renderer: faithful to the plan, with a native chart and full calculation on load. */
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan, SHEETS } from '../../src/workbook/build.js';
import { a1, sheetCells, type WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { rawCells, readWorkbook, type RawCell } from '../support/xlsx-read.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
const SCENARIO = parseScenarioText(
  readFileSync('templates/scenarios/default.json', 'utf8'),
  { today: '2026-11-26' },
  'default',
);

let plan: WorkbookPlan;
let bytes: Uint8Array;
let zip: JSZip;
let cells: Map<string, Map<string, RawCell>>;

beforeAll(async () => {
  plan = buildWorkbookPlan(runModel(SCENARIO, BANDS), BANDS);
  bytes = await planToXlsxBuffer(plan);
  zip = await JSZip.loadAsync(bytes);
  cells = await rawCells(bytes);
});

const part = (p: string) => (zip.file(p) as JSZip.JSZipObject).async('string');

describe('plan → .xlsx', () => {
  it('writes every plan cell: formulas with their cached engine values, literals as literals', () => {
    let n = 0;
    for (const s of plan.sheets) {
      const got = cells.get(s.name);
      expect(got, s.name).toBeDefined();
      for (const { row, col, cell } of sheetCells(s)) {
        const c = got?.get(a1(row, col));
        if (cell.kind === 'empty') continue;
        n++;
        if (cell.kind === 'formula') {
          expect(c?.formula, `${s.name}!${a1(row, col)}`).toBe(cell.formula);
          if (typeof cell.cached === 'number') expect(c?.value).toBeCloseTo(cell.cached, 6);
          else expect(c?.value).toBe(cell.cached);
        } else {
          expect(c?.formula ?? null).toBeNull();
          const want =
            cell.kind === 'text' ? cell.text : cell.kind === 'number' ? cell.value : cell.serial;
          expect(c?.value, `${s.name}!${a1(row, col)}`).toBe(want);
        }
      }
    }
    expect(n).toBeGreaterThan(5000);
  });

  it('asks for full recalculation on load and defines every plan name', async () => {
    const wb = (await part('xl/workbook.xml')).replace(/&apos;/g, "'");
    expect(wb).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    for (const n of plan.names) {
      const ref = `${n.sheet.includes(' ') ? `'${n.sheet}'` : n.sheet}!${n.range}`;
      expect(wb, n.name).toContain(`<definedName name="${n.name}">${ref}</definedName>`);
    }
  });

  it('carries a native line chart of three cash series on the Runway sheet', async () => {
    const chart = await part('xl/charts/chart1.xml');
    expect(XMLValidator.validate(chart)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(chart);
    const series = doc['c:chartSpace']['c:chart']['c:plotArea']['c:lineChart']['c:ser'];
    expect(series.map((s: any) => s['c:tx']['c:v'])).toEqual([
      'Baseline (no hire)',
      'Offer, expected gain',
      'Cash match at market P75',
    ]);
    for (const s of series) {
      expect(s['c:val']['c:numRef']['c:f']).toMatch(/^'Runway'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      expect(Number(s['c:val']['c:numRef']['c:numCache']['c:ptCount']['@_val'])).toBe(120);
    }
    // Cached month-1 baseline cash equals the engine's.
    const first = series[0]['c:val']['c:numRef']['c:numCache']['c:pt'][0]['c:v'];
    expect(Number(first)).toBeCloseTo(
      runModel(SCENARIO, BANDS).views.baseline.cash[1]!.toNumber(),
      2,
    );
    const types = await part('[Content_Types].xml');
    expect(types).toContain('/xl/charts/chart1.xml');
    expect(types).toContain('/xl/drawings/drawing1.xml');
    const drawing = await part('xl/drawings/drawing1.xml');
    expect(XMLValidator.validate(drawing)).toBe(true);
    // The drawing hangs off the Runway sheet's part.
    const wbXml = await part('xl/workbook.xml');
    const rid = /<sheet [^>]*name="Runway"[^>]*r:id="([^"]+)"/.exec(wbXml)?.[1];
    const rels = await part('xl/_rels/workbook.xml.rels');
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
    const sheetPath = `xl/${(target as string).replace(/^\/?xl\//, '')}`;
    const sheet = await part(sheetPath);
    expect(sheet).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(XMLValidator.validate(sheet)).toBe(true);
  });

  it('keeps the Offer Sheet print setup, the milestones table and frozen panes', async () => {
    const wb = await readWorkbook(bytes);
    const offer = wb.getWorksheet(SHEETS.offer)!;
    expect(offer.pageSetup.fitToPage).toBe(true);
    expect(offer.pageSetup.fitToWidth).toBe(1);
    expect(offer.pageSetup.orientation).toBe('portrait');
    expect(offer.pageSetup.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    const inputs = wb.getWorksheet(SHEETS.inputs)!;
    expect(Object.keys((inputs as any).tables)).toContain('Milestones');
    const runway = wb.getWorksheet(SHEETS.runway)!;
    expect(runway.views[0]?.state).toBe('frozen');
  });

  it('hides the other sheets when asked for a two-sheet export', async () => {
    const wb = await readWorkbook(
      await planToXlsxBuffer(plan, { visibleSheets: [SHEETS.offer, SHEETS.summary] }),
    );
    expect(wb.worksheets.filter((w) => w.state !== 'hidden').map((w) => w.name)).toEqual([
      SHEETS.offer,
      SHEETS.summary,
    ]);
  });
});
