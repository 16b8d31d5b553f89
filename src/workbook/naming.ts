/** How the sheets, and the defined names that tie them together, are spelled. */
import type { Percentile } from '../model/schema.js';

export const SHEETS = {
  inputs: 'Inputs',
  bands: 'Bands',
  schedule: 'Schedule',
  runway: 'Runway',
  summary: 'Summary',
  offer: 'Offer Sheet',
  miss: 'Cost of a Miss',
} as const;

/** Month label for a percentile key ("p75" → "P75"). */
export const pctLabel = (p: Percentile) => p.toUpperCase();

/** Names of the runway views as they appear in defined names (Out_RunwayDays_<suffix>). */
export const VIEW_SUFFIX = {
  baseline: 'Baseline',
  offerNoGain: 'OfferNoGain',
  offerExpected: 'OfferExpected',
  offerHit: 'OfferHit',
} as const;

/** Defined by the Cost of a Miss sheet, shown on the Summary (which is built before it). */
export const MISS_COST_SAVINGS = 'Out_MissCost_Savings';

/** The defined name of one view's candidate-value block on Schedule (rows: value months; columns: exit prices). */
export function valueBlockName(view: 'hit' | 'expected' | 'none'): string {
  return `Sch_ValueByYear_${view === 'hit' ? 'Hit' : view === 'expected' ? 'Expected' : 'None'}`;
}
