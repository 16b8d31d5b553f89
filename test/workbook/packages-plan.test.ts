import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/model.js';
import { parseScenario } from '../../src/model/scenario.js';
import { buildWorkbookPlan, SHEETS } from '../../src/workbook/build.js';
import { PACKAGES_SHEET } from '../../src/workbook/packages-sheet.js';
import { a1, colLetter, sheetCells, type WorkbookPlan } from '../../src/workbook/plan.js';
import { defaultBands } from '../support/bands.js';
import {
  balancedPackage,
  cashHeavyPackage,
  earnedEquityPackage,
  ownRefreshPackage,
} from '../support/packages.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const BANDS = defaultBands();
const input: any = JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8'));
// Hostile text in a package name and a milestone name (they must stay text).
input.packages = [
  { ...cashHeavyPackage(), name: '=HYPERLINK("x")' },
  balancedPackage(),
  ownRefreshPackage('Own refresh', '+1 ship', { capPerYear: 15000 }),
  earnedEquityPackage(),
];
const result = runModel(parseScenario(input, { today: '2026-11-26' }), BANDS);
const plan: WorkbookPlan = buildWorkbookPlan(result, BANDS);
const sheet = plan.sheets.find((s) => s.name === PACKAGES_SHEET)!;
const cellAt = (name: string) => {
  const n = plan.names.find((d) => d.name === name)!;
  const s = plan.sheets.find((x) => x.name === n.sheet)!;
  const [, col, row] = /^\$([A-Z]+)\$(\d+)$/.exec(n.range)!;
  return [...sheetCells(s)].find((c) => colLetter(c.col) === col && c.row + 1 === Number(row))
    ?.cell;
};

describe('the Packages sheet in the workbook plan', () => {
  it('sits after the Summary; a scenario without packages has none', () => {
    expect(plan.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      SHEETS.offer,
      SHEETS.summary,
      PACKAGES_SHEET,
    ]);
    const plain = { ...input };
    delete plain.packages;
    const p = buildWorkbookPlan(
      runModel(parseScenario(plain, { today: '2026-11-26' }), BANDS),
      BANDS,
    );
    expect(p.sheets.some((s) => s.name === PACKAGES_SHEET)).toBe(false);
  });

  it('defines every Out_Pkg name on one formula cell, and package inputs as literal cells', () => {
    for (let i = 1; i <= 4; i++) {
      const names = [
        `Out_Pkg${i}_RunwayDays_OfferExpected`,
        ...['P50', 'P75', 'P90'].map((p) => `Out_Pkg${i}_DaysGained_Market_${p}`),
        `Out_Pkg${i}_CashCost`,
        `Out_Pkg${i}_Dilution_Expected`,
        `Out_Pkg${i}_CandidateCash`,
        ...[1, 2, 3, 4].map((j) => `Out_Pkg${i}_CandidateTotal_Expected_${j}`),
        `Out_Pkg${i}_BreakEven`,
      ];
      for (const n of names) expect(cellAt(n)?.kind, n).toBe('formula');
      expect(['number', 'text', 'empty']).toContain(cellAt(`In_Pkg${i}_BaseSalary`)?.kind);
    }
    // Package 1 is the reference: its break-even is empty.
    expect(cellAt('Out_Pkg1_BreakEven')).toMatchObject({
      kind: 'formula',
      formula: '""',
      cached: '',
    });
    // Inherited fields are empty input cells; overrides hold the value as written.
    expect(cellAt('In_Pkg2_BaseSalary')?.kind).toBe('empty');
    expect(cellAt('In_Pkg1_BaseSalary')).toMatchObject({ kind: 'number', value: 185000 });
    expect(cellAt('In_Pkg1_Refresh')).toMatchObject({ kind: 'text', text: 'none' });
    expect(cellAt('In_Pkg2_Refresh')).toMatchObject({ kind: 'text', text: 'offer' });
    expect(cellAt('In_Pkg3_Refresh')).toMatchObject({ kind: 'text', text: 'own' });
    expect(cellAt('In_Pkg3_Milestone1_Value')).toMatchObject({ kind: 'number', value: 20000 });
  });

  it('writes package and milestone names as text, never as formulas', () => {
    expect(cellAt('In_Pkg1_Name')).toMatchObject({ kind: 'text', text: '=HYPERLINK("x")' });
    expect(cellAt('In_Pkg3_Milestone1_Name')).toMatchObject({ kind: 'text', text: '+1 ship' });
    for (const s of plan.sheets)
      for (const { cell } of sheetCells(s))
        if (cell.kind === 'formula') expect(cell.formula).not.toContain('HYPERLINK');
  });

  it('derives every number by formula: literal numbers are inputs, month labels or helpers', () => {
    for (const { row, col, cell } of sheetCells(sheet)) {
      if (cell.kind !== 'number') continue;
      expect(['input', 'label', 'helper', 'calc'], `${a1(row, col)}`).toContain(cell.style);
      if (cell.style === 'calc') expect(Number.isInteger(cell.value), a1(row, col)).toBe(true); // grant months
    }
  });

  it('reaches other sheets only through defined names', () => {
    for (const { cell } of sheetCells(sheet))
      if (cell.kind === 'formula')
        expect(
          /(?:'[^']+'|[A-Za-z][\w ]*)!\$?[A-Z]{1,3}\$?\d/.test(cell.formula),
          cell.formula,
        ).toBe(false);
  });
});
