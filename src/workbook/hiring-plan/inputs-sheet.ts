/**
 * The plan's Inputs sheet: the company and the plan-wide settings as named cells (In_*). The
 * hires' own inputs are on the Hires sheet, their milestones on the Grants sheet.
 */
import { SheetBuilder } from '../builder.js';
import { FORMATS } from '../plan.js';
import { InputsWriter, structuralNote } from '../inputs-writer.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';

export function buildPlanInputsSheet(ctx: PlanCtx): SheetBuilder {
  const { result, names, money, price } = ctx;
  const p = result.plan;
  const c = p.company;
  const inp = new SheetBuilder(PLAN_SHEETS.inputs, names);
  inp.widths(46, 18, 30, 70);
  inp.extra.tabColor = 'FFC000';
  inp.extra.freeze = { rows: 3, cols: 0 };
  const w = new InputsWriter(
    inp,
    'Blue cells on yellow are inputs for the whole plan; each hire’s own inputs are on the Hires sheet. Each input has the defined name shown beside it.',
  );
  const input = w.input.bind(w);
  const STRUCT = structuralNote('plan file');

  w.section('Plan');
  input('In_PlanName', 'Plan name', p.name, FORMATS.text);
  input('In_Currency', 'Currency', p.currency, FORMATS.text);
  w.date('In_StartDate', 'Start date (plan month 1 begins)', p.startDate);
  input('In_H', 'Schedule horizon H (plan months)', p.horizonMonths, FORMATS.integer, STRUCT);
  input('In_R', 'Runway horizon R (plan months)', p.runwayHorizonMonths, FORMATS.integer, STRUCT);
  input('In_HireCount', 'Hires', p.hires.length, FORMATS.integer, STRUCT);

  w.company(c, money, price);

  w.section('Market comparison');
  input('In_Market_BandSet', 'Band set', p.market.bandSet, FORMATS.text);
  input(
    'In_Market_CompareAt',
    'Compared at (percentiles)',
    p.market.compareAt.join(', '),
    FORMATS.text,
    STRUCT,
  );

  w.section('Exit prices (candidate value at plan month H)');
  w.exitPrices(p.exitPrices, price, 'No exit prices in the plan.');
  return inp;
}
