/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The workbook is live: input cells edited in the .xlsx (with ExcelJS, through the In_* names)
 * move every output after LibreOffice recalculates, exactly as the engine — and the independent
 * reference implementation of model.md §3 — say for the edited scenario.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan } from '../../src/workbook/build.js';
import type { WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { referenceReport } from '../support/reference-model.js';
import { rawCells, type RawCell } from '../support/xlsx-read.js';
import { compareWithPlan } from './compare.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
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

// A second set of edits through other In_* names: text inputs, a deleted cap, a moved
// milestone, a different band row. None of them is structural.
const MORE: [string, string | number | null, (input: Record<string, any>) => void][] = [
  ['In_Instrument', 'rsu', (i) => (i.offer.equity.instrument = 'rsu')],
  ['In_SizingPrice', 'fmv', (i) => (i.offer.sizingPrice = 'fmv')],
  ['In_AnnualRaise', 0.05, (i) => (i.offer.annualRaise = 0.05)],
  ['In_MarginGain_StartMonth', 2, (i) => (i.offer.marginGain.startMonth = 2)],
  ['In_MarginGain_Points', 4.5, (i) => (i.offer.marginGain.points = 4.5)],
  ['In_Refresh_CapPerYear', null, (i) => delete i.offer.refresh.margin.capPerYear],
  ['In_Milestone2_DueDay', 400, (i) => (i.offer.refresh.milestones[1].dueDay = 400)],
  ['In_ExitPrice2', 5.5, (i) => (i.exitPrices[1] = 5.5)],
  ['In_Miss_DetectAt2', 6, (i) => (i.missCost.detectAtMonths[1] = 6)],
  ['In_Market_Role', 'Software Developers', (i) => (i.market.role = 'Software Developers')],
  ['In_RevenueGrowth', 0.02, (i) => (i.company.revenueGrowthMonthly = 0.02)],
  ['In_StartDate', 46447, (i) => (i.startDate = '2027-03-01')], // serial of 2027-03-01
];

function moreInput(): Record<string, any> {
  const input = JSON.parse(DEFAULT_TEXT) as Record<string, any>;
  for (const [, , apply] of MORE) apply(input);
  return input;
}

async function editCopy(
  from: string,
  to: string,
  edits: readonly (readonly [string, string | number | null])[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const [name, value] of edits) {
    const { sheet, address } = cellOf(originalPlan, name);
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(sheet);
    ws.getCell(address).value = value;
  }
  await wb.xlsx.writeFile(to);
}

function reference(input: Record<string, any>) {
  const band = BANDS.rows.find((b) => b.role === input.market.role) as (typeof BANDS.rows)[number];
  return referenceReport(input, {
    p10: band.values.p10.toNumber(),
    p25: band.values.p25.toNumber(),
    p50: band.values.p50.toNumber(),
    p75: band.values.p75.toNumber(),
    p90: band.values.p90.toNumber(),
  });
}

let originalPlan: WorkbookPlan;
let editedPlan: WorkbookPlan;
let recalculated: Map<string, Map<string, RawCell>>;
let morePlan: WorkbookPlan;
let moreRecalculated: Map<string, Map<string, RawCell>>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-live-'));
  originalPlan = buildWorkbookPlan(
    runModel(parseScenarioText(DEFAULT_TEXT, TODAY, 'default'), BANDS),
    BANDS,
  );
  const original = join(dir, 'original.xlsx');
  writeFileSync(original, await planToXlsxBuffer(originalPlan));

  // Edit the inputs in the file, as a finance reviewer would.
  const edited = join(dir, 'edited.xlsx');
  await editCopy(original, edited, [
    ['In_BaseSalary', EDITS.baseSalary],
    ['In_Cash', EDITS.cash],
    ['In_GrossMargin', EDITS.grossMargin],
    ['In_Milestone1_Probability', EDITS.milestone1Probability],
  ]);
  const more = join(dir, 'more.xlsx');
  await editCopy(
    original,
    more,
    MORE.map(([n, v]) => [n, v] as const),
  );

  const [out, moreOut] = await recalculateXlsx([edited, more], join(dir, 'out'));
  recalculated = await rawCells(readFileSync(out as string));
  moreRecalculated = await rawCells(readFileSync(moreOut as string));
  morePlan = buildWorkbookPlan(
    runModel(parseScenarioText(JSON.stringify(moreInput()), TODAY, 'more'), BANDS),
    BANDS,
  );
  const scenario = parseScenarioText(JSON.stringify(editedInput()), TODAY, 'edited');
  editedPlan = buildWorkbookPlan(runModel(scenario, BANDS), BANDS);
}, 300_000);

/** The recalculated value of each named cell of `plan`. */
const namedValues =
  (plan: WorkbookPlan, cells: Map<string, Map<string, RawCell>>) => (name: string) => {
    const { sheet, address } = cellOf(plan, name);
    return cells.get(sheet)?.get(address)?.value;
  };
/** A runway view's days as the sheet shows them (blank beyond R). */
const days = (x: { days: number | null }) => (x.days === null ? '' : x.days);

/** A figure LibreOffice computed is within `tol` of the reference's decimal string. */
function expectNear(got: unknown, want: string, tol: number) {
  expect(typeof got).toBe('number');
  expect(Math.abs((got as number) - Number(want))).toBeLessThanOrEqual(tol);
}

/** Cash cost, dilution, band percentile, margin ROI and miss-cost savings against the reference. */
function expectOutputsNear(v: (name: string) => unknown, ref: any) {
  expectNear(v('Out_CashCost_Offer'), ref.cashCost.offer, 0.005);
  expectNear(v('Out_Dilution_Hit'), ref.equity.hit.dilution, 5e-7);
  expectNear(v('Out_Dilution_Expected'), ref.equity.expected.dilution, 5e-7);
  expectNear(v('Out_BandPercentile'), ref.band.percentile, 0.05);
  expectNear(v('Out_MarginRoi'), ref.marginRoi, 5e-5);
  expectNear(v('Out_MissCost_Savings'), ref.missCost.savings, 0.005);
}

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
    const v = namedValues(editedPlan, recalculated);
    expect(v('Out_RunwayDays_Baseline')).toBe(days(ref.runway.baseline));
    expect(v('Out_RunwayDays_OfferNoGain')).toBe(days(ref.runway.offerNoGain));
    expect(v('Out_RunwayDays_OfferExpected')).toBe(days(ref.runway.offerExpected));
    expect(v('Out_RunwayDays_OfferHit')).toBe(days(ref.runway.offerHit));
    for (const p of ['p50', 'p75', 'p90'])
      expect(v(`Out_RunwayDays_Market_${p.toUpperCase()}`)).toBe(days(ref.runway.market[p]));
    expectOutputsNear(v, ref);
  });

  it('text inputs, a deleted cap, a moved milestone and another band row are live too', () => {
    // The Offer Sheet's layout depends on the instrument and on which terms are present, so it is
    // compared through the names below; every other sheet cell by cell.
    const noOffer: WorkbookPlan = {
      ...morePlan,
      sheets: morePlan.sheets.filter((x) => x.name !== 'Offer Sheet'),
    };
    const { checked, mismatches } = compareWithPlan(noOffer, moreRecalculated);
    expect(checked).toBeGreaterThan(5000);
    expect(mismatches.slice(0, 10)).toEqual([]);
    const ref = reference(moreInput());
    const v = namedValues(morePlan, moreRecalculated);
    expect(v('Out_RunwayDays_OfferExpected')).toBe(days(ref.runway.offerExpected));
    expect(v('Out_RunwayDays_Market_P75')).toBe(days(ref.runway.market.p75));
    expect(v('Out_CashOutDate_OfferExpected')).toBe(
      ref.runway.offerExpected.cashOutDate === null
        ? ''
        : Date.parse(`${ref.runway.offerExpected.cashOutDate}T00:00:00Z`) / 86_400_000 + 25_569,
    );
    expectOutputsNear(v, ref);
    expectNear(v('Out_ExitValue_Hit_2'), ref.exitValue.hit['5.50'], 0.005);
  });
});
