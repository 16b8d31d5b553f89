// The @customfunction layer: bad input becomes the Excel error named in the issue with its
// message, and the metadata generated from the JSDoc (as the build does it) declares every
// OFFERRUNWAY function with the right parameters.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fns from '../../src/functions/functions.js';
import { thrownBy } from '../support/thrown.js';

/** Excel's runtime object as its documentation describes it (code strings are the cell values). */
class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const runtime = {
  ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A' },
  Error: RuntimeError,
};
const g = globalThis as { CustomFunctions?: unknown };

beforeAll(() => {
  g.CustomFunctions = runtime;
});
afterAll(() => {
  delete g.CustomFunctions;
});

const excelError = (f: () => unknown) => thrownBy(RuntimeError, f, 'an Excel error');

describe('the @customfunction wrappers', () => {
  it('return the engine figures', () => {
    expect(fns.VESTED(120000, 12)).toBe(30000);
    expect(fns.SHARESFORVALUE(40000, 4)).toBe(10000);
    expect(fns.BANDPOSITION(150000, [[63650, 82630, 112590, 155810, 194410]])).toBe(71.6);
    expect(fns.RUNWAYMONTHS(100, [[50], [-20], [100]])).toBe(2.7);
    expect(fns.SBCEXPENSE(1000, 1, 3, 2)).toBe(333.34);
    expect(fns.HIRECOST(150000, 1, 0.03, 0.1, 1, 20000, 0.25, 0.2)).toBe(70625);
  });
  it('map a wrong kind of argument to #VALUE! with the message', () => {
    const e = excelError(() => fns.VESTED('ten' as unknown as number, 12));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('shares must be a number, got "ten"');
  });
  it('map an out-of-range number to #NUM!', () => {
    const e = excelError(() => fns.SHARESFORVALUE(100, 0));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toBe('price must be greater than 0, got 0');
  });
  it('map "cash never runs out" to #N/A', () => {
    const e = excelError(() => fns.RUNWAYMONTHS(100, [[1]]));
    expect(e.code).toBe('#N/A');
    expect(e.message).toBe('cash does not run out within the 1 months given');
  });
});

describe('functions.json metadata (generated from the JSDoc, as the build does)', () => {
  it('declares the six OFFERRUNWAY functions with their parameters', async () => {
    const file = path.resolve('src/functions/functions.ts');
    const result = await generateCustomFunctionsMetadata(file, false);
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as {
      functions: {
        id: string;
        name: string;
        parameters: { name: string; type: string; dimensionality?: string; optional?: boolean }[];
      }[];
    };
    const sig = Object.fromEntries(
      meta.functions.map((f) => [
        f.name,
        f.parameters
          .map(
            (p) =>
              `${p.name}${p.optional ? '?' : ''}${p.dimensionality === 'matrix' ? '[][]' : ''}`,
          )
          .join(','),
      ]),
    );
    expect(sig).toEqual({
      VESTED: 'shares,t,vestingMonths?,cliffMonths?,vestEveryMonths?',
      SHARESFORVALUE: 'value,price',
      BANDPOSITION: 'salary,band[][]',
      RUNWAYMONTHS: 'cash,netBurns[][]',
      SBCEXPENSE: 'shares,grantFairValue,serviceMonths,t',
      HIRECOST:
        'baseSalary,month,annualRaise?,targetBonusPct?,bonusPayoutPct?,signOnBonus?,employerLoadPct?,recruitingFeePct?',
    });
    for (const f of meta.functions) expect(f.id).toBe(f.name);
    // excelResult is a helper, not a function Excel should see
    expect(Object.keys(sig)).not.toContain('EXCELRESULT');
  });
});
