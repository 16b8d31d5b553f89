// Reading package inputs back from the Packages sheet (docs/model.md §9) on the fake Excel:
// unedited they give the scenario that built the workbook; an edited package base salary, a
// cleared override and a refresh switched off come back; a bad value names its cell.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/messages.js';
import { decodeScenario, encodeScenario } from '../../src/excel/persist.js';
import { parseScenario, scenarioToInput, type Scenario } from '../../src/model/scenario.js';
import { defaultBands } from '../support/bands.js';
import { withPackagesArb } from '../support/package-arbitraries.js';
import { balancedPackage, cashHeavyPackage, ownRefreshPackage } from '../support/packages.js';
import {
  TODAY,
  defaultInput,
  enter,
  expectReadBackRoundTrips,
  liveWorkbookOf,
  readBackUnedited,
} from './plans.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const withPackages = (): any => ({
  ...defaultInput(),
  packages: [cashHeavyPackage(), balancedPackage(), ownRefreshPackage('Own program', 'Ship')],
});

/** A scenario without the overrides as written (the read-back writes each field it shows). */
const resolved = (s: Scenario) => ({
  ...s,
  packages: s.packages.map((p) => ({ name: p.name, offer: p.offer })),
});

const setup = (input: unknown = withPackages()) => liveWorkbookOf(input);

describe('packages saved in the document', () => {
  it('persist as written (overrides, not full offers) and restore to the same scenario', () => {
    const scenario = parseScenario(withPackages(), TODAY);
    const saved = decodeScenario(encodeScenario(scenarioToInput(scenario), '2026-12-01T00:00:00Z'));
    const doc: any = saved.scenario;
    expect(JSON.parse(JSON.stringify(doc.packages))).toEqual(withPackages().packages);
    const restored = parseScenario(doc, TODAY);
    expect(resolved(restored)).toEqual(resolved(scenario));
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(plain(restored.packages.map((p) => p.overrides))).toEqual(
      plain(scenario.packages.map((p) => p.overrides)),
    );
  });
});

describe('reading package inputs back', () => {
  it('gives back the scenario that built the workbook, overrides as overrides', async () => {
    const { doc, scenario }: { doc: any; scenario: Scenario } = await readBackUnedited(
      withPackages(),
      defaultBands(),
    );
    expect(resolved(parseScenario(doc, TODAY))).toEqual(resolved(scenario));
    expect(doc.packages[1]).toEqual({ name: 'Balanced' }); // inherits everything
    expect(doc.packages[0]).toEqual({
      name: 'Cash-heavy',
      baseSalary: 185000,
      equity: { shares: 60000 },
      refresh: null,
    });
  });

  it('round-trips an option package of an RSU offer (strike and refresh written out)', async () => {
    const input = withPackages();
    input.offer.equity = { ...input.offer.equity, instrument: 'rsu', strike: 1.5 };
    input.packages = [
      { name: 'RSUs' },
      { name: 'Options', equity: { instrument: 'option', shares: 200000 } },
    ];
    const { doc, scenario }: { doc: any; scenario: Scenario } = await readBackUnedited(input);
    expect(resolved(parseScenario(doc, TODAY))).toEqual(resolved(scenario));
    expect(doc.packages[1].equity.strike).toBe(1.5);
  });

  it('round-trips generated scenarios with packages (property)', async () => {
    await expectReadBackRoundTrips(
      withPackagesArb({ maxHorizon: 24, maxRunway: 48 }),
      { numRuns: 8, seed: 1717 },
      resolved,
    );
  });

  it('picks up edits: a package base salary, a cleared override, a refresh switched off', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    enter(fake, plan, 'In_Pkg2_BaseSalary', 99000);
    enter(fake, plan, 'In_Pkg1_BaseSalary', '');
    enter(fake, plan, 'In_Pkg2_Refresh', 'none');
    enter(fake, plan, 'In_Pkg3_Milestone1_Value', 25000);
    const doc: any = await host.readInputs(TODAY);
    expect(doc.packages[1]).toEqual({ name: 'Balanced', baseSalary: 99000, refresh: null });
    expect(doc.packages[0].baseSalary).toBeUndefined();
    expect(doc.packages[2].refresh.milestones[0].value).toBe(25000);
    const s = parseScenario(doc, TODAY);
    expect(s.packages[0]!.offer.baseSalary.toString()).toBe('150000'); // the offer's again
  });

  it('a bad package value names its cell and the package path', async () => {
    const { fake, host, result, plan } = setup();
    await host.buildModel(result);
    const at = enter(fake, plan, 'In_Pkg1_BaseSalary', -5);
    const cliff = enter(fake, plan, 'In_Pkg2_Equity_VestingMonths', 6);
    const mode = enter(fake, plan, 'In_Pkg3_Refresh', 'sometimes');
    const e = await host.readInputs(TODAY).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const problems = (e as InputError).problems;
    expect(problems).toContain(`${at} (packages[0].baseSalary): must be at least 0, got -5`);
    expect(
      problems.some((p) => p.startsWith(`${mode} (packages[2].refresh): must be "offer"`)),
    ).toBe(true);
    // The cliff (12, the offer's) now exceeds the package's 6 vesting months: named at the package.
    expect(
      problems.some((p) => p.includes('packages[1].equity.cliffMonths: must not exceed')),
    ).toBe(true);
    void cliff;
  });
});
