/**
 * The runway table of a summary sheet (the offer's Summary, the plan's Plan Summary): one row per
 * runway view with its months, days and cash-out date read from the runway sheet's Out_* names,
 * the days against the baseline and, for each cash match, the days the expected view gains on it;
 * and the hire cash totals over months 1..H.
 */
import type { Decimal } from '../model/decimal.js';
import { daysGained } from '../model/runway.js';
import type { Percentile } from '../model/schema.js';
import { marketSuffix } from '../model/words.js';
import type { SheetBuilder } from './builder.js';
import { FORMATS, dateSerial } from './plan.js';
import type { RunwayViewRef } from './runway-table.js';

/** What the last column compares: the expected view against each cash match. */
export interface ExpectedAgainstMarket {
  /** The column's header. */
  header: string;
  /** The expected view's name suffix (Out_RunwayDays_<suffix>) and its runway days. */
  suffix: string;
  days: number | null;
  /** The defined name of a cash match's cell is `${namePrefix}${suffix}`, with this comment. */
  namePrefix: string;
  comment: string;
}

const DAYS_DIFFERENCE = '+#,##0;-#,##0;0';

/** Writes the header at `row` and one row per view below it; returns the row after the last. */
export function writeRunwayComparison(
  sheet: SheetBuilder,
  row: number,
  views: RunwayViewRef[],
  baselineDays: number | null,
  expected: ExpectedAgainstMarket,
): number {
  const headers = [
    'View',
    'Runway (months)',
    'Runway (days)',
    'Cash-out date',
    'Days vs baseline',
    expected.header,
  ];
  headers.forEach((t, i) => sheet.text(row, i, t, i ? 'headerNum' : 'header'));
  let r = row + 1;
  const baseline = 'Out_RunwayDays_Baseline';
  const expectedDays = `Out_RunwayDays_${expected.suffix}`;
  for (const v of views) {
    const rw = v.view.runway;
    const days = `Out_RunwayDays_${v.suffix}`;
    sheet.text(r, 0, v.label, 'label');
    sheet.formula(r, 1, `Out_RunwayMonths_${v.suffix}`, rw.months, FORMATS.decimal2, 'calc');
    sheet.formula(r, 2, days, rw.days, FORMATS.shares, 'output');
    const cashOut = rw.cashOutDate ? dateSerial(rw.cashOutDate) : '';
    sheet.formula(r, 3, `Out_CashOutDate_${v.suffix}`, cashOut, FORMATS.date, 'calc');
    const vsBaseline = `IF(OR(${days}="",${baseline}=""),"",${days}-${baseline})`;
    const gained = daysGained(rw.days, baselineDays) ?? '';
    sheet.formula(r, 4, vsBaseline, gained, DAYS_DIFFERENCE, 'calc');
    if (v.key.startsWith('market_')) {
      const formula = `IF(OR(${days}="",${expectedDays}=""),"",${expectedDays}-${days})`;
      const cached = daysGained(expected.days, rw.days) ?? '';
      sheet.formula(r, 5, formula, cached, DAYS_DIFFERENCE, 'output');
      sheet.define(`${expected.namePrefix}${v.suffix}`, r, 5, r, 5, expected.comment);
    }
    r++;
  }
  return r;
}

/** A summary's own hire-cash total (the offer's, the plan's): its label, value and defined name. */
export interface OwnCashTotal {
  label: string;
  value: Decimal;
  /** Out_CashCost_Offer, Out_CashCost_Plan. */
  name: string;
}

/**
 * Writes the hire-cash totals over months 1..H of the runway sheet's hire-cash names: the own
 * total (an output, of the gain cases' hire cash) at `row`, then one row per cash-match view,
 * labelled as the view, `Out_CashCost_Market_<P>`. Returns the row after the last.
 */
export function writeHireCashTotals(
  sheet: SheetBuilder,
  row: number,
  own: OwnCashTotal,
  views: RunwayViewRef[],
  marketCost: Partial<Record<Percentile, Decimal>>,
  money0: string,
): number {
  const gainCase = views.find((v) => v.percentile === undefined && v.hireCashName !== undefined);
  const totals = [
    { ...own, hireCash: gainCase?.hireCashName },
    ...views.flatMap(({ percentile: p, label, hireCashName }) =>
      p === undefined
        ? []
        : [
            {
              label,
              hireCash: hireCashName,
              value: marketCost[p] ?? null,
              name: `Out_CashCost_${marketSuffix(p)}`,
            },
          ],
    ),
  ];
  totals.forEach((t, i) => {
    const r = row + i;
    sheet.text(r, 0, t.label, 'label');
    const formula = `SUMIF(Run_Month,"<="&In_H,${t.hireCash})`;
    sheet.formula(r, 1, formula, t.value, money0, i === 0 ? 'output' : 'calc');
    sheet.define(t.name, r, 1);
  });
  return row + totals.length;
}
