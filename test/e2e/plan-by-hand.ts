import DecimalJs from 'decimal.js';

/**
 * An independent reading of docs/model.md §10's runway (with §3.3–§3.4) for the Plan mode e2e:
 * every hire's cash from its own start month, the company's expected gain as the sum of each
 * hire's probability-weighted ramp, one gross profit per month. It imports nothing from src/ —
 * the pane's figure is checked against a second implementation, not against itself.
 */
const D = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_UP });
type D = InstanceType<typeof D>;
const r2 = (x: D) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);

export interface HandCompany {
  cash: string;
  monthlyRevenue: string;
  revenueGrowthMonthly: string;
  grossMargin: string;
  monthlyOpex: string;
  opexGrowthMonthly: string;
}

/** One hire's cash terms and gain, as merged from its template and its own fields. */
export interface HandHire {
  startMonth: number;
  baseSalary: string;
  annualRaise: string;
  targetBonusPct: string;
  bonusPayoutPct: string;
  signOnBonus: string;
  employerLoadPct: string;
  recruitingFeePct: string;
  gain: { points: string; startMonth: number; fullMonth: number; probability: string } | null;
}

/** §3.3 hireCash in the hire's own month j. */
function hireCash(h: HandHire, j: number): D {
  const base = new D(h.baseSalary);
  const y = Math.ceil(j / 12);
  const annual = r2(base.times(new D(1).plus(h.annualRaise).pow(y - 1)));
  const monthly = r2(annual.div(12));
  const bonus =
    j % 12 === 0 ? r2(annual.times(h.targetBonusPct).times(h.bonusPayoutPct)) : new D(0);
  const signOn = j === 1 ? new D(h.signOnBonus) : new D(0);
  const load = r2(monthly.plus(bonus).plus(signOn).times(h.employerLoadPct));
  const fee = j === 1 ? r2(base.times(h.recruitingFeePct)) : new D(0);
  return monthly.plus(bonus).plus(signOn).plus(load).plus(fee);
}

/** §3.4 gainHit in the hire's month j: a linear ramp from startMonth to fullMonth. */
function gainHit(h: HandHire, j: number): D {
  const g = h.gain;
  if (!g) return new D(0);
  if (j < g.startMonth) return new D(0);
  if (j >= g.fullMonth) return new D(g.points);
  return new D(g.points).times(j - g.startMonth + 1).div(g.fullMonth - g.startMonth + 1);
}

/** planExpected runway days (ROUND(months × 30.4375, 0)), or null beyond R. */
export function planRunwayDaysByHand(c: HandCompany, hires: readonly HandHire[], R: number) {
  let cash = new D(c.cash);
  for (let k = 1; k <= R; k++) {
    const rev = r2(new D(c.monthlyRevenue).times(new D(1).plus(c.revenueGrowthMonthly).pow(k - 1)));
    const opex = r2(new D(c.monthlyOpex).times(new D(1).plus(c.opexGrowthMonthly).pow(k - 1)));
    let points = new D(0);
    let pay = new D(0);
    for (const h of hires) {
      const j = k - h.startMonth + 1;
      if (j < 1) continue;
      pay = pay.plus(hireCash(h, j));
      if (h.gain) points = points.plus(gainHit(h, j).times(h.gain.probability));
    }
    const gp = r2(rev.times(new D(c.grossMargin).plus(points.div(100))));
    const burn = opex.plus(pay).minus(gp);
    const next = cash.minus(burn);
    if (next.lessThan(0)) {
      const months = new D(k - 1).plus(cash.div(burn));
      return months.times('30.4375').toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
    }
    cash = next;
  }
  return null;
}

type Json = Record<string, unknown>;

/** The hires of a plan file (templates merged field by field for the cash terms used here). */
export function handHires(plan: Json): HandHire[] {
  const templates = (plan.templates ?? {}) as Record<string, Json>;
  return (plan.hires as Json[]).map((h) => {
    const offer = {
      ...(templates[h.template as string] ?? {}),
      ...(h.offer as Json),
    } as Record<string, unknown>;
    const t = (k: string) => String(offer[k] ?? 0);
    const g = offer.marginGain as Json | undefined;
    return {
      startMonth: Number(h.startMonth),
      baseSalary: t('baseSalary'),
      annualRaise: t('annualRaise'),
      targetBonusPct: t('targetBonusPct'),
      bonusPayoutPct: String(offer.bonusPayoutPct ?? 1),
      signOnBonus: t('signOnBonus'),
      employerLoadPct: t('employerLoadPct'),
      recruitingFeePct: t('recruitingFeePct'),
      gain: g
        ? {
            points: String(g.points),
            startMonth: Number(g.startMonth),
            fullMonth: Number(g.fullMonth),
            probability: String(g.probability ?? 1),
          }
        : null,
    };
  });
}
