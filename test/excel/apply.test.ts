// The Office.js renderer against the fake Excel: exact cells, a fixed number of round trips,
// calculation and repainting suspended, idempotent re-apply, sheets that are not ours untouched.
import { describe, expect, it } from 'vitest';
import { applyPlan, REQUEST_BUDGET_BYTES } from '../../src/excel/apply.js';
import { WorkbookConflictError } from '../../src/excel/ownership.js';
import { markerName } from '../../src/excel/writes.js';
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES, splitRef } from '../support/fake-excel.js';
import { expectNamesMatchPlan, expectWorkbookMatchesPlan, snapshot } from './compare.js';
import { defaultInput, modelOf, withHorizons } from './plans.js';

describe('applyPlan on a fresh workbook', () => {
  it('writes exactly the plan: cells, formats, styles, names, table, chart, layout', async () => {
    const { plan } = modelOf(defaultInput());
    const fake = new FakeWorkbook();
    fake.addSheet('Sheet1');
    const report = await fake.run((ctx) => applyPlan(ctx, plan));
    expect(report.created).toEqual(plan.sheets.map((s) => s.name));
    expectWorkbookMatchesPlan(fake, plan);
    expectNamesMatchPlan(fake, plan);
    // every plan sheet is marked as ours, with a hidden name
    for (const s of plan.sheets) {
      const marker = fake.name(markerName(s.name));
      expect(marker?.visible).toBe(false);
      expect(splitRef(marker!.formula).sheet).toBe(s.name);
    }
    for (const s of plan.sheets) {
      const got = fake.sheet(s.name)!;
      for (const t of s.tables ?? []) {
        const table = fake.table(t.name)!;
        expect(table.sheet).toBe(got);
        expect(table.style).toBe(t.style);
        expect(`$${String.fromCharCode(65 + table.c0)}$${table.r0 + 1}`).toBe(
          t.range.split(':')[0],
        );
      }
      expect(got.charts).toHaveLength(s.charts?.length ?? 0);
      (s.charts ?? []).forEach((c, i) => {
        const chart = got.charts[i]!;
        expect(chart.title).toBe(c.title);
        expect(chart.type).toBe('Line');
        expect(chart.series.map((x) => x.name)).toEqual(c.series.map((x) => x.name));
        expect(chart.series.map((x) => splitRef(x.values).address)).toEqual(
          c.series.map((x) => x.range),
        );
        expect(
          chart.series.every(
            (x) => x.xValues && splitRef(x.xValues).address === c.categories.range,
          ),
        ).toBe(true);
        expect(chart.series.map((x) => x.color)).toEqual(
          c.series.map((x) => `#${x.color}`.toUpperCase()),
        );
      });
      if (s.freeze) expect(got.freeze).toEqual(s.freeze.rows || s.freeze.cols ? s.freeze : null);
      if (s.print) {
        expect(got.print.area).toBe(s.print.area);
        expect(got.print.zoom).toEqual(
          s.print.fitToHeight > 0
            ? { horizontalFitToPages: s.print.fitToWidth, verticalFitToPages: s.print.fitToHeight }
            : { horizontalFitToPages: s.print.fitToWidth },
        );
      }
      if (s.showGridLines === false) expect(got.showGridlines).toBe(false);
      expect(got.columnWidths.size).toBe(s.columnWidths.length);
    }
    // the user's own sheet is still there, empty and untouched
    expect(fake.sheet('Sheet1')!.cells.size).toBe(0);
  });

  it('suspends calculation and repainting for every cell write, then restores the mode', async () => {
    const { plan } = modelOf(defaultInput());
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    expect(fake.writesWhileCalculating).toBe(0);
    expect(fake.writesWhileRepainting).toBe(0);
    expect(fake.calculationMode).toBe('Automatic');
    expect(fake.fullCalculations).toBe(0);

    const manual = new FakeWorkbook();
    manual.calculationMode = 'Manual';
    await manual.run((ctx) => applyPlan(ctx, plan));
    expect(manual.calculationMode).toBe('Manual');
    expect(manual.fullCalculations).toBe(1); // the user's manual mode still gets computed figures
  });

  it('uses the same number of round trips at H=48/R=120 and H=120/R=600', async () => {
    const counts: number[] = [];
    for (const [H, R] of [
      [48, 120],
      [120, 600],
    ] as const) {
      const { plan } = modelOf(withHorizons(H, R));
      const fake = new FakeWorkbook();
      const report = await fake.run((ctx) => applyPlan(ctx, plan));
      expectWorkbookMatchesPlan(fake, plan);
      expect(fake.syncCount).toBe(report.syncs);
      expect(Math.max(...fake.requests.map((r) => r.bytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      console.log(
        `H=${H} R=${R}: ${report.syncs} context.sync() calls, largest request ${fake.requests.reduce((m, r) => Math.max(m, r.bytes), 0)} bytes`,
      );
      counts.push(report.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('splits cell data over several requests when one would pass the budget, each under 5 MB', async () => {
    const { plan } = modelOf(withHorizons(120, 600));
    // Every cell written explicitly (no fill-down): about 4 MB of formulas.
    const fake = new FakeWorkbook();
    const report = await fake.run((ctx) => applyPlan(ctx, plan, { fillDown: false }));
    expectWorkbookMatchesPlan(fake, plan);
    expect(report.writeRequests).toBeGreaterThan(1);
    expect(fake.requests.every((r) => r.bytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(fake.writesWhileCalculating).toBe(0);
    expect(fake.writesWhileRepainting).toBe(0);
    // and a small budget splits even the default model, with the same result
    const small = new FakeWorkbook();
    const r2 = await small.run((ctx) =>
      applyPlan(ctx, modelOf(defaultInput()).plan, { requestBudgetBytes: 20_000 }),
    );
    expect(r2.writeRequests).toBeGreaterThan(5);
    expect(small.requests.every((r) => r.bytes < 20_000 + 10_000)).toBe(true);
    expectWorkbookMatchesPlan(small, modelOf(defaultInput()).plan);
    expect(REQUEST_BUDGET_BYTES).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it('fill-down and explicit writes record the same workbook', async () => {
    const { plan } = modelOf(withHorizons(60, 240));
    const a = new FakeWorkbook();
    const b = new FakeWorkbook();
    await a.run((ctx) => applyPlan(ctx, plan));
    await b.run((ctx) => applyPlan(ctx, plan, { fillDown: false }));
    expect(snapshot(a)).toEqual(snapshot(b));
  });
});

describe('a write that Excel refuses', () => {
  it('surfaces Excel’s error and gives the user their calculation mode back', async () => {
    const { plan } = modelOf(defaultInput());
    const broken = structuredClone(plan);
    broken.sheets[broken.sheets.length - 1]!.name = 'A sheet name far longer than Excel allows';
    const fake = new FakeWorkbook();
    const error = await fake.run((ctx) => applyPlan(ctx, broken)).catch((e: unknown) => e);
    expect(String(error)).toMatch(/InvalidArgument: invalid sheet name/);
    expect(fake.calculationMode).toBe('Automatic');
    expect(fake.syncCount).toBe(4); // read, inspect, the refused write, the restore
  });
});

describe('re-applying', () => {
  it('is idempotent: the second apply leaves the same workbook, no duplicates', async () => {
    const { plan } = modelOf(defaultInput());
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    const first = snapshot(fake);
    const report = await fake.run((ctx) => applyPlan(ctx, plan));
    expect(report.created).toEqual([]);
    expect(report.updated.sort()).toEqual(plan.sheets.map((s) => s.name).sort());
    expect(report.syncs).toBe(3);
    expect(snapshot(fake)).toEqual(first);
  });

  it('updates in place after edits: a smaller plan leaves no stale names, tables or cells', async () => {
    const input = defaultInput() as { offer: { refresh: { milestones: unknown[] } } };
    const big = modelOf(input).plan;
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, big));
    fake.userEnter('Inputs', 'D2', 'a note the user typed on our sheet');
    const fewer = structuredClone(input);
    fewer.offer.refresh.milestones = fewer.offer.refresh.milestones.slice(0, 1);
    const small = modelOf(fewer).plan;
    await fake.run((ctx) => applyPlan(ctx, small));
    expectWorkbookMatchesPlan(fake, small);
    expectNamesMatchPlan(fake, small);
    expect(fake.name('In_Milestone2_Name')).toBeUndefined();
    expect(fake.tables.filter((t) => t.name === 'Milestones')).toHaveLength(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(small.sheets.map((s) => s.name));
  });

  it('renames a sheet the user renamed back, and rebuilds a deleted one, touching nothing else', async () => {
    const { plan } = modelOf(defaultInput());
    const fake = new FakeWorkbook();
    const mine = fake.addSheet('My notes');
    fake.userEnter('My notes', 'A1', 'keep me');
    fake.userEnter('My notes', 'B2', '=Inputs!B1');
    await fake.run((ctx) => applyPlan(ctx, plan));
    fake.renameSheet('Runway', 'Runway (old)');
    fake.deleteSheet('Summary');
    const report = await fake.run((ctx) => applyPlan(ctx, plan));
    expect(report.renamed).toEqual([{ from: 'Runway (old)', to: 'Runway' }]);
    expect(report.created).toEqual(['Summary']);
    // Summary is back in its place among the model's sheets; the user's sheet stays first
    expect(fake.sheets.map((x) => x.name)).toEqual(['My notes', ...plan.sheets.map((x) => x.name)]);
    expectWorkbookMatchesPlan(fake, plan);
    expectNamesMatchPlan(fake, plan);
    expect(fake.sheets.filter((s) => s.name.startsWith('Runway'))).toHaveLength(1);
    expect(fake.sheet('My notes')).toBe(mine);
    expect(fake.cell('My notes', 'A1').value).toBe('keep me');
    expect(fake.cell('My notes', 'B2').formula).toBe('=Inputs!B1');
    expect(mine.cells.size).toBe(2);
  });

  it('never takes a sheet the user made for one of ours once the model is marked', async () => {
    const { plan } = modelOf(defaultInput());
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    fake.deleteSheet('Summary');
    fake.addSheet('Summary');
    fake.userEnter('Summary', 'A1', 'my own summary');
    const before = snapshot(fake);
    const error = (await fake
      .run((ctx) => applyPlan(ctx, plan))
      .catch((e: unknown) => e)) as WorkbookConflictError;
    expect(error).toBeInstanceOf(WorkbookConflictError);
    expect(error.problems).toEqual([
      'The workbook already has a sheet named "Summary" that Offer Runway did not make. Rename it, then build again.',
    ]);
    expect(snapshot(fake)).toEqual(before);
  });

  it('adopts a model written without markers (the CLI .xlsx opened in Excel)', async () => {
    const { plan } = modelOf(defaultInput());
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    fake.names = fake.names.filter((n) => !n.name.startsWith('OfferRunway.'));
    await fake.run((ctx) => applyPlan(ctx, plan));
    expectWorkbookMatchesPlan(fake, plan);
    expect(fake.sheets).toHaveLength(plan.sheets.length);
  });
});

describe('conflicts stop before anything is written', () => {
  const plan = () => modelOf(defaultInput()).plan;

  it('a sheet of the same name that is not ours', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Inputs');
    fake.userEnter('Inputs', 'A1', 'the user’s own inputs');
    const before = snapshot(fake);
    const error = await fake.run((ctx) => applyPlan(ctx, plan())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookConflictError);
    expect((error as WorkbookConflictError).problems).toEqual([
      'The workbook already has a sheet named "Inputs" that Offer Runway did not make. Rename it, then build again.',
    ]);
    expect(snapshot(fake)).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });

  it('a defined name of ours pointing at a sheet that is not ours', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Budget');
    fake.names.push({ name: 'In_Cash', formula: '=Budget!$C$3', comment: '', visible: true });
    const before = snapshot(fake);
    const error = (await fake
      .run((ctx) => applyPlan(ctx, plan()))
      .catch((e: unknown) => e)) as WorkbookConflictError;
    expect(error.problems[0]).toContain('"In_Cash" (=Budget!$C$3)');
    expect(snapshot(fake)).toEqual(before);
  });

  it('a table named like ours on a sheet that is not ours', async () => {
    const fake = new FakeWorkbook();
    const s = fake.addSheet('Plans');
    fake.userEnter('Plans', 'A1', 'Goal');
    fake.tables.push({
      name: 'Milestones',
      sheet: s,
      r0: 0,
      c0: 0,
      r1: 1,
      c1: 0,
      style: 'TableStyleLight1',
    });
    const before = snapshot(fake);
    const error = (await fake
      .run((ctx) => applyPlan(ctx, plan()))
      .catch((e: unknown) => e)) as WorkbookConflictError;
    expect(error).toBeInstanceOf(WorkbookConflictError);
    expect(error.problems[0]).toContain('table named "Milestones"');
    expect(snapshot(fake)).toEqual(before);
    expect(fake.syncCount).toBe(2);
  });
});

describe('merged paragraphs (the Offer Sheet)', () => {
  /** "$A$12:$F$13" → zero-based bounds, by hand (not through the fake's parser). */
  const bounds = (a1: string) => {
    const [from, to = from] = a1.replace(/\$/g, '').split(':') as [string, string?];
    const cell = (x: string) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(x)!;
      const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return [Number(digits) - 1, col] as const;
    };
    const [r0, c0] = cell(from);
    const [r1, c1] = cell(to!);
    return { r0, c0, r1, c1 };
  };

  it('merges exactly the plan’s ranges, and a re-apply leaves them as they were', async () => {
    const { plan } = modelOf(defaultInput());
    const withMerges = plan.sheets.filter((s) => (s.merges ?? []).length > 0);
    expect(withMerges.length).toBeGreaterThan(0); // the Offer Sheet has paragraphs
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    const expected = (name: string) =>
      (plan.sheets.find((s) => s.name === name)!.merges ?? []).map(bounds);
    for (const s of plan.sheets) expect(fake.sheet(s.name)!.merges).toEqual(expected(s.name));
    await fake.run((ctx) => applyPlan(ctx, plan));
    for (const s of plan.sheets) expect(fake.sheet(s.name)!.merges).toEqual(expected(s.name));
  });
});
