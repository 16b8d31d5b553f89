/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The hiring-plan workbook is proven like the one-offer workbook (issue 10 item 5): LibreOffice
 * recalculates the default plan's workbook and generated plans' workbooks in one batch, and every
 * formula cell equals the engine (money to the cent, shares exactly) and every Out_* name equals
 * the engine's plan result. Live: a hire's base salary, two hires' start months, a raise, a
 * sign-on bonus, a margin gain and a grant size are edited in the Hires table and a milestone's
 * probability on the Grants sheet, with ExcelJS; after recalculation the Out_* names equal the engine run on the
 * correspondingly edited plan file (and so does every formula cell).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixed } from '../../src/model/decimal.js';
import { grantsOf } from '../../src/model/grants.js';
import { parsePlanText, runPlan, type PlanResult } from '../../src/model/plan/index.js';
import { buildPlanWorkbookPlan } from '../../src/workbook/hiring-plan/index.js';
import { sheetCells, type WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { rawCells, type RawCell } from '../support/xlsx-read.js';
import { compareWithPlan, expectEveryCaseMatches } from './compare.js';
import { generatedPlans } from './generate-plans.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
const TODAY = { today: '2026-11-26' };
const DEFAULT_TEXT = readFileSync('templates/plans/default-plan.json', 'utf8');

type Cells = Map<string, Map<string, RawCell>>;
interface Case {
  label: string;
  result: PlanResult;
  plan: WorkbookPlan;
  file: string;
  cells?: Cells;
}

// The live edits, made once in the plan JSON (for the engine) and once in the Hires table.
const EDITS = {
  baseSalary: { hire: 2, value: 181_234.56 },
  start: [
    [1, 40],
    [0, 5],
  ] as const,
};

// More of a hire's cells: [Hires column name, hire, value, the same edit in the plan file].
const MORE: [string, number, number, (doc: Record<string, any>) => void][] = [
  ['Hire_AnnualRaise', 4, 0.06, (d) => (d.hires[4].offer.annualRaise = 0.06)],
  ['Hire_SignOnBonus', 5, 55_000, (d) => (d.hires[5].offer.signOnBonus = 55_000)],
  [
    'Hire_Gain_Points',
    6,
    2.5,
    (d) =>
      (d.hires[6].offer.marginGain = {
        points: 2.5,
        startMonth: 4,
        fullMonth: 12,
        probability: 0.6,
      }),
  ],
  ['Hire_Equity_Size', 7, 55_555, (d) => (d.hires[7].offer.equity = { shares: 55_555 })],
];
// A milestone input on the Grants sheet: hire 4's first milestone (Sam Ortiz, earned equity).
const MILESTONE = { hire: 3, probability: 0.2 };

function editedText(): string {
  const doc = JSON.parse(DEFAULT_TEXT) as Record<string, any>;
  doc.hires[EDITS.baseSalary.hire].offer.baseSalary = EDITS.baseSalary.value;
  for (const [h, s] of EDITS.start) doc.hires[h].startMonth = s;
  for (const [, , , apply] of MORE) apply(doc);
  const refresh = structuredClone(doc.templates['earned-equity'].refresh);
  refresh.milestones[0].probability = MILESTONE.probability;
  doc.hires[MILESTONE.hire].offer.refresh = refresh;
  return JSON.stringify(doc);
}

/** The Grants-sheet cell of hire `hire`'s first milestone probability. */
function milestoneCell(plan: WorkbookPlan, hire: number): { sheet: string; address: string } {
  const grants = plan.sheets.find((s) => s.name === 'Grants')!;
  const cells = [...sheetCells(grants)];
  const kindCol = cells.find((c) => c.cell.kind === 'text' && c.cell.text === 'Kind')!.col;
  const row = cells.find(
    (c) =>
      c.col === kindCol &&
      c.cell.kind === 'text' &&
      c.cell.text === 'milestone' &&
      cells.some(
        (x) =>
          x.row === c.row && x.col === 0 && x.cell.kind === 'number' && x.cell.value === hire + 1,
      ),
  )!.row;
  const def = plan.names.find((n) => n.name === 'Gr_Probability')!;
  const col = /^\$([A-Z]+)\$/.exec(def.range)![1];
  return { sheet: def.sheet, address: `${col}${row + 1}` };
}

/** The cell of hire `i` in the Hires column named `name` (a name over the column's data rows). */
function hireCell(plan: WorkbookPlan, name: string, i: number): { sheet: string; address: string } {
  const def = plan.names.find((n) => n.name === name);
  if (!def) throw new Error(`no name ${name}`);
  const m = /^\$([A-Z]+)\$(\d+):/.exec(def.range);
  if (!m) throw new Error(`${name} is not a column range: ${def.range}`);
  return { sheet: def.sheet, address: `${m[1]}${Number(m[2]) + i}` };
}

function nameValue(plan: WorkbookPlan, cells: Cells, name: string): unknown {
  const def = plan.names.find((n) => n.name === name);
  if (!def) throw new Error(`no defined name ${name}`);
  return cells.get(def.sheet)?.get(def.range.replace(/\$/g, ''))?.value ?? '';
}

/** Every Out_* name issue 10 lists, against the engine's plan result. */
function expectOutNames(label: string, plan: WorkbookPlan, cells: Cells, r: PlanResult): number {
  let n = 0;
  const near = (name: string, want: number | null, tol: number) => {
    n++;
    const got = nameValue(plan, cells, name);
    if (want === null) return expect(got, `${label} ${name}`).toBe('');
    expect(typeof got, `${label} ${name}`).toBe('number');
    expect(
      Math.abs((got as number) - want),
      `${label} ${name}: ${String(got)} vs ${want}`,
    ).toBeLessThanOrEqual(tol);
  };
  const cent = (x: { toString(): string }) => Number(fixed(x as never, 2));
  near('Out_RunwayDays_Baseline', r.views.baseline.runway.days, 0);
  near('Out_RunwayDays_PlanNoGain', r.views.planNoGain.runway.days, 0);
  near('Out_RunwayDays_PlanExpected', r.views.planExpected.runway.days, 0);
  near('Out_RunwayDays_PlanHit', r.views.planHit.runway.days, 0);
  for (const p of r.plan.market.compareAt) {
    const P = p.toUpperCase();
    near(`Out_RunwayDays_Market_${P}`, r.market[p]!.runway.days, 0);
    near(`Out_DaysGained_Market_${P}`, r.daysGained[p] ?? null, 0);
    near(`Out_CashCost_Market_${P}`, cent(r.cashCost.market[p]!), 0.005);
  }
  near('Out_CashCost_Plan', cent(r.cashCost.plan), 0.005);
  for (const [V, v] of [
    ['Hit', 'hit'],
    ['Expected', 'expected'],
    ['None', 'none'],
  ] as const) {
    near(`Out_Granted_${V}`, r.equity[v].grantedShares.toNumber(), v === 'expected' ? 1e-6 : 0);
    near(`Out_PoolTopUp_${V}`, r.equity[v].poolTopUpShares.toNumber(), v === 'expected' ? 1e-6 : 0);
    near(`Out_Dilution_${V}`, r.equity[v].dilution.toNumber(), 1e-12);
  }
  return n;
}

const cases: Case[] = [];
let edited: { original: WorkbookPlan; plan: WorkbookPlan; result: PlanResult; cells?: Cells };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-plan-parity-'));
  const inputs = [{ label: 'default plan', text: DEFAULT_TEXT }, ...generatedPlans(3, 20_261_202)];
  for (const [i, { label, text }] of inputs.entries()) {
    const p = parsePlanText(text, TODAY, label);
    const result = runPlan(p, BANDS);
    const plan = buildPlanWorkbookPlan(p, result, BANDS);
    const file = join(dir, `plan-${i}.xlsx`);
    writeFileSync(file, await planToXlsxBuffer(plan));
    cases.push({ label, result, plan, file });
  }
  // Edit the default plan's Hires table, as a finance reviewer would.
  const original = cases[0]!.plan;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(cases[0]!.file);
  const set = (name: string, hire: number, value: number) => {
    const { sheet, address } = hireCell(original, name, hire);
    wb.getWorksheet(sheet)!.getCell(address).value = value;
  };
  set('Hire_BaseSalary', EDITS.baseSalary.hire, EDITS.baseSalary.value);
  for (const [h, s] of EDITS.start) set('Hire_StartMonth', h, s);
  for (const [name, h, v] of MORE) set(name, h, v);
  const ms = milestoneCell(original, MILESTONE.hire);
  wb.getWorksheet(ms.sheet)!.getCell(ms.address).value = MILESTONE.probability;
  const editedFile = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(editedFile);
  const p = parsePlanText(editedText(), TODAY, 'edited');
  const result = runPlan(p, BANDS);
  edited = { original, result, plan: buildPlanWorkbookPlan(p, result, BANDS) };

  const t0 = performance.now();
  const outs = await recalculateXlsx([...cases.map((c) => c.file), editedFile], join(dir, 'out'));
  for (const [i, c] of cases.entries()) c.cells = await rawCells(readFileSync(outs[i]!));
  edited.cells = await rawCells(readFileSync(outs[outs.length - 1]!));
  console.log(`LibreOffice ${(performance.now() - t0).toFixed(0)} ms`);
}, 600_000);

describe('the hiring-plan workbook recalculated by LibreOffice equals the engine', () => {
  it('covers plans whose grants fall after H and whose runway ends, or not, within R', () => {
    const hires = cases.flatMap((c) => c.result.hires);
    expect(hires.length).toBeGreaterThan(15);
    // A grant the hire earns (hire month ≤ H) that the plan does not count (plan month > H),
    // in the generated plans and in the edited default plan (hire 2 moved to month 40).
    const dropped = (r: PlanResult) =>
      r.hires.some(
        (h) =>
          grantsOf(h.hire.scenario).filter((g) => !g.shares.isZero()).length >
          h.grants.filter((g) => !g.grant.shares.isZero()).length,
      );
    expect(cases.slice(1).some((c) => dropped(c.result))).toBe(true);
    expect(dropped(cases[0]!.result)).toBe(false);
    expect(dropped(edited.result)).toBe(true);
    expect(cases.some((c) => c.result.views.planExpected.runway.days === null)).toBe(true);
    expect(cases.some((c) => c.result.views.planExpected.runway.days !== null)).toBe(true);
  });

  it('every formula cell equals the engine (money to the cent, shares exactly), no error values', () => {
    const total = expectEveryCaseMatches(cases);
    for (const c of cases) {
      for (const [sheet, cells] of c.cells!)
        for (const [addr, cell] of cells)
          expect(typeof cell.value === 'object' ? `${c.label} ${sheet}!${addr}` : 'ok').toBe('ok');
    }
    expect(total).toBeGreaterThan(30_000);
  });

  it('every Out_* name equals the engine’s plan result', () => {
    for (const c of cases)
      expect(expectOutNames(c.label, c.plan, c.cells!, c.result)).toBeGreaterThan(15);
  });
});

describe('editing a hire in the Hires table recalculates the plan', () => {
  it('the edits move the runway (the test would notice a dead workbook)', () => {
    const before = cases[0]!.result;
    const after = edited.result;
    expect(after.views.planNoGain.runway.days).not.toBe(before.views.planNoGain.runway.days);
    expect(after.cashCost.plan.equals(before.cashCost.plan)).toBe(false);
    expect(after.equity.hit.grantedShares.equals(before.equity.hit.grantedShares)).toBe(false);
    const moved = compareWithPlan(edited.original, edited.cells!).mismatches;
    expect(moved.length).toBeGreaterThan(100);
  });

  it('the Out_* names equal the engine run on the edited plan file', () => {
    expectOutNames('edited', edited.plan, edited.cells!, edited.result);
  });

  it('every formula cell equals the engine on the edited plan: start months shift by formula', () => {
    const { checked, mismatches } = compareWithPlan(edited.plan, edited.cells!);
    expect(checked).toBeGreaterThan(20_000);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
