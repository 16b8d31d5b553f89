// Reading the Inputs sheet back: unedited it gives the scenario that built it; edits (base
// salary, cash, a milestone row added to the table) come back; bad edits name their cell;
// a damaged model is found and rebuilt in one step.
import { describe, expect, it } from 'vitest';
import { workbookHost } from '../../src/excel/host.js';
import { stringifyExact } from '../../src/excel/persist.js';
import { InputError } from '../../src/model/messages.js';
import { parseScenario, scenarioToInput } from '../../src/model/scenario.js';
import { colName } from '../support/fake-excel.js';
import { scenarioInputArb } from '../support/arbitraries.js';
import { defaultBands } from '../support/bands.js';
import {
  TODAY,
  defaultInput,
  enter,
  expectReadBackRoundTrips,
  liveWorkbookOf,
  readBackUnedited,
} from './plans.js';

const setup = (input: unknown = defaultInput()) => liveWorkbookOf(input);

async function problemsOf(p: Promise<unknown>): Promise<readonly string[]> {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return (e as InputError).problems;
}

describe('reading the Inputs sheet back', () => {
  it('gives back the scenario that built the workbook', async () => {
    const { doc, scenario } = await readBackUnedited(defaultInput(), defaultBands());
    expect(stringifyExact(doc)).toBe(stringifyExact(scenarioToInput(scenario)));
  });

  it('round-trips generated scenarios (property)', async () => {
    await expectReadBackRoundTrips(scenarioInputArb({ maxHorizon: 24, maxRunway: 60 }), {
      numRuns: 12,
      seed: 4242,
    });
  });

  it('picks up edits: base salary, cash and a milestone row added to the table', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    enter(fake, plan, 'In_BaseSalary', 160000);
    enter(fake, plan, 'In_Cash', '35000000');
    fake.userAddTableRow('Milestones', ['Retraining pipeline automated', 270, 0.4, 25000]);
    const doc = (await host.readInputs(TODAY)) as {
      offer: { baseSalary: unknown; refresh: { milestones: unknown[] } };
      company: { cash: unknown };
    };
    expect(doc.offer.baseSalary).toBe(160000);
    expect(doc.company.cash).toBe(35000000);
    expect(doc.offer.refresh.milestones).toHaveLength(3);
    expect(doc.offer.refresh.milestones[2]).toEqual({
      name: 'Retraining pipeline automated',
      dueDay: 270,
      probability: 0.4,
      value: 25000,
    });
  });

  it('reports a bad edit with the address of its cell', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    const at = enter(fake, plan, 'In_BaseSalary', -5);
    const cash = enter(fake, plan, 'In_Cash', 'lots');
    fake.userAddTableRow('Milestones', ['Too likely', 90, 1.5, 1000]);
    const t = fake.table('Milestones')!;
    const probabilityCell = `${t.sheet.name}!${colName(t.c0 + 2)}${t.r1 + 1}`;
    const problems = await problemsOf(host.readInputs(TODAY));
    expect(problems).toContain(`${cash} (company.cash): must be a number, got "lots"`);
    expect(problems).toContain(`${at} (offer.baseSalary): must be at least 0, got -5`);
    expect(problems).toContain(
      `${probabilityCell} (offer.refresh.milestones[2].probability): must be between 0 and 1, got 1.5`,
    );
  });

  it('explains a grant kind no scenario can take, at its cell', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    const at = enter(fake, plan, 'In_Equity_SizeBy', 'options');
    const problems = await problemsOf(host.readInputs(TODAY));
    expect(problems[0]).toBe(
      `${at} (offer.equity): the grant must be given as "shares", "value" or "percentOfFullyDiluted", got "options"`,
    );
  });

  it('says the model is damaged when an input cell was deleted', async () => {
    const { fake, host, result } = setup();
    await host.buildModel(result);
    fake.deleteSheet('Inputs');
    const problems = await problemsOf(host.readInputs(TODAY));
    expect(problems.some((p) => /The cell named In_BaseSalary was deleted/.test(p))).toBe(true);
    expect(problems.at(-1)).toBe('Rebuild the model to restore the Inputs sheet.');
  });
});

describe('checking the model and rebuilding it', () => {
  it('finds nothing wrong in a fresh model', async () => {
    const { host, result } = setup();
    await host.buildModel(result);
    expect(await host.checkModel(result)).toEqual({ ok: true, problems: [], missingSheets: [] });
  });

  it('finds a deleted sheet, a renamed sheet, an overwritten formula and a deleted name; one rebuild fixes all', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    fake.deleteSheet('Summary');
    fake.renameSheet('Bands', 'Old bands');
    fake.userEnter('Runway', 'C40', 12345);
    fake.names = fake.names.filter((n) => n.name !== 'In_GrossMargin');
    const sheetsBefore = fake.sheets.length;
    const health = await host.checkModel(result);
    expect(health.ok).toBe(false);
    expect(health.missingSheets).toEqual(['Summary']);
    expect(health.problems).toContain('The sheet "Summary" is missing.');
    expect(health.problems).toContain('The sheet "Bands" was renamed to "Old bands".');
    expect(health.problems).toContain('The defined name In_GrossMargin is missing.');
    expect(health.problems.some((p) => p.startsWith('Runway!C40 was changed'))).toBe(true);
    expect(fake.sheets.length).toBe(sheetsBefore); // checking writes nothing
    await host.buildModel(result);
    expect(await host.checkModel(result)).toEqual({ ok: true, problems: [], missingSheets: [] });
    expect(fake.sheets.map((s) => s.name).sort()).toEqual(plan.sheets.map((s) => s.name).sort());
  });

  it('finds a moved name, a deleted table and chart, in that order, and counts changed cells past ten', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    const cash = plan.names.find((n) => n.name === 'In_Cash')!;
    fake.names.find((n) => n.name === 'In_Cash')!.formula = '=Inputs!$Z$99';
    fake.tables = fake.tables.filter((t) => t.name !== 'Milestones');
    const charted = plan.sheets.find((s) => (s.charts?.length ?? 0) > 0)!;
    fake.sheets.find((s) => s.name === charted.name)!.charts = [];
    for (let row = 40; row < 52; row++) fake.userEnter('Runway', `C${row}`, 12345);
    const { problems } = await host.checkModel(result);
    const changed = (row: number) =>
      problems[3 + row - 40]!.startsWith(`Runway!C${row} was changed`);
    expect(problems.slice(0, 3)).toEqual([
      `The defined name In_Cash moved (now =Inputs!$Z$99; the model puts it at ${cash.sheet}!${cash.range}).`,
      'The Milestones table is missing.',
      `The chart on "${charted.name}" is missing.`,
    ]);
    // Ten changed cells named, in row order, then the two more counted.
    expect([40, 41, 42, 43, 44, 45, 46, 47, 48, 49].every(changed)).toBe(true);
    expect(problems.slice(13)).toEqual(['…and 2 more changed cells.']);
  });

  it('does not flag edited input cells as damage', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    enter(fake, plan, 'In_BaseSalary', 99000);
    expect((await host.checkModel(result)).ok).toBe(true);
  });
});

describe('the saved scenario and the Offer Sheet', () => {
  it('saves on build, restores on open, and shows the Offer Sheet', async () => {
    const { fake, settings, host, result, scenario } = setup();
    expect(await host.loadSaved()).toBeNull();
    await expect(host.showOfferSheet()).rejects.toThrow(/build the model first/);
    await host.buildModel(result);
    expect(settings.saves).toBe(1);
    const reopened = workbookHost({
      run: (batch) => fake.run(batch),
      settings: () => settings.reopen(),
    });
    const saved = await reopened.loadSaved();
    expect(parseScenario(saved!.scenario, TODAY)).toEqual(scenario);
    await reopened.showOfferSheet();
    expect(fake.activeSheet).toBe('Offer Sheet');
  });
});
