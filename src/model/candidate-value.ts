/**
 * What an offer is worth to the candidate (docs/model.md §9): the cash they are paid over the
 * schedule horizon, that cash plus their equity at each exit price, and the break-even share
 * price from which one package is worth at least as much as another.
 *
 * Small named functions, so that the CLI, the pane and the workbook's cached values read the
 * same definitions.
 */
import { Decimal, ZERO, max, sum } from './decimal.js';
import type { HireCostMonth } from './hire-cost.js';

/** `candidateCash = Σ_{k=1..H} (base_k + bonus_k + signOn_k)`: cash the candidate is paid over H. */
export function candidateCash(cost: readonly HireCostMonth[], horizon: number): Decimal {
  return sum(cost.slice(0, horizon).map((m) => m.base.plus(m.bonus).plus(m.signOn)));
}

/** `candidateTotal[P] = candidateCash + exitValue[P]` for each exit price (exit values rounded, §3.5). */
export function candidateTotal(cash: Decimal, exitValues: readonly Decimal[]): Decimal[] {
  return exitValues.map((v) => cash.plus(v));
}

/** One grant as the candidate holds it at month H, expected view: weight w, vested v, strike K. */
export interface ValueLeg {
  weight: Decimal;
  vested: Decimal;
  strike: Decimal;
}

/** `Σ w·v·MAX(0, P − K)`, unrounded. */
export function legsValue(legs: readonly ValueLeg[], price: Decimal): Decimal {
  let total = ZERO;
  for (const l of legs)
    total = total.plus(l.weight.times(l.vested).times(max(ZERO, price.minus(l.strike))));
  return total;
}

/** What package i and package 1 are worth to the candidate, expected view (§9). */
export interface CandidateTerms {
  cash: Decimal;
  legs: readonly ValueLeg[];
}

/**
 * `Δ(P) = (candidateCash_i − candidateCash_1) + Σ_i w·v·MAX(0, P − K) − Σ_1 w·v·MAX(0, P − K)`,
 * unrounded.
 */
export function breakEvenDelta(
  pkg: CandidateTerms,
  first: CandidateTerms,
  price: Decimal,
): Decimal {
  return pkg.cash
    .minus(first.cash)
    .plus(legsValue(pkg.legs, price))
    .minus(legsValue(first.legs, price));
}

/** The strikes at which Δ bends, ascending and distinct, with 0 first. */
export function breakEvenKinks(pkg: CandidateTerms, first: CandidateTerms): Decimal[] {
  const live = [...pkg.legs, ...first.legs].filter(
    (l) => !l.weight.isZero() && !l.vested.isZero() && l.strike.greaterThan(0),
  );
  const kinks = [ZERO];
  for (const k of live.map((l) => l.strike).sort((a, b) => a.comparedTo(b)))
    if (!k.equals(kinks[kinks.length - 1] as Decimal)) kinks.push(k);
  return kinks;
}

/** `σ = Σ_i w·v − Σ_1 w·v`: Δ's slope past the last kink. */
export function breakEvenSlope(pkg: CandidateTerms, first: CandidateTerms): Decimal {
  const slope = (legs: readonly ValueLeg[]) => sum(legs.map((l) => l.weight.times(l.vested)));
  return slope(pkg.legs).minus(slope(first.legs));
}

/**
 * The exact, unrounded break-even price (§9): the lowest `P ≥ 0` such that `Δ(P') ≥ 0` for every
 * `P' ≥ P`, or null when there is none (`σ < 0`, or `σ = 0` with `Δ < 0` past the last kink).
 * Δ is linear between kinks, so the search walks the kinks from the right: exact, no scan.
 */
export function breakEvenExact(pkg: CandidateTerms, first: CandidateTerms): Decimal | null {
  const kinks = breakEvenKinks(pkg, first);
  const sigma = breakEvenSlope(pkg, first);
  const delta = (p: Decimal) => breakEvenDelta(pkg, first, p);
  const last = kinks[kinks.length - 1] as Decimal;
  const atLast = delta(last);
  if (sigma.isNegative() && !sigma.isZero()) return null;
  if (atLast.lessThan(0)) {
    if (sigma.isZero()) return null;
    return last.minus(atLast.div(sigma)); // the root past the last kink
  }
  // Δ ≥ 0 on [last, ∞): walk left while Δ stays ≥ 0 at the left end of each segment.
  for (let j = kinks.length - 1; j > 0; j--) {
    const right = kinks[j] as Decimal;
    const left = kinks[j - 1] as Decimal;
    const dRight = delta(right);
    const dLeft = delta(left);
    if (dLeft.lessThan(0))
      // Linear on [left, right] with Δ(left) < 0 ≤ Δ(right): the one root.
      return left.minus(dLeft.times(right.minus(left)).div(dRight.minus(dLeft)));
  }
  return ZERO;
}

/** `ROUNDUP(P, 2)`: the break-even price rounded up to the cent; null when there is none. */
export function breakEven(pkg: CandidateTerms, first: CandidateTerms): Decimal | null {
  const p = breakEvenExact(pkg, first);
  return p === null ? null : p.toDecimalPlaces(2, Decimal.ROUND_UP);
}
