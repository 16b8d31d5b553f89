import D from 'decimal.js';
import { MAX, R2, n, sumMonths, type N } from '../support/reference-decimal.js';
import { hireCashParts } from '../support/reference-rules.js';
import type { HandCashTerms } from './hand-terms.js';

/**
 * docs/model.md §3.3 and §9 for the packages e2e test, read through the independent reference
 * rules (test/support/reference-rules.ts): the candidate's cash, the cash cost, the expected total
 * value at an exit price and the break-even price. It does not import src/model, so the pane's
 * figures are checked against a second path.
 */

export type CashTermsByHand = HandCashTerms;

/** One month's pay (§3.3): what the candidate is paid (base, bonus, sign-on) and the hire's cash. */
function month(t: CashTermsByHand, k: number) {
  const parts = hireCashParts(t, n(t.baseSalary), k);
  return { paid: parts.base.plus(parts.bonus).plus(parts.signOn), hireCash: parts.total };
}

/** `Σ_{k=1..H} (base_k + bonus_k + signOn_k)` (§9). */
export function candidateCashByHand(t: CashTermsByHand, H: number): N {
  return sumMonths(H, (k) => month(t, k).paid);
}

/** `Σ_{k=1..H} hireCash_k` (§3.3). */
export function cashCostByHand(t: CashTermsByHand, H: number): N {
  return sumMonths(H, (k) => month(t, k).hireCash);
}

/**
 * Expected total at an exit price when every grant shares one strike and is fully vested by H:
 * `cash + ROUND(Σw·v × MAX(0, P − K), 2)` (§3.8: rounded once, after weighting).
 */
export function candidateTotalByHand(
  cash: N,
  weightedShares: string,
  strike: string,
  price: string,
): N {
  const gain = MAX(n(0), n(price).minus(strike));
  return cash.plus(R2(n(weightedShares).times(gain)));
}

/**
 * Break-even of package i against package 1 (§9) when all grants share one strike K and
 * package i has more weighted shares: Δ(P) = (cash_i − cash_1) + (Σw·v_i − Σw·v_1)·MAX(0, P − K).
 * If cash_i ≥ cash_1, Δ ≥ 0 everywhere: "0.00"; else the root K + (cash_1 − cash_i)/(σ), rounded
 * up to the cent.
 */
export function breakEvenByHand(
  cashI: N,
  cash1: N,
  sharesI: string,
  shares1: string,
  strike: string,
): string {
  if (cashI.greaterThanOrEqualTo(cash1)) return '0.00';
  const sigma = n(sharesI).minus(shares1);
  return n(strike).plus(cash1.minus(cashI).div(sigma)).toDecimalPlaces(2, D.ROUND_UP).toFixed(2);
}
