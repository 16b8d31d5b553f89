import { Decimal, ZERO, round, sum } from './decimal.js';
import { assertFiguresFit } from './limits.js';
import { bandPercentile, compaRatio, findBand, type Band, type BandSet } from './bands.js';
import { gainHit, grossProfit, growthFactors } from './company.js';
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
  hireCostSchedule,
  recruitingFee,
  type CashTerms,
  type HireCostMonth,
} from './hire-cost.js';
import { InputError } from './messages.js';
import { missCost } from './miss-cost.js';
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
  missCost: { month: number; cost: Decimal }[];
  missCostSavings: Decimal;
  /** The candidate's cash over H and total value at each exit price (docs/model.md §9). */
  candidate: CandidateValue;
  /** docs/model.md §9: one result per package, in input order (empty without packages). */
  packages: PackageResult[];
}

/** The offer's cash terms; market views replace only the base salary (model.md §3.4). */
export function cashTerms(s: Scenario, baseSalary: Decimal = s.offer.baseSalary): CashTerms {
  const o = s.offer;
  return {
    baseSalary,
    annualRaise: o.annualRaise,
    targetBonusPct: o.targetBonusPct,
    bonusPayoutPct: o.bonusPayoutPct,
    signOnBonus: o.signOnBonus,
    employerLoadPct: o.employerLoadPct,
    recruitingFeePct: o.recruitingFeePct,
  };
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

/** Runs the whole model of model.md §3 for a validated scenario and its band set. */
export function runModel(s: Scenario, bands: BandSet): ModelResult {
  const H = s.horizonMonths;
  const R = s.runwayHorizonMonths;
  const c = s.company;
  const band = resolveBand(s, bands);

  const rev: Decimal[] = [];
  const opexK: Decimal[] = [];
  const hitGain: Decimal[] = [];
  const expectedGain: Decimal[] = [];
  const gp0: Decimal[] = [];
  const gpExpected: Decimal[] = [];
  const gpHit: Decimal[] = [];
  const p = s.offer.marginGain?.probability ?? ZERO;
  const revGrowth = growthFactors(c.revenueGrowthMonthly, R);
  const opexGrowth = growthFactors(c.opexGrowthMonthly, R);
  for (let k = 1; k <= R; k++) {
    const r = round(c.monthlyRevenue.times(revGrowth[k - 1] as Decimal), 2);
    const g = gainHit(s.offer.marginGain, k);
    const ge = p.times(g);
    rev.push(r);
    opexK.push(round(c.monthlyOpex.times(opexGrowth[k - 1] as Decimal), 2));
    hitGain.push(g);
    expectedGain.push(ge);
    gp0.push(grossProfit(r, c.grossMargin, ZERO));
    gpExpected.push(grossProfit(r, c.grossMargin, ge));
    gpHit.push(grossProfit(r, c.grossMargin, g));
  }
  const zeros = rev.map(() => ZERO);

  const offerCost = hireCostSchedule(cashTerms(s), R);
  const offerCash = offerCost.map((m) => m.hireCash);
  const before0 = burnBeforeHire(opexK, gp0);
  const beforeExpected = burnBeforeHire(opexK, gpExpected);
  const views: Record<OfferView, RunwayView> = {
    baseline: runwayView(s, zeros, zeros, gp0, before0),
    offerNoGain: runwayView(s, offerCash, zeros, gp0, before0),
    offerExpected: runwayView(s, offerCash, expectedGain, gpExpected, beforeExpected),
    offerHit: runwayView(s, offerCash, hitGain, gpHit, burnBeforeHire(opexK, gpHit)),
  };
  const marketCost: ModelResult['marketCost'] = {};
  const market: ModelResult['market'] = {};
  const cashCostMarket: ModelResult['cashCost']['market'] = {};
  for (const pct of s.market.compareAt) {
    const cost = hireCostSchedule(cashTerms(s, band.values[pct]), R);
    marketCost[pct] = cost;
    market[pct] = runwayView(
      s,
      cost.map((m) => m.hireCash),
      expectedGain,
      gpExpected,
      beforeExpected,
    );
    cashCostMarket[pct] = sum(cost.slice(0, H).map((m) => m.hireCash));
  }

  // Equity (model.md §3.5) over k = 1..H.
  const grants: GrantSchedule[] = grantsOf(s).map((grant) => grantSchedule(grant, H));
  const { equity, vested, sbc, exitValue } = equityFigures(grants, s.exitPrices, c, H);

  const measurements =
    s.offer.refresh?.margin != null
      ? marginMeasurements(s.offer.marginGain, s.offer.refresh.margin, H, sizePrice(s))
      : [];
  const marginShares = sum(
    grants.filter((g) => g.grant.kind === 'margin').map((g) => g.grant.shares),
  );
  const gained = sum(gpHit.slice(0, H).map((x, i) => x.minus(gp0[i] as Decimal)));
  const marginRoi = marginShares.isZero() ? null : gained.div(marginShares.times(c.preferredPrice));

  const missInputs = {
    hireCash: offerCash,
    idleComputeMonthly: s.missCost.idleComputeMonthly,
    replacementFee: recruitingFee(cashTerms(s)),
    roadmapDelayCostPerDay: s.missCost.roadmapDelayCostPerDay,
    timeToFillDays: s.missCost.timeToFillDays,
  };
  const miss = s.missCost.detectAtMonths.map((d) => ({ month: d, cost: missCost(missInputs, d) }));
  const earliest = Math.min(...s.missCost.detectAtMonths);
  const latest = Math.max(...s.missCost.detectAtMonths);
  const costAt = (d: number) => (miss.find((m) => m.month === d) as { cost: Decimal }).cost;

  const result: ModelResult = {
    scenario: s,
    band: {
      row: band,
      percentile: bandPercentile(s.offer.baseSalary, band.values),
      compaRatio: compaRatio(s.offer.baseSalary, band.values.p50),
    },
    revenue: rev,
    opex: opexK,
    gainHit: hitGain,
    offerCost,
    marketCost,
    views,
    market,
    cashCost: { offer: sum(offerCash.slice(0, H)), market: cashCostMarket },
    grants,
    marginMeasurements: measurements,
    equity,
    vested,
    sbc,
    exitValue,
    marginRoi,
    missCost: miss,
    missCostSavings: costAt(latest).minus(costAt(earliest)),
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
