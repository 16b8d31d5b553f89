/**
 * The Inputs sheet: every scenario input as a named cell (In_*), grouped in sections, plus the
 * milestone table and the derived sizing price (Calc_SizePrice).
 */
import { type Decimal, ONE, ZERO } from '../model/decimal.js';
import { sizePrice } from '../model/grants.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, absRange, dateSerial } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { SHEETS } from './naming.js';

export interface InputsSheet {
  sheet: SheetBuilder;
  /** Defined names of the miss-detection checkpoints (In_Miss_DetectAt1…), in scenario order. */
  detectNames: string[];
}

export function buildInputsSheet({ result, names, money, price }: SheetContext): InputsSheet {
  const s = result.scenario;
  const H = s.horizonMonths;
  const R = s.runwayHorizonMonths;
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
  input(
    'In_MissProbability',
    'Probability the hire cannot ship (a miss)',
    o.missProbability,
    FORMATS.percent,
    'Read by the simulation only (offer-runway --simulate, the Risk sheet).',
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

  return { sheet: inp, detectNames };
}
