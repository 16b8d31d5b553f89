// The hiring-plan workbook through the Office.js renderer (issue 10 item 6's bound): a 50-hire
// plan is written with ≤ 3 context.sync() calls plus one per 5 MB of cell data, every request
// under Excel's 5 MB limit, exactly the plan's cells; hostile candidate names and milestone
// titles stay text.
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/excel/apply.js';
import { parsePlan, runPlan } from '../../src/model/plan/index.js';
import { buildPlanWorkbookPlan } from '../../src/workbook/hiring-plan/index.js';
import { defaultBands } from '../support/bands.js';
import { repeatedDefaultPlan } from '../support/repeated-plan.js';
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from '../support/fake-excel.js';
import { expectNamesMatchPlan, expectTextStaysText, expectWorkbookMatchesPlan } from './compare.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")',
  '+1 555 0100',
  '-5',
  '@SUM(1,2)',
  '\t=1+1',
];

/** The default plan's eight hires repeated to `n`, start months spread over two years. */
function planOf(n: number) {
  const doc = repeatedDefaultPlan(n, 0.5, (i) => HOSTILE[i] ?? `Hire ${i + 1}`);
  doc.templates['earned-equity'].refresh.milestones[0].name = HOSTILE[0];
  const bands = defaultBands();
  const plan = parsePlan(doc, { today: '2026-11-26' });
  return buildPlanWorkbookPlan(plan, runPlan(plan, bands), bands);
}

describe('the plan workbook in Excel (fake Office.js)', () => {
  it('writes a 50-hire plan in ≤ 3 syncs plus one per 5 MB, each request under 5 MB', async () => {
    const plan = planOf(50);
    const fake = new FakeWorkbook();
    const report = await fake.run((ctx) => applyPlan(ctx, plan));
    const largest = Math.max(...fake.requests.map((r) => r.bytes));
    console.log(
      `50-hire plan: ${plan.sheets.length} sheets, ${report.syncs} context.sync() calls, ${report.writeRequests} write requests, ${(report.bytes / 1e6).toFixed(2)} MB in all, largest request ${(largest / 1e6).toFixed(2)} MB`,
    );
    expect(fake.syncCount).toBe(report.syncs);
    expect(report.syncs).toBeLessThanOrEqual(3 + Math.ceil(report.bytes / PAYLOAD_LIMIT_BYTES));
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.writesWhileCalculating).toBe(0);
    expectWorkbookMatchesPlan(fake, plan);
    expectNamesMatchPlan(fake, plan);
    // and text stays text: hostile names in the Hires table, on the Offer Sheets, on Grants
    const texts = expectTextStaysText(fake, plan);
    const found = new Set(HOSTILE.filter((h) => texts.some((t) => t.includes(h))));
    expect([...found].sort()).toEqual([...HOSTILE].sort());
  }, 120_000);
});
