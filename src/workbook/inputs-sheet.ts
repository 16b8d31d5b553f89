/**
 * The Inputs sheet: every scenario input as a named cell (In_*), grouped in sections, plus the
 * milestone table and the derived sizing price (Calc_SizePrice).
 */
import { ONE, ZERO } from '../model/decimal.js';
import { fieldAt, type FieldKind } from '../model/field-registry.js';
import { PLAIN_OFFER_FIELDS } from '../model/plain-offer-fields.js';
import { sizePrice } from '../model/grants.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, absRange } from './plan.js';
import { InputsWriter, structuralNote } from './inputs-writer.js';
import type { SheetContext } from './sheet-context.js';
import { SHEETS } from './naming.js';

export interface InputsSheet {
  sheet: SheetBuilder;
  /** Defined names of the miss-detection checkpoints (In_Miss_DetectAt1…), in scenario order. */
  detectNames: string[];
}

/** The number format of a plain offer field's cell, by its kind (money in the scenario's currency). */
function plainFieldFormat(kind: FieldKind, money: string): string {
  if (kind === 'money') return money;
  if (kind === 'fraction') return FORMATS.percent;
  if (kind === 'growth' || kind === 'rate') return FORMATS.percent2;
  return FORMATS.text;
}

export function buildInputsSheet({ result, names, money, price }: SheetContext): InputsSheet {
  const s = result.scenario;
  const H = s.horizonMonths;
  const R = s.runwayHorizonMonths;
  const inp = new SheetBuilder(SHEETS.inputs, names);
  inp.widths(46, 18, 34, 70);
  inp.extra.freeze = { rows: 3, cols: 0 };
  inp.extra.tabColor = 'FFC000';
  const w = new InputsWriter(
    inp,
    'Blue cells on yellow are inputs: change them and every sheet recalculates. Each has the defined name shown beside it.',
  );
  const field = w.field.bind(w);
  const STRUCT = structuralNote('scenario');
  const o = s.offer;
  const c = s.company;

  w.section('Scenario');
  field('name', s.name, FORMATS.text);
  field('currency', s.currency, FORMATS.text);
  const start = fieldAt('startDate')!;
  w.date(start.inName!, start.label, s.startDate);
  field('horizonMonths', H, FORMATS.integer, STRUCT);
  field('runwayHorizonMonths', R, FORMATS.integer, STRUCT);

  w.company(c, money, price);

  w.section('Offer — cash');
  // Every plain offer field, in registry order, formatted by its kind (plain-offer-fields.ts).
  for (const f of PLAIN_OFFER_FIELDS)
    field(f.path, o[f.key], plainFieldFormat(f.kind, money), f.note ?? '');

  w.section('Productivity assumption (margin gain)');
  const mg = o.marginGain;
  const noGain = mg ? '' : 'No margin gain in the scenario: 0 points.';
  field('offer.marginGain.points', mg?.points ?? ZERO, FORMATS.decimal2, noGain);
  field('offer.marginGain.startMonth', mg?.startMonth ?? 1, FORMATS.integer);
  field('offer.marginGain.fullMonth', mg?.fullMonth ?? 1, FORMATS.integer);
  field('offer.marginGain.probability', mg?.probability ?? ONE, FORMATS.percent);

  w.section('Initial equity grant');
  const e = o.equity;
  field('offer.equity.instrument', e.instrument, FORMATS.text);
  const sizeBy = e.size.kind;
  w.input(
    'In_Equity_SizeBy',
    'Grant given as ("shares", "value" or "percentOfFullyDiluted")',
    sizeBy,
    FORMATS.text,
  );
  w.input(
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
  field('offer.equity.strike', e.strike, price);
  field('offer.equity.grantFairValue', e.grantFairValue, price);
  field('offer.equity.vestingMonths', e.schedule.vestingMonths, FORMATS.integer);
  field('offer.equity.cliffMonths', e.schedule.cliffMonths, FORMATS.integer);
  field('offer.equity.vestEveryMonths', e.schedule.vestEveryMonths, FORMATS.integer);

  const rf = o.refresh;
  if (rf) {
    w.section('Earned refreshes');
    field('offer.refresh.strike', rf.strike, price);
    field('offer.refresh.grantFairValue', rf.grantFairValue, price);
    field('offer.refresh.vestingMonths', rf.schedule.vestingMonths, FORMATS.integer);
    field('offer.refresh.cliffMonths', rf.schedule.cliffMonths, FORMATS.integer);
    field('offer.refresh.vestEveryMonths', rf.schedule.vestEveryMonths, FORMATS.integer);
    if (rf.margin) {
      field('offer.refresh.margin.valuePerPoint', rf.margin.valuePerPoint, money);
      field(
        'offer.refresh.margin.measureEveryMonths',
        rf.margin.measureEveryMonths,
        FORMATS.integer,
        STRUCT,
      );
      field('offer.refresh.margin.capPerYear', rf.margin.capPerYear, money, 'Empty = no cap.');
    }
    w.section('Milestones (an Excel table)');
    const top = w.row;
    const columns = ['name', 'dueDay', 'probability', 'value'].map((key) =>
      fieldAt(`offer.refresh.milestones[].${key}`)!,
    );
    const headers = columns.map((f) => f.label);
    headers.forEach((h, i) => inp.text(top, i, h, 'header'));
    rf.milestones.forEach((m, i) => {
      const r = top + 1 + i;
      inp.text(r, 0, m.name, 'input');
      inp.num(r, 1, m.dueDay, FORMATS.integer, 'input');
      inp.num(r, 2, m.probability, FORMATS.percent, 'input');
      inp.num(r, 3, m.value, money, 'input');
      columns.forEach((f, j) => inp.define(f.inName!.replace('{n}', String(i + 1)), r, j));
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
      w.row = top + rf.milestones.length + 1;
      inp.text(
        w.row,
        0,
        `Names: In_Milestone1_Name … In_Milestone${rf.milestones.length}_Value. Adding or removing a milestone is structural: rebuild. A milestone due after month H grants nothing.`,
        'note',
      );
      w.row++;
    } else {
      inp.text(top + 1, 0, 'No milestones.', 'note');
      w.row = top + 2;
    }
  }

  w.section('Market comparison');
  field('market.bandSet', s.market.bandSet, FORMATS.text);
  field('market.role', s.market.role, FORMATS.text);
  field('market.level', s.market.level, FORMATS.text);
  field('market.location', s.market.location, FORMATS.text);
  field('market.compareAt[]', s.market.compareAt.join(', '), FORMATS.text, STRUCT);

  w.section('Exit prices (candidate value)');
  w.exitPrices(s.exitPrices, price, 'No exit prices in the scenario.');

  w.section('Cost of a miss');
  field('missCost.idleComputeMonthly', s.missCost.idleComputeMonthly, money);
  field('missCost.timeToFillDays', s.missCost.timeToFillDays, FORMATS.integer);
  field('missCost.roadmapDelayCostPerDay', s.missCost.roadmapDelayCostPerDay, money);
  const detectNames = s.missCost.detectAtMonths.map((d, i) =>
    w.input(
      `In_Miss_DetectAt${i + 1}`,
      `Detect a miss at month (${i + 1})`,
      d,
      FORMATS.integer,
      i === 0 ? 'The number of checkpoints is structural.' : '',
    ),
  );

  w.section('Derived (formulas)');
  const sp = sizePrice(s);
  inp.text(w.row, 0, 'Price that sizes dollar grants', 'label');
  inp.formula(w.row, 1, 'IF(In_SizingPrice="fmv",In_Fmv409a,In_PreferredPrice)', sp, price, 'calc');
  inp.text(w.row, 2, 'Calc_SizePrice', 'helper');
  inp.define('Calc_SizePrice', w.row, 1);

  return { sheet: inp, detectNames };
}
