/** How the sheets, and the defined names that tie them together, are spelled. */
import { EQUITY_VIEW_SUFFIX, OFFER_VIEW_SUFFIX, pctLabel } from '../model/words.js';

export const SHEETS = {
  inputs: 'Inputs',
  bands: 'Bands',
  schedule: 'Schedule',
  runway: 'Runway',
  summary: 'Summary',
  offer: 'Offer Sheet',
  miss: 'Cost of a Miss',
} as const;

/** Month label for a percentile key ("p75" → "P75"): the model's words (src/model/words.ts). */
export { pctLabel };

/** Names of the runway views as they appear in defined names (Out_RunwayDays_<suffix>). */
export const VIEW_SUFFIX = OFFER_VIEW_SUFFIX;

/** Defined by the Cost of a Miss sheet, shown on the Summary (which is built before it). */
export const MISS_COST_SAVINGS = 'Out_MissCost_Savings';

/** The defined name of one view's candidate-value block on Schedule (rows: value months; columns: exit prices). */
export function valueBlockName(view: 'hit' | 'expected' | 'none'): string {
  return `Sch_ValueByYear_${EQUITY_VIEW_SUFFIX[view]}`;
}

/** The months of a candidate-value table: each year end within H, and month H. */
export function valueMonthsOf(H: number): number[] {
  const months: number[] = [];
  for (let m = 12; m <= H; m += 12) months.push(m);
  if (months[months.length - 1] !== H) months.push(H);
  return months;
}
