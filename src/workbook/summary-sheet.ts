/**
 * The Summary sheet: the finance summary of runway per view, hire cash cost, equity and
 * dilution, market position, margin ROI, SBC expense by year and the cost-of-a-miss saving —
 * every number a formula over names defined on the other sheets.
 */
import type { BandAge } from '../model/band-age.js';
import type { ModelResult } from '../model/model.js';
import type { Percentile } from '../model/schema.js';
import { SheetBuilder, type Cached } from './builder.js';
import { FORMATS, a1, absRange } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { MISS_COST_SAVINGS, SHEETS, VIEW_SUFFIX, pctLabel } from './naming.js';
import type { RunwayViewRef } from './runway-table.js';
import { writeHireCashTotals, writeRunwayComparison } from './runway-comparison.js';
import { EQUITY_VIEW_LABEL, EQUITY_VIEW_SUFFIX } from '../model/words.js';
import { writeSbcByYear, type SbcByYear } from './sbc-by-year.js';

export interface SummaryInputs {
  /** The runway views, in the Runway sheet's order. */
  views: RunwayViewRef[];
  /** How old the band data is on the day the workbook is built (null: not known). */
  bandAge?: BandAge | null;
  /** The percentiles the Bands sheet names (Band_<P>). */
  percentiles: Percentile[];
}

export function buildSummarySheet(ctx: SheetContext, inputs: SummaryInputs): SheetBuilder {
  const { result, names, money0 } = ctx;
  const s = result.scenario;
  const { views } = inputs;
  const sheet = new SheetBuilder(SHEETS.summary, names);
  sheet.extra.tabColor = '7030A0';
  sheet.widths(44, 18, 18, 18, 18, 18, 18);
  sheet.text(0, 0, 'Finance summary', 'title');
  sheet.text(1, 0, `${s.name} — ${s.offer.role}, ${s.offer.candidate}`, 'subtitle');
  let row = 3;
  /** The section's title, then its body from the row below; `write` returns the next free row. */
  const section = (title: string, write: (r: number) => number) => {
    sheet.section(row, title, 6);
    row = write(row + 1);
  };
  section('Runway', (r) => writeRunway(sheet, r, result, views));
  section(`Hire cash cost, months 1..${s.horizonMonths}`, (r) => {
    const offer = { label: 'Offer', value: result.cashCost.offer, name: 'Out_CashCost_Offer' };
    return writeHireCashTotals(sheet, r, offer, views, result.cashCost.market, money0) + 1;
  });
  section('Equity: grants, option pool and dilution', (r) => writeEquity(sheet, r, result));
  section('Market position of the base salary', (r) =>
    writeMarketPosition(sheet, r, result, inputs, money0),
  );
  section('Gross-margin ROI of the margin-linked refresh', (r) =>
    writeMarginRoi(sheet, r, result, money0),
  );
  section('Stock-based compensation expense by year (ASC 718, straight-line)', (r) =>
    writeSbcByYear(sheet, r, sbcByYear(sheet, result, money0)),
  );
  section('Cost of a miss', (r) => {
    sheet.text(r, 0, 'Saved by an early checkpoint', 'label');
    sheet.formula(r, 1, MISS_COST_SAVINGS, result.missCostSavings, money0, 'output');
    return r + 1;
  });
  sheet.extra.print = {
    area: absRange(0, 0, row - 1, 6),
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
  };
  return sheet;
}

/** Runway per view against the baseline and the cash matches, and the note under it. */
function writeRunway(
  sheet: SheetBuilder,
  row: number,
  result: ModelResult,
  views: RunwayViewRef[],
): number {
  const r = writeRunwayComparison(sheet, row, views, result.views.baseline.runway.days, {
    header: 'Offer expected vs this (days)',
    suffix: VIEW_SUFFIX.offerExpected,
    days: result.views.offerExpected.runway.days,
    namePrefix: 'Out_DaysSaved_',
    comment: 'Runway days the offer (expected gain) saves against a cash match at this percentile',
  });
  sheet.text(
    r,
    0,
    `Empty runway = cash lasts beyond month ${result.scenario.runwayHorizonMonths}. The market views pay the band's base salary in cash (with the same bonus, load and fee terms) and no refreshes, with the same expected margin gain.`,
    'note',
  );
  return r + 2;
}

/** Shares granted, pool top-up, pool use and dilution per equity view (§3.5). */
function writeEquity(sheet: SheetBuilder, row: number, result: ModelResult): number {
  ['View', 'Shares granted', 'Pool top-up needed', 'Pool use', 'Dilution'].forEach((t, i) =>
    sheet.text(row, i, t, i ? 'headerNum' : 'header'),
  );
  let r = row + 1;
  for (const [view, grantedF, fmt] of [
    ['hit', 'SUM(Sch_Grant_Shares)', FORMATS.shares],
    ['expected', 'SUMPRODUCT(Sch_Grant_Shares,Sch_Grant_Weight)', FORMATS.sharesWeighted],
    ['none', 'INDEX(Sch_Grant_Shares,1)', FORMATS.shares],
  ] as const) {
    const eq = result.equity[view];
    const V = EQUITY_VIEW_SUFFIX[view];
    sheet.text(r, 0, EQUITY_VIEW_LABEL[view], 'label');
    sheet.formula(r, 1, grantedF, eq.grantedShares, fmt, 'calc');
    sheet.formula(r, 2, `MAX(0,${a1(r, 1)}-In_PoolShares)`, eq.poolTopUpShares, fmt, 'calc');
    sheet.formula(r, 3, `${a1(r, 1)}/In_PoolShares`, eq.poolUse, FORMATS.percent2, 'calc');
    const dilution = `${a1(r, 1)}/(In_FullyDilutedShares+${a1(r, 2)})`;
    sheet.formula(r, 4, dilution, eq.dilution, '0.000%', 'output');
    sheet.define(`Out_Granted_${V}`, r, 1);
    sheet.define(`Out_PoolTopUp_${V}`, r, 2);
    sheet.define(`Out_PoolUse_${V}`, r, 3);
    sheet.define(`Out_Dilution_${V}`, r, 4);
    r++;
  }
  return r + 1;
}

/** The base salary, the band's percentiles (and how old they are), percentile and compa-ratio (§3.6). */
function writeMarketPosition(
  sheet: SheetBuilder,
  row: number,
  result: ModelResult,
  { percentiles, bandAge }: SummaryInputs,
  money0: string,
): number {
  let r = row;
  sheet.text(r, 0, 'Base salary', 'label');
  sheet.formula(r, 1, 'In_BaseSalary', result.scenario.offer.baseSalary, money0, 'calc');
  // How old the band data is, beside the figures it gives (docs/cli.md "Market bands: how fresh").
  sheet.text(
    r,
    2,
    bandAge
      ? `Bands ${bandAge.label}${bandAge.warning ? ` — Warning: ${bandAge.warning}` : ''}`
      : `Bands as of ${result.band.row.asOf}`,
    bandAge?.warning ? 'warning' : 'note',
  );
  r++;
  for (const pc of percentiles) {
    sheet.text(r, 0, `Market ${pctLabel(pc)}`, 'label');
    sheet.formula(r, 1, `Band_${pctLabel(pc)}`, result.band.row.values[pc], money0, 'calc');
    r++;
  }
  const B = 'In_BaseSalary';
  const seg = (x0: number, x1: number, lo: string, hi: string) =>
    `${x0}+(${B}-${lo})*${x1 - x0}/(${hi}-${lo})`;
  sheet.text(r, 0, 'Percentile of the band', 'label');
  sheet.formula(
    r,
    1,
    `ROUND(IF(${B}<=Band_P10,10,IF(${B}<=Band_P25,${seg(10, 25, 'Band_P10', 'Band_P25')},IF(${B}<=Band_P50,${seg(25, 50, 'Band_P25', 'Band_P50')},IF(${B}<=Band_P75,${seg(50, 75, 'Band_P50', 'Band_P75')},IF(${B}<=Band_P90,${seg(75, 90, 'Band_P75', 'Band_P90')},90))))),1)`,
    result.band.percentile,
    FORMATS.decimal1,
    'output',
  );
  sheet.define('Out_BandPercentile', r, 1);
  r++;
  sheet.text(r, 0, 'Compa-ratio (base ÷ P50)', 'label');
  const compaRatio = `ROUND(${B}/Band_P50,3)`;
  sheet.formula(r, 1, compaRatio, result.band.compaRatio, FORMATS.decimal3, 'output');
  sheet.define('Out_CompaRatio', r, 1);
  return r + 2;
}

/** Gross profit gained if hit over months 1..H, the margin-refresh shares and their ROI. */
function writeMarginRoi(
  sheet: SheetBuilder,
  row: number,
  result: ModelResult,
  money0: string,
): number {
  const roi = result.marginRoiParts;
  /** A labelled figure in column 1 of row r; returns its cell. */
  const figure = (
    r: number,
    label: string,
    formula: string,
    value: Cached,
    format: string,
    style: 'calc' | 'output' = 'calc',
  ) => {
    sheet.text(r, 0, label, 'label');
    sheet.formula(r, 1, formula, value, format, style);
    return a1(r, 1);
  };
  const gained = figure(
    row,
    `Gross profit gained, months 1..${result.scenario.horizonMonths} (if hit)`,
    `SUMIF(Run_Month,"<="&In_H,Run_GP_Hit)-SUMIF(Run_Month,"<="&In_H,Run_GP_NoGain)`,
    roi.gained,
    money0,
  );
  const shares = figure(
    row + 1,
    'Margin-refresh shares granted (if hit)',
    'SUMIF(Sch_Grant_Kind,"margin",Sch_Grant_Shares)',
    roi.marginShares,
    FORMATS.shares,
  );
  const roiFormula = `IF(${shares}=0,"",${gained}/(${shares}*In_PreferredPrice))`;
  const roiLabel = 'ROI = gross profit ÷ (shares × preferred price)';
  figure(row + 2, roiLabel, roiFormula, roi.roi, '0.00"×"', 'output');
  const roiNote = 'Empty when no margin-refresh share is granted';
  sheet.define('Out_MarginRoi', row + 2, 1, row + 2, 1, roiNote);
  return row + 4;
}

/** The offer's SBC by year: the year number, the Schedule sheet's expense summed over it. */
function sbcByYear(sheet: SheetBuilder, result: ModelResult, money0: string): SbcByYear {
  const rsu = result.scenario.offer.equity.instrument === 'rsu';
  return {
    headers: ['Year', 'All hit', 'Probability-weighted forecast', 'Initial grant only'],
    horizonMonths: result.scenario.horizonMonths,
    sbc: result.sbc,
    writeYearLabel: (r, y) => sheet.num(r, 0, y, FORMATS.integer, 'label'),
    expenseFormula: (view, r) => `SUMIF(Sch_Year,${a1(r, 0)},Sch_Sbc_${EQUITY_VIEW_SUFFIX[view]})`,
    note:
      'The probability-weighted column is a forecast, not the GAAP figure: ASC 718 books a performance award all-or-nothing once it is probable.' +
      (rsu
        ? ' Private-company RSUs are usually double-trigger (no expense until a liquidity event is probable); this schedule is straight-line as if that event were probable at grant.'
        : ''),
    money0,
  };
}
