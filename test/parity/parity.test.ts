/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The parity proof (issue 3): LibreOffice recalculates the workbooks of the default scenario and
 * 25+ generated scenarios, and every formula cell must equal the engine's value; every Out_*
 * name is also checked against the engine's result directly. Runs in CI (LibreOffice is a
 * system dependency there); never skipped.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixed, type Decimal } from '../../src/model/decimal.js';
import { runModel, type ModelResult } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan } from '../../src/workbook/build.js';
import type { WorkbookPlan } from '../../src/workbook/plan.js';
import { planToXlsxBuffer } from '../../src/xlsx/render.js';
import { recalculateXlsx } from '../support/libreoffice.js';
import { rawCells, type RawCell } from '../support/xlsx-read.js';
import { referenceReport } from '../support/reference-model.js';
import { compareWithPlan, expectEveryCaseMatches } from './compare.js';
import { generateScenarios } from './generate.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
const SEED = 20_261_126;
const GENERATED = 26;

interface Case {
  label: string;
  input: Record<string, any>;
  result: ModelResult;
  plan: WorkbookPlan;
  file: string;
  cells?: Map<string, Map<string, RawCell>>;
}

const cases: Case[] = [];
let corrupted: { plan: WorkbookPlan; cells?: Map<string, Map<string, RawCell>> };

/** Value of a defined name pointing at one cell, from the recalculated XML. */
function nameValue(c: Case, name: string): unknown {
  const def = c.plan.names.find((n) => n.name === name);
  if (!def) throw new Error(`${c.label}: no defined name ${name}`);
  return c.cells?.get(def.sheet)?.get(def.range.replace(/\$/g, ''))?.value ?? '';
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-parity-'));
  const scenarios = [
    {
      label: 'default scenario',
      input: JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8')) as Record<
        string,
        any
      >,
      scenario: parseScenarioText(
        readFileSync('templates/scenarios/default.json', 'utf8'),
        { today: '2026-11-26' },
        'default',
      ),
    },
    ...generateScenarios(GENERATED, SEED).map((g, i) => ({
      label: `generated #${i + 1}`,
      input: g.input,
      scenario: g.scenario,
    })),
  ];
  for (const [i, { label, input, scenario }] of scenarios.entries()) {
    const result = runModel(scenario, BANDS);
    const plan = buildWorkbookPlan(result, BANDS);
    const file = join(dir, `case-${i}.xlsx`);
    writeFileSync(file, await planToXlsxBuffer(plan));
    cases.push({ label, input, result, plan, file });
  }
  // A copy of the default workbook whose cached results are all wrong: LibreOffice must
  // recompute the right ones (proof that the harness really recalculates).
  const first = cases[0] as Case;
  const bad: WorkbookPlan = JSON.parse(JSON.stringify(first.plan)) as WorkbookPlan;
  for (const sheet of bad.sheets)
    for (const b of sheet.blocks)
      for (const line of b.cells)
        for (const cell of line)
          if (cell.kind === 'formula' && typeof cell.cached === 'number') cell.cached += 7;
  const badFile = join(dir, 'corrupted.xlsx');
  writeFileSync(badFile, await planToXlsxBuffer(bad));
  corrupted = { plan: bad };

  const outs = await recalculateXlsx(
    [...cases.map((c) => c.file), badFile],
    join(dir, 'recalculated'),
  );
  for (const [i, c] of cases.entries()) c.cells = await rawCells(readFileSync(outs[i] as string));
  corrupted.cells = await rawCells(readFileSync(outs[outs.length - 1] as string));
}, 600_000);

describe('LibreOffice recalculation equals the engine', () => {
  it('covers the default scenario and at least 25 generated ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(26);
    // The generated set exercises the layout's variants.
    const s = cases.map((c) => c.result.scenario);
    expect(s.some((x) => x.offer.refresh === null)).toBe(true);
    expect(s.some((x) => x.offer.refresh?.margin?.capPerYear)).toBe(true);
    expect(s.some((x) => x.offer.equity.instrument === 'rsu')).toBe(true);
    expect(s.some((x) => x.offer.marginGain === null)).toBe(true);
    expect(cases.some((c) => c.result.views.offerExpected.runway.days === null)).toBe(true);
    expect(cases.some((c) => c.result.views.offerExpected.runway.days !== null)).toBe(true);
  });

  it('recomputes instead of keeping cached results', () => {
    const { checked, mismatches } = compareWithPlan(
      corrupted.plan,
      corrupted.cells as Map<string, Map<string, RawCell>>,
    );
    // Every numeric formula was cached 7 too high; almost none may survive recalculation.
    expect(mismatches.length).toBeGreaterThan(checked * 0.9);
    const good = compareWithPlan(
      (cases[0] as Case).plan,
      corrupted.cells as Map<string, Map<string, RawCell>>,
    );
    expect(good.mismatches).toEqual([]);
  });

  it('every formula cell of every workbook equals the engine (money to the cent, shares exactly)', () => {
    expect(expectEveryCaseMatches(cases)).toBeGreaterThan(50_000);
  });

  it('no cell of any recalculated workbook is an error value', () => {
    for (const c of cases)
      for (const [sheet, cells] of c.cells ?? new Map<string, Map<string, RawCell>>())
        for (const [addr, cell] of cells)
          expect(typeof cell.value === 'object' ? `${c.label} ${sheet}!${addr}` : 'ok').toBe('ok');
  });

  it('every Out_* name equals the engine result', () => {
    const cent = (x: Decimal) => Number(fixed(x, 2));
    const near = (label: string, got: unknown, want: number | null, tol = 0.005) => {
      if (want === null) expect(got, label).toBe('');
      else {
        expect(typeof got, label).toBe('number');
        expect(
          Math.abs((got as number) - want),
          `${label}: ${String(got)} vs ${want}`,
        ).toBeLessThanOrEqual(tol);
      }
    };
    for (const c of cases) {
      const r = c.result;
      const L = (n: string) => `${c.label} ${n}`;
      for (const [suffix, view] of [
        ['Baseline', r.views.baseline],
        ['OfferNoGain', r.views.offerNoGain],
        ['OfferExpected', r.views.offerExpected],
        ['OfferHit', r.views.offerHit],
        ...r.scenario.market.compareAt.map(
          (p) => [`Market_${p.toUpperCase()}`, r.market[p]] as const,
        ),
      ] as const) {
        near(
          L(`Out_RunwayDays_${suffix}`),
          nameValue(c, `Out_RunwayDays_${suffix}`),
          view?.runway.days ?? null,
          0,
        );
        near(
          L(`Out_RunwayMonths_${suffix}`),
          nameValue(c, `Out_RunwayMonths_${suffix}`),
          view?.runway.months?.toNumber() ?? null,
          1e-9,
        );
      }
      near(L('Out_CashCost_Offer'), nameValue(c, 'Out_CashCost_Offer'), cent(r.cashCost.offer));
      near(
        L('Out_Dilution_Hit'),
        nameValue(c, 'Out_Dilution_Hit'),
        r.equity.hit.dilution.toNumber(),
        1e-12,
      );
      near(
        L('Out_Dilution_Expected'),
        nameValue(c, 'Out_Dilution_Expected'),
        r.equity.expected.dilution.toNumber(),
        1e-12,
      );
      near(
        L('Out_Granted_Hit'),
        nameValue(c, 'Out_Granted_Hit'),
        r.equity.hit.grantedShares.toNumber(),
        0,
      );
      near(
        L('Out_PoolUse_Expected'),
        nameValue(c, 'Out_PoolUse_Expected'),
        r.equity.expected.poolUse.toNumber(),
        1e-12,
      );
      near(
        L('Out_BandPercentile'),
        nameValue(c, 'Out_BandPercentile'),
        r.band.percentile.toNumber(),
        1e-9,
      );
      near(L('Out_CompaRatio'), nameValue(c, 'Out_CompaRatio'), r.band.compaRatio.toNumber(), 1e-9);
      near(
        L('Out_MarginRoi'),
        nameValue(c, 'Out_MarginRoi'),
        r.marginRoi?.toNumber() ?? null,
        1e-9,
      );
      near(
        L('Out_MissCost_Savings'),
        nameValue(c, 'Out_MissCost_Savings'),
        cent(r.missCostSavings),
      );
      r.missCost.forEach((m, i) =>
        near(L(`Out_MissCost_${i + 1}`), nameValue(c, `Out_MissCost_${i + 1}`), cent(m.cost)),
      );
      r.scenario.exitPrices.forEach((_, j) => {
        near(
          L(`Out_ExitValue_Hit_${j + 1}`),
          nameValue(c, `Out_ExitValue_Hit_${j + 1}`),
          cent(r.exitValue.hit[j] as Decimal),
        );
        near(
          L(`Out_ExitValue_Expected_${j + 1}`),
          nameValue(c, `Out_ExitValue_Expected_${j + 1}`),
          cent(r.exitValue.expected[j] as Decimal),
        );
      });
    }
  });

  it('the Out_* names equal the independent reference implementation of model.md §3', () => {
    for (const c of cases) {
      const b = c.result.band.row.values;
      const ref = referenceReport(c.input, {
        p10: b.p10.toNumber(),
        p25: b.p25.toNumber(),
        p50: b.p50.toNumber(),
        p75: b.p75.toNumber(),
        p90: b.p90.toNumber(),
      });
      const L = (n: string) => `${c.label} ${n}`;
      const days = (x: { days: number | null }) => (x.days === null ? '' : x.days);
      for (const [suffix, key] of [
        ['Baseline', 'baseline'],
        ['OfferNoGain', 'offerNoGain'],
        ['OfferExpected', 'offerExpected'],
        ['OfferHit', 'offerHit'],
      ])
        expect(nameValue(c, `Out_RunwayDays_${suffix}`), L(suffix as string)).toBe(
          days(ref.runway[key as string]),
        );
      for (const p of c.result.scenario.market.compareAt)
        expect(nameValue(c, `Out_RunwayDays_Market_${p.toUpperCase()}`), L(p)).toBe(
          days(ref.runway.market[p]),
        );
      const close = (name: string, want: string | null, tol: number) => {
        const got = nameValue(c, name);
        if (want === null) return expect(got, L(name)).toBe('');
        expect(typeof got, L(name)).toBe('number');
        expect(
          Math.abs((got as number) - Number(want)),
          `${L(name)}: ${String(got)} vs ${want}`,
        ).toBeLessThanOrEqual(tol);
      };
      close('Out_CashCost_Offer', ref.cashCost.offer, 0.005);
      close('Out_Dilution_Hit', ref.equity.hit.dilution, 5e-7);
      close('Out_Dilution_Expected', ref.equity.expected.dilution, 5e-7);
      close('Out_BandPercentile', ref.band.percentile, 0.05);
      close('Out_MarginRoi', ref.marginRoi, 5e-5);
      close('Out_MissCost_Savings', ref.missCost.savings, 0.005);
    }
  });
});
