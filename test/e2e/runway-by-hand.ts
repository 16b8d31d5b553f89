import DecimalJs from 'decimal.js';

/**
 * An independent implementation of model.md §3.3–3.4 (cash cost, company, gain path, runway days),
 * written from the spec for the e2e test: it does not import src/model, so the pane's figure is
 * checked against a second path, not against itself.
 */
const D = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
type D = InstanceType<typeof D>;
const r2 = (x: D) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);

export interface HandScenario {
  cash: string;
  monthlyRevenue: string;
  revenueGrowthMonthly: string;
  grossMargin: string;
  monthlyOpex: string;
  opexGrowthMonthly: string;
  baseSalary: string;
  annualRaise: string;
  targetBonusPct: string;
  bonusPayoutPct: string;
  signOnBonus: string;
  employerLoadPct: string;
  recruitingFeePct: string;
  gain: { points: string; startMonth: number; fullMonth: number; probability: string } | null;
  R: number;
}

function hireCash(s: HandScenario, base: D, k: number): D {
  const y = Math.ceil(k / 12);
  const annual = r2(base.times(new D(1).plus(s.annualRaise).pow(y - 1)));
  const b = r2(annual.div(12));
  const bonus =
    k % 12 === 0 ? r2(annual.times(s.targetBonusPct).times(s.bonusPayoutPct)) : new D(0);
  const signOn = k === 1 ? new D(s.signOnBonus) : new D(0);
  const load = r2(b.plus(bonus).plus(signOn).times(s.employerLoadPct));
  const fee = k === 1 ? r2(base.times(s.recruitingFeePct)) : new D(0);
  return b.plus(bonus).plus(signOn).plus(load).plus(fee);
}

/** Runway days (ROUND(runway × 30.4375, 0)) or null beyond R, for a hire paid `base` (null: no hire). */
export function runwayDaysByHand(
  s: HandScenario,
  base: string | null,
  gainWeight: 'expected' | 'none',
): number | null {
  let cash = new D(s.cash);
  for (let k = 1; k <= s.R; k++) {
    const rev = r2(new D(s.monthlyRevenue).times(new D(1).plus(s.revenueGrowthMonthly).pow(k - 1)));
    const opex = r2(new D(s.monthlyOpex).times(new D(1).plus(s.opexGrowthMonthly).pow(k - 1)));
    let g = new D(0);
    if (s.gain && gainWeight === 'expected') {
      const ramp = new D(k - s.gain.startMonth + 1).div(s.gain.fullMonth - s.gain.startMonth + 1);
      const hit = new D(s.gain.points).times(DecimalJs.min(1, DecimalJs.max(0, ramp)));
      g = hit.times(s.gain.probability);
    }
    const gp = r2(rev.times(new D(s.grossMargin).plus(g.div(100))));
    const hc = base === null ? new D(0) : hireCash(s, new D(base), k);
    const burn = opex.plus(hc).minus(gp);
    const next = cash.minus(burn);
    if (next.lessThan(0)) {
      const months = new D(k - 1).plus(cash.div(burn));
      return months.times('30.4375').toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
    }
    cash = next;
  }
  return null;
}
