/**
 * The Packages sheet's effective terms (model.md §9): per package, formulas `Pkg<i>_<term>` that
 * pick the package's input when set, else the offer's.
 */
import type { Scenario } from '../../model/scenario.js';
import type { Cached } from '../builder.js';
import { FORMATS } from '../plan.js';
import { type PackagesContext, packageInputName } from './context.js';

type Offer = Scenario['offer'];

/** A term the package picks: its input, label, the offer's value and the number format. */
type PickedTerm = [input: string, label: string, offerValue: (o: Offer) => Cached, fmt: string];

/**
 * The pay terms a package picks (model.md §9): `Pkg<i>_<input>` is the package's input
 * `In_Pkg<i>_<input>` when set, else the offer's `In_<input>`; the cached value is the engine's
 * offer for the package. Format 'money' is the currency's.
 */
const PICKED_PAY_TERMS: PickedTerm[] = [
  ['BaseSalary', 'Base salary', (o) => o.baseSalary, 'money'],
  ['AnnualRaise', 'Annual raise', (o) => o.annualRaise, FORMATS.percent2],
  ['TargetBonusPct', 'Target bonus', (o) => o.targetBonusPct, FORMATS.percent2],
  ['BonusPayoutPct', 'Bonus payout', (o) => o.bonusPayoutPct, FORMATS.percent2],
  ['SignOnBonus', 'Sign-on bonus', (o) => o.signOnBonus, 'money'],
  ['Instrument', 'Instrument', (o) => o.equity.instrument, FORMATS.general],
];

/** The vesting terms a package picks: `Pkg<i>_<name>` from input `Equity_<name>`, in months. */
const PICKED_VESTING_TERMS = [
  ['VestingMonths', 'Vesting months', 'vestingMonths'],
  ['CliffMonths', 'Cliff months', 'cliffMonths'],
  ['VestEvery', 'Vests every (months)', 'vestEveryMonths'],
] as const;

/** The package's input when set, else the offer's `In_<input>`. */
const pick = (i: number, input: string) =>
  `IF(${packageInputName(i, input)}="",In_${input},${packageInputName(i, input)})`;

/** The initial grant's shares from a "size by" cell and a size cell (model.md §3.5). */
const sharesOf = (by: string, size: string) =>
  `IF(${by}="shares",${size},IF(${by}="value",INT(ROUND(${size}/Calc_SizePrice,6)),INT(ROUND(${size}*In_FullyDilutedShares,6))))`;

/** One row of terms: label, then per package a formula named `Pkg<i>_<term>`. */
function writeTermRow(
  ctx: PackagesContext,
  term: string,
  label: string,
  formula: (i: number) => string,
  cached: (i: number) => Cached,
  fmt: string,
): void {
  const { sheet, packages, cursor } = ctx;
  const row = cursor.row++;
  sheet.text(row, 0, label, 'label');
  packages.forEach((_, i) => {
    sheet.formula(row, 1 + i, formula(i), cached(i), fmt, 'calc');
    sheet.define(`Pkg${i + 1}_${term}`, row, 1 + i);
  });
}

/** A term row that picks input `input` (the package's, else the offer's). */
function writePickedRow(
  ctx: PackagesContext,
  term: string,
  label: string,
  input: string,
  offerValue: (o: Offer) => Cached,
  fmt: string,
): void {
  const offerOf = (i: number) => ctx.packages[i]!.model.scenario.offer;
  writeTermRow(
    ctx,
    term,
    label,
    (i) => pick(i, input),
    (i) => offerValue(offerOf(i)),
    fmt,
  );
}

/** The effective terms section: pay terms, initial shares and strike, vesting terms. */
export function writeEffectiveTerms(ctx: PackagesContext): void {
  const { packages, price } = ctx;
  ctx.cursor.section('Effective terms (formulas: the package’s value, else the offer’s)');
  for (const [input, label, offerValue, fmt] of PICKED_PAY_TERMS)
    writePickedRow(ctx, input, label, input, offerValue, fmt === 'money' ? ctx.money : fmt);
  writeTermRow(
    ctx,
    'InitialShares',
    'Initial grant (shares)',
    (i) =>
      `IF(${packageInputName(i, 'Equity_SizeBy')}="",${sharesOf('In_Equity_SizeBy', 'In_Equity_Size')},${sharesOf(packageInputName(i, 'Equity_SizeBy'), packageInputName(i, 'Equity_Size'))})`,
    (i) => packages[i]!.model.grants[0]!.grant.shares,
    FORMATS.shares,
  );
  writeTermRow(
    ctx,
    'Strike',
    'Initial grant strike (0 for RSUs)',
    (i) => `IF(Pkg${i + 1}_Instrument="rsu",0,${pick(i, 'Equity_Strike')})`,
    (i) => packages[i]!.model.scenario.offer.equity.strike,
    price,
  );
  for (const [name, label, field] of PICKED_VESTING_TERMS)
    writePickedRow(
      ctx,
      name,
      label,
      `Equity_${name}`,
      (o) => o.equity.schedule[field],
      FORMATS.integer,
    );
}
