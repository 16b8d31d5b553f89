/**
 * The Packages sheet's months 1..R (model.md §9): per package, hire cash (§3.3 with the package's
 * terms), net burn and cash with the expected margin gain (the Runway sheet's opex and gross
 * profit), and a flag for the months the cash is below 0.
 */
import { baseAnnual, yearOfMonth } from '../../model/hire-cost.js';
import { cashTerms } from '../../model/model.js';
import type { Cached } from '../builder.js';
import { yearOfMonthFormula } from '../month-formulas.js';
import { FORMATS, type StyleName, a1, absRange } from '../plan.js';
import type { PackagesContext } from './context.js';

/** The columns of one package's block, left to right. */
const MONTH_PARTS = [
  'annual base',
  'base',
  'bonus',
  'sign-on',
  'employer load',
  'recruiting fee',
  'hire cash',
  'net burn',
  'cash',
  'cash < 0',
] as const;

export type MonthPart = (typeof MONTH_PARTS)[number];

/** Where the months table put its cells. */
export interface MonthsTable {
  /** The row of month k (month 0 holds the opening cash). */
  rowOf(month: number): number;
  /** The column of package i's part. */
  column(i: number, part: MonthPart): number;
  /** The absolute range of package i's part over months first..last (1..R unless given). */
  range(i: number, part: MonthPart, first?: number, last?: number): string;
}

/** Writes the months section; the cursor moves past it and a blank row. */
export function writeMonthsTable(ctx: PackagesContext): MonthsTable {
  const { sheet, scenario: s, packages, cursor, money0 } = ctx;
  const R = s.runwayHorizonMonths;
  cursor.section(`Months 1–${R}: hire cash, net burn and cash with the expected margin gain`);
  const header = cursor.row;
  const table: MonthsTable = {
    rowOf: (month) => header + 1 + month,
    column: (i, part) => 1 + i * MONTH_PARTS.length + MONTH_PARTS.indexOf(part),
    range: (i, part, first = 1, last = R) =>
      absRange(table.rowOf(first), table.column(i, part), table.rowOf(last), table.column(i, part)),
  };
  sheet.text(header, 0, 'Month', 'header');
  packages.forEach((p, i) =>
    MONTH_PARTS.forEach((part) =>
      sheet.text(
        header,
        table.column(i, part),
        `${p.name}: ${part}`,
        part === 'cash < 0' ? 'helper' : 'headerNum',
      ),
    ),
  );
  sheet.num(table.rowOf(0), 0, 0, FORMATS.integer, 'label');
  packages.forEach((_, i) =>
    sheet.formula(
      table.rowOf(0),
      table.column(i, 'cash'),
      'In_Cash',
      s.company.cash,
      money0,
      'calc',
    ),
  );
  for (let k = 1; k <= R; k++) {
    sheet.num(table.rowOf(k), 0, k, FORMATS.integer, 'label');
    packages.forEach((_, i) => writePackageMonth(ctx, table, i, k));
  }
  cursor.row = table.rowOf(R) + 2;
  return table;
}

/** Package i's cells in month k: formula, the engine's value, format and style per part. */
function writePackageMonth(ctx: PackagesContext, table: MonthsTable, i: number, k: number): void {
  const { sheet, packages, money, money0 } = ctx;
  const p = packages[i]!;
  const cost = p.model.offerCost[k - 1]!;
  const view = p.model.views.offerExpected;
  const r = table.rowOf(k);
  const K = a1(r, 0);
  const c = (part: MonthPart) => a1(r, table.column(i, part));
  const P = `Pkg${i + 1}_`;
  const cells: [MonthPart, string, Cached, string, StyleName][] = [
    [
      'annual base',
      `ROUND(${P}BaseSalary*(1+${P}AnnualRaise)^(${yearOfMonthFormula(K)}-1),2)`,
      baseAnnual(cashTerms(p.model.scenario), yearOfMonth(k)),
      money,
      'calc',
    ],
    ['base', `ROUND(${c('annual base')}/12,2)`, cost.base, money, 'calc'],
    [
      'bonus',
      `IF(MOD(${K},12)=0,ROUND(${c('annual base')}*${P}TargetBonusPct*${P}BonusPayoutPct,2),0)`,
      cost.bonus,
      money,
      'calc',
    ],
    ['sign-on', `IF(${K}=1,${P}SignOnBonus,0)`, cost.signOn, money, 'calc'],
    [
      'employer load',
      `ROUND((${c('base')}+${c('bonus')}+${c('sign-on')})*In_EmployerLoadPct,2)`,
      cost.load,
      money,
      'calc',
    ],
    [
      'recruiting fee',
      `IF(${K}=1,ROUND(${P}BaseSalary*In_RecruitingFeePct,2),0)`,
      cost.fee,
      money,
      'calc',
    ],
    [
      'hire cash',
      `${c('base')}+${c('bonus')}+${c('sign-on')}+${c('employer load')}+${c('recruiting fee')}`,
      cost.hireCash,
      money,
      'calc',
    ],
    [
      'net burn',
      `INDEX(Run_Opex,${K})+${c('hire cash')}-INDEX(Run_GP_Expected,${K})`,
      view.netBurn[k - 1]!,
      money0,
      'calc',
    ],
    [
      'cash',
      `${a1(r - 1, table.column(i, 'cash'))}-${c('net burn')}`,
      view.cash[k]!,
      money0,
      'calc',
    ],
    [
      'cash < 0',
      `IF(${c('cash')}<0,1,0)`,
      view.cash[k]!.lessThan(0) ? 1 : 0,
      FORMATS.integer,
      'helper',
    ],
  ];
  for (const [part, formula, cached, fmt, style] of cells)
    sheet.formula(r, table.column(i, part), formula, cached, fmt, style);
}
