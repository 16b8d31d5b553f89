// Fill-down is an optimisation, never a change: for generated scenarios, the workbook recorded
// with fill-downs equals the one written cell by cell, and both equal the plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/excel/apply.js';
import { FakeWorkbook } from '../support/fake-excel.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { expectWorkbookMatchesPlan, snapshot } from './compare.js';
import { modelOf } from './plans.js';

describe('fill-down', () => {
  it('records the same workbook as writing every cell (property)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioInputArb({ maxHorizon: 48, maxRunway: 180 }), async (input) => {
        const { plan } = modelOf(input);
        const filled = new FakeWorkbook();
        const explicit = new FakeWorkbook();
        const report = await filled.run((ctx) => applyPlan(ctx, plan));
        await explicit.run((ctx) => applyPlan(ctx, plan, { fillDown: false }));
        expect(report.syncs).toBe(3);
        expectWorkbookMatchesPlan(filled, plan);
        expect(snapshot(filled)).toEqual(snapshot(explicit));
      }),
      { numRuns: 10, seed: 777 },
    );
  });
});
