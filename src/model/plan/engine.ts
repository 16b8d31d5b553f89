import { bandPercentile, compaRatio, type Band, type BandSet } from '../bands.js';
import { companyMonths, gainHit, grossProfit } from '../company.js';
import { Decimal, ZERO, sum } from '../decimal.js';
import { poolUse, type PoolUse } from '../dilution.js';
import {
  equityFigures,
  grantSchedule,
  perView,
  type EquityFigures,
  type EquityView,
  type GrantSchedule,
  type GrantScheduleCache,
} from '../equity.js';
import { grantsOf } from '../grants.js';
import { hireCostSchedule, type CashTerms, type HireCostMonth } from '../hire-cost.js';
import { assertFiguresFit } from '../limits.js';
import { InputError } from '../messages.js';
import {
  burnBeforeHire,
  cashTerms,
  resolveBand,
  runModel,
  runwayView,
  type ModelResult,
  type RunwayView,
} from '../model.js';
import { daysGained } from '../runway.js';
import type { Percentile } from '../schema.js';
import type { Plan, PlanHire } from './plan.js';

/** The plan's runway views other than the market ones (docs/model.md §10). */
export const PLAN_VIEWS = ['baseline', 'planNoGain', 'planExpected', 'planHit'] as const;
export type PlanView = (typeof PLAN_VIEWS)[number];

/** A hire's grant as the plan sees it: `grant.month` is the plan month, `hireMonth` the hire's. */
export interface PlanGrantSchedule extends GrantSchedule {
  hireMonth: number;
}

/** One hire inside the plan (every array over plan months, index k − 1). */
export interface PlanHireResult {
  hire: PlanHire;
  band: { row: Band; percentile: Decimal; compaRatio: Decimal };
  /** §3.3 of the hire's offer in hire months j = 1..R − s + 1. */
  cost: HireCostMonth[];
  /** §3.3 with the band's base at each compared percentile, hire months 1..R − s + 1. */
  marketCost: Partial<Record<Percentile, HireCostMonth[]>>;
  /** hireCash in plan months 1..R (0 before the hire starts). */
  hireCash: Decimal[];
  marketCash: Partial<Record<Percentile, Decimal[]>>;
  /** gainHit of the hire's marginGain in plan months 1..R. */
  gainHit: Decimal[];
  /** Σ hireCash over plan months 1..H; per percentile the market equivalent. */
  cashCost: { offer: Decimal; market: Partial<Record<Percentile, Decimal>> };
  /**
   * The hire's grants that exist in the plan (plan month ≤ H), dated in plan months; refresh
   * grants of zero shares are left out (they change no figure).
   */
  grants: PlanGrantSchedule[];
  /** §3.5 over those grants alone (pool use, top-up and dilution of the hire's grants alone). */
  equity: Record<EquityView, PoolUse>;
  vested: Record<EquityView, Decimal[]>;
  /** SBC per plan month 1..H, the expected view rounded for this hire. */
  sbc: Record<EquityView, Decimal[]>;
  /** Value at plan month H per exit price, rounded for this hire. */
  exitValue: Record<EquityView, Decimal[]>;
}

/** Everything docs/model.md §10 computes for a plan. */
export interface PlanResult {
  plan: Plan;
  revenue: Decimal[];
  opex: Decimal[];
  /** The company's gain in points per plan month: hit path and expected. */
  gainHit: Decimal[];
  gainExpected: Decimal[];
  hires: PlanHireResult[];
  /** Σ_h hireCash per plan month 1..R. */
  hireCash: Decimal[];
  views: Record<PlanView, RunwayView>;
  market: Partial<Record<Percentile, RunwayView>>;
  /** planExpected.days − market.pNN.days; null when either is beyond R. */
  daysGained: Partial<Record<Percentile, number | null>>;
  cashCost: { plan: Decimal; market: Partial<Record<Percentile, Decimal>> };
  /** Plan totals: granted shares summed, then pool use, top-up and dilution on the totals. */
  equity: Record<EquityView, PoolUse>;
  /** Per plan month 1..H: Σ over hires. */
  vested: Record<EquityView, Decimal[]>;
  sbc: Record<EquityView, Decimal[]>;
  /** At plan month H, per exit price: Σ over hires of each hire's rounded value. */
  exitValue: Record<EquityView, Decimal[]>;
}

/** `series` (hire months 1..) placed at plan months: plan month k holds hire month k − s + 1. */
function atPlanMonths(series: readonly Decimal[], start: number, R: number): Decimal[] {
  const out = new Array<Decimal>(R);
  for (let k = 1; k <= R; k++) out[k - 1] = k < start ? ZERO : (series[k - start] ?? ZERO);
  return out;
}

function addInto(total: Decimal[], xs: readonly Decimal[]): void {
  for (let i = 0; i < total.length; i++) {
    const x = xs[i] as Decimal;
    if (!x.isZero()) total[i] = (total[i] as Decimal).plus(x);
  }
}

/** Every hire's band row, or one input error naming each hire whose row is missing. */
function bandRows(plan: Plan, bands: BandSet, source: string): Band[] {
  const problems: string[] = [];
  const rows = plan.hires.map((h, i) => {
    try {
      return resolveBand(h.scenario, bands, source);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems.map((p) => `hires[${i}].${p}`));
      return null;
    }
  });
  if (problems.length > 0) throw new InputError(source, problems);
  return rows as Band[];
}

/** §3.3 schedules by their terms (hires on one template and band row share their market cost),
 * and grant schedules by shape. */
interface Caches {
  cost: Map<string, HireCostMonth[]>;
  grants: GrantScheduleCache;
}

function costSchedule(terms: CashTerms, R: number, cache: Caches['cost']): HireCostMonth[] {
  const key = Object.values(terms).map(String).join('|');
  let out = cache.get(key);
  if (!out) {
    out = hireCostSchedule(terms, R);
    cache.set(key, out);
  }
  return out;
}

function runHire(
  hire: PlanHire,
  band: Band,
  plan: Plan,
  compareAt: readonly Percentile[],
  cache: Caches,
): PlanHireResult {
  const s = hire.scenario;
  const H = plan.horizonMonths;
  const R = plan.runwayHorizonMonths;
  const start = hire.startMonth;
  const months = R - start + 1; // hire months that fall within the plan's horizon R
  const cost = costSchedule(cashTerms(s), R, cache.cost).slice(0, months);
  const hireCash = atPlanMonths(
    cost.map((m) => m.hireCash),
    start,
    R,
  );
  const marketCost: PlanHireResult['marketCost'] = {};
  const marketCash: PlanHireResult['marketCash'] = {};
  const marketCashCost: Partial<Record<Percentile, Decimal>> = {};
  for (const p of compareAt) {
    const c = costSchedule(cashTerms(s, band.values[p]), R, cache.cost).slice(0, months);
    marketCost[p] = c;
    const cash = atPlanMonths(
      c.map((m) => m.hireCash),
      start,
      R,
    );
    marketCash[p] = cash;
    marketCashCost[p] = sum(cash.slice(0, H));
  }
  const gain = new Array<Decimal>(R);
  for (let k = 1; k <= R; k++)
    gain[k - 1] = k < start ? ZERO : gainHit(s.offer.marginGain, k - start + 1);

  // §10: a grant made in hire month g is made in plan month s − 1 + g; only plan month ≤ H exists.
  const grants: PlanGrantSchedule[] = [];
  for (const grant of grantsOf(s)) {
    const planMonth = start - 1 + grant.month;
    // A refresh grant of zero shares (a margin measurement with no new points) changes no figure.
    if (planMonth > H || (grant.kind !== 'initial' && grant.shares.isZero())) continue;
    grants.push({
      ...grantSchedule({ ...grant, month: planMonth }, H, cache.grants),
      hireMonth: grant.month,
    });
  }
  const figures: EquityFigures = equityFigures(grants, plan.exitPrices, plan.company, H);
  return {
    hire,
    band: {
      row: band,
      percentile: bandPercentile(s.offer.baseSalary, band.values),
      compaRatio: compaRatio(s.offer.baseSalary, band.values.p50),
    },
    cost,
    marketCost,
    hireCash,
    marketCash,
    gainHit: gain,
    cashCost: { offer: sum(hireCash.slice(0, H)), market: marketCashCost },
    grants,
    ...figures,
  };
}

/** The hires' month series summed over the plan: hire cash, the gain (hit, expected), cash matches. */
function planSeries(hires: PlanHireResult[], compareAt: readonly Percentile[], R: number) {
  const zeros = () => new Array<Decimal>(R).fill(ZERO);
  const hireCash = zeros();
  const gainHit = zeros();
  const gainExpected = zeros();
  const marketCash: Partial<Record<Percentile, Decimal[]>> = {};
  for (const p of compareAt) marketCash[p] = zeros();
  for (const h of hires) {
    addInto(hireCash, h.hireCash);
    addInto(gainHit, h.gainHit);
    const prob = h.hire.scenario.offer.marginGain?.probability;
    if (prob) {
      addInto(
        gainExpected,
        h.gainHit.map((g) => (g.isZero() ? ZERO : g.times(prob))),
      );
    }
    for (const p of compareAt) addInto(marketCash[p]!, h.marketCash[p]!);
  }
  return { hireCash, gainHit, gainExpected, marketCash };
}

/** §3.2 for the plan's company: revenue, opex and gross profit with no, expected and hit gain. */
function planCompany(plan: Plan, gainExpected: Decimal[], gainHit: Decimal[]) {
  const c = plan.company;
  const series = {
    ...companyMonths(c, plan.runwayHorizonMonths),
    gpNoGain: [] as Decimal[],
    gpExpected: [] as Decimal[],
    gpHit: [] as Decimal[],
  };
  for (let k = 1; k <= plan.runwayHorizonMonths; k++) {
    const r = series.revenue[k - 1] as Decimal;
    series.gpNoGain.push(grossProfit(r, c.grossMargin, ZERO));
    series.gpExpected.push(grossProfit(r, c.grossMargin, gainExpected[k - 1] as Decimal));
    series.gpHit.push(grossProfit(r, c.grossMargin, gainHit[k - 1] as Decimal));
  }
  return series;
}

/** The plan's runway views, each cash match's, and the days the plan gains against each. */
function planRunways(
  plan: Plan,
  sums: ReturnType<typeof planSeries>,
  company: ReturnType<typeof planCompany>,
) {
  const { hireCash, gainHit, gainExpected, marketCash } = sums;
  const { opex: opexK, gpNoGain, gpExpected, gpHit } = company;
  const zeros = () => new Array<Decimal>(plan.runwayHorizonMonths).fill(ZERO);
  const noGain = zeros();
  const beforeNoGain = burnBeforeHire(opexK, gpNoGain);
  const beforeExpected = burnBeforeHire(opexK, gpExpected);
  const views: Record<PlanView, RunwayView> = {
    baseline: runwayView(plan, zeros(), noGain, gpNoGain, beforeNoGain),
    planNoGain: runwayView(plan, hireCash, noGain, gpNoGain, beforeNoGain),
    planExpected: runwayView(plan, hireCash, gainExpected, gpExpected, beforeExpected),
    planHit: runwayView(plan, hireCash, gainHit, gpHit, burnBeforeHire(opexK, gpHit)),
  };
  const market: PlanResult['market'] = {};
  const daysGainedBy: PlanResult['daysGained'] = {};
  for (const p of plan.market.compareAt) {
    market[p] = runwayView(plan, marketCash[p]!, gainExpected, gpExpected, beforeExpected);
    daysGainedBy[p] = daysGained(views.planExpected.runway.days, market[p].runway.days);
  }
  return { views, market, daysGained: daysGainedBy };
}

/**
 * The plan foots (§10): totals are sums of the per-hire figures, each rounded as §3 rounds it;
 * pool use, top-up and dilution are computed once, on the plan's granted totals.
 */
function planTotals(plan: Plan, hires: PlanHireResult[]) {
  const c = plan.company;
  const sumSeries = (pick: (h: PlanHireResult) => Decimal[], n: number): Decimal[] => {
    const total = new Array<Decimal>(n).fill(ZERO);
    for (const h of hires) addInto(total, pick(h));
    return total;
  };
  const cashCostMarket: PlanResult['cashCost']['market'] = {};
  for (const p of plan.market.compareAt)
    cashCostMarket[p] = sum(hires.map((h) => h.cashCost.market[p]!));
  const H = plan.horizonMonths;
  return {
    cashCost: { plan: sum(hires.map((h) => h.cashCost.offer)), market: cashCostMarket },
    equity: perView((v) =>
      poolUse(
        sum(hires.map((h) => h.equity[v].grantedShares)),
        c.unallocatedPoolShares,
        c.fullyDilutedShares,
      ),
    ),
    vested: perView((v) => sumSeries((h) => h.vested[v], H)),
    sbc: perView((v) => sumSeries((h) => h.sbc[v], H)),
    exitValue: perView((v) => sumSeries((h) => h.exitValue[v], plan.exitPrices.length)),
  };
}

/**
 * Runs the plan model of docs/model.md §10. Throws an {@link InputError} naming every hire whose
 * band row is missing from `bands`.
 */
export function runPlan(plan: Plan, bands: BandSet, source = 'plan'): PlanResult {
  const rows = bandRows(plan, bands, source);
  const cache: Caches = { cost: new Map(), grants: new Map() };
  const hires = plan.hires.map((h, i) =>
    runHire(h, rows[i] as Band, plan, plan.market.compareAt, cache),
  );
  const sums = planSeries(hires, plan.market.compareAt, plan.runwayHorizonMonths);
  const company = planCompany(plan, sums.gainExpected, sums.gainHit);
  const { views, market, daysGained: days } = planRunways(plan, sums, company);
  const totals = planTotals(plan, hires);
  const figures = {
    revenue: company.revenue,
    opex: company.opex,
    views,
    market,
    cashCost: totals.cashCost,
    equity: totals.equity,
    vested: totals.vested,
    sbc: totals.sbc,
    exitValue: totals.exitValue,
  };
  // docs/cli.md "Limits": no figure beyond what a spreadsheet holds. The plan's totals bound
  // every hire's own (cash and shares are never negative), so they are the ones checked.
  assertFiguresFit(figures, source);
  return {
    plan,
    gainHit: sums.gainHit,
    gainExpected: sums.gainExpected,
    hires,
    hireCash: sums.hireCash,
    daysGained: days,
    ...figures,
  };
}

/**
 * The hire's own schema-1 result (§10: its offer sheet), computed on demand — a plan's figures
 * do not need it, and a 50-hire plan should not pay for 50 full one-offer runs.
 */
export function hireModel(plan: Plan, i: number, bands: BandSet): ModelResult {
  const hire = plan.hires[i];
  if (!hire) throw new RangeError(`the plan has no hire ${i} (it has ${plan.hires.length})`);
  return runModel(hire.scenario, bands);
}
