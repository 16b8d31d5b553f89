/**
 * What every sheet of the hiring-plan workbook (docs/model.md §10, docs/workbook.md) is given:
 * the plan's result, the shared list of defined names and the money formats of its currency.
 */
import type { Decimal } from '../../model/decimal.js';
import type { PlanResult } from '../../model/plan/index.js';
import type { PlanName } from '../plan.js';
import { valueMonthsOf } from '../naming.js';
import { currencyFormats } from '../sheet-context.js';

export const PLAN_SHEETS = {
  summary: 'Plan Summary',
  hires: 'Hires',
  inputs: 'Inputs',
  runway: 'Plan Runway',
  months: 'Hire Months',
  grants: 'Grants',
} as const;

export interface PlanCtx {
  result: PlanResult;
  names: PlanName[];
  money: string;
  money0: string;
  price: string;
  symbol: string;
  /** The months of the candidate-value tables: each year end within H, and month H. */
  valueMonths: number[];
}

export function planContext(result: PlanResult, names: PlanName[]): PlanCtx {
  const valueMonths = valueMonthsOf(result.plan.horizonMonths);
  return { result, names, ...currencyFormats(result.plan.currency), valueMonths };
}

/** `CEILING(R/12)`: the hire years a hire can reach within the runway horizon. */
export const hireYears = (R: number) => Math.floor((R + 11) / 12);

/** A cell value for a Decimal-or-null input. */
export type InputValue = Decimal | number | string | null;
