/**
 * The Inputs sheet: every scenario input as a named cell (In_*), grouped in sections, plus the
 * milestone table and the derived sizing price (Calc_SizePrice).
 */
import { ONE, ZERO, type Decimal } from '../model/decimal.js';
import type { Scenario, VestingSchedule } from '../model/scenario.js';
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

/** What each section of the sheet reads: the writer (sheet and next free row), the scenario, formats. */
interface InputsPart {
  w: InputsWriter;
  s: Scenario;
  money: string;
  price: string;
}

/** The note beside a scenario input that shapes the layout. */
const STRUCT = structuralNote('scenario');

export function buildInputsSheet({ result, names, money, price }: SheetContext): InputsSheet {
  const s = result.scenario;
  const inp = new SheetBuilder(SHEETS.inputs, names);
  inp.widths(46, 18, 34, 70);
  inp.extra.freeze = { rows: 3, cols: 0 };
  inp.extra.tabColor = 'FFC000';
  const w = new InputsWriter(
    inp,
    'Blue cells on yellow are inputs: change them and every sheet recalculates. Each has the defined name shown beside it.',
  );
  const part: InputsPart = { w, s, money, price };
  writeScenario(part);
  w.company(s.company, money, price);
  writeCash(part);
  writeMarginGain(part);
  writeInitialGrant(part);
  if (s.offer.refresh) writeRefreshes(part, s.offer.refresh);
  writeMarket(part);
  w.section('Exit prices (candidate value)');
  w.exitPrices(s.exitPrices, price, 'No exit prices in the scenario.');
  const detectNames = writeMissCost(part);
  writeDerived(part);
  return { sheet: inp, detectNames };
}

/** The scenario's name, currency, start date and its two horizons H and R. */
function writeScenario({ w, s }: InputsPart): void {
  w.section('Scenario');
  w.field('name', s.name, FORMATS.text);
  w.field('currency', s.currency, FORMATS.text);
  const start = fieldAt('startDate')!;
  w.date(start.inName!, start.label, s.startDate);
  w.field('horizonMonths', s.horizonMonths, FORMATS.integer, STRUCT);
  w.field('runwayHorizonMonths', s.runwayHorizonMonths, FORMATS.integer, STRUCT);
}

/** Offer — cash: every plain offer field, in registry order, formatted by its kind. */
function writeCash({ w, s, money }: InputsPart): void {
  w.section('Offer — cash');
  for (const f of PLAIN_OFFER_FIELDS)
    w.field(f.path, s.offer[f.key], plainFieldFormat(f.kind, money), f.note ?? '');
}

/** The productivity assumption: margin points gained, ramp months and probability (0 without). */
function writeMarginGain({ w, s }: InputsPart): void {
  w.section('Productivity assumption (margin gain)');
  const mg = s.offer.marginGain;
  const noGain = mg ? '' : 'No margin gain in the scenario: 0 points.';
  w.field('offer.marginGain.points', mg?.points ?? ZERO, FORMATS.decimal2, noGain);
  w.field('offer.marginGain.startMonth', mg?.startMonth ?? 1, FORMATS.integer);
  w.field('offer.marginGain.fullMonth', mg?.fullMonth ?? 1, FORMATS.integer);
  w.field('offer.marginGain.probability', mg?.probability ?? ONE, FORMATS.percent);
}

/** A grant's strike, fair value and vesting schedule: the fields under `path` (offer.equity…). */
function writeGrantTerms(
  { w, price }: InputsPart,
  path: 'offer.equity' | 'offer.refresh',
  terms: { strike: Decimal; grantFairValue: Decimal; schedule: VestingSchedule },
): void {
  w.field(`${path}.strike`, terms.strike, price);
  w.field(`${path}.grantFairValue`, terms.grantFairValue, price);
  w.field(`${path}.vestingMonths`, terms.schedule.vestingMonths, FORMATS.integer);
  w.field(`${path}.cliffMonths`, terms.schedule.cliffMonths, FORMATS.integer);
  w.field(`${path}.vestEveryMonths`, terms.schedule.vestEveryMonths, FORMATS.integer);
}

/** The initial grant: its instrument, how its size is given, the size, then its terms. */
function writeInitialGrant(part: InputsPart): void {
  const { w, s, money } = part;
  w.section('Initial equity grant');
  const e = s.offer.equity;
  w.field('offer.equity.instrument', e.instrument, FORMATS.text);
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
  writeGrantTerms(part, 'offer.equity', e);
}

type Refresh = NonNullable<Scenario['offer']['refresh']>;

/** Earned refreshes: their terms, the margin refresh's, then the milestone table. */
function writeRefreshes(part: InputsPart, rf: Refresh): void {
  const { w, money } = part;
  w.section('Earned refreshes');
  writeGrantTerms(part, 'offer.refresh', rf);
  if (rf.margin) {
    w.field('offer.refresh.margin.valuePerPoint', rf.margin.valuePerPoint, money);
    w.field(
      'offer.refresh.margin.measureEveryMonths',
      rf.margin.measureEveryMonths,
      FORMATS.integer,
      STRUCT,
    );
    w.field('offer.refresh.margin.capPerYear', rf.margin.capPerYear, money, 'Empty = no cap.');
  }
  writeMilestoneTable(part, rf.milestones);
}

/** The milestones as the Excel table Milestones, each cell named In_Milestone<n>_<column>. */
function writeMilestoneTable({ w, money }: InputsPart, milestones: Refresh['milestones']): void {
  const inp = w.sheet;
  w.section('Milestones (an Excel table)');
  const top = w.row;
  const columns = ['name', 'dueDay', 'probability', 'value'].map((key) =>
    fieldAt(`offer.refresh.milestones[].${key}`)!,
  );
  const headers = columns.map((f) => f.label);
  headers.forEach((h, i) => inp.text(top, i, h, 'header'));
  milestones.forEach((m, i) => {
    const r = top + 1 + i;
    inp.text(r, 0, m.name, 'input');
    inp.num(r, 1, m.dueDay, FORMATS.integer, 'input');
    inp.num(r, 2, m.probability, FORMATS.percent, 'input');
    inp.num(r, 3, m.value, money, 'input');
    columns.forEach((f, j) => inp.define(f.inName!.replace('{n}', String(i + 1)), r, j));
  });
  if (!milestones.length) {
    inp.text(top + 1, 0, 'No milestones.', 'note');
    w.row = top + 2;
    return;
  }
  inp.extra.tables = [
    {
      name: 'Milestones',
      range: absRange(top, 0, top + milestones.length, 3),
      columns: headers,
      style: 'TableStyleLight9',
    },
  ];
  w.row = top + milestones.length + 1;
  inp.text(
    w.row,
    0,
    `Names: In_Milestone1_Name … In_Milestone${milestones.length}_Value. Adding or removing a milestone is structural: rebuild. A milestone due after month H grants nothing.`,
    'note',
  );
  w.row++;
}

/** Market comparison: the band set, role, level and location, and the percentiles compared at. */
function writeMarket({ w, s }: InputsPart): void {
  w.section('Market comparison');
  w.field('market.bandSet', s.market.bandSet, FORMATS.text);
  w.field('market.role', s.market.role, FORMATS.text);
  w.field('market.level', s.market.level, FORMATS.text);
  w.field('market.location', s.market.location, FORMATS.text);
  w.field('market.compareAt[]', s.market.compareAt.join(', '), FORMATS.text, STRUCT);
}

/** Cost of a miss: its costs, then a checkpoint per detection month; returns their names. */
function writeMissCost({ w, s, money }: InputsPart): string[] {
  w.section('Cost of a miss');
  w.field('missCost.idleComputeMonthly', s.missCost.idleComputeMonthly, money);
  w.field('missCost.timeToFillDays', s.missCost.timeToFillDays, FORMATS.integer);
  w.field('missCost.roadmapDelayCostPerDay', s.missCost.roadmapDelayCostPerDay, money);
  return s.missCost.detectAtMonths.map((d, i) =>
    w.input(
      `In_Miss_DetectAt${i + 1}`,
      `Detect a miss at month (${i + 1})`,
      d,
      FORMATS.integer,
      i === 0 ? 'The number of checkpoints is structural.' : '',
    ),
  );
}

/** Derived (formulas): the price that sizes dollar grants, Calc_SizePrice. */
function writeDerived({ w, s, price }: InputsPart): void {
  const inp = w.sheet;
  w.section('Derived (formulas)');
  inp.text(w.row, 0, 'Price that sizes dollar grants', 'label');
  const formula = 'IF(In_SizingPrice="fmv",In_Fmv409a,In_PreferredPrice)';
  inp.formula(w.row, 1, formula, sizePrice(s), price, 'calc');
  inp.text(w.row, 2, 'Calc_SizePrice', 'helper');
  inp.define('Calc_SizePrice', w.row, 1);
}
