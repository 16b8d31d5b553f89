/**
 * One Offer Sheet per hire, built by the one-offer builder (../offer-sheet.ts) from the hire's
 * own schema-1 result (docs/model.md §10: its start date, its grants in its own months ≤ H),
 * with every formula pointed at the hire's row of the Hires table and its rows of the Grants
 * sheet instead of the one-offer Inputs and Schedule names.
 */
import type { ModelResult } from '../../model/model.js';
import type { SheetBuilder } from '../builder.js';
import { buildOfferSheet, type OfferRefs } from '../offer-sheet.js';
import type { PlanCtx } from './context.js';
import type { HireGrantRows } from './grants-sheet.js';

/** Characters Excel refuses in a sheet name, and quotes (which would need escaping in references). */
const BAD = /[[\]:*?/\\"']|\p{Cc}/gu;

/**
 * The hire's Offer Sheet name: `Offer 3 – Alex Kim`, at most 31 characters, none that Excel
 * refuses and no quotes, unique (the hire number is never cut).
 */
export function offerSheetName(n: number, candidate: string): string {
  const prefix = `Offer ${n}`;
  const clean = candidate.replace(BAD, ' ').replace(/\s+/g, ' ').trim();
  let name = clean ? `${prefix} – ${clean}` : prefix;
  if (name.length > 31) name = name.slice(0, 31).trimEnd();
  return name.endsWith('–') ? prefix : name;
}

/** One-offer input names that are a hire's column on the Hires sheet. */
const HIRE_INPUTS: Record<string, string> = {
  In_BaseSalary: 'Hire_BaseSalary',
  In_AnnualRaise: 'Hire_AnnualRaise',
  In_TargetBonusPct: 'Hire_TargetBonusPct',
  In_SignOnBonus: 'Hire_SignOnBonus',
  In_Equity_Strike: 'Hire_Equity_Strike',
  In_Equity_VestingMonths: 'Hire_Equity_VestingMonths',
  In_Equity_CliffMonths: 'Hire_Equity_CliffMonths',
  In_Equity_VestEvery: 'Hire_Equity_VestEvery',
  In_Refresh_Strike: 'Hire_Refresh_Strike',
  In_Refresh_VestingMonths: 'Hire_Refresh_VestingMonths',
  In_Refresh_CliffMonths: 'Hire_Refresh_CliffMonths',
  In_Refresh_VestEvery: 'Hire_Refresh_VestEvery',
  In_Refresh_ValuePerPoint: 'Hire_Refresh_ValuePerPoint',
  In_Refresh_MeasureEvery: 'Hire_Refresh_MeasureEvery',
  In_Refresh_CapPerYear: 'Hire_Refresh_CapPerYear',
};

function hireOfferRefs(n: number, rows: HireGrantRows, nPrices: number): OfferRefs {
  return {
    input(name) {
      const col = HIRE_INPUTS[name];
      if (col) return `INDEX(${col},${n})`;
      const m = /^In_Milestone(\d+)_(DueDay|Value|Probability)$/.exec(name);
      if (m) {
        const pos = rows.milestone[Number(m[1]) - 1];
        if (pos === undefined) throw new Error(`hire ${n} has no milestone ${m[1]}`);
        return `INDEX(Gr_${m[2]},${pos})`;
      }
      if (/^In_ExitPrice\d+$/.test(name)) return name; // plan-wide, on the Inputs sheet
      throw new Error(`no plan reference for ${name}`);
    },
    grant(field, j) {
      const pos = rows.ownGrant[j - 1];
      if (pos === undefined) throw new Error(`hire ${n} has no grant ${j}`);
      return `INDEX(${field === 'Shares' ? 'Gr_OwnShares' : 'Gr_HireMonth'},${pos})`;
    },
    vested: (view, i) =>
      `INDEX(${view === 'none' ? 'Gr_OwnVested' : 'Gr_OwnVestedHit'},${rows.first},${i})`,
    value: (view, i, j) =>
      `INDEX(${view === 'hit' ? 'Gr_OwnValueHit' : 'Gr_OwnValueNone'},${rows.first},${(i - 1) * nPrices + j})`,
  };
}

/** The Offer Sheets of every hire, in hire order. */
export function buildHireOfferSheets(
  ctx: PlanCtx,
  own: ModelResult[],
  rows: HireGrantRows[],
): SheetBuilder[] {
  const nPrices = ctx.result.plan.exitPrices.length;
  return own.map((model, i) =>
    buildOfferSheet(model, ctx.names, {
      sheetName: offerSheetName(i + 1, model.scenario.offer.candidate),
      money0: ctx.money0,
      price: ctx.price,
      symbol: ctx.symbol,
      valueMonths: ctx.valueMonths,
      refs: hireOfferRefs(i + 1, rows[i] as HireGrantRows, nPrices),
    }),
  );
}
