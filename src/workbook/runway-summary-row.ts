import { DPM } from '../model/decimal.js';
import type { Runway } from '../model/runway.js';
import type { SheetBuilder } from './builder.js';
import { FORMATS, a1, dateSerial } from './plan.js';

/** One view's row of a runway summary table: what the row needs to know about its view. */
export interface RunwaySummaryView {
  label: string;
  /** The view's suffix in `Run_Flag_*`, `Run_NetBurn_*` and the `Out_*` names. */
  suffix: string;
  runway: Runway;
  /** The absolute range of the view's cash column, cash_0 .. cash_R. */
  cashRange: string;
}

/**
 * Writes row `r` of a runway summary (docs/model.md §3.4): first month with cash < 0, runway in
 * months, days and cash-out date as formulas, the "beyond month R" note, and the view's `Out_*`
 * names. Used by the offer's Runway sheet and the plan's Plan Runway sheet.
 */
export function writeRunwaySummaryRow(
  run: SheetBuilder,
  r: number,
  v: RunwaySummaryView,
  R: number,
): void {
  const rw = v.runway;
  const M = a1(r, 1);
  run.text(r, 0, v.label, 'label');
  run.formula(
    r,
    1,
    `IF(COUNTIF(Run_Flag_${v.suffix},1)=0,"",MATCH(1,Run_Flag_${v.suffix},0))`,
    rw.cashOutMonth ?? '',
    FORMATS.integer,
    'calc',
  );
  run.formula(
    r,
    2,
    `IF(${M}="","",${M}-1+INDEX(${v.cashRange},${M})/INDEX(Run_NetBurn_${v.suffix},${M}))`,
    rw.months,
    FORMATS.decimal2,
    'calc',
  );
  run.formula(
    r,
    3,
    `IF(${a1(r, 2)}="","",ROUND(${a1(r, 2)}*${DPM},0))`,
    rw.days,
    FORMATS.shares,
    'output',
  );
  run.formula(
    r,
    4,
    `IF(${a1(r, 3)}="","",In_StartDate+${a1(r, 3)})`,
    rw.cashOutDate ? dateSerial(rw.cashOutDate) : '',
    FORMATS.date,
    'calc',
  );
  run.formula(
    r,
    5,
    `IF(${a1(r, 3)}="","beyond month "&In_R,"")`,
    rw.days === null ? `beyond month ${R}` : '',
    FORMATS.general,
    'note',
  );
  run.define(`Out_RunwayMonths_${v.suffix}`, r, 2);
  run.define(
    `Out_RunwayDays_${v.suffix}`,
    r,
    3,
    r,
    3,
    `Runway in days, ${v.label}; empty when beyond month R`,
  );
  run.define(`Out_CashOutDate_${v.suffix}`, r, 4);
}
