import { Decimal, ONE, ZERO, round, sum } from './decimal.js';

/** The offer fields the hire's cash cost reads (model.md §3.3), each a plain offer field. */
export const CASH_TERM_KEYS = [
  'baseSalary',
  'annualRaise',
  'targetBonusPct',
  'bonusPayoutPct',
  'signOnBonus',
  'employerLoadPct',
  'recruitingFeePct',
] as const;

/** The cash terms of an offer (model.md §3.3); the market views swap in a band's base salary. */
export type CashTerms = Record<(typeof CASH_TERM_KEYS)[number], Decimal>;

/** An offer's cash terms, with `baseSalary` replaced when given (a market view's band base). */
export function cashTermsOf(offer: CashTerms, baseSalary: Decimal = offer.baseSalary): CashTerms {
  const terms = {} as CashTerms;
  for (const key of CASH_TERM_KEYS) terms[key] = offer[key];
  terms.baseSalary = baseSalary;
  return terms;
}

/** One month of the hire's cash cost. */
export interface HireCostMonth {
  month: number;
  base: Decimal;
  bonus: Decimal;
  signOn: Decimal;
  load: Decimal;
  fee: Decimal;
  hireCash: Decimal;
}

/** `CEILING(k/12)`: the hire's year for month k (1-based). */
export function yearOfMonth(k: number): number {
  return Math.floor((k + 11) / 12);
}

/** The sum of a monthly series (index k − 1) over the months of year y (months 12y − 11..12y). */
export function sumOverYear(series: readonly Decimal[], year: number): Decimal {
  return sum(series.slice(12 * (year - 1), 12 * year));
}

/** model.md §3.3: `ROUND(baseSalary × (1 + annualRaise)^(y−1), 2)`. */
export function baseAnnual(t: CashTerms, year: number): Decimal {
  return round(t.baseSalary.times(ONE.plus(t.annualRaise).pow(year - 1)), 2);
}

/** model.md §3.3: the recruiting fee, `ROUND(baseSalary × recruitingFeePct, 2)`. */
export function recruitingFee(t: CashTerms): Decimal {
  return round(t.baseSalary.times(t.recruitingFeePct), 2);
}

/** model.md §3.3: the bonus paid at the end of a hire year, `ROUND(annual × target × payout, 2)`. */
export function yearEndBonus(t: CashTerms, annual: Decimal): Decimal {
  return round(annual.times(t.targetBonusPct).times(t.bonusPayoutPct), 2);
}

/** model.md §3.3: the hire's cash cost in month k. */
export function hireCostMonth(t: CashTerms, k: number): HireCostMonth {
  return monthCost(t, k, baseAnnual(t, yearOfMonth(k)));
}

/** §3.3 for month k, given that year's rounded annual base. */
function monthCost(t: CashTerms, k: number, annual: Decimal): HireCostMonth {
  const base = round(annual.div(12), 2);
  const bonus = k % 12 === 0 ? yearEndBonus(t, annual) : ZERO;
  const signOn = k === 1 ? t.signOnBonus : ZERO;
  const load = round(base.plus(bonus).plus(signOn).times(t.employerLoadPct), 2);
  const fee = k === 1 ? recruitingFee(t) : ZERO;
  return {
    month: k,
    base,
    bonus,
    signOn,
    load,
    fee,
    hireCash: base.plus(bonus).plus(signOn).plus(load).plus(fee),
  };
}

/**
 * Months 1..n of the hire's cash cost. Within a hire year every month other than month 1 and the
 * bonus month costs the same, so each distinct month is computed once by {@link hireCostMonth}.
 */
export function hireCostSchedule(t: CashTerms, n: number): HireCostMonth[] {
  const out: HireCostMonth[] = [];
  let ordinary: HireCostMonth | null = null;
  let annual = ZERO;
  for (let k = 1; k <= n; k++) {
    if (k % 12 === 1) annual = baseAnnual(t, yearOfMonth(k)); // once per hire year
    if (k === 1 || k % 12 === 0 || ordinary === null) {
      const m = monthCost(t, k, annual);
      out.push(m);
      if (k % 12 !== 0 && k !== 1) ordinary = m;
      else if (k % 12 === 0) ordinary = null;
      continue;
    }
    out.push({ ...ordinary, month: k });
  }
  return out;
}
