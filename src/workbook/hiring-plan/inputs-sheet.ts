/**
 * The plan's Inputs sheet: the company and the plan-wide settings as named cells (In_*). The
 * hires' own inputs are on the Hires sheet, their milestones on the Grants sheet.
 */
import type { Decimal } from '../../model/decimal.js';
import { SheetBuilder } from '../builder.js';
import { FORMATS, dateSerial } from '../plan.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';

export function buildPlanInputsSheet(ctx: PlanCtx): SheetBuilder {
  const { result, names, money, price } = ctx;
  const p = result.plan;
  const c = p.company;
  const inp = new SheetBuilder(PLAN_SHEETS.inputs, names);
  inp.widths(46, 18, 30, 70);
  inp.extra.tabColor = 'FFC000';
  inp.extra.freeze = { rows: 3, cols: 0 };
  inp.text(0, 0, 'Inputs', 'title');
  inp.text(
    1,
    0,
    'Blue cells on yellow are inputs for the whole plan; each hire’s own inputs are on the Hires sheet. Each input has the defined name shown beside it.',
    'note',
  );
  ['Input', 'Value', 'Defined name', 'Notes'].forEach((t, i) => inp.text(2, i, t, 'header'));
  let row = 4;
  const section = (title: string) => {
    row++;
    inp.section(row, title, 3);
    row++;
  };
  const input = (
    name: string,
    label: string,
    value: Decimal | number | string,
    format: string,
    note = '',
  ) => {
    inp.text(row, 0, label, 'label');
    if (typeof value === 'string') inp.text(row, 1, value, 'input');
    else inp.num(row, 1, value, format, 'input');
    inp.text(row, 2, name, 'helper');
    if (note) inp.text(row, 3, note, 'note');
    inp.define(name, row, 1);
    row++;
  };
  const STRUCT = 'Structural: shapes the layout — change it in the plan file and rebuild.';

  section('Plan');
  input('In_PlanName', 'Plan name', p.name, FORMATS.text);
  input('In_Currency', 'Currency', p.currency, FORMATS.text);
  inp.text(row, 0, 'Start date (plan month 1 begins)', 'label');
  inp.set(row, 1, {
    kind: 'date',
    iso: p.startDate,
    serial: dateSerial(p.startDate),
    format: FORMATS.date,
    style: 'input',
  });
  inp.text(row, 2, 'In_StartDate', 'helper');
  inp.define('In_StartDate', row, 1);
  row++;
  input('In_H', 'Schedule horizon H (plan months)', p.horizonMonths, FORMATS.integer, STRUCT);
  input('In_R', 'Runway horizon R (plan months)', p.runwayHorizonMonths, FORMATS.integer, STRUCT);
  input('In_HireCount', 'Hires', p.hires.length, FORMATS.integer, STRUCT);

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

  section('Market comparison');
  input('In_Market_BandSet', 'Band set', p.market.bandSet, FORMATS.text);
  input(
    'In_Market_CompareAt',
    'Compared at (percentiles)',
    p.market.compareAt.join(', '),
    FORMATS.text,
    STRUCT,
  );

  section('Exit prices (candidate value at plan month H)');
  p.exitPrices.forEach((px, i) =>
    input(
      `In_ExitPrice${i + 1}`,
      `Exit price ${i + 1}`,
      px,
      price,
      i === 0 ? 'The number of prices is structural.' : '',
    ),
  );
  if (!p.exitPrices.length) inp.text(row++, 0, 'No exit prices in the plan.', 'note');
  return inp;
}
