// A hiring plan's workbook written into Excel (the fake) by the same applyPlan as one offer:
// the number of context.sync() calls does not grow with the number of hires (≤ 3, plus one per
// request the cell data needs under Excel on the web's 5 MB limit), and Plan mode's host saves
// the plan (schema 2) and selects the first hire's Offer Sheet.
import { describe, expect, it } from 'vitest';
import { REQUEST_BUDGET_BYTES, applyPlan } from '../../src/excel/apply.js';
import { loadPlan } from '../../src/excel/persist.js';
import { planWorkbookHost } from '../../src/excel/plan-host.js';
import { parsePlan, runPlan } from '../../src/model/plan/index.js';
import { buildPlanWorkbookPlan, offerSheetName } from '../../src/workbook/hiring-plan/index.js';
import { defaultBands } from '../support/bands.js';
import { repeatedDefaultPlan } from '../support/repeated-plan.js';
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from '../support/fake-excel.js';
import { expectNamesMatchPlan, expectWorkbookMatchesPlan } from './compare.js';
import { MemorySettings } from './memory-settings.js';
import { TODAY } from './plans.js';

type Doc = Record<string, unknown>;

/** The default plan's eight hires repeated to `n`, starts spread over two years; half a point
 * of margin each keeps 50 hires' gains under the 100 % gross-margin cap. */
const planOf = (n: number): Doc => repeatedDefaultPlan(n, 0.5);

function workbookOf(doc: Doc) {
  const bands = defaultBands();
  const plan = parsePlan(doc, TODAY);
  return { plan, wb: buildPlanWorkbookPlan(plan, runPlan(plan, bands), bands) };
}

describe('a 50-hire plan written into Excel', () => {
  it('uses a constant number of round trips (≤ 3 plus one per 5 MB chunk), as the 8-hire plan', async () => {
    const syncs: number[] = [];
    for (const n of [8, 50]) {
      const { wb } = workbookOf(planOf(n));
      const fake = new FakeWorkbook();
      const report = await fake.run((ctx) => applyPlan(ctx, wb));
      expectWorkbookMatchesPlan(fake, wb);
      expectNamesMatchPlan(fake, wb);
      expect(fake.syncCount).toBe(report.syncs);
      // Two reads, then one write request per budget's worth of cell data.
      const chunks = Math.max(1, Math.ceil(report.bytes / REQUEST_BUDGET_BYTES));
      expect(report.writeRequests).toBeLessThanOrEqual(chunks);
      expect(report.syncs).toBe(2 + report.writeRequests);
      // ≤ 3 round trips, plus one per further 5 MB of cell data (Excel on the web's limit).
      expect(report.syncs).toBeLessThanOrEqual(
        2 + Math.max(1, Math.ceil(report.bytes / 5_000_000)),
      );
      expect(fake.requests.every((r) => r.bytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
      expect(fake.writesWhileCalculating).toBe(0);
      expect(fake.writesWhileRepainting).toBe(0);
      console.log(
        `${n} hires: ${wb.sheets.length} sheets, ${report.syncs} context.sync() calls, ${report.writeRequests} write request(s), largest ${report.largestRequestBytes} bytes of ${report.bytes}`,
      );
      syncs.push(report.syncs - report.writeRequests);
    }
    // The reads do not grow with the hires.
    expect(syncs).toEqual([2, 2]);
  });

  it('a plan build that fails half-way still leaves the new plan saved (saved before the sheets)', async () => {
    const doc = planOf(2);
    const { wb } = workbookOf(doc);
    const settings = new MemorySettings();
    const failing = planWorkbookHost({
      run: () => Promise.reject(new Error('RichApi.Error: the workbook is protected')),
      settings: () => settings,
    });
    await expect(failing.buildPlan(wb, doc)).rejects.toThrow('protected');
    expect(loadPlan(settings.reopen())!.scenario.schema).toBe(2);
  });

  it("Plan mode's host writes the plan, saves it (schema 2) and selects the first Offer Sheet; a rebuild updates in place", async () => {
    const doc = planOf(12);
    const { plan, wb } = workbookOf(doc);
    const fake = new FakeWorkbook();
    fake.addSheet('Budget'); // not ours: never touched
    const settings = new MemorySettings();
    const host = planWorkbookHost({
      run: (batch) => fake.run(batch),
      settings: () => settings,
    });
    const first = await host.buildPlan(wb, doc);
    expect(first.created).toEqual(wb.sheets.map((s) => s.name));
    expect(loadPlan(settings.reopen())!.scenario.schema).toBe(2);
    const sheet = offerSheetName(1, plan.hires[0]!.scenario.offer.candidate);
    expect(sheet).toBe('Offer 1 – Hire 1');
    await host.showSheet(sheet);
    expect(fake.activeSheet).toBe(sheet);
    const again = await host.buildPlan(wb, doc);
    expect(again.created).toEqual([]);
    expect(again.updated).toEqual(wb.sheets.map((s) => s.name));
    expect(again.syncs).toBe(first.syncs);
    expectWorkbookMatchesPlan(fake, wb);
    expect(fake.sheet('Budget')).toBeDefined();
    await expect(host.showSheet('Offer 99')).rejects.toThrow(
      /build the plan in the workbook first/,
    );
  });
});
