import { Decimal, ZERO, sum } from './decimal.js';
import { assertFiguresFit } from './limits.js';
import { bandPercentile, compaRatio, findBand, type Band, type BandSet } from './bands.js';
import { companyMonths, gainHit, grossProfit } from './company.js';
import type { PoolUse } from './dilution.js';
import {
  EQUITY_VIEWS,
  equityFigures,
  grantSchedule,
  type EquityView,
  type GrantSchedule,
} from './equity.js';
import { grantsOf, marginMeasurements, sizePrice, type MarginMeasurement } from './grants.js';
import {
  cashTermsOf,
  hireCostSchedule,
  recruitingFee,
  type CashTerms,
  type HireCostMonth,
} from './hire-cost.js';
import { InputError } from './messages.js';
import { missCost, type MissCostInputs } from './miss-cost.js';
import {
  candidateValue,
  packageResults,
  packageRunScenario,
  type CandidateValue,
  type PackageResult,
} from './packages.js';
import { runwayFrom, type Runway } from './runway.js';
import type { Percentile } from './schema.js';
import type { Scenario } from './scenario.js';

/** The runway views of model.md §3.4 other than the market ones. */
export const OFFER_VIEWS = ['baseline', 'offerNoGain', 'offerExpected', 'offerHit'] as const;
export type OfferView = (typeof OFFER_VIEWS)[number];
export { EQUITY_VIEWS, type EquityView, type GrantSchedule };

/** One runway view over months 1..R (arrays are indexed k − 1; `cash` is indexed k, from cash_0). */
export interface RunwayView {
  hireCash: Decimal[];
  gainPoints: Decimal[];
  grossProfit: Decimal[];
  netBurn: Decimal[];
  cash: Decimal[];
  runway: Runway;
}

/** Everything model.md §3 computes for one scenario. */
export interface ModelResult {
  scenario: Scenario;
  band: { row: Band; percentile: Decimal; compaRatio: Decimal };
  revenue: Decimal[];
  opex: Decimal[];
  gainHit: Decimal[];
  offerCost: HireCostMonth[];
  marketCost: Partial<Record<Percentile, HireCostMonth[]>>;
  views: Record<OfferView, RunwayView>;
  market: Partial<Record<Percentile, RunwayView>>;
  cashCost: { offer: Decimal; market: Partial<Record<Percentile, Decimal>> };
  grants: GrantSchedule[];
  marginMeasurements: MarginMeasurement[];
  equity: Record<EquityView, PoolUse>;
  /** Per month 1..H: vested shares and SBC expense per equity view. */
  vested: Record<EquityView, Decimal[]>;
  sbc: Record<EquityView, Decimal[]>;
  /** Value at each exit price at month H, per equity view (in scenario.exitPrices order). */
  exitValue: Record<EquityView, Decimal[]>;
  marginRoi: Decimal | null;
  /** What the margin ROI is made of (model.md §3.5), for sheets that show its parts. */
  marginRoiParts: MarginRoiParts;
  missCost: { month: number; cost: Decimal }[];
  missCostSavings: Decimal;
  /** The candidate's cash over H and total value at each exit price (docs/model.md §9). */
  candidate: CandidateValue;
  /** docs/model.md §9: one result per package, in input order (empty without packages). */
  packages: PackageResult[];
}

/** The offer's cash terms; market views replace only the base salary (model.md §3.4). */
export function cashTerms(s: Scenario, baseSalary: Decimal = s.offer.baseSalary): CashTerms {
  return cashTermsOf(s.offer, baseSalary);
}

/** The scenario's band row (exact match on role, level, location), or an input error. */
export function resolveBand(s: Scenario, bands: BandSet, source = 'scenario'): Band {
  const { role, level, location } = s.market;
  const row = findBand(bands, role, level, location);
  if (!row)
    throw new InputError(source, [
      `market: band set "${bands.name}" has no row with role "${role}", level "${level}" and location "${location}"`,
    ]);
  if (row.currency !== s.currency)
    throw new InputError(source, [
      `market: the band for "${role}" / "${level}" / "${location}" is in ${row.currency} but the scenario is in ${s.currency}`,
    ]);
  return row;
}

/** `opex_k − gp_k` for one gain series: the part of net burn that does not depend on the hire. */
export function burnBeforeHire(opexK: readonly Decimal[], gp: readonly Decimal[]): Decimal[] {
  return opexK.map((o, i) => o.minus(gp[i] as Decimal));
}

export function runwayView(
  s: Pick<Scenario, 'startDate'> & { company: { cash: Decimal } },
  hireCash: Decimal[],
  gainPoints: Decimal[],
  gp: Decimal[],
  beforeHire: readonly Decimal[],
): RunwayView {
  const cash: Decimal[] = [s.company.cash];
  const netBurn: Decimal[] = [];
  for (let i = 0; i < beforeHire.length; i++) {
    // netBurn_k = opex_k + hireCash_k − gp_k (model.md §3.4)
    const hire = hireCash[i] as Decimal;
    const burn = hire.isZero() ? (beforeHire[i] as Decimal) : (beforeHire[i] as Decimal).plus(hire);
    netBurn.push(burn);
    cash.push((cash[i] as Decimal).minus(burn));
  }
  return {
    hireCash,
    gainPoints,
    grossProfit: gp,
    netBurn,
    cash,
    runway: runwayFrom(cash, netBurn, s.startDate),
  };
}

/** The company's series over months 1..R with the hire's gain at none, expected and hit. */
interface CompanySeries {
  revenue: Decimal[];
  opex: Decimal[];
  gainHit: Decimal[];
  gainExpected: Decimal[];
  grossProfitBaseline: Decimal[];
  grossProfitExpected: Decimal[];
  grossProfitHit: Decimal[];
  /** opex − gross profit with the expected gain: shared by the offer's and the market views. */
  burnBeforeHireExpected: Decimal[];
}

/** model.md §3.2 month by month: revenue, opex, the gain series and gross profit under each. */
function companySeries(s: Scenario): CompanySeries {
  const R = s.runwayHorizonMonths;
  const c = s.company;
  const p = s.offer.marginGain?.probability ?? ZERO;
  const months = companyMonths(c, R);
  const series: CompanySeries = {
    revenue: months.revenue,
    opex: months.opex,
    gainHit: [],
    gainExpected: [],
    grossProfitBaseline: [],
    grossProfitExpected: [],
    grossProfitHit: [],
    burnBeforeHireExpected: [],
  };
  for (let k = 1; k <= R; k++) {
    const revenue = months.revenue[k - 1] as Decimal;
    const hit = gainHit(s.offer.marginGain, k);
    const expected = p.times(hit);
    series.gainHit.push(hit);
    series.gainExpected.push(expected);
    series.grossProfitBaseline.push(grossProfit(revenue, c.grossMargin, ZERO));
    series.grossProfitExpected.push(grossProfit(revenue, c.grossMargin, expected));
    series.grossProfitHit.push(grossProfit(revenue, c.grossMargin, hit));
  }
  series.burnBeforeHireExpected = burnBeforeHire(series.opex, series.grossProfitExpected);
  return series;
}

/** The four runway views of the offer (model.md §3.4). */
function offerViews(
  s: Scenario,
  co: CompanySeries,
  offerCash: Decimal[],
): Record<OfferView, RunwayView> {
  const zeros = co.revenue.map(() => ZERO);
  const beforeBaseline = burnBeforeHire(co.opex, co.grossProfitBaseline);
  const beforeExpected = co.burnBeforeHireExpected;
  return {
    baseline: runwayView(s, zeros, zeros, co.grossProfitBaseline, beforeBaseline),
    offerNoGain: runwayView(s, offerCash, zeros, co.grossProfitBaseline, beforeBaseline),
    offerExpected: runwayView(
      s,
      offerCash,
      co.gainExpected,
      co.grossProfitExpected,
      beforeExpected,
    ),
    offerHit: runwayView(
      s,
      offerCash,
      co.gainHit,
      co.grossProfitHit,
      burnBeforeHire(co.opex, co.grossProfitHit),
    ),
  };
}

/** Each compared percentile's cash plan: its cost, runway view and cash cost over H (§3.4). */
function marketViews(s: Scenario, co: CompanySeries, band: Band) {
  const marketCost: ModelResult['marketCost'] = {};
  const market: ModelResult['market'] = {};
  const cashCost: ModelResult['cashCost']['market'] = {};
  const beforeExpected = co.burnBeforeHireExpected;
  for (const pct of s.market.compareAt) {
    const cost = hireCostSchedule(cashTerms(s, band.values[pct]), s.runwayHorizonMonths);
    const hireCash = cost.map((m) => m.hireCash);
    marketCost[pct] = cost;
    market[pct] = runwayView(s, hireCash, co.gainExpected, co.grossProfitExpected, beforeExpected);
    cashCost[pct] = sum(hireCash.slice(0, s.horizonMonths));
  }
  return { marketCost, market, cashCost };
}

export interface MarginRoiParts {
  gained: Decimal;
  marginShares: Decimal;
  marginValue: Decimal;
  roi: Decimal | null;
}

/**
 * The parts of the margin ROI (model.md §3.5): gross profit the hit gain adds over months 1..H,
 * the margin-refresh shares granted, and their value at the preferred price. `roi` is
 * gained ÷ value, null when no margin shares are granted.
 */
export function marginRoiParts(
  grossProfitBaseline: readonly Decimal[],
  grossProfitHit: readonly Decimal[],
  grants: readonly GrantSchedule[],
  preferredPrice: Decimal,
  H: number,
): MarginRoiParts {
  const marginShares = sum(
    grants.filter((g) => g.grant.kind === 'margin').map((g) => g.grant.shares),
  );
  const gained = sum(
    grossProfitHit.slice(0, H).map((x, i) => x.minus(grossProfitBaseline[i] as Decimal)),
  );
  const marginValue = marginShares.times(preferredPrice);
  return {
    gained,
    marginShares,
    marginValue,
    roi: marginShares.isZero() ? null : gained.div(marginValue),
  };
}

/** What the cost of a miss (§3.7) is computed from: the offer's hire cash and the scenario. */
export function missCostInputs(s: Scenario, offerCash: readonly Decimal[]): MissCostInputs {
  return {
    hireCash: offerCash,
    idleComputeMonthly: s.missCost.idleComputeMonthly,
    replacementFee: recruitingFee(cashTerms(s)),
    roadmapDelayCostPerDay: s.missCost.roadmapDelayCostPerDay,
    timeToFillDays: s.missCost.timeToFillDays,
  };
}

/** The cost of a miss found at each detection month, and what the earliest saves (§3.6). */
function missCostFigures(s: Scenario, offerCash: Decimal[]) {
  const inputs = missCostInputs(s, offerCash);
  const detect = s.missCost.detectAtMonths;
  const costs = detect.map((d) => ({ month: d, cost: missCost(inputs, d) }));
  const costAt = (d: number) => (costs.find((m) => m.month === d) as { cost: Decimal }).cost;
  const savings = costAt(Math.max(...detect)).minus(costAt(Math.min(...detect)));
  return { costs, savings };
}

/** Runs the whole model of model.md §3 for a validated scenario and its band set. */
export function runModel(s: Scenario, bands: BandSet): ModelResult {
  const H = s.horizonMonths;
  const band = resolveBand(s, bands);
  const co = companySeries(s);
  const offerCost = hireCostSchedule(cashTerms(s), s.runwayHorizonMonths);
  const offerCash = offerCost.map((m) => m.hireCash);
  const { marketCost, market, cashCost } = marketViews(s, co, band);

  // Equity (model.md §3.5) over k = 1..H.
  const grants: GrantSchedule[] = grantsOf(s).map((grant) => grantSchedule(grant, H));
  const { equity, vested, sbc, exitValue } = equityFigures(grants, s.exitPrices, s.company, H);
  const margin = s.offer.refresh?.margin;
  const measurements = margin
    ? marginMeasurements(s.offer.marginGain, margin, H, sizePrice(s))
    : [];
  const roi = marginRoiParts(
    co.grossProfitBaseline,
    co.grossProfitHit,
    grants,
    s.company.preferredPrice,
    H,
  );
  const miss = missCostFigures(s, offerCash);

  const result: ModelResult = {
    scenario: s,
    band: {
      row: band,
      percentile: bandPercentile(s.offer.baseSalary, band.values),
      compaRatio: compaRatio(s.offer.baseSalary, band.values.p50),
    },
    revenue: co.revenue,
    opex: co.opex,
    gainHit: co.gainHit,
    offerCost,
    marketCost,
    views: offerViews(s, co, offerCash),
    market,
    cashCost: { offer: sum(offerCash.slice(0, H)), market: cashCost },
    grants,
    marginMeasurements: measurements,
    equity,
    vested,
    sbc,
    exitValue,
    marginRoi: roi.roi,
    marginRoiParts: roi,
    missCost: miss.costs,
    missCostSavings: miss.savings,
    candidate: { cash: ZERO, total: { hit: [], expected: [], none: [] } },
    packages: [],
  };
  result.candidate = candidateValue(result);
  assertFiguresFit(result); // docs/cli.md "Limits": nothing beyond what a spreadsheet holds
  // docs/model.md §9: each package is the whole model with the package's offer.
  if (s.packages.length > 0)
    result.packages = packageResults(
      result,
      s.packages.map((p) => runModel(packageRunScenario(s, p), bands)),
    );
  return result;
}
