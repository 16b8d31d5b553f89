/**
 * Offer packages side by side (docs/model.md §9). Each package's figures are the whole §3 model
 * run with the package's offer ({@link packageScenario}); the baseline and the market views stay
 * the scenario's own, because the comparator does not move with the package.
 */
import type { Decimal } from './decimal.js';
import {
  breakEven,
  candidateCash,
  candidateTotal,
  type CandidateTerms,
  type ValueLeg,
} from './candidate-value.js';
import type { EquityView, ModelResult } from './model.js';
import { daysGained } from './runway.js';
import type { Percentile } from './schema.js';
import type { OfferPackage, Scenario } from './scenario.js';

/** The cash and total value to the candidate of one offer (docs/model.md §9). */
export interface CandidateValue {
  /** `Σ_{k=1..H} (base_k + bonus_k + signOn_k)`. */
  cash: Decimal;
  /** `cash + exitValue[view][P]`, per equity view, in `exitPrices` order. */
  total: Record<EquityView, Decimal[]>;
}

/** One package's results. */
export interface PackageResult {
  name: string;
  /**
   * The §3 model with the package's offer. Its `views.baseline`, `market`, `marketCost` and
   * `cashCost.market` are the scenario's own (the top-level offer's terms).
   */
  model: ModelResult;
  /** `offerExpected.days − market.pNN.days`, null when either is beyond R. */
  daysGained: Partial<Record<Percentile, number | null>>;
  candidate: CandidateValue;
  /** Against package 1 (null for package 1 and when there is no such price). */
  breakEven: Decimal | null;
}

/** The scenario a package is modelled as: the same company, market and exits, its own offer. */
export function packageScenario(s: Scenario, pkg: OfferPackage): Scenario {
  return { ...s, offer: pkg.offer, packages: [] };
}

/**
 * The scenario a package's model run uses: {@link packageScenario} without the market views,
 * which {@link packageResults} takes from the scenario's own run (they do not depend on the
 * package), so each package costs one offer run and no market runs.
 */
export function packageRunScenario(s: Scenario, pkg: OfferPackage): Scenario {
  return { ...packageScenario(s, pkg), market: { ...s.market, compareAt: [] } };
}

/** The candidate's cash and total value of a modelled offer. */
export function candidateValue(m: ModelResult): CandidateValue {
  const cash = candidateCash(m.offerCost, m.scenario.horizonMonths);
  return {
    cash,
    total: {
      hit: candidateTotal(cash, m.exitValue.hit),
      expected: candidateTotal(cash, m.exitValue.expected),
      none: candidateTotal(cash, m.exitValue.none),
    },
  };
}

/** Every grant of the expected view as the candidate holds it at month H (w, v at H, K). */
export function expectedLegs(m: ModelResult): ValueLeg[] {
  const H = m.scenario.horizonMonths;
  return m.grants.map((g) => ({
    weight: g.grant.weight,
    vested: g.vested[H - 1] as Decimal,
    strike: g.grant.strike,
  }));
}

/** The break-even inputs of a modelled offer: its candidate cash and its expected legs. */
export function candidateTerms(m: ModelResult): CandidateTerms {
  return { cash: candidateCash(m.offerCost, m.scenario.horizonMonths), legs: expectedLegs(m) };
}

/**
 * The package results, given the top-level result and each package's own model run (same order
 * as `top.scenario.packages`).
 */
export function packageResults(top: ModelResult, models: readonly ModelResult[]): PackageResult[] {
  const s = top.scenario;
  const first = models[0] ? candidateTerms(models[0]) : null;
  return models.map((own, i) => {
    const model: ModelResult = {
      ...own,
      scenario: { ...own.scenario, market: s.market },
      views: { ...own.views, baseline: top.views.baseline },
      market: top.market,
      marketCost: top.marketCost,
      cashCost: { offer: own.cashCost.offer, market: top.cashCost.market },
    };
    const days = model.views.offerExpected.runway.days;
    return {
      name: s.packages[i]?.name ?? `Package ${i + 1}`,
      model,
      daysGained: Object.fromEntries(
        s.market.compareAt.map((p) => [p, daysGained(days, top.market[p]!.runway.days)]),
      ),
      candidate: candidateValue(model),
      breakEven: i === 0 || first === null ? null : breakEven(candidateTerms(model), first),
    };
  });
}
