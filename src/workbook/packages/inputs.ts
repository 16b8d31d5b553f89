/**
 * The Packages sheet's inputs (model.md §9): one column per package, one named cell per field a
 * package may set (`In_Pkg<i>_BaseSalary`, …), and the own refresh program of a package that has
 * one. An empty cell means "as the offer" and reads the offer's input.
 */
import type { Decimal } from '../../model/decimal.js';
import type { Scenario } from '../../model/scenario.js';
import { FORMATS } from '../plan.js';
import { type PackagesContext, packageInputName } from './context.js';

/** Package input fields: [suffix, label, kind, equity key or offer key]. */
export const PACKAGE_INPUTS = [
  ['BaseSalary', 'Base salary (year 1)', 'money', 'baseSalary', 'In_BaseSalary'],
  ['AnnualRaise', 'Annual raise', 'percent', 'annualRaise', 'In_AnnualRaise'],
  ['TargetBonusPct', 'Target bonus (% of base)', 'percent', 'targetBonusPct', 'In_TargetBonusPct'],
  ['BonusPayoutPct', 'Expected bonus payout', 'percent', 'bonusPayoutPct', 'In_BonusPayoutPct'],
  ['SignOnBonus', 'Sign-on bonus', 'money', 'signOnBonus', 'In_SignOnBonus'],
  ['Instrument', 'Instrument ("option" or "rsu")', 'text', 'equity.instrument', 'In_Instrument'],
  [
    'Equity_SizeBy',
    'Grant given as (shares, value, percentOfFullyDiluted)',
    'text',
    'equity.sizeBy',
    'In_Equity_SizeBy',
  ],
  ['Equity_Size', 'Grant size', 'number', 'equity.size', 'In_Equity_Size'],
  ['Equity_Strike', 'Strike price', 'price', 'equity.strike', 'In_Equity_Strike'],
  [
    'Equity_GrantFairValue',
    'Grant-date fair value',
    'price',
    'equity.grantFairValue',
    'In_Equity_GrantFairValue',
  ],
  [
    'Equity_VestingMonths',
    'Vesting months',
    'integer',
    'equity.vestingMonths',
    'In_Equity_VestingMonths',
  ],
  ['Equity_CliffMonths', 'Cliff months', 'integer', 'equity.cliffMonths', 'In_Equity_CliffMonths'],
  [
    'Equity_VestEvery',
    'Vests every (months)',
    'integer',
    'equity.vestEveryMonths',
    'In_Equity_VestEvery',
  ],
  ['Refresh', 'Refresh program ("offer", "none" or "own")', 'text', 'refresh', ''],
] as const;

/** How a package's refresh program is given: the offer's, none, or its own block of inputs. */
export type RefreshMode = 'offer' | 'none' | 'own';

/** The refresh mode the workbook uses for a package (see {@link writeOwnRefreshPrograms}). */
function refreshMode(s: Scenario, i: number): RefreshMode {
  const p = s.packages[i]!;
  if (!('refresh' in p.overrides)) {
    // An RSU offer's refresh strike is 0 on the Inputs sheet; an option package that inherits it
    // needs the strike the engine resolved, so the workbook writes the program out as its own.
    if (
      s.offer.refresh &&
      s.offer.equity.instrument === 'rsu' &&
      p.offer.equity.instrument === 'option'
    )
      return 'own';
    return 'offer';
  }
  return p.overrides.refresh === null ? 'none' : 'own';
}

/** The number format of an input cell of `kind` (a PACKAGE_INPUTS kind). */
function inputFormat(ctx: PackagesContext, kind: string): string {
  const formats: Record<string, string> = {
    money: ctx.money,
    percent: FORMATS.percent2,
    price: ctx.price,
    integer: FORMATS.integer,
    text: FORMATS.text,
  };
  return formats[kind] ?? FORMATS.general;
}

/** The package names and one input row per PACKAGE_INPUTS field, then the note on "own". */
export function writePackageInputs(ctx: PackagesContext): void {
  const { sheet, scenario, packages, cursor } = ctx;
  cursor.section('Package inputs (empty = as the offer)');
  sheet.text(cursor.row, 0, 'Package name', 'header');
  packages.forEach((p, i) => {
    sheet.text(cursor.row, 1 + i, p.name, 'input');
    sheet.define(packageInputName(i, 'Name'), cursor.row, 1 + i);
  });
  cursor.row++;
  for (const [suffix, label, kind, key] of PACKAGE_INPUTS) {
    const row = cursor.row++;
    sheet.text(row, 0, label, 'label');
    packages.forEach((_, i) => {
      const value = inputValue(scenario, i, key);
      const col = 1 + i;
      if (value === null) sheet.set(row, col, { kind: 'empty', style: 'input' });
      else if (typeof value === 'string') sheet.text(row, col, value, 'input');
      else sheet.num(row, col, value, inputFormat(ctx, kind), 'input');
      sheet.define(packageInputName(i, suffix), row, col);
    });
  }
  sheet.text(
    cursor.row++,
    0,
    'Refresh "own": the package’s own program, in the block below (its milestones are structural: rebuild to add one).',
    'note',
  );
}

/** Writes the own refresh program of every package whose mode is "own"; returns every mode. */
export function writeOwnRefreshPrograms(ctx: PackagesContext): RefreshMode[] {
  const modes = ctx.packages.map((_, i) => refreshMode(ctx.scenario, i));
  modes.forEach((mode, i) => {
    if (mode === 'own') writeOwnRefreshProgram(ctx, i);
  });
  return modes;
}

type RefreshProgram = NonNullable<Scenario['offer']['refresh']>;

/** An own-program input: [name suffix, label, value (null = empty), number format]. */
type RefreshField = [suffix: string, label: string, value: Decimal | number | null, fmt: string];

function refreshFields(ctx: PackagesContext, rf: RefreshProgram): RefreshField[] {
  const { money, price } = ctx;
  const fields: RefreshField[] = [
    ['Refresh_Strike', 'Refresh strike', rf.strike, price],
    ['Refresh_GrantFairValue', 'Refresh grant-date fair value', rf.grantFairValue, price],
    ['Refresh_VestingMonths', 'Refresh vesting months', rf.schedule.vestingMonths, FORMATS.integer],
    ['Refresh_CliffMonths', 'Refresh cliff months', rf.schedule.cliffMonths, FORMATS.integer],
    [
      'Refresh_VestEvery',
      'Refresh vests every (months)',
      rf.schedule.vestEveryMonths,
      FORMATS.integer,
    ],
  ];
  if (!rf.margin) return fields;
  const { valuePerPoint, measureEveryMonths, capPerYear } = rf.margin;
  return [
    ...fields,
    ['Refresh_ValuePerPoint', 'Refresh value per margin point', valuePerPoint, money],
    [
      'Refresh_MeasureEvery',
      'Margin measured every (months, structural)',
      measureEveryMonths,
      FORMATS.integer,
    ],
    ['Refresh_CapPerYear', 'Yearly cap on margin refreshes (empty = none)', capPerYear, money],
  ];
}

/** Package i's own refresh program: its fields in column 1, then its milestones' table. */
function writeOwnRefreshProgram(ctx: PackagesContext, i: number): void {
  const { sheet, packages, cursor } = ctx;
  const rf = packages[i]!.model.scenario.offer.refresh!;
  cursor.section(`${packages[i]!.name}: its own refresh program`);
  for (const [suffix, label, value, fmt] of refreshFields(ctx, rf)) {
    const row = cursor.row++;
    sheet.text(row, 0, label, 'label');
    if (value === null) sheet.set(row, 1, { kind: 'empty', style: 'input' });
    else sheet.num(row, 1, value, fmt, 'input');
    sheet.define(packageInputName(i, suffix), row, 1);
  }
  writeOwnMilestones(ctx, i, rf);
}

/** The milestones of package i's own program: name, due day, probability, value, each named. */
function writeOwnMilestones(ctx: PackagesContext, i: number, rf: RefreshProgram): void {
  const { sheet, cursor, money } = ctx;
  ['Milestone', 'Due by (day)', 'Probability', 'Refresh value'].forEach((h, c) =>
    sheet.text(cursor.row, c, h, c ? 'headerNum' : 'header'),
  );
  cursor.row++;
  rf.milestones.forEach((m, j) => {
    const row = cursor.row++;
    const base = packageInputName(i, `Milestone${j + 1}_`);
    sheet.text(row, 0, m.name, 'input');
    sheet.num(row, 1, m.dueDay, FORMATS.integer, 'input');
    sheet.num(row, 2, m.probability, FORMATS.percent, 'input');
    sheet.num(row, 3, m.value, money, 'input');
    sheet.define(`${base}Name`, row, 0);
    sheet.define(`${base}DueDay`, row, 1);
    sheet.define(`${base}Probability`, row, 2);
    sheet.define(`${base}Value`, row, 3);
  });
  if (!rf.milestones.length) sheet.text(cursor.row++, 0, 'No milestones.', 'note');
}

/** The value an input cell shows for package i: its override, or null (= as the offer). */
function inputValue(s: Scenario, i: number, key: string): Decimal | number | string | null {
  const p = s.packages[i]!;
  const ov = p.overrides as Record<string, unknown>;
  const eq = (ov.equity ?? {}) as Record<string, unknown>;
  const o = p.offer;
  const has = (k: string) => k in ov && ov[k] !== undefined;
  const hasEq = (k: string) => k in eq && eq[k] !== undefined;
  const sized = ['shares', 'value', 'percentOfFullyDiluted'].some(hasEq);
  switch (key) {
    case 'baseSalary':
    case 'annualRaise':
    case 'targetBonusPct':
    case 'bonusPayoutPct':
    case 'signOnBonus':
      return has(key) ? (o[key] as Decimal) : null;
    case 'equity.instrument':
      return hasEq('instrument') ? o.equity.instrument : null;
    case 'equity.sizeBy':
      return sized ? o.equity.size.kind : null;
    case 'equity.size': {
      if (!sized) return null;
      const z = o.equity.size;
      return z.kind === 'shares' ? z.shares : z.kind === 'value' ? z.value : z.fraction;
    }
    case 'equity.strike':
      // An option package of an RSU offer: the engine's strike, written out (see refreshMode).
      if (
        !hasEq('strike') &&
        o.equity.instrument === 'option' &&
        s.offer.equity.instrument === 'rsu'
      )
        return o.equity.strike;
      return hasEq('strike') ? o.equity.strike : null;
    case 'equity.grantFairValue':
      return hasEq('grantFairValue') ? o.equity.grantFairValue : null;
    case 'equity.vestingMonths':
      return hasEq('vestingMonths') ? o.equity.schedule.vestingMonths : null;
    case 'equity.cliffMonths':
      return hasEq('cliffMonths') ? o.equity.schedule.cliffMonths : null;
    case 'equity.vestEveryMonths':
      return hasEq('vestEveryMonths') ? o.equity.schedule.vestEveryMonths : null;
    case 'refresh':
      return refreshMode(s, i);
  }
  return null;
}

/** The input names a package's refresh program reads: its own block's, or the offer's. */
export interface RefreshInputs {
  /** `In_Pkg<i>_Refresh_<field>` for an own program, else the offer's `In_Refresh_<field>`. */
  field(i: number, field: string): string;
  /** Milestone j's input: `In_Pkg<i>_Milestone<j>_<field>`, else `In_Milestone<j>_<field>`. */
  milestone(i: number, j: number, field: string): string;
}

export function refreshInputs(modes: RefreshMode[]): RefreshInputs {
  return {
    field: (i, field) =>
      modes[i] === 'own' ? packageInputName(i, `Refresh_${field}`) : `In_Refresh_${field}`,
    milestone: (i, j, field) =>
      modes[i] === 'own'
        ? packageInputName(i, `Milestone${j + 1}_${field}`)
        : `In_Milestone${j + 1}_${field}`,
  };
}
