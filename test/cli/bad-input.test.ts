import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDS_HEADER, GOOD_BAND_ROW as GOOD_ROW } from '../support/bands.js';
import {
  defaultScenario as base,
  expectRefused,
  itRefusesEach,
  runInScratch,
} from '../support/cli-in-process.js';
import type { BreakCase } from '../support/cli-in-process.js';
import { runCli } from '../support/run-cli.js';

/** Scenario cases: [why, how the default scenario is broken, the exact message expected]. */
const scenarioCases: BreakCase[] = [
  [
    'a misspelt field',
    (s) => (s.offer.equity.sharez = 5),
    'offer.equity.sharez: is not a field of scenario schema 1 (check the spelling)',
  ],
  [
    'an unknown top-level field',
    (s) => (s.extra = true),
    'extra: is not a field of scenario schema 1',
  ],
  [
    'probability above 1',
    (s) => (s.offer.refresh.milestones[1].probability = 1.5),
    'offer.refresh.milestones[1].probability: must be between 0 and 1, got 1.5',
  ],
  [
    'negative probability',
    (s) => (s.offer.marginGain.probability = -0.1),
    'offer.marginGain.probability: must be between 0 and 1, got -0.1',
  ],
  [
    'gross margin above 1',
    (s) => (s.company.grossMargin = 72),
    'company.grossMargin: must be between 0 and 1, got 72',
  ],
  ['negative cash', (s) => (s.company.cash = -1), 'company.cash: must be at least 0, got -1'],
  [
    'money with three decimals',
    (s) => (s.offer.baseSalary = 150000.125),
    'offer.baseSalary: must have at most two decimals, got 150000.125',
  ],
  [
    'negative money',
    (s) => (s.offer.signOnBonus = -500),
    'offer.signOnBonus: must be at least 0, got -500',
  ],
  [
    'a price of zero',
    (s) => (s.company.preferredPrice = 0),
    'company.preferredPrice: must be greater than 0, got 0',
  ],
  [
    'a price with five decimals',
    (s) => (s.company.fmv409a = 1.23456),
    'company.fmv409a: must have at most four decimals, got 1.23456',
  ],
  [
    'a negative exit price',
    (s) => (s.exitPrices = [2, -4]),
    'exitPrices[1]: must be at least 0, got -4',
  ],
  [
    'duplicate exit prices',
    (s) => (s.exitPrices = [2, 4, 2.0]),
    'exitPrices[2]: duplicates an earlier exit price, got 2',
  ],
  [
    'growth of −100 %',
    (s) => (s.company.revenueGrowthMonthly = -1),
    'company.revenueGrowthMonthly: must be greater than -1, got -1',
  ],
  [
    'negative gain points',
    (s) => (s.offer.marginGain.points = -3),
    'offer.marginGain.points: must be at least 0, got -3',
  ],
  [
    'fractional shares',
    (s) => (s.offer.equity.shares = 1200.5),
    'offer.equity.shares: must be a whole number, got 1200.5',
  ],
  [
    'a fractional due day',
    (s) => (s.offer.refresh.milestones[0].dueDay = 60.5),
    'offer.refresh.milestones[0].dueDay: must be a whole number, got 60.5',
  ],
  [
    'a negative due day',
    (s) => (s.offer.refresh.milestones[0].dueDay = -1),
    'offer.refresh.milestones[0].dueDay: must be at least 0, got -1',
  ],
  [
    'zero fully diluted shares',
    (s) => (s.company.fullyDilutedShares = 0),
    'company.fullyDilutedShares: must be greater than 0, got 0',
  ],
  [
    'zero pool',
    (s) => (s.company.unallocatedPoolShares = 0),
    'company.unallocatedPoolShares: must be greater than 0, got 0',
  ],
  [
    'vesting of 0 months',
    (s) => (s.offer.equity.vestingMonths = 0),
    'offer.equity.vestingMonths: must be at least 1, got 0',
  ],
  [
    'cliff longer than vesting',
    (s) => (s.offer.equity.cliffMonths = 60),
    'offer.equity.cliffMonths: must not exceed vestingMonths (48), got 60',
  ],
  [
    'vesting not a multiple of the step',
    (s) => Object.assign(s.offer.refresh, { vestingMonths: 24, vestEveryMonths: 5 }),
    'offer.refresh.vestingMonths: must be a multiple of vestEveryMonths (5), got 24',
  ],
  [
    'cliff not a multiple of the step',
    (s) => Object.assign(s.offer.equity, { cliffMonths: 13, vestEveryMonths: 3 }),
    'offer.equity.cliffMonths: must be a multiple of vestEveryMonths (3), got 13',
  ],
  [
    'measuring every 0 months',
    (s) => (s.offer.refresh.margin.measureEveryMonths = 0),
    'offer.refresh.margin.measureEveryMonths: must be at least 1, got 0',
  ],
  [
    'start month after full month',
    (s) => Object.assign(s.offer.marginGain, { startMonth: 14, fullMonth: 12 }),
    'offer.marginGain.startMonth: must not be after fullMonth (12), got 14',
  ],
  [
    'start month 0',
    (s) => (s.offer.marginGain.startMonth = 0),
    'offer.marginGain.startMonth: must be at least 1, got 0',
  ],
  [
    'runway horizon shorter than the schedule',
    (s) => Object.assign(s, { horizonMonths: 48, runwayHorizonMonths: 36 }),
    'runwayHorizonMonths: must be at least horizonMonths (48), got 36',
  ],
  [
    'no detection months',
    (s) => (s.missCost.detectAtMonths = []),
    'missCost.detectAtMonths: must name at least one detection month',
  ],
  [
    'duplicate detection months',
    (s) => (s.missCost.detectAtMonths = [2, 9, 2]),
    'missCost.detectAtMonths[2]: duplicates an earlier month, got 2',
  ],
  [
    'a detection month beyond R',
    (s) => (s.missCost.detectAtMonths = [2, 121]),
    'missCost.detectAtMonths[1]: must be within the runway horizon 1..120, got 121',
  ],
  [
    'two initial-grant sizes',
    (s) => (s.offer.equity.value = 100000),
    'offer.equity: give exactly one of "shares", "value" or "percentOfFullyDiluted" for the initial grant, got "shares" and "value"',
  ],
  [
    'no initial-grant size',
    (s) => delete s.offer.equity.shares,
    'offer.equity: give exactly one of "shares", "value" or "percentOfFullyDiluted" for the initial grant, got none',
  ],
  [
    'an option without grant fair value',
    (s) => delete s.offer.equity.grantFairValue,
    'offer.equity.grantFairValue: is required for options',
  ],
  [
    'a refresh without grant fair value',
    (s) => delete s.offer.refresh.grantFairValue,
    'offer.refresh.grantFairValue: is required for options when a refresh program is present',
  ],
  [
    'an unknown instrument',
    (s) => (s.offer.equity.instrument = 'warrant'),
    'offer.equity.instrument: must be one of "option", "rsu", got "warrant"',
  ],
  ['a missing required field', (s) => delete s.company.cash, 'company.cash: is required'],
  [
    'text where a number belongs',
    (s) => (s.company.cash = '40,000,000'),
    'company.cash: must be a number, got "40,000,000"',
  ],
  ['a number where an object belongs', (s) => (s.market = 3), 'market: must be an object, got 3'],
  [
    'milestones not a list',
    (s) => (s.offer.refresh.milestones = {}),
    'offer.refresh.milestones: must be a list, got an object',
  ],
  [
    'an empty milestone name',
    (s) => (s.offer.refresh.milestones[0].name = ''),
    'offer.refresh.milestones[0].name: must not be empty',
  ],
  [
    'a date that does not exist',
    (s) => (s.startDate = '2027-02-30'),
    'startDate: must be a real calendar date written YYYY-MM-DD, got "2027-02-30"',
  ],
  ['schema 3', (s) => (s.schema = 3), 'schema: must be 1 (one offer) or 2 (a hiring plan), got 3'],
  ['a scenario labelled as a plan (schema 2)', (s) => (s.schema = 2), 'hires: is required'],
  [
    'an unknown percentile',
    (s) => (s.market.compareAt = ['p50', 'p99']),
    'market.compareAt[1]: must be one of "p10", "p25", "p50", "p75", "p90", got "p99"',
  ],
  [
    'an unknown band row',
    (s) => (s.market.role = 'Astronauts'),
    'market: band set "bls-oews-2024" has no row with role "Astronauts", level "All" and location "US"',
  ],
  [
    'an unknown band set',
    (s) => (s.market.bandSet = 'radford-2025'),
    'market.bandSet: "radford-2025" is not a built-in band set',
  ],
  [
    'an option strike of zero',
    (s) => (s.offer.equity.strike = 0),
    'offer.equity.strike: must be greater than 0 for options, got 0',
  ],
];

/** `model bad.json --xlsx out.xlsx` in a scratch folder holding `files`. */
const modelToXlsx = (files: Record<string, string>) =>
  runInScratch((dir) => ['model', join(dir, 'bad.json'), '--xlsx', join(dir, 'out.xlsx')], {
    files,
  });

describe('bad scenarios: exit 2, the JSON path and the reason, nothing written', () => {
  itRefusesEach(scenarioCases, {
    base,
    file: 'bad.json',
    args: (file, dir) => ['model', file, '--xlsx', join(dir, 'out.xlsx')],
  });
});

/** JSON that does not parse: the line and column. */
const syntaxCases: [string, string, string][] = [
  [
    'a trailing comma',
    '{\n  "schema": 1,\n}',
    'not valid JSON: line 3, column 1: expected a quoted key but found "}"',
  ],
  [
    'a cut-off file',
    '{\n  "schema": 1,\n  "name": "x',
    'not valid JSON: line 3, column 11: unterminated string',
  ],
  ['an empty file', '', 'not valid JSON: line 1, column 1: unexpected end of file'],
  [
    'a duplicate key',
    '{"schema": 1, "schema": 1}',
    'not valid JSON: line 1, column 15: duplicate key "schema"',
  ],
];

describe('scenario files that are not JSON', () => {
  it.each(syntaxCases)('%s', async (_why, text, message) => {
    const r = await modelToXlsx({ 'bad.json': text });
    expectRefused(r, message, /^offer-runway: .*bad\.json: /);
  });
});

/** Band CSVs: [why, file text, the exact message expected]. */
const bandCases: [string, string, string][] = [
  [
    'a missing column',
    `role,level,location,currency,p10,p25,p50,p75,source,asOf\n${GOOD_ROW}`,
    'line 1: header missing column(s) p90',
  ],
  [
    'an unknown column',
    `${BANDS_HEADER},bonus\n${GOOD_ROW},5`,
    'line 1: header unknown column(s) "bonus"',
  ],
  [
    'decreasing percentiles',
    `${BANDS_HEADER}\n${GOOD_ROW}\nX,All,US,USD,10,20,30,25,40,s,2024`,
    'line 3: p75 (25) is below p50 (30); percentiles must not decrease',
  ],
  [
    'a European number',
    `${BANDS_HEADER}\nX,All,US,USD,"63.650,00",2,3,4,5,s,2024\n${GOOD_ROW}`,
    'line 2: p10 "63.650,00" is not an amount this reader accepts',
  ],
  [
    'a wrong currency symbol',
    `${BANDS_HEADER}\n${GOOD_ROW.replace('63650', '€63650')}`,
    'line 2: p10 "€63650" has the symbol "€" but the row\'s currency is USD',
  ],
  [
    'a badly grouped thousands separator',
    `${BANDS_HEADER}\n${GOOD_ROW.replace('63650', '"6,3650"')}`,
    'line 2: p10 "6,3650" is not an amount this reader accepts',
  ],
  [
    'a zero salary',
    `${BANDS_HEADER}\n${GOOD_ROW.replace('63650', '0')}`,
    'line 2: p10 must be greater than 0, got 0',
  ],
  [
    'a row with too few cells',
    `${BANDS_HEADER}\n${GOOD_ROW}\nX,All,US,USD,1,2,3`,
    'line 3: has 7 cells, the header has 11',
  ],
  [
    'a repeated band',
    `${BANDS_HEADER}\n${GOOD_ROW}\n\n${GOOD_ROW}`,
    'line 4: repeats the role, level and location of line 2',
  ],
  ['an empty file', '', 'the file is empty'],
  ['a header only', `${BANDS_HEADER}\n`, 'has a header but no band rows'],
  [
    'a lower-case currency',
    `${BANDS_HEADER}\n${GOOD_ROW.replace('USD', 'usd')}`,
    'line 2: currency must be a three-letter code such as USD, got "usd"',
  ],
  [
    'an empty role',
    `${BANDS_HEADER}\n${GOOD_ROW.replace('Data Scientists', '')}`,
    'line 2: role is empty',
  ],
  [
    'a multi-line quoted source then a bad row',
    `${BANDS_HEADER}\n${GOOD_ROW.replace('BLS', '"BLS\nOEWS"')}\nX,All,US,USD,1,2,abc,4,5,s,2024`,
    'line 4: p50 "abc" is not an amount',
  ],
];

describe('bad band CSVs: exit 2, the line and the reason, no partial band set', () => {
  it.each(bandCases)('%s', async (_why, csv, message) => {
    const r = await runInScratch(
      (dir) => ['model', '--bands', join(dir, 'bands.csv'), '--xlsx', join(dir, 'out.xlsx')],
      { files: { 'bands.csv': csv } },
    );
    expectRefused(r, message, /bands\.csv: /);
  });

  it('a good row next to a bad one is not used: the whole file is rejected', async () => {
    const csv = `${BANDS_HEADER}\n${GOOD_ROW}\nX,All,US,USD,1,2,3,2,5,s,2024`;
    const r = await runInScratch((dir) => ['model', '--bands', join(dir, 'bands.csv')], {
      files: { 'bands.csv': csv },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('accepts "$112,590" in a USD row and reads it as 112590', async () => {
    const csv = `${BANDS_HEADER}\n"Data Scientists",All,US,USD,"$63,650",82630,"$112,590",155810,194410,BLS,2024-05`;
    const r = await runInScratch((dir) => ['model', '--bands', join(dir, 'bands.csv'), '--json'], {
      files: { 'bands.csv': csv },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).band.values).toMatchObject({ p10: '63650.00', p50: '112590.00' });
  });
});

describe('the real command line', () => {
  it('exits 2 for a file that does not exist, naming it', async () => {
    const r = await runCli(['model', 'no/such/scenario.json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('offer-runway: no/such/scenario.json: no such file');
  });

  it('exits 2 for an unknown flag, with a hint', async () => {
    const r = await runCli(['model', '--jsno']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--jsno'");
    expect(r.stderr).toContain('offer-runway --help');
  });

  it('exits 2 for an unknown command', async () => {
    const r = await runCli(['simulate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "simulate"');
  });

  it('exits 2 for a bad scenario, one line, no stack', async () => {
    const r = await runCli(['model', 'test/fixtures/hand-worked/scenario.json']);
    // The fixture names band set "hand", which only exists with --bands.
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('market.bandSet: "hand" is not a built-in band set');
  });
});
