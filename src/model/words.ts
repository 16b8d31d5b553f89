/**
 * The words every face says (issue 8, item 2): the labels of the runway and equity views, the
 * suffixes of the defined names that carry them (`Out_RunwayDays_<suffix>`,
 * `Out_ExitValue_<suffix>_<i>`), the percentile list and its labels. The CLI, the workbook and
 * the pane all read them from here, so they say the same thing. Words only, no model rule.
 */
import { EQUITY_VIEWS, type EquityView } from './equity.js';
import { OFFER_VIEWS, type OfferView } from './model.js';
import { PLAN_VIEWS, type PlanView } from './plan/engine.js';
import { PERCENTILES, type Percentile } from './schema.js';

export { PERCENTILES, type Percentile };

/** A percentile as people write it ("p75" → "P75"). */
export const pctLabel = (p: Percentile): string => p.toUpperCase();

/** One offer's runway views (docs/model.md §3.6). */
export const OFFER_VIEW_LABEL: Record<OfferView, string> = {
  baseline: 'Baseline (no hire)',
  offerNoGain: 'Offer, no margin gain',
  offerExpected: 'Offer, expected gain',
  offerHit: 'Offer, gain hit',
};

/** The hiring plan's runway views (docs/model.md §10). */
export const PLAN_VIEW_LABEL: Record<PlanView, string> = {
  baseline: 'Baseline (no hires)',
  planNoGain: 'Plan, no margin gain',
  planExpected: 'Plan, expected gain',
  planHit: 'Plan, every gain hit',
};

/** One offer's market view: the same hire paid the band's percentile in cash. */
export const marketViewLabel = (p: Percentile): string => `Cash match at market ${pctLabel(p)}`;

/** The plan's market view: every hire paid the band's percentile in cash. */
export const planMarketViewLabel = (p: Percentile): string =>
  `Every hire paid market ${pctLabel(p)} in cash`;

/** One offer's equity views (docs/model.md §3.4). */
export const EQUITY_VIEW_LABEL: Record<EquityView, string> = {
  hit: 'Every refresh earned',
  expected: 'Probability-weighted',
  none: 'Initial grant only',
};

/** The plan's equity views: the same, over every hire's grants. */
export const PLAN_EQUITY_VIEW_LABEL: Record<EquityView, string> = {
  ...EQUITY_VIEW_LABEL,
  none: 'Initial grants only',
};

/** A view in defined names is its id with a capital (`offerNoGain` → `OfferNoGain`). */
function capitalised<V extends string>(views: readonly V[]): Readonly<Record<V, string>> {
  const entries = views.map((v) => [v, v[0]!.toUpperCase() + v.slice(1)]);
  return Object.fromEntries(entries) as Record<V, string>;
}

/** Runway views in defined names (`Out_RunwayDays_<suffix>`). */
export const OFFER_VIEW_SUFFIX = capitalised(OFFER_VIEWS);
export const PLAN_VIEW_SUFFIX = capitalised(PLAN_VIEWS);

/** A market view in defined names (`Out_RunwayDays_Market_P75`). */
export const marketSuffix = (p: Percentile): string => `Market_${pctLabel(p)}`;

/** Equity views in defined names (`Out_ExitValue_Hit_1`, `Sch_ValueByYear_Expected`). */
export const EQUITY_VIEW_SUFFIX = capitalised(EQUITY_VIEWS);
