/**
 * scenario result → workbook plan (DESIGN §5). Pure: no Node, no Office, no ExcelJS.
 *
 * Every derived number is a formula over the named inputs on the Inputs sheet, laid out as
 * DESIGN §3's "Spreadsheet notes" say. Each formula cell carries the engine's value for it as
 * its cached result, so the parity test (LibreOffice recalculates, every formula cell is
 * compared with its cached engine value) catches any drift between the two definitions.
 */
import type { BandSet } from '../model/bands.js';
import { Decimal, ONE, ZERO, max, round, sum } from '../model/decimal.js';
import { milestoneGrantMonth, sizePrice } from '../model/grants.js';
import { InputError } from '../model/messages.js';
import { baseAnnual } from '../model/hire-cost.js';
import { cashTerms, type ModelResult, type RunwayView } from '../model/model.js';
import type { Percentile } from '../model/schema.js';
import { SheetBuilder } from './builder.js';
import { buildOfferSheet, valueAt } from './offer-sheet.js';
import {
  FORMATS,
  STYLES,
  a1,
  abs,
  absRange,
  dateSerial,
  type PlanName,
  type WorkbookPlan,
} from './plan.js';

export const SHEETS = {
  inputs: 'Inputs',
  bands: 'Bands',
  schedule: 'Schedule',
  runway: 'Runway',
  summary: 'Summary',
  offer: 'Offer Sheet',
  miss: 'Cost of a Miss',
} as const;

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** Month label for a percentile key ("p75" → "P75"). */
export const pctLabel = (p: Percentile) => p.toUpperCase();

/** Names of the runway views as they appear in defined names (Out_RunwayDays_<suffix>). */
export const VIEW_SUFFIX = {
  baseline: 'Baseline',
  offerNoGain: 'OfferNoGain',
  offerExpected: 'OfferExpected',
  offerHit: 'OfferHit',
} as const;

interface RunwayViewSpec {
  key: string;
  suffix: string;
  label: string;
  view: RunwayView;
  /** Name of the hire-cash range used (null = none). */
  hireCash: string | null;
  /** Name of the gross-profit range used. */
  gp: string;
}

const dec = (x: number | string) => new Decimal(x);

/** Beyond this many cells a workbook is too big to open comfortably in Excel. */
export const MAX_WORKBOOK_CELLS = 2_000_000;

/** Approximate cell count of the month grids (Runway + Schedule), before building anything. */
export function workbookCells(result: ModelResult): number {
  const s = result.scenario;
  const m = s.market.compareAt.length;
  const runwayCols = 9 + 7 * (1 + m) + 3 * (4 + m);
  const scheduleCols = 14 + 2 * result.grants.length;
  return s.runwayHorizonMonths * runwayCols + s.horizonMonths * scheduleCols;
}

/**
 * Builds the workbook plan for a model result. `bands` (optional) is the whole band set, shown
 * on the Bands sheet; without it only the scenario's band row is shown.
 */
export function buildWorkbookPlan(result: ModelResult, bands?: BandSet): WorkbookPlan {
  const s = result.scenario;
  const H = s.horizonMonths;
  const R = s.runwayHorizonMonths;
  const size = workbookCells(result);
  if (size > MAX_WORKBOOK_CELLS)
    throw new InputError('scenario', [
      `horizonMonths: the workbook would need about ${size.toLocaleString('en-US')} formula cells (more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')}): shorten horizonMonths / runwayHorizonMonths or measure the margin less often (offer.refresh.margin.measureEveryMonths)`,
    ]);
  const names: PlanName[] = [];
  const sym = SYMBOLS[s.currency];
  const money = sym ? `"${sym}"#,##0.00;-"${sym}"#,##0.00` : `#,##0.00 "${s.currency}"`;
  const money0 = sym ? `"${sym}"#,##0;-"${sym}"#,##0` : `#,##0 "${s.currency}"`;
  const price = sym ? `"${sym}"#,##0.00##` : `#,##0.00## "${s.currency}"`;

  // ------------------------------------------------------------------ Inputs
  const inp = new SheetBuilder(SHEETS.inputs, names);
  inp.widths(46, 18, 34, 70);
  inp.extra.freeze = { rows: 3, cols: 0 };
  inp.extra.tabColor = 'FFC000';
  inp.text(0, 0, 'Inputs', 'title');
  inp.text(
    1,
    0,
    'Blue cells on yellow are inputs: change them and every sheet recalculates. Each has the defined name shown beside it.',
    'note',
  );
  inp.text(2, 0, 'Input', 'header');
  inp.text(2, 1, 'Value', 'header');
  inp.text(2, 2, 'Defined name', 'header');
  inp.text(2, 3, 'Notes', 'header');
  let row = 4;
  const section = (title: string) => {
    row++;
    inp.text(row, 0, title, 'section');
    for (let c = 1; c <= 3; c++) inp.styleOnly(row, c, 'section');
    row++;
  };
  /** A labelled, named input cell; returns the name. */
  const input = (
    name: string,
    label: string,
    value: Decimal | number | string | null,
    format: string,
    note = '',
  ): string => {
    inp.text(row, 0, label, 'label');
    if (value === null) inp.set(row, 1, { kind: 'empty', style: 'input' });
    else if (typeof value === 'string') inp.text(row, 1, value, 'input');
    else inp.num(row, 1, value, format, 'input');
    inp.text(row, 2, name, 'helper');
    if (note) inp.text(row, 3, note, 'note');
    inp.define(name, row, 1);
    row++;
    return name;
  };
  const STRUCT = 'Structural: shapes the layout — change it in the scenario and rebuild.';
  const o = s.offer;
  const c = s.company;

  section('Scenario');
  input('In_ScenarioName', 'Scenario name', s.name, FORMATS.text);
  input('In_Currency', 'Currency', s.currency, FORMATS.text);
  inp.text(row, 0, 'Start date (month 1 begins)', 'label');
  inp.set(row, 1, {
    kind: 'date',
    iso: s.startDate,
    serial: dateSerial(s.startDate),
    format: FORMATS.date,
    style: 'input',
  });
  inp.text(row, 2, 'In_StartDate', 'helper');
  inp.define('In_StartDate', row, 1);
  row++;
  input('In_H', 'Schedule horizon H (months)', H, FORMATS.integer, STRUCT);
  input('In_R', 'Runway horizon R (months)', R, FORMATS.integer, STRUCT);

  section('Company');
  input('In_Cash', 'Cash today', c.cash, money);
  input('In_MonthlyRevenue', 'Monthly revenue (month 1)', c.monthlyRevenue, money);
  input('In_RevenueGrowth', 'Revenue growth per month', c.revenueGrowthMonthly, FORMATS.percent2);
  input('In_GrossMargin', 'Gross margin', c.grossMargin, FORMATS.percent2);
  input('In_MonthlyOpex', 'Monthly operating expense (month 1)', c.monthlyOpex, money);
  input('In_OpexGrowth', 'Opex growth per month', c.opexGrowthMonthly, FORMATS.percent2);
  input('In_FullyDilutedShares', 'Fully diluted shares', c.fullyDilutedShares, FORMATS.shares);
  input(
    'In_PoolShares',
    'Unallocated option pool (shares)',
    c.unallocatedPoolShares,
    FORMATS.shares,
  );
  input('In_PreferredPrice', 'Preferred price per share', c.preferredPrice, price);
  input('In_Fmv409a', '409A fair market value per share', c.fmv409a, price);

  section('Offer — cash');
  input('In_Candidate', 'Candidate', o.candidate, FORMATS.text);
  input('In_Role', 'Role', o.role, FORMATS.text);
  input('In_Level', 'Level', o.level, FORMATS.text);
  input('In_Location', 'Location', o.location, FORMATS.text);
  input('In_BaseSalary', 'Base salary (year 1)', o.baseSalary, money);
  input('In_AnnualRaise', 'Annual raise', o.annualRaise, FORMATS.percent2);
  input('In_TargetBonusPct', 'Target bonus (% of base)', o.targetBonusPct, FORMATS.percent2);
  input('In_BonusPayoutPct', 'Expected bonus payout', o.bonusPayoutPct, FORMATS.percent2);
  input('In_SignOnBonus', 'Sign-on bonus', o.signOnBonus, money);
  input(
    'In_EmployerLoadPct',
    'Employer load (taxes, benefits)',
    o.employerLoadPct,
    FORMATS.percent2,
    'An assumption, not a fact: 25 % by default.',
  );
  input('In_RecruitingFeePct', 'Recruiting fee (% of base)', o.recruitingFeePct, FORMATS.percent2);
  input(
    'In_SizingPrice',
    'Price that sizes dollar grants ("preferred" or "fmv")',
    o.sizingPrice,
    FORMATS.text,
  );

  section('Productivity assumption (margin gain)');
  const mg = o.marginGain;
  const noGain = mg ? '' : 'No margin gain in the scenario: 0 points.';
  input(
    'In_MarginGain_Points',
    'Gross-margin points added if hit',
    mg?.points ?? ZERO,
    FORMATS.decimal2,
    noGain,
  );
  input('In_MarginGain_StartMonth', 'Gain starts in month', mg?.startMonth ?? 1, FORMATS.integer);
  input('In_MarginGain_FullMonth', 'Full gain from month', mg?.fullMonth ?? 1, FORMATS.integer);
  input(
    'In_MarginGain_Probability',
    'Probability the gain lands',
    mg?.probability ?? ONE,
    FORMATS.percent,
  );

  section('Initial equity grant');
  const e = o.equity;
  input('In_Instrument', 'Instrument ("option" or "rsu")', e.instrument, FORMATS.text);
  const sizeBy = e.size.kind;
  input(
    'In_Equity_SizeBy',
    'Grant given as ("shares", "value" or "percentOfFullyDiluted")',
    sizeBy,
    FORMATS.text,
  );
  input(
    'In_Equity_Size',
    sizeBy === 'shares'
      ? 'Grant size (shares)'
      : sizeBy === 'value'
        ? 'Grant size (dollar value)'
        : 'Grant size (fraction of fully diluted)',
    e.size.kind === 'shares'
      ? e.size.shares
      : e.size.kind === 'value'
        ? e.size.value
        : e.size.fraction,
    sizeBy === 'shares' ? FORMATS.shares : sizeBy === 'value' ? money : '0.0000%',
  );
  input('In_Equity_Strike', 'Strike price (0 for RSUs)', e.strike, price);
  input('In_Equity_GrantFairValue', 'Grant-date fair value per share', e.grantFairValue, price);
  input('In_Equity_VestingMonths', 'Vesting months', e.schedule.vestingMonths, FORMATS.integer);
  input('In_Equity_CliffMonths', 'Cliff months', e.schedule.cliffMonths, FORMATS.integer);
  input('In_Equity_VestEvery', 'Vests every (months)', e.schedule.vestEveryMonths, FORMATS.integer);

  const rf = o.refresh;
  const msRows: number[] = [];
  if (rf) {
    section('Earned refreshes');
    input('In_Refresh_Strike', 'Refresh strike (today’s 409A)', rf.strike, price);
    input('In_Refresh_GrantFairValue', 'Refresh grant-date fair value', rf.grantFairValue, price);
    input(
      'In_Refresh_VestingMonths',
      'Refresh vesting months',
      rf.schedule.vestingMonths,
      FORMATS.integer,
    );
    input(
      'In_Refresh_CliffMonths',
      'Refresh cliff months',
      rf.schedule.cliffMonths,
      FORMATS.integer,
    );
    input(
      'In_Refresh_VestEvery',
      'Refresh vests every (months)',
      rf.schedule.vestEveryMonths,
      FORMATS.integer,
    );
    if (rf.margin) {
      input(
        'In_Refresh_ValuePerPoint',
        'Refresh value per margin point',
        rf.margin.valuePerPoint,
        money,
      );
      input(
        'In_Refresh_MeasureEvery',
        'Margin measured every (months)',
        rf.margin.measureEveryMonths,
        FORMATS.integer,
        STRUCT,
      );
      input(
        'In_Refresh_CapPerYear',
        'Yearly cap on margin refreshes',
        rf.margin.capPerYear,
        money,
        'Empty = no cap.',
      );
    }
    section('Milestones (an Excel table)');
    const top = row;
    const headers = ['Milestone', 'Due by (day)', 'Probability', 'Refresh value'];
    headers.forEach((h, i) => inp.text(top, i, h, 'header'));
    rf.milestones.forEach((m, i) => {
      const r = top + 1 + i;
      msRows.push(r);
      inp.text(r, 0, m.name, 'input');
      inp.num(r, 1, m.dueDay, FORMATS.integer, 'input');
      inp.num(r, 2, m.probability, FORMATS.percent, 'input');
      inp.num(r, 3, m.value, money, 'input');
      const n = i + 1;
      inp.define(`In_Milestone${n}_Name`, r, 0);
      inp.define(`In_Milestone${n}_DueDay`, r, 1);
      inp.define(`In_Milestone${n}_Probability`, r, 2);
      inp.define(`In_Milestone${n}_Value`, r, 3);
    });
    if (rf.milestones.length) {
      inp.extra.tables = [
        {
          name: 'Milestones',
          range: absRange(top, 0, top + rf.milestones.length, 3),
          columns: headers,
          style: 'TableStyleLight9',
        },
      ];
      row = top + rf.milestones.length + 1;
      inp.text(
        row,
        0,
        `Names: In_Milestone1_Name … In_Milestone${rf.milestones.length}_Value. Adding or removing a milestone is structural: rebuild. A milestone due after month H grants nothing.`,
        'note',
      );
      row++;
    } else {
      inp.text(top + 1, 0, 'No milestones.', 'note');
      row = top + 2;
    }
  }

  section('Market comparison');
  input('In_Market_BandSet', 'Band set', s.market.bandSet, FORMATS.text);
  input('In_Market_Role', 'Band role', s.market.role, FORMATS.text);
  input('In_Market_Level', 'Band level', s.market.level, FORMATS.text);
  input('In_Market_Location', 'Band location', s.market.location, FORMATS.text);
  input(
    'In_Market_CompareAt',
    'Compared at (percentiles)',
    s.market.compareAt.join(', '),
    FORMATS.text,
    STRUCT,
  );

  section('Exit prices (candidate value)');
  const exitNames = s.exitPrices.map((p, i) =>
    input(
      `In_ExitPrice${i + 1}`,
      `Exit price ${i + 1}`,
      p,
      price,
      i === 0 ? 'The number of prices is structural.' : '',
    ),
  );
  if (!exitNames.length) {
    inp.text(row, 0, 'No exit prices in the scenario.', 'note');
    row++;
  }

  section('Cost of a miss');
  input(
    'In_Miss_IdleComputeMonthly',
    'Idle compute per month',
    s.missCost.idleComputeMonthly,
    money,
  );
  input(
    'In_Miss_TimeToFillDays',
    'Time to fill a replacement (days)',
    s.missCost.timeToFillDays,
    FORMATS.integer,
  );
  input(
    'In_Miss_RoadmapDelayPerDay',
    'Roadmap delay cost per day',
    s.missCost.roadmapDelayCostPerDay,
    money,
  );
  const detectNames = s.missCost.detectAtMonths.map((d, i) =>
    input(
      `In_Miss_DetectAt${i + 1}`,
      `Detect a miss at month (${i + 1})`,
      d,
      FORMATS.integer,
      i === 0 ? 'The number of checkpoints is structural.' : '',
    ),
  );

  section('Derived (formulas)');
  const sp = sizePrice(s);
  inp.text(row, 0, 'Price that sizes dollar grants', 'label');
  inp.f(row, 1, 'IF(In_SizingPrice="fmv",In_Fmv409a,In_PreferredPrice)', sp, price, 'calc');
  inp.text(row, 2, 'Calc_SizePrice', 'helper');
  inp.define('Calc_SizePrice', row, 1);
  row++;

  // ------------------------------------------------------------------ Bands
  const bnd = new SheetBuilder(SHEETS.bands, names);
  bnd.widths(24, 10, 10, 9, 11, 11, 11, 11, 11, 60, 10, 10);
  bnd.extra.tabColor = '70AD47';
  bnd.text(0, 0, 'Market bands', 'title');
  bnd.text(
    1,
    0,
    `Band set "${bands?.name ?? s.market.bandSet}". Base salary by percentile; the row matching the Inputs' band role, level and location is used.`,
    'note',
  );
  const bandHead = [
    'Role',
    'Level',
    'Location',
    'Currency',
    'P10',
    'P25',
    'P50',
    'P75',
    'P90',
    'Source',
    'As of',
    'Match',
  ];
  bandHead.forEach((h, i) => bnd.text(3, i, h, i === 11 ? 'helper' : 'header'));
  const bandRows = bands?.rows ?? [result.band.row];
  const b0 = 4;
  const b1 = b0 + bandRows.length - 1;
  const pcts: Percentile[] = ['p10', 'p25', 'p50', 'p75', 'p90'];
  bandRows.forEach((b, i) => {
    const r = b0 + i;
    bnd.text(r, 0, b.role);
    bnd.text(r, 1, b.level);
    bnd.text(r, 2, b.location);
    bnd.text(r, 3, b.currency);
    pcts.forEach((p, j) => bnd.num(r, 4 + j, b.values[p], money0));
    bnd.text(r, 9, b.source, 'note');
    bnd.text(r, 10, b.asOf);
    const match =
      b.role === s.market.role && b.level === s.market.level && b.location === s.market.location;
    bnd.f(
      r,
      11,
      `IF(AND(${a1(r, 0)}=In_Market_Role,${a1(r, 1)}=In_Market_Level,${a1(r, 2)}=In_Market_Location),1,0)`,
      match ? 1 : 0,
      FORMATS.integer,
      'helper',
    );
  });
  bnd.define('Band_Match', b0, 11, b1, 11);
  const bsel = b1 + 2;
  bnd.text(bsel, 0, 'Selected band', 'section');
  bnd.text(bsel + 1, 0, 'Row in the table above', 'label');
  const selIdx =
    bandRows.findIndex(
      (b) =>
        b.role === s.market.role && b.level === s.market.level && b.location === s.market.location,
    ) + 1;
  bnd.f(bsel + 1, 1, 'MATCH(1,Band_Match,0)', selIdx, FORMATS.integer, 'calc');
  bnd.define('Band_Row', bsel + 1, 1);
  pcts.forEach((p, j) => {
    const r = bsel + 2 + j;
    bnd.text(r, 0, `${pctLabel(p)} base salary`, 'label');
    bnd.f(
      r,
      1,
      `INDEX(${absRange(b0, 4 + j, b1, 4 + j)},Band_Row)`,
      result.band.row.values[p],
      money0,
      'calc',
    );
    bnd.define(`Band_${pctLabel(p)}`, r, 1);
  });
  bnd.extra.freeze = { rows: 4, cols: 1 };

  // ------------------------------------------------------------------ Runway (months 1..R)
  const run = new SheetBuilder(SHEETS.runway, names);
  run.extra.tabColor = '4472C4';
  const runViews: RunwayViewSpec[] = [];
  // Column allocation of the month table.
  let col = 0;
  const C = {
    k: col++,
    year: col++,
    rev: col++,
    opex: col++,
    gainHit: col++,
    gainExp: col++,
    gp0: col++,
    gpExp: col++,
    gpHit: col++,
  };
  interface CostCols {
    key: string;
    label: string;
    base: string; // formula for the annual base salary input
    annual: number;
    month: number;
    bonus: number;
    signOn: number;
    load: number;
    fee: number;
    hire: number;
    cost: ModelResult['offerCost'];
    terms: ReturnType<typeof cashTerms>;
  }
  const costViews: CostCols[] = [];
  const addCost = (
    key: string,
    label: string,
    base: string,
    cost: ModelResult['offerCost'],
    terms: ReturnType<typeof cashTerms>,
  ) => {
    costViews.push({
      key,
      label,
      base,
      annual: col++,
      month: col++,
      bonus: col++,
      signOn: col++,
      load: col++,
      fee: col++,
      hire: col++,
      cost,
      terms,
    });
  };
  addCost('Offer', 'Offer', 'In_BaseSalary', result.offerCost, cashTerms(s));
  for (const p of s.market.compareAt)
    addCost(
      `Market_${pctLabel(p)}`,
      `Market ${pctLabel(p)}`,
      `Band_${pctLabel(p)}`,
      result.marketCost[p] ?? [],
      cashTerms(s, result.band.row.values[p]),
    );
  const runTop = 5 + 4 + s.market.compareAt.length + 20; // leaves room for the summary + chart
  const hdr = runTop; // header row
  const r0 = hdr + 1; // month 0 row
  const rowOf = (k: number) => r0 + k;
  const rK = (k: number, cc: number) => a1(rowOf(k), cc);
  const rangeName = (name: string, cc: number) => run.define(name, rowOf(1), cc, rowOf(R), cc);

  run.define('Run_Month', rowOf(1), C.k, rowOf(R), C.k);
  rangeName('Run_Revenue', C.rev);
  rangeName('Run_Opex', C.opex);
  rangeName('Run_GainHit', C.gainHit);
  rangeName('Run_GP_NoGain', C.gp0);
  rangeName('Run_GP_Expected', C.gpExp);
  rangeName('Run_GP_Hit', C.gpHit);
  const head = (cc: number, t: string) => run.text(hdr, cc, t, cc ? 'headerNum' : 'header');
  head(C.k, 'Month');
  head(C.year, 'Year');
  head(C.rev, 'Revenue');
  head(C.opex, 'Opex');
  head(C.gainHit, 'Gain if hit (pts)');
  head(C.gainExp, 'Expected gain (pts)');
  head(C.gp0, 'Gross profit, no gain');
  head(C.gpExp, 'Gross profit, expected');
  head(C.gpHit, 'Gross profit, hit');
  for (const v of costViews) {
    head(v.annual, `${v.label}: base salary (annual)`);
    head(v.month, `${v.label}: base`);
    head(v.bonus, `${v.label}: bonus`);
    head(v.signOn, `${v.label}: sign-on`);
    head(v.load, `${v.label}: employer load`);
    head(v.fee, `${v.label}: recruiting fee`);
    head(v.hire, `${v.label}: hire cash`);
    for (const [part, cc] of [
      ['Base', v.month],
      ['Bonus', v.bonus],
      ['SignOn', v.signOn],
      ['Load', v.load],
      ['Fee', v.fee],
      ['HireCash', v.hire],
    ] as const)
      rangeName(`Run_${v.key}_${part}`, cc);
  }
  const p = mg?.probability ?? ZERO;
  const views: [string, string, string, RunwayView, string | null, string][] = [
    ['baseline', VIEW_SUFFIX.baseline, 'Baseline (no hire)', result.views.baseline, null, 'gp0'],
    [
      'offerNoGain',
      VIEW_SUFFIX.offerNoGain,
      'Offer, no margin gain',
      result.views.offerNoGain,
      'Offer',
      'gp0',
    ],
    [
      'offerExpected',
      VIEW_SUFFIX.offerExpected,
      'Offer, expected gain',
      result.views.offerExpected,
      'Offer',
      'gpExp',
    ],
    ['offerHit', VIEW_SUFFIX.offerHit, 'Offer, gain hit', result.views.offerHit, 'Offer', 'gpHit'],
  ];
  for (const pc of s.market.compareAt)
    views.push([
      `market_${pc}`,
      `Market_${pctLabel(pc)}`,
      `Cash match at market ${pctLabel(pc)}`,
      result.market[pc] as RunwayView,
      `Market_${pctLabel(pc)}`,
      'gpExp',
    ]);
  const viewCols = views.map(([key, suffix, label, view, hire, gp]) => {
    runViews.push({ key, suffix, label, view, hireCash: hire, gp });
    const vc = { key, suffix, label, view, hire, gp, burn: col++, cash: col++, flag: col++ };
    head(vc.burn, `${label}: net burn`);
    head(vc.cash, `${label}: cash`);
    run.text(hdr, vc.flag, `${label}: cash < 0`, 'helper');
    return vc;
  });
  const lastCol = col - 1;

  // Month 0 row.
  run.num(rowOf(0), C.k, 0, FORMATS.integer, 'label');
  for (const v of viewCols) run.f(rowOf(0), v.cash, 'In_Cash', s.company.cash, money0, 'calc');
  // Months 1..R.
  const gainHitF = (kRef: string) =>
    `In_MarginGain_Points*MIN(1,MAX(0,(${kRef}-In_MarginGain_StartMonth+1)/(In_MarginGain_FullMonth-In_MarginGain_StartMonth+1)))`;
  for (let k = 1; k <= R; k++) {
    const r = rowOf(k);
    const i = k - 1;
    const K = a1(r, C.k);
    const Y = a1(r, C.year);
    run.num(r, C.k, k, FORMATS.integer, 'label');
    run.f(r, C.year, `INT((${K}+11)/12)`, Math.floor((k + 11) / 12), FORMATS.integer, 'calc');
    run.f(
      r,
      C.rev,
      `ROUND(In_MonthlyRevenue*(1+In_RevenueGrowth)^(${K}-1),2)`,
      result.revenue[i] as Decimal,
      money0,
      'calc',
    );
    run.f(
      r,
      C.opex,
      `ROUND(In_MonthlyOpex*(1+In_OpexGrowth)^(${K}-1),2)`,
      result.opex[i] as Decimal,
      money0,
      'calc',
    );
    const gh = result.gainHit[i] as Decimal;
    run.f(r, C.gainHit, gainHitF(K), gh, FORMATS.decimal4, 'calc');
    run.f(
      r,
      C.gainExp,
      `In_MarginGain_Probability*${a1(r, C.gainHit)}`,
      p.times(gh),
      FORMATS.decimal4,
      'calc',
    );
    const rev = a1(r, C.rev);
    run.f(
      r,
      C.gp0,
      `ROUND(${rev}*In_GrossMargin,2)`,
      result.views.baseline.grossProfit[i] as Decimal,
      money0,
      'calc',
    );
    run.f(
      r,
      C.gpExp,
      `ROUND(${rev}*(In_GrossMargin+${a1(r, C.gainExp)}/100),2)`,
      result.views.offerExpected.grossProfit[i] as Decimal,
      money0,
      'calc',
    );
    run.f(
      r,
      C.gpHit,
      `ROUND(${rev}*(In_GrossMargin+${a1(r, C.gainHit)}/100),2)`,
      result.views.offerHit.grossProfit[i] as Decimal,
      money0,
      'calc',
    );
    for (const v of costViews) {
      const m = v.cost[i];
      if (!m) throw new Error(`missing hire cost for ${v.key} month ${k}`);
      const A = a1(r, v.annual);
      run.f(
        r,
        v.annual,
        `ROUND(${v.base}*(1+In_AnnualRaise)^(${Y}-1),2)`,
        baseAnnual(v.terms, Math.floor((k + 11) / 12)),
        money,
        'calc',
      );
      run.f(r, v.month, `ROUND(${A}/12,2)`, m.base, money, 'calc');
      run.f(
        r,
        v.bonus,
        `IF(MOD(${K},12)=0,ROUND(${A}*In_TargetBonusPct*In_BonusPayoutPct,2),0)`,
        m.bonus,
        money,
        'calc',
      );
      run.f(r, v.signOn, `IF(${K}=1,In_SignOnBonus,0)`, m.signOn, money, 'calc');
      run.f(
        r,
        v.load,
        `ROUND((${a1(r, v.month)}+${a1(r, v.bonus)}+${a1(r, v.signOn)})*In_EmployerLoadPct,2)`,
        m.load,
        money,
        'calc',
      );
      run.f(r, v.fee, `IF(${K}=1,ROUND(${v.base}*In_RecruitingFeePct,2),0)`, m.fee, money, 'calc');
      run.f(
        r,
        v.hire,
        `${a1(r, v.month)}+${a1(r, v.bonus)}+${a1(r, v.signOn)}+${a1(r, v.load)}+${a1(r, v.fee)}`,
        m.hireCash,
        money,
        'calc',
      );
    }
    for (const v of viewCols) {
      const hireCol = v.hire ? costViews.find((cv) => cv.key === v.hire)?.hire : undefined;
      const gpCol = v.gp === 'gp0' ? C.gp0 : v.gp === 'gpExp' ? C.gpExp : C.gpHit;
      const burn = `${a1(r, C.opex)}${hireCol !== undefined ? `+${a1(r, hireCol)}` : ''}-${a1(r, gpCol)}`;
      run.f(r, v.burn, burn, v.view.netBurn[i] as Decimal, money0, 'calc');
      run.f(
        r,
        v.cash,
        `${rK(k - 1, v.cash)}-${a1(r, v.burn)}`,
        v.view.cash[k] as Decimal,
        money0,
        'calc',
      );
      run.f(
        r,
        v.flag,
        `IF(${a1(r, v.cash)}<0,1,0)`,
        (v.view.cash[k] as Decimal).lessThan(0) ? 1 : 0,
        FORMATS.integer,
        'helper',
      );
    }
  }
  for (const v of viewCols) {
    rangeName(`Run_Cash_${v.suffix}`, v.cash);
    rangeName(`Run_NetBurn_${v.suffix}`, v.burn);
    rangeName(`Run_Flag_${v.suffix}`, v.flag);
  }

  // Runway summary at the top of the Runway sheet.
  run.text(0, 0, 'Runway', 'title');
  run.text(
    1,
    0,
    `Months 1..${R} from ${s.startDate}. Runway = (k − 1) + cash(k−1) ÷ net burn(k) at the first month k whose closing cash is negative; days = ROUND(months × 30.4375, 0). Empty = cash lasts beyond month ${R}.`,
    'note',
  );
  const sh = 3;
  [
    'View',
    'First month with cash < 0',
    'Runway (months)',
    'Runway (days)',
    'Cash-out date',
    '',
  ].forEach((t, i) => {
    if (t) run.text(sh, i, t, i ? 'headerNum' : 'header');
  });
  viewCols.forEach((v, i) => {
    const r = sh + 1 + i;
    const rw = v.view.runway;
    run.text(r, 0, v.label, 'label');
    const M = a1(r, 1);
    run.f(
      r,
      1,
      `IF(COUNTIF(Run_Flag_${v.suffix},1)=0,"",MATCH(1,Run_Flag_${v.suffix},0))`,
      rw.cashOutMonth ?? '',
      FORMATS.integer,
      'calc',
    );
    const cashRange = absRange(rowOf(0), v.cash, rowOf(R), v.cash);
    run.f(
      r,
      2,
      `IF(${M}="","",${M}-1+INDEX(${cashRange},${M})/INDEX(Run_NetBurn_${v.suffix},${M}))`,
      rw.months,
      FORMATS.decimal2,
      'calc',
    );
    run.f(
      r,
      3,
      `IF(${a1(r, 2)}="","",ROUND(${a1(r, 2)}*30.4375,0))`,
      rw.days,
      FORMATS.shares,
      'output',
    );
    run.f(
      r,
      4,
      `IF(${a1(r, 3)}="","",In_StartDate+${a1(r, 3)})`,
      rw.cashOutDate ? dateSerial(rw.cashOutDate) : '',
      FORMATS.date,
      'calc',
    );
    run.f(
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
  });
  const chartTop = sh + 2 + viewCols.length;
  run.widths(...Array.from({ length: lastCol + 1 }, (_, i) => (i === 0 ? 34 : i === 1 ? 12 : 15)));
  run.extra.freeze = { rows: hdr + 1, cols: 1 };
  const chartSeries: { name: string; suffix: string; color: string }[] = [
    { name: 'Baseline (no hire)', suffix: VIEW_SUFFIX.baseline, color: '7F7F7F' },
    { name: 'Offer, expected gain', suffix: VIEW_SUFFIX.offerExpected, color: '2E75B6' },
  ];
  if (s.market.compareAt.includes('p75'))
    chartSeries.push({ name: 'Cash match at market P75', suffix: 'Market_P75', color: 'C00000' });
  run.extra.charts = [
    {
      kind: 'line',
      title: 'Cash balance by month',
      from: { row: chartTop, col: 0 },
      to: { row: hdr - 2, col: 7 },
      categories: { sheet: SHEETS.runway, range: absRange(rowOf(1), C.k, rowOf(R), C.k) },
      series: chartSeries.map((cs) => {
        const v = viewCols.find((x) => x.suffix === cs.suffix);
        if (!v) throw new Error(`chart series ${cs.suffix}`);
        return {
          name: cs.name,
          sheet: SHEETS.runway,
          range: absRange(rowOf(1), v.cash, rowOf(R), v.cash),
          color: cs.color,
        };
      }),
      xAxisTitle: 'Month',
      yAxisTitle: `Cash (${s.currency})`,
    },
  ];

  // ------------------------------------------------------------------ Schedule (months 1..H)
  const sch = new SheetBuilder(SHEETS.schedule, names);
  sch.extra.tabColor = 'ED7D31';
  sch.text(0, 0, 'Schedule', 'title');
  sch.text(
    1,
    0,
    `Months 1..${H}: the hire's cash cost, shares vested per grant (if every target is hit) and stock-based-compensation expense. Grants are columns; the expected view weights each grant by its probability.`,
    'note',
  );
  const grants = result.grants;
  const n = grants.length;
  // Month table columns.
  const S = { k: 0, year: 1, base: 2, bonus: 3, signOn: 4, load: 5, fee: 6, hire: 7 };
  const gv0 = 8; // first vested-per-grant column
  const vHit = gv0 + n;
  const vExp = vHit + 1;
  const vNone = vHit + 2;
  const ge0 = vNone + 1; // first expense-per-grant column
  const eHit = ge0 + n;
  const eExp = eHit + 1;
  const eNone = eHit + 2;
  const schLast = eNone;
  // Margin measurements (needed by the grant parameters).
  const meas = result.marginMeasurements;
  const pr = 3; // first parameter row
  const P = {
    label: pr,
    kind: pr + 1,
    month: pr + 2,
    shares: pr + 3,
    weight: pr + 4,
    strike: pr + 5,
    gfv: pr + 6,
    N: pr + 7,
    cliff: pr + 8,
    every: pr + 9,
    total: pr + 10,
  };
  const intrinsicRow0 = pr + 11;
  const paramEnd = intrinsicRow0 + s.exitPrices.length - 1;
  const sHdr = Math.max(paramEnd, P.total) + 2;
  const sRow = (k: number) => sHdr + k;
  const measTop = sRow(H) + 3; // measurement table header row
  const measRow = (j: number) => measTop + 1 + j;
  const measC = { q: 0, year: 1, gain: 2, hwm: 3, newPts: 4, raw: 5, value: 6, shares: 7 };

  const pLabels: [number, string][] = [
    [P.label, 'Grant'],
    [P.kind, 'Kind'],
    [P.month, 'Grant month'],
    [P.shares, 'Shares if earned'],
    [P.weight, 'Weight (probability)'],
    [P.strike, 'Strike'],
    [P.gfv, 'Grant-date fair value'],
    [P.N, 'Vesting months'],
    [P.cliff, 'Cliff months'],
    [P.every, 'Vests every (months)'],
    [P.total, 'SBC total'],
  ];
  for (const [r, t] of pLabels) sch.text(r, gv0 - 1, t, 'label');
  s.exitPrices.forEach((_, j) =>
    sch.f(
      intrinsicRow0 + j,
      gv0 - 1,
      `"Value per share at "&TEXT(In_ExitPrice${j + 1},"0.00")`,
      `Value per share at ${(s.exitPrices[j] as Decimal).toFixed(2)}`,
      FORMATS.general,
      'label',
    ),
  );
  const msIndex: number[] = []; // scenario milestone index for each milestone grant
  rf?.milestones.forEach((m, i) => {
    if (milestoneGrantMonth(m.dueDay) <= H) msIndex.push(i);
  });
  let msSeen = 0;
  let measSeen = 0;
  grants.forEach((g, j) => {
    const cc = gv0 + j;
    const ref = (r: number) => abs(r, cc);
    sch.text(P.label, cc, g.grant.label, 'header');
    sch.text(P.kind, cc, g.grant.kind, 'helper');
    if (g.grant.kind === 'initial') {
      sch.num(P.month, cc, 0, FORMATS.integer, 'calc');
      sch.f(
        P.shares,
        cc,
        'IF(In_Equity_SizeBy="shares",In_Equity_Size,IF(In_Equity_SizeBy="value",INT(ROUND(In_Equity_Size/Calc_SizePrice,6)),INT(ROUND(In_Equity_Size*In_FullyDilutedShares,6))))',
        g.grant.shares,
        FORMATS.shares,
        'calc',
      );
      sch.num(P.weight, cc, 1, FORMATS.percent, 'calc');
      sch.f(
        P.strike,
        cc,
        'IF(In_Instrument="rsu",0,In_Equity_Strike)',
        g.grant.strike,
        price,
        'calc',
      );
      sch.f(P.gfv, cc, 'In_Equity_GrantFairValue', g.grant.grantFairValue, price, 'calc');
      sch.f(
        P.N,
        cc,
        'In_Equity_VestingMonths',
        g.grant.schedule.vestingMonths,
        FORMATS.integer,
        'calc',
      );
      sch.f(
        P.cliff,
        cc,
        'In_Equity_CliffMonths',
        g.grant.schedule.cliffMonths,
        FORMATS.integer,
        'calc',
      );
      sch.f(
        P.every,
        cc,
        'In_Equity_VestEvery',
        g.grant.schedule.vestEveryMonths,
        FORMATS.integer,
        'calc',
      );
    } else {
      if (g.grant.kind === 'milestone') {
        const mi = (msIndex[msSeen++] as number) + 1;
        sch.f(
          P.month,
          cc,
          `ROUNDUP(In_Milestone${mi}_DueDay/30.4375,0)`,
          g.grant.month,
          FORMATS.integer,
          'calc',
        );
        sch.f(
          P.shares,
          cc,
          `IF(${ref(P.month)}>In_H,0,INT(ROUND(In_Milestone${mi}_Value/Calc_SizePrice,6)))`,
          g.grant.shares,
          FORMATS.shares,
          'calc',
        );
        sch.f(
          P.weight,
          cc,
          `In_Milestone${mi}_Probability`,
          g.grant.weight,
          FORMATS.percent,
          'calc',
        );
      } else {
        const mr = measRow(measSeen++);
        sch.f(P.month, cc, a1(mr, measC.q), g.grant.month, FORMATS.integer, 'calc');
        sch.f(P.shares, cc, a1(mr, measC.shares), g.grant.shares, FORMATS.shares, 'calc');
        sch.f(P.weight, cc, 'In_MarginGain_Probability', g.grant.weight, FORMATS.percent, 'calc');
      }
      sch.f(
        P.strike,
        cc,
        'IF(In_Instrument="rsu",0,In_Refresh_Strike)',
        g.grant.strike,
        price,
        'calc',
      );
      sch.f(P.gfv, cc, 'In_Refresh_GrantFairValue', g.grant.grantFairValue, price, 'calc');
      sch.f(
        P.N,
        cc,
        'In_Refresh_VestingMonths',
        g.grant.schedule.vestingMonths,
        FORMATS.integer,
        'calc',
      );
      sch.f(
        P.cliff,
        cc,
        'In_Refresh_CliffMonths',
        g.grant.schedule.cliffMonths,
        FORMATS.integer,
        'calc',
      );
      sch.f(
        P.every,
        cc,
        'In_Refresh_VestEvery',
        g.grant.schedule.vestEveryMonths,
        FORMATS.integer,
        'calc',
      );
    }
    sch.f(P.total, cc, `ROUND(${ref(P.shares)}*${ref(P.gfv)},2)`, g.sbcTotal, money, 'calc');
    s.exitPrices.forEach((px, jx) =>
      sch.f(
        intrinsicRow0 + jx,
        cc,
        `MAX(0,In_ExitPrice${jx + 1}-${ref(P.strike)})`,
        max(ZERO, px.minus(g.grant.strike)),
        price,
        'calc',
      ),
    );
  });
  const gRow = (r: number) => absRange(r, gv0, r, gv0 + n - 1);
  sch.define('Sch_Grant_Shares', P.shares, gv0, P.shares, gv0 + n - 1);
  sch.define('Sch_Grant_Weight', P.weight, gv0, P.weight, gv0 + n - 1);
  sch.define('Sch_Grant_Month', P.month, gv0, P.month, gv0 + n - 1);
  sch.define('Sch_Grant_Kind', P.kind, gv0, P.kind, gv0 + n - 1);

  // Month table header.
  const sHead: [number, string, import('./plan.js').StyleName][] = [
    [S.k, 'Month', 'header'],
    [S.year, 'Year', 'header'],
    [S.base, 'Base', 'header'],
    [S.bonus, 'Bonus', 'header'],
    [S.signOn, 'Sign-on', 'header'],
    [S.load, 'Employer load', 'header'],
    [S.fee, 'Recruiting fee', 'header'],
    [S.hire, 'Hire cash', 'header'],
    [vHit, 'Vested shares, all hit', 'header'],
    [vExp, 'Vested shares, expected', 'header'],
    [vNone, 'Vested shares, initial only', 'header'],
    [eHit, 'SBC expense, all hit', 'header'],
    [eExp, 'SBC expense, probability-weighted forecast (not GAAP)', 'header'],
    [eNone, 'SBC expense, initial only', 'header'],
  ];
  for (const [cc, t, st] of sHead) sch.text(sHdr, cc, t, st);
  grants.forEach((g, j) => {
    sch.text(sHdr, gv0 + j, `Vested: ${g.grant.label}`, 'header');
    sch.text(sHdr, ge0 + j, `Expense: ${g.grant.label}`, 'header');
  });
  const wRow = gRow(P.weight);
  for (let k = 1; k <= H; k++) {
    const r = sRow(k);
    const i = k - 1;
    const K = a1(r, S.k);
    sch.num(r, S.k, k, FORMATS.integer, 'label');
    sch.f(r, S.year, `INT((${K}+11)/12)`, Math.floor((k + 11) / 12), FORMATS.integer, 'calc');
    const oc = result.offerCost[i];
    if (!oc) throw new Error('offer cost');
    for (const [cc, part, v] of [
      [S.base, 'Base', oc.base],
      [S.bonus, 'Bonus', oc.bonus],
      [S.signOn, 'SignOn', oc.signOn],
      [S.load, 'Load', oc.load],
      [S.fee, 'Fee', oc.fee],
      [S.hire, 'HireCash', oc.hireCash],
    ] as const)
      sch.f(r, cc, `INDEX(Run_Offer_${part},${K})`, v, money, 'calc');
    grants.forEach((g, j) => {
      const cc = gv0 + j;
      const gp = (pr2: number) => abs(pr2, cc);
      const t = `(${K}-${gp(P.month)})`;
      sch.f(
        r,
        cc,
        `IF(OR(${t}<=0,${t}<${gp(P.cliff)}),0,INT(ROUND(${gp(P.shares)}*MIN(INT(${t}/${gp(P.every)})*${gp(P.every)},${gp(P.N)})/${gp(P.N)},6)))`,
        g.vested[i] as Decimal,
        FORMATS.shares,
        'calc',
      );
      const cum = (tt: string) =>
        `IF(${tt}<=0,0,ROUND(${gp(P.total)}*MIN(${tt},${gp(P.N)})/${gp(P.N)},2))`;
      sch.f(r, ge0 + j, `${cum(t)}-${cum(`(${t}-1)`)}`, g.expense[i] as Decimal, money, 'calc');
    });
    const vRange = absRange(r, gv0, r, gv0 + n - 1).replace(/\$(\d)/g, '$1');
    const eRange = absRange(r, ge0, r, ge0 + n - 1).replace(/\$(\d)/g, '$1');
    sch.f(r, vHit, `SUM(${vRange})`, result.vested.hit[i] as Decimal, FORMATS.shares, 'output');
    sch.f(
      r,
      vExp,
      `SUMPRODUCT(${vRange},${wRow})`,
      result.vested.expected[i] as Decimal,
      FORMATS.sharesWeighted,
      'output',
    );
    sch.f(r, vNone, a1(r, gv0), result.vested.none[i] as Decimal, FORMATS.shares, 'output');
    sch.f(r, eHit, `ROUND(SUM(${eRange}),2)`, result.sbc.hit[i] as Decimal, money, 'output');
    sch.f(
      r,
      eExp,
      `ROUND(SUMPRODUCT(${eRange},${wRow}),2)`,
      result.sbc.expected[i] as Decimal,
      money,
      'output',
    );
    sch.f(r, eNone, `ROUND(${a1(r, ge0)},2)`, result.sbc.none[i] as Decimal, money, 'output');
  }
  const schRange = (name: string, cc: number) => sch.define(name, sRow(1), cc, sRow(H), cc);
  schRange('Sch_Month', S.k);
  schRange('Sch_Year', S.year);
  schRange('Sch_Vested_Hit', vHit);
  schRange('Sch_Vested_Expected', vExp);
  schRange('Sch_Vested_None', vNone);
  schRange('Sch_Sbc_Hit', eHit);
  schRange('Sch_Sbc_Expected', eExp);
  schRange('Sch_Sbc_None', eNone);

  // Margin measurements (hit path).
  if (rf?.margin) {
    sch.text(measTop - 1, 0, 'Margin-refresh measurements (if the gain is hit)', 'section');
    [
      'Month q',
      'Year',
      'Gain if hit (pts)',
      'High-water mark',
      'New points',
      'Raw value',
      'Value after cap',
      'Shares',
    ].forEach((t, i) => sch.text(measTop, i, t, 'headerNum'));
    meas.forEach((m, j) => {
      const r = measRow(j);
      const Q = a1(r, measC.q);
      sch.f(r, measC.q, `${j + 1}*In_Refresh_MeasureEvery`, m.month, FORMATS.integer, 'calc');
      sch.f(
        r,
        measC.year,
        `INT((${Q}+11)/12)`,
        Math.floor((m.month + 11) / 12),
        FORMATS.integer,
        'calc',
      );
      sch.f(r, measC.gain, gainHitF(Q), m.gainHit, FORMATS.decimal4, 'calc');
      sch.f(
        r,
        measC.hwm,
        j === 0 ? '0' : `MAX(${abs(measRow(0), measC.gain)}:${a1(r - 1, measC.gain)})`,
        m.highWaterMark,
        FORMATS.decimal4,
        'calc',
      );
      sch.f(
        r,
        measC.newPts,
        `MAX(0,${a1(r, measC.gain)}-${a1(r, measC.hwm)})`,
        m.newPoints,
        FORMATS.decimal4,
        'calc',
      );
      sch.f(
        r,
        measC.raw,
        `ROUND(${a1(r, measC.newPts)}*In_Refresh_ValuePerPoint,2)`,
        m.rawValue,
        money,
        'calc',
      );
      const paid =
        j === 0
          ? '0'
          : `SUMIF(${abs(measRow(0), measC.year)}:${a1(r - 1, measC.year)},${a1(r, measC.year)},${abs(measRow(0), measC.value)}:${a1(r - 1, measC.value)})`;
      sch.f(
        r,
        measC.value,
        `IF(ISNUMBER(In_Refresh_CapPerYear),MIN(${a1(r, measC.raw)},In_Refresh_CapPerYear-${paid}),${a1(r, measC.raw)})`,
        m.value,
        money,
        'calc',
      );
      sch.f(
        r,
        measC.shares,
        `INT(ROUND(${a1(r, measC.value)}/Calc_SizePrice,6))`,
        m.shares,
        FORMATS.shares,
        'calc',
      );
    });
    sch.text(
      measRow(meas.length),
      0,
      'Points cut off by the yearly cap are not carried forward to later measurements.',
      'note',
    );
  }

  // Candidate value by year (end of each year within H, and month H) at each exit price.
  const valueTop = (rf?.margin ? measRow(meas.length) + 3 : measTop) as number;
  const valueMonths: number[] = [];
  for (let m = 12; m <= H; m += 12) valueMonths.push(m);
  if (valueMonths[valueMonths.length - 1] !== H) valueMonths.push(H);
  const valueRows = new Map<string, number>(); // `${view}:${month}` → row
  const valueCols: number[] = s.exitPrices.map((_, j) => 2 + j);
  sch.text(valueTop - 1, 0, 'Candidate value of vested equity at exit prices', 'section');
  sch.text(valueTop, 0, 'View', 'header');
  sch.text(valueTop, 1, 'Month', 'header');
  s.exitPrices.forEach((px, j) =>
    sch.f(
      valueTop,
      2 + j,
      `"At "&TEXT(In_ExitPrice${j + 1},"0.00")`,
      `At ${px.toFixed(2)}`,
      FORMATS.general,
      'header',
    ),
  );
  let vr = valueTop + 1;
  for (const [view, label] of [
    ['hit', 'Every refresh earned'],
    ['expected', 'Probability-weighted'],
    ['none', 'Initial grant only'],
  ] as const) {
    for (const m of valueMonths) {
      sch.text(vr, 0, label, 'label');
      sch.num(vr, 1, m, FORMATS.integer, 'label');
      const vRow = absRange(sRow(m), gv0, sRow(m), gv0 + n - 1);
      s.exitPrices.forEach((px, j) => {
        const iRow = gRow(intrinsicRow0 + j);
        const formula =
          view === 'hit'
            ? `ROUND(SUMPRODUCT(${vRow},${iRow}),2)`
            : view === 'expected'
              ? `ROUND(SUMPRODUCT(${vRow},${iRow},${wRow}),2)`
              : `ROUND(${abs(sRow(m), gv0)}*${abs(intrinsicRow0 + j, gv0)},2)`;
        const cached =
          m === H ? (result.exitValue[view][j] as Decimal) : valueAt(result, view, m, j);
        sch.f(vr, 2 + j, formula, cached, money0, m === H ? 'output' : 'calc');
        if (m === H)
          sch.define(
            `Out_ExitValue_${view === 'hit' ? 'Hit' : view === 'expected' ? 'Expected' : 'None'}_${j + 1}`,
            vr,
            2 + j,
          );
      });
      valueRows.set(`${view}:${m}`, vr);
      vr++;
    }
  }
  sch.widths(
    ...Array.from({ length: schLast + 1 }, (_, i) => (i === 0 ? 24 : i === gv0 - 1 ? 24 : 14)),
  );
  sch.extra.freeze = { rows: 0, cols: 1 };
  void valueCols;

  // ------------------------------------------------------------------ Summary
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
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? '' : a - b);
  for (const v of viewCols) {
    const rw = v.view.runway;
    sum_.text(sr, 0, v.label, 'label');
    sum_.f(sr, 1, `Out_RunwayMonths_${v.suffix}`, rw.months, FORMATS.decimal2, 'calc');
    sum_.f(sr, 2, `Out_RunwayDays_${v.suffix}`, rw.days, FORMATS.shares, 'output');
    sum_.f(
      sr,
      3,
      `Out_CashOutDate_${v.suffix}`,
      rw.cashOutDate ? dateSerial(rw.cashOutDate) : '',
      FORMATS.date,
      'calc',
    );
    const bd = `Out_RunwayDays_${VIEW_SUFFIX.baseline}`;
    const me = `Out_RunwayDays_${v.suffix}`;
    sum_.f(
      sr,
      4,
      `IF(OR(${me}="",${bd}=""),"",${me}-${bd})`,
      diff(rw.days, baseDays),
      '+#,##0;-#,##0;0',
      'calc',
    );
    if (v.key.startsWith('market_')) {
      const oe = `Out_RunwayDays_${VIEW_SUFFIX.offerExpected}`;
      sum_.f(
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
  sum_.f(
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
    sum_.text(sr, 0, `Cash match at market ${pctLabel(pc)}`, 'label');
    sum_.f(
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
  for (const [view, label, grantedF, fmt] of [
    ['hit', 'Every refresh earned', 'SUM(Sch_Grant_Shares)', FORMATS.shares],
    [
      'expected',
      'Probability-weighted',
      'SUMPRODUCT(Sch_Grant_Shares,Sch_Grant_Weight)',
      FORMATS.sharesWeighted,
    ],
    ['none', 'Initial grant only', 'INDEX(Sch_Grant_Shares,1)', FORMATS.shares],
  ] as const) {
    const eq = result.equity[view];
    const V = view === 'hit' ? 'Hit' : view === 'expected' ? 'Expected' : 'None';
    sum_.text(sr, 0, label, 'label');
    sum_.f(sr, 1, grantedF, eq.grantedShares, fmt, 'calc');
    sum_.f(sr, 2, `MAX(0,${a1(sr, 1)}-In_PoolShares)`, eq.poolTopUpShares, fmt, 'calc');
    sum_.f(sr, 3, `${a1(sr, 1)}/In_PoolShares`, eq.poolUse, FORMATS.percent2, 'calc');
    sum_.f(
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
  sum_.f(sr, 1, 'In_BaseSalary', o.baseSalary, money0, 'calc');
  sr++;
  for (const pc of pcts) {
    sum_.text(sr, 0, `Market ${pctLabel(pc)}`, 'label');
    sum_.f(sr, 1, `Band_${pctLabel(pc)}`, result.band.row.values[pc], money0, 'calc');
    sr++;
  }
  const B = 'In_BaseSalary';
  const seg = (x0: number, x1: number, lo: string, hi: string) =>
    `${x0}+(${B}-${lo})*${x1 - x0}/(${hi}-${lo})`;
  sum_.text(sr, 0, 'Percentile of the band', 'label');
  sum_.f(
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
  sum_.f(sr, 1, `ROUND(${B}/Band_P50,3)`, result.band.compaRatio, FORMATS.decimal3, 'output');
  sum_.define('Out_CompaRatio', sr, 1);
  sr += 2;

  sSection('Gross-margin ROI of the margin-linked refresh');
  const mShares = sum(grants.filter((g) => g.grant.kind === 'margin').map((g) => g.grant.shares));
  sum_.text(sr, 0, `Gross profit gained, months 1..${H} (if hit)`, 'label');
  const gained = sum(result.views.offerHit.grossProfit.slice(0, H)).minus(
    sum(result.views.baseline.grossProfit.slice(0, H)),
  );
  sum_.f(
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
  sum_.f(sr, 1, 'SUMIF(Sch_Grant_Kind,"margin",Sch_Grant_Shares)', mShares, FORMATS.shares, 'calc');
  const msRef = a1(sr, 1);
  sr++;
  sum_.text(sr, 0, 'ROI = gross profit ÷ (shares × preferred price)', 'label');
  sum_.f(
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
    const yearSum = (arr: Decimal[]) =>
      sum(arr.filter((_, i) => Math.floor((i + 1 + 11) / 12) === y));
    sum_.f(
      sr,
      1,
      `SUMIF(Sch_Year,${a1(sr, 0)},Sch_Sbc_Hit)`,
      yearSum(result.sbc.hit),
      money0,
      'calc',
    );
    sum_.f(
      sr,
      2,
      `SUMIF(Sch_Year,${a1(sr, 0)},Sch_Sbc_Expected)`,
      yearSum(result.sbc.expected),
      money0,
      'calc',
    );
    sum_.f(
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
  const savingsRow = sr;
  sr++;

  // ------------------------------------------------------------------ Cost of a Miss
  const miss = new SheetBuilder(SHEETS.miss, names);
  miss.extra.tabColor = 'C00000';
  miss.widths(34, 16, 16, 16, 16, 16, 16, 18);
  miss.text(0, 0, 'Cost of a miss', 'title');
  miss.text(
    1,
    0,
    'What it costs to find out at month d that the hire is not working: the cash paid so far, idle compute, a replacement’s recruiting fee, and roadmap delay until a replacement is in seat.',
    'note',
  );
  [
    'Detected at month',
    'Hire cash paid',
    'Idle compute',
    'Replacement fee',
    'Delay (days)',
    'Delay cost',
    'Cost of the miss',
  ].forEach((t, i) => miss.text(3, i, t, 'headerNum'));
  const mr0 = 4;
  s.missCost.detectAtMonths.forEach((d, i) => {
    const r = mr0 + i;
    const D = a1(r, 0);
    const hc = sum(result.offerCost.slice(0, d).map((m) => m.hireCash));
    const fee = round(o.baseSalary.times(o.recruitingFeePct), 2);
    const delayDays = round(dec('30.4375').times(d).plus(s.missCost.timeToFillDays), 0);
    miss.f(r, 0, detectNames[i] as string, d, FORMATS.integer, 'label');
    miss.f(r, 1, `SUMIF(Run_Month,"<="&${D},Run_Offer_HireCash)`, hc, money0, 'calc');
    miss.f(
      r,
      2,
      `In_Miss_IdleComputeMonthly*${D}`,
      s.missCost.idleComputeMonthly.times(d),
      money0,
      'calc',
    );
    miss.f(r, 3, 'ROUND(In_BaseSalary*In_RecruitingFeePct,2)', fee, money0, 'calc');
    miss.f(r, 4, `ROUND(${D}*30.4375+In_Miss_TimeToFillDays,0)`, delayDays, FORMATS.shares, 'calc');
    miss.f(
      r,
      5,
      `In_Miss_RoadmapDelayPerDay*${a1(r, 4)}`,
      s.missCost.roadmapDelayCostPerDay.times(delayDays),
      money0,
      'calc',
    );
    miss.f(
      r,
      6,
      `${a1(r, 1)}+${a1(r, 2)}+${a1(r, 3)}+${a1(r, 5)}`,
      result.missCost[i]?.cost ?? null,
      money0,
      'output',
    );
    miss.define(`Out_MissCost_${i + 1}`, r, 6);
  });
  const mr1 = mr0 + s.missCost.detectAtMonths.length - 1;
  const dR = absRange(mr0, 0, mr1, 0);
  const cR = absRange(mr0, 6, mr1, 6);
  const svr = mr1 + 2;
  miss.text(svr, 0, 'Saved by detecting at the earliest checkpoint instead of the latest', 'label');
  miss.f(
    svr,
    6,
    `SUMIF(${dR},MAX(${dR}),${cR})-SUMIF(${dR},MIN(${dR}),${cR})`,
    result.missCostSavings,
    money0,
    'total',
  );
  miss.define('Out_MissCost_Savings', svr, 6);
  sum_.f(savingsRow, 1, 'Out_MissCost_Savings', result.missCostSavings, money0, 'output');

  sum_.extra.print = {
    area: absRange(0, 0, sr - 1, 6),
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
  };

  // ------------------------------------------------------------------ Offer Sheet
  const off = buildOfferSheet(result, names, {
    sheetName: SHEETS.offer,
    scheduleName: SHEETS.schedule,
    money0,
    price,
    symbol: sym ?? '',
    valueRows,
    valueMonths,
  });

  return {
    title: `Offer Runway — ${s.name}`,
    sheets: [
      off.build(),
      sum_.build(),
      inp.build(),
      run.build(),
      sch.build(),
      bnd.build(),
      miss.build(),
    ],
    names,
  };
}

export { STYLES };
