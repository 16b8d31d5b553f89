import { describe, expect, it } from 'vitest';
import { workbookHost } from '../../src/excel/host.js';
import { loadScenario } from '../../src/excel/persist.js';
import { sheetWrites } from '../../src/excel/writes.js';
import { InputError } from '../../src/model/messages.js';
import { SheetBuilder } from '../../src/workbook/builder.js';
import type { PlanName } from '../../src/workbook/plan.js';
import { FakeRequestContext, FakeWorkbook } from '../support/fake-excel.js';
import { defaultBands } from '../support/bands.js';
import { MemorySettings } from './memory-settings.js';
import { defaultInput, modelOf } from './plans.js';

/** Issue 12 item 8: a fake Excel as strict as the real one, and persistence in step. */
describe('request size is counted as sent: UTF-8 bytes', () => {
  it('1,000 "€" (3 bytes each in UTF-8) count as at least 3,000 bytes, not 1,000', async () => {
    const fake = new FakeWorkbook();
    const context = new FakeRequestContext(fake);
    context.enqueue({ values: [['€'.repeat(1000)]] }, () => {});
    await context.sync();
    // JSON {"values":[["€…€"]]}: 3,000 bytes of euro signs plus 16 of punctuation and key.
    expect(fake.requests.at(-1)!.bytes).toBeGreaterThanOrEqual(3016);
  });
});

describe('a row that can never fit in one request is refused up front', () => {
  it('names the sheet, the row, its label and its largest cell', () => {
    const names: PlanName[] = [];
    const b = new SheetBuilder('Inputs', names);
    b.text(0, 0, 'Candidate');
    b.text(0, 1, 'x'.repeat(6 * 1024 * 1024)); // 6 MB in one cell, over the 5 MB request limit
    let err: unknown;
    try {
      sheetWrites(b.build(), 5 * 1024 * 1024);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).source).toBe('Inputs');
    expect((err as InputError).problems[0]).toMatch(
      /^row 1 \("Candidate"\) needs [\d,]+ bytes in one request, more than Excel's 5,242,880; its largest cell is B1 /,
    );
  });
});

describe('the scenario is saved before the sheets are written', () => {
  it('a build that fails half-way still leaves the saved scenario of the new build', async () => {
    const settings = new MemorySettings();
    const failing = workbookHost({
      run: () => Promise.reject(new Error('RichApi.Error: the workbook is protected')),
      settings: () => settings,
    });
    const input = { ...defaultInput(), name: 'Saved first' };
    const { result } = modelOf(input);
    await expect(failing.buildModel(result, defaultBands())).rejects.toThrow('protected');
    expect(loadScenario(settings)?.scenario.name).toBe('Saved first');
  });
});
