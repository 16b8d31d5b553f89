/**
 * The Summary sheet: the finance summary of runway per view, hire cash cost, equity and
 * dilution, market position, margin ROI, SBC expense by year and the cost-of-a-miss saving —
 * every number a formula over names defined on the other sheets.
 */
import { type Decimal, sum } from '../model/decimal.js';
import type { BandAge } from '../model/band-age.js';
import type { Percentile } from '../model/schema.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, a1, absRange, dateSerial } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { MISS_COST_SAVINGS, SHEETS, VIEW_SUFFIX, pctLabel } from './naming.js';
import type { RunwayViewRef } from './runway-sheet.js';
import { daysGained } from '../model/runway.js';
import { yearOfMonth } from '../model/hire-cost.js';
import { EQUITY_VIEW_LABEL, EQUITY_VIEW_SUFFIX, marketViewLabel } from '../model/words.js';

export interface SummaryInputs {
  /** The runway views, in the Runway sheet's order. */
  views: RunwayViewRef[];
  /** How old the band data is on the day the workbook is built (null: not known). */
  bandAge?: BandAge | null;
  /** The percentiles the Bands sheet names (Band_<P>). */
  percentiles: Percentile[];
}

export function buildSummarySheet(
  { result, names, money0 }: SheetContext,
  { views, percentiles, bandAge }: SummaryInputs,
): SheetBuilder {
  const s = result.scenario;
  const H = s.horizonMonths;
  const R = s.runwayHorizonMonths;
  const o = s.offer;
  const e = o.equity;
  const grants = result.grants;
  const sum_ = new SheetBuilder(SHEETS.summary, names);
  sum_.extra.tabColor = '7030A0';
  sum_.widths(44, 18, 18, 18, 18, 18, 18);
  sum_.text(0, 0, 'Finance summary', 'title');
  sum_.text(1, 0, `${s.name} — ${s.offer.role}, ${s.offer.candidate}`, 'subtitle');
  let sr = 3;
  const sSection = (t: string, width = 6) => {
    sum_.text(sr, 0, t, 'section');
    for (let cc = 1; cc <= width; cc++) sum_.styleOnly(sr, cc, 'section');
    sr++;
  };
  sSection('Runway');
  [
    'View',
    'Runway (months)',
    'Runway (days)',
    'Cash-out date',
    'Days vs baseline',
    'Offer expected vs this (days)',
  ].forEach((t, i) => sum_.text(sr, i, t, i ? 'headerNum' : 'header'));
  sr++;
  const baseDays = result.views.baseline.runway.days;
  const expDays = result.views.offerExpected.runway.days;
  const diff = (a: number | null, b: number | null) => daysGained(a, b) ?? '';
  for (const v of views) {
    const rw = v.view.runway;
    sum_.text(sr, 0, v.label, 'label');
    sum_.formula(sr, 1, `Out_RunwayMonths_${v.suffix}`, rw.months, FORMATS.decimal2, 'calc');
    sum_.formula(sr, 2, `Out_RunwayDays_${v.suffix}`, rw.days, FORMATS.shares, 'output');
    sum_.formula(
      sr,
      3,
      `Out_CashOutDate_${v.suffix}`,
      rw.cashOutDate ? dateSerial(rw.cashOutDate) : '',
      FORMATS.date,
      'calc',
    );
    const bd = `Out_RunwayDays_${VIEW_SUFFIX.baseline}`;
    const me = `Out_RunwayDays_${v.suffix}`;
    sum_.formula(
      sr,
      4,
      `IF(OR(${me}="",${bd}=""),"",${me}-${bd})`,
      diff(rw.days, baseDays),
      '+#,##0;-#,##0;0',
      'calc',
    );
    if (v.key.startsWith('market_')) {
      const oe = `Out_RunwayDays_${VIEW_SUFFIX.offerExpected}`;
      sum_.formula(
        sr,
        5,
        `IF(OR(${me}="",${oe}=""),"",${oe}-${me})`,
        diff(expDays, rw.days),
        '+#,##0;-#,##0;0',
        'output',
      );
      sum_.define(
        `Out_DaysSaved_${v.suffix}`,
        sr,
        5,
        sr,
        5,
        'Runway days the offer (expected gain) saves against a cash match at this percentile',
      );
    }
    sr++;
  }
  sum_.text(
    sr,
    0,
    `Empty runway = cash lasts beyond month ${R}. The market views pay the band's base salary in cash (with the same bonus, load and fee terms) and no refreshes, with the same expected margin gain.`,
    'note',
  );
  sr += 2;

  sSection(`Hire cash cost, months 1..${H}`);
  sum_.text(sr, 0, 'Offer', 'label');
  sum_.formula(
    sr,
    1,
    `SUMIF(Run_Month,"<="&In_H,Run_Offer_HireCash)`,
    result.cashCost.offer,
    money0,
    'output',
  );
  sum_.define('Out_CashCost_Offer', sr, 1);
  sr++;
  for (const pc of s.market.compareAt) {
    sum_.text(sr, 0, marketViewLabel(pc), 'label');
    sum_.formula(
      sr,
      1,
      `SUMIF(Run_Month,"<="&In_H,Run_Market_${pctLabel(pc)}_HireCash)`,
      result.cashCost.market[pc] ?? null,
      money0,
      'calc',
    );
    sum_.define(`Out_CashCost_Market_${pctLabel(pc)}`, sr, 1);
    sr++;
  }
  sr++;

  sSection('Equity: grants, option pool and dilution');
  ['View', 'Shares granted', 'Pool top-up needed', 'Pool use', 'Dilution'].forEach((t, i) =>
    sum_.text(sr, i, t, i ? 'headerNum' : 'header'),
  );
  sr++;
  for (const [view, grantedF, fmt] of [
    ['hit', 'SUM(Sch_Grant_Shares)', FORMATS.shares],
    ['expected', 'SUMPRODUCT(Sch_Grant_Shares,Sch_Grant_Weight)', FORMATS.sharesWeighted],
    ['none', 'INDEX(Sch_Grant_Shares,1)', FORMATS.shares],
  ] as const) {
    const eq = result.equity[view];
    const V = EQUITY_VIEW_SUFFIX[view];
    sum_.text(sr, 0, EQUITY_VIEW_LABEL[view], 'label');
    sum_.formula(sr, 1, grantedF, eq.grantedShares, fmt, 'calc');
    sum_.formula(sr, 2, `MAX(0,${a1(sr, 1)}-In_PoolShares)`, eq.poolTopUpShares, fmt, 'calc');
    sum_.formula(sr, 3, `${a1(sr, 1)}/In_PoolShares`, eq.poolUse, FORMATS.percent2, 'calc');
    sum_.formula(
      sr,
      4,
      `${a1(sr, 1)}/(In_FullyDilutedShares+${a1(sr, 2)})`,
      eq.dilution,
      '0.000%',
      'output',
    );
    sum_.define(`Out_Granted_${V}`, sr, 1);
    sum_.define(`Out_PoolTopUp_${V}`, sr, 2);
    sum_.define(`Out_PoolUse_${V}`, sr, 3);
    sum_.define(`Out_Dilution_${V}`, sr, 4);
    sr++;
  }
  sr++;

  sSection('Market position of the base salary');
  sum_.text(sr, 0, 'Base salary', 'label');
  sum_.formula(sr, 1, 'In_BaseSalary', o.baseSalary, money0, 'calc');
  // How old the band data is, beside the figures it gives (docs/cli.md "Market bands: how fresh").
  sum_.text(
    sr,
    2,
    bandAge
      ? `Bands ${bandAge.label}${bandAge.warning ? ` — Warning: ${bandAge.warning}` : ''}`
      : `Bands as of ${result.band.row.asOf}`,
    bandAge?.warning ? 'warning' : 'note',
  );
  sr++;
  for (const pc of percentiles) {
    sum_.text(sr, 0, `Market ${pctLabel(pc)}`, 'label');
    sum_.formula(sr, 1, `Band_${pctLabel(pc)}`, result.band.row.values[pc], money0, 'calc');
    sr++;
  }
  const B = 'In_BaseSalary';
  const seg = (x0: number, x1: number, lo: string, hi: string) =>
    `${x0}+(${B}-${lo})*${x1 - x0}/(${hi}-${lo})`;
  sum_.text(sr, 0, 'Percentile of the band', 'label');
  sum_.formula(
    sr,
    1,
    `ROUND(IF(${B}<=Band_P10,10,IF(${B}<=Band_P25,${seg(10, 25, 'Band_P10', 'Band_P25')},IF(${B}<=Band_P50,${seg(25, 50, 'Band_P25', 'Band_P50')},IF(${B}<=Band_P75,${seg(50, 75, 'Band_P50', 'Band_P75')},IF(${B}<=Band_P90,${seg(75, 90, 'Band_P75', 'Band_P90')},90))))),1)`,
    result.band.percentile,
    FORMATS.decimal1,
    'output',
  );
  sum_.define('Out_BandPercentile', sr, 1);
  sr++;
  sum_.text(sr, 0, 'Compa-ratio (base ÷ P50)', 'label');
  sum_.formula(sr, 1, `ROUND(${B}/Band_P50,3)`, result.band.compaRatio, FORMATS.decimal3, 'output');
  sum_.define('Out_CompaRatio', sr, 1);
  sr += 2;

  sSection('Gross-margin ROI of the margin-linked refresh');
  const mShares = sum(grants.filter((g) => g.grant.kind === 'margin').map((g) => g.grant.shares));
  sum_.text(sr, 0, `Gross profit gained, months 1..${H} (if hit)`, 'label');
  const gained = sum(result.views.offerHit.grossProfit.slice(0, H)).minus(
    sum(result.views.baseline.grossProfit.slice(0, H)),
  );
  sum_.formula(
    sr,
    1,
    `SUMIF(Run_Month,"<="&In_H,Run_GP_Hit)-SUMIF(Run_Month,"<="&In_H,Run_GP_NoGain)`,
    gained,
    money0,
    'calc',
  );
  const gainedRef = a1(sr, 1);
  sr++;
  sum_.text(sr, 0, 'Margin-refresh shares granted (if hit)', 'label');
  sum_.formula(
    sr,
    1,
    'SUMIF(Sch_Grant_Kind,"margin",Sch_Grant_Shares)',
    mShares,
    FORMATS.shares,
    'calc',
  );
  const msRef = a1(sr, 1);
  sr++;
  sum_.text(sr, 0, 'ROI = gross profit ÷ (shares × preferred price)', 'label');
  sum_.formula(
    sr,
    1,
    `IF(${msRef}=0,"",${gainedRef}/(${msRef}*In_PreferredPrice))`,
    result.marginRoi,
    '0.00"×"',
    'output',
  );
  sum_.define('Out_MarginRoi', sr, 1, sr, 1, 'Empty when no margin-refresh share is granted');
  sr += 2;

  sSection('Stock-based compensation expense by year (ASC 718, straight-line)');
  ['Year', 'All hit', 'Probability-weighted forecast', 'Initial grant only'].forEach((t, i) =>
    sum_.text(sr, i, t, i ? 'headerNum' : 'header'),
  );
  sr++;
  for (let y = 1; y <= Math.ceil(H / 12); y++) {
    sum_.num(sr, 0, y, FORMATS.integer, 'label');
    const yearSum = (arr: Decimal[]) => sum(arr.filter((_, i) => yearOfMonth(i + 1) === y));
    sum_.formula(
      sr,
      1,
      `SUMIF(Sch_Year,${a1(sr, 0)},Sch_Sbc_Hit)`,
      yearSum(result.sbc.hit),
      money0,
      'calc',
    );
    sum_.formula(
      sr,
      2,
      `SUMIF(Sch_Year,${a1(sr, 0)},Sch_Sbc_Expected)`,
      yearSum(result.sbc.expected),
      money0,
      'calc',
    );
    sum_.formula(
      sr,
      3,
      `SUMIF(Sch_Year,${a1(sr, 0)},Sch_Sbc_None)`,
      yearSum(result.sbc.none),
      money0,
      'calc',
    );
    sr++;
  }
  sum_.text(
    sr,
    0,
    'The probability-weighted column is a forecast, not the GAAP figure: ASC 718 books a performance award all-or-nothing once it is probable.' +
      (e.instrument === 'rsu'
        ? ' Private-company RSUs are usually double-trigger (no expense until a liquidity event is probable); this schedule is straight-line as if that event were probable at grant.'
        : ''),
    'note',
  );
  sr += 2;

  sSection('Cost of a miss');
  sum_.text(sr, 0, 'Saved by an early checkpoint', 'label');
  sum_.formula(sr, 1, MISS_COST_SAVINGS, result.missCostSavings, money0, 'output');
  sr++;

  sum_.extra.print = {
    area: absRange(0, 0, sr - 1, 6),
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
  };
  return sum_;
}
