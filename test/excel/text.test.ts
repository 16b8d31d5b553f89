// User text is written as text: names, roles, milestone titles that look like formulas, numbers
// or booleans reach the live workbook literally (the fake applies Excel's entry rules, so a
// wrong number format would turn them into formulas).
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/excel/apply.js';
import { FakeWorkbook } from '../support/fake-excel.js';
import { readWorkbook } from '../support/xlsx-read.js';
import { expectTextStaysText } from './compare.js';
import { defaultInput, modelOf } from './plans.js';

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click me")',
  '+1 555 0100',
  '-5',
  '@SUM(1,2)',
  "=cmd|' /C calc'!A0",
  "'quoted",
  '00123',
  'TRUE',
  '1e5',
  '\t=1+1',
];

function hostileInput(): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const input = structuredClone(defaultInput()) as Record<string, any>;
  input.name = HOSTILE[0];
  input.offer.candidate = HOSTILE[0];
  input.offer.role = HOSTILE[1];
  input.offer.level = HOSTILE[2];
  input.offer.location = HOSTILE[3];
  input.offer.refresh.milestones = HOSTILE.slice(4).map((name, i) => ({
    name,
    dueDay: 30 * (i + 1),
    probability: 0.5,
    value: 10000,
  }));
  return input;
}

describe('hostile user text', () => {
  it('stays text in every cell the plan marks as text', async () => {
    const { plan } = modelOf(hostileInput());
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    const texts = expectTextStaysText(fake, plan);
    const found = new Set(texts.filter((t) => HOSTILE.includes(t)));
    // every hostile string appears somewhere (Inputs, Offer Sheet…) and was checked
    expect([...found].sort()).toEqual([...HOSTILE].sort());
  });

  it('stays text in the .xlsx saved from what the fake recorded', async () => {
    const { plan } = modelOf(hostileInput());
    const fake = new FakeWorkbook();
    await fake.run((ctx) => applyPlan(ctx, plan));
    const book = await readWorkbook(await fake.toXlsx());
    const inputs = book.getWorksheet('Inputs')!;
    let seen = 0;
    inputs.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && HOSTILE.includes(cell.value)) seen++;
        if (cell.value && typeof cell.value === 'object' && 'formula' in cell.value) {
          expect(HOSTILE.map((h) => h.replace(/^[=+@]/, ''))).not.toContain(cell.value.formula);
        }
      }),
    );
    expect(seen).toBeGreaterThanOrEqual(HOSTILE.length);
  });
});
