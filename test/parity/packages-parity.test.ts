/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Packages in the workbook (docs/model.md §9): LibreOffice recalculates workbooks with packages
 * (the default scenario with three packages and generated scenarios with 1–4), every formula cell
 * must equal the engine, and every Out_Pkg* name must equal the engine's --json figure.
 * A live edit: a package's base salary changed in the file moves its runway and break-even to the
 * engine's answer for the edited scenario.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixed } from '../../src/model/decimal.js';
import { runModel, type ModelResult } from '../../src/model/model.js';
import { parseScenario } from '../../src/model/scenario.js';
import { buildWorkbookPlan } from '../../src/workbook/build.js';
import type { WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { withPackagesArb } from '../support/package-arbitraries.js';
import { rawCells, type RawCell } from '../support/xlsx-read.js';
import { compareWithPlan, expectEveryCaseMatches } from './compare.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
const TODAY = { today: '2026-11-26' };

interface Case {
  label: string;
  input: any;
  result: ModelResult;
  plan: WorkbookPlan;
  file: string;
  cells?: Map<string, Map<string, RawCell>>;
}
const cases: Case[] = [];
let edited: { result: ModelResult; cells?: Map<string, Map<string, RawCell>>; plan: WorkbookPlan };

const defaultWithPackages = () => {
  const input = JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8'));
  input.packages = [
    { name: 'Cash-heavy', baseSalary: 185000, equity: { shares: 60000 }, refresh: null },
    { name: 'Balanced' },
    { name: 'Earned equity', baseSalary: 135000, signOnBonus: 0, equity: { shares: 150000 } },
  ];
  return input;
};

function nameValue(
  c: { plan: WorkbookPlan; cells?: Map<string, Map<string, RawCell>> },
  name: string,
): unknown {
  const def = c.plan.names.find((n) => n.name === name);
  if (!def) throw new Error(`no defined name ${name}`);
  return c.cells?.get(def.sheet)?.get(def.range.replace(/\$/g, ''))?.value ?? '';
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-pkg-parity-'));
  const generated = fc.sample(withPackagesArb({ maxHorizon: 30, maxRunway: 60 }, 2), {
    numRuns: 6,
    seed: 9090,
  });
  // An RSU offer whose second package is options: the Inputs sheet shows the offer's strikes as 0,
  // so the package's strike and inherited refresh program are written out for it.
  const rsuOffer = defaultWithPackages();
  rsuOffer.offer.equity = { ...rsuOffer.offer.equity, instrument: 'rsu', strike: 1.5 };
  rsuOffer.packages = [
    { name: 'RSUs' },
    { name: 'Options', baseSalary: 140000, equity: { instrument: 'option', shares: 200000 } },
  ];
  const inputs = [
    { label: 'default with three packages', input: defaultWithPackages() },
    { label: 'an RSU offer with an option package', input: rsuOffer },
    {
      label: 'four packages, one with its own capped refresh program and RSUs',
      input: {
        ...defaultWithPackages(),
        packages: [
          ...defaultWithPackages().packages,
          {
            name: 'Own refresh',
            equity: { instrument: 'rsu', value: 400000 },
            refresh: {
              grantFairValue: 1,
              vestingMonths: 12,
              milestones: [{ name: 'Ship', dueDay: 90, probability: 0.5, value: 20000 }],
              margin: { valuePerPoint: 10000, capPerYear: 15000, measureEveryMonths: 2 },
            },
          },
        ],
      },
    },
    ...generated.map((input, i) => ({ label: `generated #${i + 1}`, input })),
  ];
  for (const [i, { label, input }] of inputs.entries()) {
    const result = runModel(parseScenario(input, TODAY), BANDS);
    const plan = buildWorkbookPlan(result, BANDS);
    const file = join(dir, `case-${i}.xlsx`);
    writeFileSync(file, await planToXlsxBuffer(plan));
    cases.push({ label, input, result, plan, file });
  }
  // Live edit: the Earned-equity package's base salary typed into its cell (cached values left
  // stale), recalculated by LibreOffice, against the engine run on the edited scenario.
  const first = cases[0]!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first.file);
  const def = first.plan.names.find((n) => n.name === 'In_Pkg3_BaseSalary')!;
  wb.getWorksheet(def.sheet)!.getCell(def.range.replace(/\$/g, '')).value = 99000;
  const editedFile = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(editedFile);
  const editedInput = defaultWithPackages();
  editedInput.packages[2].baseSalary = 99000;
  const editedResult = runModel(parseScenario(editedInput, TODAY), BANDS);
  edited = { result: editedResult, plan: buildWorkbookPlan(editedResult, BANDS) };

  const outs = await recalculateXlsx([...cases.map((c) => c.file), editedFile], join(dir, 'out'));
  for (const [i, c] of cases.entries()) c.cells = await rawCells(readFileSync(outs[i]!));
  edited.cells = await rawCells(readFileSync(outs[outs.length - 1]!));
}, 600_000);

describe('packages in the workbook: LibreOffice equals the engine', () => {
  it('every formula cell, in every workbook with packages', () => {
    const total = expectEveryCaseMatches(cases);
    expect(
      cases.some((c) =>
        c.result.packages.some((p) => p.breakEven !== null && !p.breakEven.isZero()),
      ),
    ).toBe(true);
    expect(total).toBeGreaterThan(5_000);
  });

  it('every Out_Pkg* name equals the engine’s --json figure', () => {
    for (const c of cases) {
      const s = c.result.scenario;
      c.result.packages.forEach((p, k) => {
        const i = k + 1;
        const L = (n: string) => `${c.label} ${n}`;
        const want = (name: string, value: number | null) => {
          const got = nameValue(c, name);
          if (value === null) expect(got, L(name)).toBe('');
          else
            expect(
              Math.abs((got as number) - value),
              L(`${name}: ${String(got)} vs ${value}`),
            ).toBeLessThan(1e-6);
        };
        const m = p.model;
        want(`Out_Pkg${i}_RunwayDays_OfferExpected`, m.views.offerExpected.runway.days);
        for (const pct of s.market.compareAt)
          want(`Out_Pkg${i}_DaysGained_Market_${pct.toUpperCase()}`, p.daysGained[pct] ?? null);
        want(`Out_Pkg${i}_CashCost`, Number(fixed(m.cashCost.offer, 2)));
        want(`Out_Pkg${i}_Dilution_Expected`, m.equity.expected.dilution.toNumber());
        want(`Out_Pkg${i}_CandidateCash`, Number(fixed(p.candidate.cash, 2)));
        s.exitPrices.forEach((_, j) =>
          want(
            `Out_Pkg${i}_CandidateTotal_Expected_${j + 1}`,
            Number(fixed(p.candidate.total.expected[j]!, 2)),
          ),
        );
        want(`Out_Pkg${i}_BreakEven`, p.breakEven === null ? null : Number(fixed(p.breakEven, 2)));
      });
    }
  });

  it('a package’s base salary edited in the file moves its runway and break-even to the engine’s answer', () => {
    const p = edited.result.packages[2]!;
    const before = cases[0]!.result.packages[2]!;
    expect(p.model.views.offerExpected.runway.days).not.toBe(
      before.model.views.offerExpected.runway.days,
    );
    expect(p.breakEven?.toString()).not.toBe(before.breakEven?.toString());
    expect(nameValue(edited, 'Out_Pkg3_RunwayDays_OfferExpected')).toBe(
      p.model.views.offerExpected.runway.days,
    );
    expect(nameValue(edited, 'Out_Pkg3_BreakEven')).toBeCloseTo(Number(fixed(p.breakEven!, 2)), 9);
    expect(nameValue(edited, 'Out_Pkg3_CandidateCash')).toBeCloseTo(p.candidate.cash.toNumber(), 6);
    // The whole recalculated workbook equals the engine's plan for the edited scenario.
    const { mismatches } = compareWithPlan(edited.plan, edited.cells!);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
