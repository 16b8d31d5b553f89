/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The workbook is live: input cells edited in the .xlsx (with ExcelJS, through the In_* names)
 * move every output after LibreOffice recalculates, exactly as the engine — and the independent
 * reference implementation of DESIGN §3 — say for the edited scenario.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBandsCsv } from '../../src/model/bands-csv.js';
import { runModel } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan } from '../../src/workbook/build.js';
import type { WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { referenceReport } from '../support/reference-model.js';
import { rawCells, type RawCell } from '../support/xlsx-read.js';
import { compareWithPlan } from './compare.js';

const BANDS = parseBandsCsv(
  readFileSync('templates/bands/bls-oews-2024.csv', 'utf8'),
  'bls-oews-2024',
  'bls-oews-2024.csv',
);
const DEFAULT_TEXT = readFileSync('templates/scenarios/default.json', 'utf8');
const TODAY = { today: '2026-11-26' };

// The edits, made once in the scenario JSON (for the engine and the reference) and once in the
// workbook's input cells.
const EDITS = {
  baseSalary: 187654.32,
  cash: 9_000_000,
  milestone1Probability: 0.25,
  grossMargin: 0.655,
};

function editedInput(): Record<string, any> {
  const input = JSON.parse(DEFAULT_TEXT) as Record<string, any>;
  input.offer.baseSalary = EDITS.baseSalary;
  input.company.cash = EDITS.cash;
  input.company.grossMargin = EDITS.grossMargin;
  input.offer.refresh.milestones[0].probability = EDITS.milestone1Probability;
  return input;
}

function cellOf(plan: WorkbookPlan, name: string): { sheet: string; address: string } {
  const def = plan.names.find((n) => n.name === name);
  if (!def) throw new Error(`no name ${name}`);
  return { sheet: def.sheet, address: def.range.replace(/\$/g, '') };
}

let originalPlan: WorkbookPlan;
let editedPlan: WorkbookPlan;
let recalculated: Map<string, Map<string, RawCell>>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-live-'));
  originalPlan = buildWorkbookPlan(
    runModel(parseScenarioText(DEFAULT_TEXT, TODAY, 'default'), BANDS),
    BANDS,
  );
  const original = join(dir, 'original.xlsx');
  writeFileSync(original, await planToXlsxBuffer(originalPlan));

  // Edit the inputs in the file, as a finance reviewer would.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(original);
  for (const [name, value] of [
    ['In_BaseSalary', EDITS.baseSalary],
    ['In_Cash', EDITS.cash],
    ['In_GrossMargin', EDITS.grossMargin],
    ['In_Milestone1_Probability', EDITS.milestone1Probability],
  ] as const) {
    const { sheet, address } = cellOf(originalPlan, name);
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(sheet);
    ws.getCell(address).value = value;
  }
  const edited = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(edited);

  const [out] = await recalculateXlsx([edited], join(dir, 'out'));
  recalculated = await rawCells(readFileSync(out as string));
  const scenario = parseScenarioText(JSON.stringify(editedInput()), TODAY, 'edited');
  editedPlan = buildWorkbookPlan(runModel(scenario, BANDS), BANDS);
}, 300_000);

describe('editing inputs in the .xlsx recalculates the model', () => {
  it('the edits change the outputs (the test would notice a dead workbook)', () => {
    const changed = compareWithPlan(originalPlan, recalculated).mismatches.map(
      (m) => `${m.sheet}!${m.cell}`,
    );
    for (const name of [
      'Out_RunwayDays_OfferExpected',
      'Out_CashCost_Offer',
      'Out_Dilution_Expected',
      'Out_BandPercentile',
    ]) {
      const { sheet, address } = cellOf(originalPlan, name);
      expect(changed, name).toContain(`${sheet}!${address}`);
    }
  });

  it('every formula cell equals the engine run on the edited scenario', () => {
    const { checked, mismatches } = compareWithPlan(editedPlan, recalculated);
    expect(checked).toBeGreaterThan(5000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('the Out_* names equal the independent reference implementation on the edited scenario', () => {
    const input = editedInput();
    const band = BANDS.rows.find(
      (b) => b.role === input.market.role,
    ) as (typeof BANDS.rows)[number];
    const ref = referenceReport(input, {
      p10: band.values.p10.toNumber(),
      p25: band.values.p25.toNumber(),
      p50: band.values.p50.toNumber(),
      p75: band.values.p75.toNumber(),
      p90: band.values.p90.toNumber(),
    });
    const v = (name: string) => {
      const { sheet, address } = cellOf(editedPlan, name);
      return recalculated.get(sheet)?.get(address)?.value;
    };
    const days = (x: { days: number | null }) => (x.days === null ? '' : x.days);
    expect(v('Out_RunwayDays_Baseline')).toBe(days(ref.runway.baseline));
    expect(v('Out_RunwayDays_OfferNoGain')).toBe(days(ref.runway.offerNoGain));
    expect(v('Out_RunwayDays_OfferExpected')).toBe(days(ref.runway.offerExpected));
    expect(v('Out_RunwayDays_OfferHit')).toBe(days(ref.runway.offerHit));
    for (const p of ['p50', 'p75', 'p90'])
      expect(v(`Out_RunwayDays_Market_${p.toUpperCase()}`)).toBe(days(ref.runway.market[p]));
    const close = (got: unknown, want: string, tol: number) => {
      expect(typeof got).toBe('number');
      expect(Math.abs((got as number) - Number(want))).toBeLessThanOrEqual(tol);
    };
    close(v('Out_CashCost_Offer'), ref.cashCost.offer, 0.005);
    close(v('Out_Dilution_Hit'), ref.equity.hit.dilution, 5e-7);
    close(v('Out_Dilution_Expected'), ref.equity.expected.dilution, 5e-7);
    close(v('Out_BandPercentile'), ref.band.percentile, 0.05);
    close(v('Out_MarginRoi'), ref.marginRoi, 5e-5);
    close(v('Out_MissCost_Savings'), ref.missCost.savings, 0.005);
  });
});
