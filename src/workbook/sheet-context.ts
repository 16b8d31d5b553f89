/** What every sheet builder is given: the model result, the shared name list, currency formats. */
import { CURRENCY_SYMBOL } from '../model/format.js';
import type { ModelResult } from '../model/model.js';
import type { PlanName } from './plan.js';

export interface SheetContext {
  result: ModelResult;
  /** The workbook's defined names, shared by all sheets, in definition order. */
  names: PlanName[];
  /** Number format for money with cents. */
  money: string;
  /** Number format for whole money. */
  money0: string;
  /** Number format for a price per share. */
  price: string;
  /** Currency symbol ("" when the currency has none). */
  symbol: string;
}

export function sheetContext(result: ModelResult, names: PlanName[]): SheetContext {
  return { result, names, ...currencyFormats(result.scenario.currency) };
}

/** The number formats of money in `currency` (a hiring plan's sheets use them too). */
export function currencyFormats(currency: string): Omit<SheetContext, 'result' | 'names'> {
  const sym = CURRENCY_SYMBOL[currency];
  return {
    money: sym ? `"${sym}"#,##0.00;-"${sym}"#,##0.00` : `#,##0.00 "${currency}"`,
    money0: sym ? `"${sym}"#,##0;-"${sym}"#,##0` : `#,##0 "${currency}"`,
    price: sym ? `"${sym}"#,##0.00##` : `#,##0.00## "${currency}"`,
    symbol: sym ?? '',
  };
}
