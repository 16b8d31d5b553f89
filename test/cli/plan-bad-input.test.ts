import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revenuePastSpreadsheet } from '../support/break-cases.js';
import {
  defaultPlan as base,
  defaultScenario,
  expectRefused,
  itRefusesEach,
  runInScratch,
} from '../support/cli-in-process.js';
import type { BreakCase } from '../support/cli-in-process.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** `offer-runway ARGS(dir)` in a scratch folder holding `files` (the old call order). */
const run = (files: Record<string, string>, args: (dir: string) => string[]) =>
  runInScratch(args, { files });

/** Plan cases: [why, how the default plan is broken, the message expected]. */
const planCases: BreakCase[] = [
  ['no hires', (p) => (p.hires = []), 'hires: must list at least one hire'],
  [
    '201 hires',
    (p) => (p.hires = Array.from({ length: 201 }, () => p.hires[0])),
    'hires: must list at most 200 hires, got 201',
  ],
  ['hires not a list', (p) => (p.hires = {}), 'hires: must be a list of hires'],
  ['no hires field', (p) => delete p.hires, 'hires: is required'],
  [
    'a start month of 0',
    (p) => (p.hires[1].startMonth = 0),
    'hires[1].startMonth: must be at least 1, got 0',
  ],
  [
    'a start month beyond R',
    (p) => (p.hires[0].startMonth = 121),
    'hires[0].startMonth: must be within the runway horizon 1..120, got 121',
  ],
  [
    'a fractional start month',
    (p) => (p.hires[3].startMonth = 1.5),
    'hires[3].startMonth: must be a whole number, got 1.5',
  ],
  [
    'an unknown template',
    (p) => (p.hires[2].template = 'cash-hevy'),
    'hires[2].template: no template is named "cash-hevy" (templates: "earned-equity", "cash-heavy")',
  ],
  [
    'a misspelt hire field',
    (p) => (p.hires[0].salary = 1),
    'hires[0].salary: is not a field of plan schema 2 (check the spelling)',
  ],
  [
    'a misspelt offer override',
    (p) => (p.hires[4].offer.basesalary = 1),
    'hires[4].offer.basesalary: is not a field of plan schema 2',
  ],
  [
    'a misspelt template field',
    (p) => (p.templates['cash-heavy'].signOn = 5),
    'templates.cash-heavy.signOn: is not a field of plan schema 2',
  ],
  [
    'a negative base salary',
    (p) => (p.hires[3].offer.baseSalary = -5),
    'hires[3].offer.baseSalary: must be at least 0, got -5',
  ],
  [
    'a negative bonus in a template',
    (p) => (p.templates['earned-equity'].targetBonusPct = -0.1),
    'templates.earned-equity.targetBonusPct: must be at least 0, got -0.1',
  ],
  ['a hire without market', (p) => delete p.hires[0].market, 'hires[0].market: is required'],
  [
    'a hire market without level',
    (p) => delete p.hires[5].market.level,
    'hires[5].market.level: is required',
  ],
  [
    'an unknown band row',
    (p) => (p.hires[1].market.role = 'Astronauts'),
    'hires[1].market: band set "bls-oews-2024" has no row with role "Astronauts", level "All" and location "US"',
  ],
  [
    'margin gains above 100 % of gross margin',
    (p) => (p.company.grossMargin = 0.8),
    "hires: the hires' margin gains add up to 21 points, which would take gross margin above 100 %",
  ],
  [
    'a merged cliff longer than vesting',
    (p) => (p.hires[1].offer.equity = { cliffMonths: 60 }),
    'hires[1].offer.equity.cliffMonths: must not exceed vestingMonths (48), got 60',
  ],
  [
    'a template without a grant size',
    (p) => delete p.templates['cash-heavy'].equity.shares,
    'hires[2].offer.equity: give exactly one of "shares", "value" or "percentOfFullyDiluted" for the initial grant, got none (from template "cash-heavy")',
  ],
  [
    'two grant sizes after the merge',
    (p) => (p.hires[2].offer.equity = { shares: 1000, value: 5000 }),
    'hires[2].offer.equity: give exactly one of "shares", "value" or "percentOfFullyDiluted" for the initial grant, got "shares" and "value"',
  ],
  [
    'options without a fair value from the template',
    (p) => delete p.templates['earned-equity'].equity.grantFairValue,
    'hires[0].offer.equity.grantFairValue: is required for options',
  ],
  [
    'a hire with neither template nor a complete offer',
    (p) => delete p.hires[0].template,
    'hires[0].offer.equity: is required',
  ],
  [
    'a hire with neither template nor offer',
    (p) => {
      delete p.hires[0].template;
      delete p.hires[0].offer;
    },
    'hires[0].offer: is required (or name a template)',
  ],
  [
    'negative company cash',
    (p) => (p.company.cash = -1),
    'company.cash: must be at least 0, got -1',
  ],
  [
    'duplicate compared percentiles',
    (p) => (p.market.compareAt = ['p50', 'p50']),
    'market.compareAt[1]: duplicates an earlier entry, got "p50"',
  ],
  [
    'a band row at plan level',
    (p) => (p.market.role = 'Data Scientists'),
    'market.role: is not a field of plan schema 2',
  ],
  [
    'R shorter than H',
    (p) => (p.runwayHorizonMonths = 24),
    'runwayHorizonMonths: must be at least horizonMonths (48), got 24',
  ],
  [
    'templates not an object',
    (p) => (p.templates = []),
    'templates: must be an object of named offer templates, got a list',
  ],
  [
    'an offer in a template that is not an object',
    (p) => (p.templates.x = 3),
    'templates.x: must be an object',
  ],
  revenuePastSpreadsheet('growth that takes a figure beyond what a spreadsheet holds', 5),
  [
    'a milestone probability above 1 in a hire override',
    (p) =>
      (p.hires[0].offer.refresh = {
        grantFairValue: 0.65,
        milestones: [{ name: 'x', dueDay: 30, probability: 1.5, value: 1 }],
      }),
    'hires[0].offer.refresh.milestones[0].probability: must be between 0 and 1, got 1.5',
  ],
];

describe('bad plans: exit 2, the JSON path and the reason, nothing written', () => {
  itRefusesEach(planCases, { base, file: 'plan.json', args: (file) => ['model', file, '--json'] });
});

const HEADER =
  'candidate,role,level,location,bandRole,bandLevel,bandLocation,startMonth,baseSalary,template';
const ROW = 'Ana Ruiz,ML Engineer,Senior,US,Data Scientists,All,US,2,140000,earned-equity';

/** Hire CSVs: [why, file text, the message expected]. */
const csvCases: [string, string, string][] = [
  ['an empty file', '', 'the file is empty (expected a header line'],
  ['a header and no rows', `${HEADER}\n`, 'has a header but no hire rows'],
  [
    'a missing column',
    `${HEADER.replace(',template', '')}\n${ROW.replace(',earned-equity', '')}`,
    'line 1: header missing column(s) template',
  ],
  ['an unknown column', `${HEADER},bonus\n${ROW},5`, 'line 1: header unknown column(s) "bonus"'],
  ['a repeated column', `${HEADER},role\n${ROW},x`, 'line 1: header repeated column(s) role'],
  [
    'a start month of 0',
    `${HEADER}\n${ROW.replace(',2,140000', ',0,140000')}`,
    'line 2, column 8 (startMonth): must be a whole plan month from 1 to 120, got "0"',
  ],
  [
    'a start month that is not a number',
    `${HEADER}\n${ROW}\n${ROW.replace(',2,140000', ',March,140000')}`,
    'line 3, column 8 (startMonth): must be a whole plan month from 1 to 120, got "March"',
  ],
  [
    'a salary in exponent notation',
    `${HEADER}\n${ROW.replace('140000', '1.4e5')}`,
    'line 2, column 9 (baseSalary): "1.4e5" is not an amount this reader accepts',
  ],
  [
    'a salary in the wrong currency',
    `${HEADER}\n${ROW.replace('140000', '€140000')}`,
    'line 2, column 9 (baseSalary): "€140000" has the symbol "€" but the plan\'s currency is USD',
  ],
  [
    'an empty candidate',
    `${HEADER}\n${ROW.replace('Ana Ruiz', '')}`,
    'line 2, column 1 (candidate): is empty',
  ],
  [
    'an unknown template',
    `${HEADER}\n${ROW.replace('earned-equity', 'equity-earned')}`,
    'line 2, column 10 (template): no template is named "equity-earned"',
  ],
  [
    'an empty template',
    `${HEADER}\n${ROW.replace(',earned-equity', ',')}`,
    "line 2, column 10 (template): is empty: name the plan template this hire's offer starts from",
  ],
  [
    'a row with a missing cell',
    `${HEADER}\n${ROW}\nA,B,C`,
    'line 3: has 3 cells, the header has 10',
  ],
  [
    'an unknown band row, named at its line and columns',
    `${HEADER}\n${ROW}\n${ROW.replace('Data Scientists', 'Astronauts')}`,
    'line 3, columns 5 (bandRole), 6 (bandLevel), 7 (bandLocation): hires[1].market: band set "bls-oews-2024" has no row with role "Astronauts"',
  ],
  [
    'an unterminated quote',
    `${HEADER}\n"Ana Ruiz,ML Engineer,Senior,US,Data Scientists,All,US,2,140000,earned-equity`,
    'line 2: Quoted field unterminated',
  ],
  [
    'a bad row after a blank line keeps its own line number',
    `${HEADER}\n\n${ROW.replace(',2,140000', ',x,140000')}`,
    'line 3, column 8 (startMonth)',
  ],
  [
    'more than 200 rows',
    `${HEADER}\n${Array.from({ length: 201 }, () => ROW).join('\n')}`,
    'has 201 hire rows; a plan holds at most 200 hires',
  ],
  [
    "margin gains above 100 % once the CSV's hires replace the plan's",
    `${HEADER}\n${Array.from({ length: 10 }, () => ROW).join('\n')}`,
    "hires: the hires' margin gains add up to 30 points",
  ],
];

describe('bad hire CSVs: exit 2, line and column, the whole file refused', () => {
  it.each(csvCases)('%s', async (_why, csv, message) => {
    const r = await run({ 'plan.json': JSON.stringify(base()), 'hires.csv': csv }, (dir) => [
      'model',
      join(dir, 'plan.json'),
      '--hires',
      join(dir, 'hires.csv'),
      '--json',
    ]);
    expectRefused(r, message, /^offer-runway: .*(hires\.csv|plan\.json): /);
  });

  it('--hires with a schema-1 scenario is a usage error', async () => {
    const scenario = JSON.stringify(defaultScenario());
    const r = await run({ 's.json': scenario, 'hires.csv': `${HEADER}\n${ROW}` }, (dir) => [
      'model',
      join(dir, 's.json'),
      '--hires',
      join(dir, 'hires.csv'),
    ]);
    expectRefused(r, '--hires replaces the hires of a hiring plan', /^offer-runway: /);
  });
});

describe('a good hire CSV', () => {
  it('gives the same plan as the same hires written in the JSON, whatever the column order', async () => {
    const p = base();
    const hires = p.hires.slice(0, 3);
    const json = { ...p, hires };
    const cols = [
      'template',
      'baseSalary',
      'startMonth',
      'candidate',
      'role',
      'level',
      'location',
      'bandLocation',
      'bandLevel',
      'bandRole',
    ];
    const cell = (h: any, c: string) =>
      c === 'template'
        ? h.template
        : c === 'startMonth'
          ? String(h.startMonth)
          : c.startsWith('band')
            ? h.market[c.slice(4).toLowerCase()]
            : c === 'baseSalary'
              ? `"$${Number(h.offer.baseSalary).toLocaleString('en-US')}"`
              : h.offer[c];
    // The CSV carries only the five own fields, so the JSON hires must not override anything else.
    for (const h of hires) delete h.offer.equity;
    const csv = [
      cols.join(','),
      ...hires.map((h: any) => cols.map((c) => cell(h, c)).join(',')),
    ].join('\r\n');
    const a = await run({ 'plan.json': JSON.stringify(json) }, (dir) => [
      'model',
      join(dir, 'plan.json'),
      '--json',
    ]);
    const b = await run({ 'plan.json': JSON.stringify(p), 'hires.csv': csv }, (dir) => [
      'model',
      join(dir, 'plan.json'),
      '--hires',
      join(dir, 'hires.csv'),
      '--json',
    ]);
    expect(a.code).toBe(0);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect(JSON.parse(b.stdout).hires.map((h: any) => h.candidate)).toEqual([
      'Alex Kim',
      'Priya Raman',
      'Jordan Lee',
    ]);
  });
});
