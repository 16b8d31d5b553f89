// The fake is only useful if it fails where Excel fails. These tests hold it to that.
import { describe, expect, it } from 'vitest';
import { FakeExcelError, FakeWorkbook, moveFormula } from '../support/fake-excel.js';

const ctxOf = (fake: FakeWorkbook) => fake.context() as unknown as Excel.RequestContext;

describe('the fake Excel object model', () => {
  it('throws when a property is read before load() and sync()', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('A');
    const ctx = ctxOf(fake);
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load('items/name');
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/); // loaded only after the sync
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(['A']);
    const ws = ctx.workbook.worksheets.getItem('A');
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
    const app = ctx.workbook.application;
    expect(() => app.calculationMode).toThrow(/PropertyNotLoaded/);
    const nul = ctx.workbook.worksheets.getItemOrNullObject('missing');
    expect(() => nul.isNullObject).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(nul.isNullObject).toBe(true);
  });

  it('queues writes until sync and counts syncs', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('A');
    const ctx = ctxOf(fake);
    ctx.workbook.worksheets.getItem('A').getRange('B2').formulas = [['=1+1']];
    expect(fake.cell('A', 'B2').formula).toBeNull();
    await ctx.sync();
    expect(fake.cell('A', 'B2').formula).toBe('=1+1');
    expect(fake.syncCount).toBe(1);
  });

  it('fails a write whose array shape does not match the range', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('A');
    const ctx = ctxOf(fake);
    ctx.workbook.worksheets.getItem('A').getRange('A1:B2').formulas = [[1, 2]];
    await expect(ctx.sync()).rejects.toThrow(/InvalidArgument.*2×2/);
  });

  it('fails a look-up of a missing sheet at sync, like Excel', async () => {
    const fake = new FakeWorkbook();
    const ctx = ctxOf(fake);
    ctx.workbook.worksheets.getItem('Nope').getRange('A1').formulas = [[1]];
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeExcelError);
  });

  it('refuses a request over 5 MB as a whole', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('A');
    const ctx = ctxOf(fake);
    const big = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    ctx.workbook.worksheets.getItem('A').getRange('A1:A6000').formulas = big;
    await expect(ctx.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(fake.sheet('A')!.cells.size).toBe(0);
  });

  it('applies Excel’s entry rules: text format keeps text, General turns "=…", "+…", numbers, booleans', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('A');
    const ctx = ctxOf(fake);
    const ws = ctx.workbook.worksheets.getItem('A');
    const inputs = [['=1+1', '+A1', '@SUM(1)', '00123', 'TRUE', "'=x", 'plain']];
    ws.getRange('A1:G1').formulas = inputs;
    ws.getRange('A2:G2').numberFormat = [['@', '@', '@', '@', '@', '@', '@']];
    ws.getRange('A2:G2').formulas = inputs;
    await ctx.sync();
    const row1 = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((a) => fake.cell('A', a));
    expect(row1.map((c) => c.formula)).toEqual(['=1+1', '=+A1', '=SUM(1)', null, null, null, null]);
    expect(row1.slice(3).map((c) => c.value)).toEqual([123, true, '=x', 'plain']);
    const row2 = ['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2'].map((a) => fake.cell('A', a));
    expect(row2.map((c) => c.formula)).toEqual([null, null, null, null, null, null, null]);
    expect(row2.map((c) => c.value)).toEqual(inputs[0]);
  });

  it('moves relative rows on fill-down and leaves absolute rows, names, strings and quoted sheets', () => {
    expect(moveFormula('=ROUND(C35*In_GrossMargin,2)+$B$3+B$4+$C5', 2)).toBe(
      '=ROUND(C37*In_GrossMargin,2)+$B$3+B$4+$C7',
    );
    expect(moveFormula('=\'Offer Sheet\'!A1&"A1"&Runway!B2&LOG10(A1)', 1)).toBe(
      '=\'Offer Sheet\'!A2&"A1"&Runway!B3&LOG10(A2)',
    );
    expect(moveFormula('=INDEX(Run_Offer_Base,A21)+In_Milestone1_Value', 3)).toBe(
      '=INDEX(Run_Offer_Base,A24)+In_Milestone1_Value',
    );
  });

  it('autoFill "FillCopy" copies the first row down with formats', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('A');
    const ctx = ctxOf(fake);
    const ws = ctx.workbook.worksheets.getItem('A');
    ws.getRange('A1:B1').numberFormat = [['0.00', 'General']];
    ws.getRange('A1:B1').formulas = [['=B1*2', 7]];
    ws.getRange('A1:B1').autoFill(ws.getRange('A1:B3'), 'FillCopy');
    await ctx.sync();
    expect(fake.cell('A', 'A3').formula).toBe('=B3*2');
    expect(fake.cell('A', 'A3').numberFormat).toBe('0.00');
    expect(fake.cell('A', 'B3').value).toBe(7);
  });
});
