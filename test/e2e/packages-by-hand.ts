import DecimalJs from 'decimal.js';

/**
 * docs/model.md §3.3 and §9 written again from the text for the packages e2e test: the candidate's
 * cash, the cash cost, the expected total value at an exit price and the break-even price. It does
 * not import src/model, so the pane's figures are checked against a second path.
 */
const D = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
type D = InstanceType<typeof D>;
const r2 = (x: D) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);

export interface CashTermsByHand {
  baseSalary: string;
  annualRaise: string;
  targetBonusPct: string;
  bonusPayoutPct: string;
  signOnBonus: string;
  employerLoadPct: string;
  recruitingFeePct: string;
}

/** One month's pay (§3.3): base_k, bonus_k, signOn_k and the employer's load and fee. */
function month(t: CashTermsByHand, k: number) {
  const y = Math.ceil(k / 12);
  const annual = r2(new D(t.baseSalary).times(new D(1).plus(t.annualRaise).pow(y - 1)));
  const base = r2(annual.div(12));
  const bonus =
    k % 12 === 0 ? r2(annual.times(t.targetBonusPct).times(t.bonusPayoutPct)) : new D(0);
  const signOn = k === 1 ? new D(t.signOnBonus) : new D(0);
  const paid = base.plus(bonus).plus(signOn);
  const load = r2(paid.times(t.employerLoadPct));
  const fee = k === 1 ? r2(new D(t.baseSalary).times(t.recruitingFeePct)) : new D(0);
  return { paid, hireCash: paid.plus(load).plus(fee) };
}

/** `Σ_{k=1..H} (base_k + bonus_k + signOn_k)` (§9). */
export function candidateCashByHand(t: CashTermsByHand, H: number): D {
  let total = new D(0);
  for (let k = 1; k <= H; k++) total = total.plus(month(t, k).paid);
  return total;
}

/** `Σ_{k=1..H} hireCash_k` (§3.3). */
export function cashCostByHand(t: CashTermsByHand, H: number): D {
  let total = new D(0);
  for (let k = 1; k <= H; k++) total = total.plus(month(t, k).hireCash);
  return total;
}

/**
 * Expected total at an exit price when every grant shares one strike and is fully vested by H:
 * `cash + ROUND(Σw·v × MAX(0, P − K), 2)` (§3.8: rounded once, after weighting).
 */
export function candidateTotalByHand(
  cash: D,
  weightedShares: string,
  strike: string,
  price: string,
): D {
  const gain = D.max(0, new D(price).minus(strike));
  return cash.plus(r2(new D(weightedShares).times(gain)));
}

/**
 * Break-even of package i against package 1 (§9) when all grants share one strike K and
 * package i has more weighted shares: Δ(P) = (cash_i − cash_1) + (Σw·v_i − Σw·v_1)·MAX(0, P − K).
 * If cash_i ≥ cash_1, Δ ≥ 0 everywhere: "0.00"; else the root K + (cash_1 − cash_i)/(σ), rounded
 * up to the cent.
 */
export function breakEvenByHand(
  cashI: D,
  cash1: D,
  sharesI: string,
  shares1: string,
  strike: string,
): string {
  if (cashI.greaterThanOrEqualTo(cash1)) return '0.00';
  const sigma = new D(sharesI).minus(shares1);
  return new D(strike)
    .plus(cash1.minus(cashI).div(sigma))
    .toDecimalPlaces(2, D.ROUND_UP)
    .toFixed(2);
}

export { D as HandDecimal };
