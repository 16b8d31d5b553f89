// The strong proof of the Office.js path: what the FAKE Excel recorded from applyPlan (not the
// plan) is saved as .xlsx, real LibreOffice recalculates it, and the model's outputs equal the
// engine's — so the cells, formulas, fill-downs and names the add-in writes make a working model.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/excel/apply.js';
import { a1, sheetCells, type WorkbookPlan } from '../../src/workbook/index.js';
import type { Decimal } from '../../src/model/decimal.js';
import type { ModelResult } from '../../src/model/model.js';
import { FakeWorkbook, parseA1 } from '../support/fake-excel.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { definedNames, rawCells, readWorkbook, type RawCell } from '../support/xlsx-read.js';
import { defaultInput, modelOf } from './plans.js';

interface Case {
  label: string;
  result: ModelResult;
  plan: WorkbookPlan;
  /** Recalculated cells from the sheet XML (ExcelJS drops a 0 result), by sheet and A1. */
  cells: Map<string, Map<string, RawCell>>;
  /** Defined names of the recalculated file: name → [sheet, A1]. */
  names: Map<string, [string, string]>;
}

function variant(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const input = structuredClone(defaultInput()) as Record<string, any>;
  input.horizonMonths = 36;
  input.runwayHorizonMonths = 180;
  input.company.cash = 25000000;
  input.offer.sizingPrice = 'fmv';
  input.offer.baseSalary = 185000;
  input.offer.equity = {
    instrument: 'rsu',
    value: 300000,
    vestingMonths: 36,
    cliffMonths: 6,
    vestEveryMonths: 3,
  };
  delete input.offer.refresh.strike;
  delete input.offer.refresh.grantFairValue;
  input.market.compareAt = ['p25', 'p50', 'p90'];
  return input;
}

const cases: Case[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-officejs-'));
  const inputs: [string, Record<string, unknown>][] = [
    ['default', defaultInput()],
    ['rsu-fmv-36-180', variant()],
  ];
  const files: string[] = [];
  const built: { label: string; result: ModelResult; plan: WorkbookPlan }[] = [];
  for (const [label, input] of inputs) {
    const { result, plan } = modelOf(input);
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    const file = join(dir, `${label}.xlsx`);
    writeFileSync(file, await fake.toXlsx());
    files.push(file);
    built.push({ label, result, plan });
  }
  const outs = await recalculateXlsx(files, join(dir, 'out'));
  for (const [i, b] of built.entries()) {
    const bytes = readFileSync(outs[i] as string);
    const names = new Map<string, [string, string]>();
    for (const d of definedNames(await readWorkbook(bytes))) {
      const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(d.ranges[0] ?? '');
      if (m) names.set(d.name, [(m[1] as string).replace(/''/g, "'"), `${m[2]}${m[3]}`]);
    }
    cases.push({ ...b, cells: await rawCells(bytes), names });
  }
});

const num = (d: Decimal) => d.toNumber();

/** The engine's own figures for the headline outputs (read from the result, not the plan). */
function engineOutputs(r: ModelResult): Record<string, number | ''> {
  const days = (x: { runway: { days: number | null } } | undefined) => x?.runway.days ?? '';
  const out: Record<string, number | ''> = {
    Out_RunwayDays_Baseline: days(r.views.baseline),
    Out_RunwayDays_OfferNoGain: days(r.views.offerNoGain),
    Out_RunwayDays_OfferExpected: days(r.views.offerExpected),
    Out_RunwayDays_OfferHit: days(r.views.offerHit),
    Out_CashCost_Offer: num(r.cashCost.offer),
    Out_Dilution_Hit: num(r.equity.hit.dilution),
    Out_Dilution_Expected: num(r.equity.expected.dilution),
    Out_BandPercentile: num(r.band.percentile),
    Out_MarginRoi: r.marginRoi === null ? '' : num(r.marginRoi),
    Out_MissCost_Savings: num(r.missCostSavings),
  };
  for (const p of r.scenario.market.compareAt) {
    out[`Out_RunwayDays_Market_${p.toUpperCase()}`] = days(r.market[p]);
  }
  return out;
}

function valueOfName(c: Case, name: string): unknown {
  const at = c.names.get(name);
  if (!at) throw new Error(`${c.label}: no defined name ${name} in the recalculated file`);
  return c.cells.get(at[0])?.get(at[1])?.value ?? '';
}

function close(actual: unknown, expected: number | string | boolean): boolean {
  if (typeof expected === 'number') {
    const tol = Math.abs(expected) < 1 ? 1e-9 : 0.005;
    return typeof actual === 'number' && Math.abs(actual - expected) <= tol;
  }
  if (expected === '') return actual === '' || actual === null;
  if (typeof expected === 'boolean') return actual === expected || actual === (expected ? 1 : 0);
  return actual === expected;
}

describe('the workbook the Office.js path writes, recalculated by LibreOffice', () => {
  it('gives the engine’s headline outputs (Out_* names)', () => {
    expect(cases).toHaveLength(2);
    for (const c of cases) {
      for (const [name, value] of Object.entries(engineOutputs(c.result))) {
        const got = valueOfName(c, name);
        expect(
          close(got, value),
          `${c.label} ${name}: got ${JSON.stringify(got)}, engine ${value}`,
        ).toBe(true);
      }
    }
  });

  it('gives the engine’s value in every formula cell and every Out_* name', () => {
    for (const c of cases) {
      const bad: string[] = [];
      let checked = 0;
      for (const sheet of c.plan.sheets) {
        const ws = c.cells.get(sheet.name);
        expect(ws, `${c.label}: sheet ${sheet.name}`).toBeDefined();
        for (const { row, col, cell } of sheetCells(sheet)) {
          if (cell.kind !== 'formula') continue;
          checked++;
          const got = ws!.get(a1(row, col))?.value ?? '';
          if (!close(got, cell.cached)) {
            bad.push(
              `${sheet.name}!${a1(row, col)} =${cell.formula}: ${JSON.stringify(got)} ≠ ${JSON.stringify(cell.cached)}`,
            );
          }
        }
      }
      const outs = [...c.names.keys()].filter((n) => n.startsWith('Out_'));
      expect(outs.length).toBeGreaterThan(20);
      for (const name of outs) {
        const p = c.plan.names.find((n) => n.name === name);
        expect(p, name).toBeDefined();
        const { r0, c0 } = parseA1(p!.range);
        const planCell = [...sheetCells(c.plan.sheets.find((s) => s.name === p!.sheet)!)].find(
          (x) => x.row === r0 && x.col === c0,
        );
        if (
          planCell?.cell.kind === 'formula' &&
          !close(valueOfName(c, name), planCell.cell.cached)
        ) {
          bad.push(
            `${name}: ${JSON.stringify(valueOfName(c, name))} ≠ ${JSON.stringify(planCell.cell.cached)}`,
          );
        }
      }
      console.log(
        `${c.label}: ${checked} formula cells and ${outs.length} Out_* names recalculated by LibreOffice match the engine`,
      );
      expect(bad.slice(0, 10)).toEqual([]);
    }
  });
});
