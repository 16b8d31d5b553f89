/**
 * The Hires sheet: the Excel table `Hires`, one row per hire, every input of the hire an
 * editable cell. Each column is a defined name over its data rows (`Hire_BaseSalary`, …); the
 * other sheets read a hire's input as `INDEX(Hire_<Field>, hire number)`.
 */
import { ONE, ZERO } from '../../model/decimal.js';
import type { PlanHire } from '../../model/plan/index.js';
import type { PlainOfferKey } from '../../model/plain-offer-fields.js';
import { PERCENTILES, type Percentile } from '../../model/schema.js';
import { SheetBuilder } from '../builder.js';
import { pctLabel } from '../naming.js';
import { FORMATS, absRange } from '../plan.js';
import { PLAN_SHEETS, type InputValue, type PlanCtx } from './context.js';

/** One column of the Hires table. */
export interface HireColumn {
  /** Header text (unique in the table). */
  header: string;
  /** Defined name over the column's data rows. */
  name: string;
  /** Text columns hold user text (written as text, never a formula). */
  text?: boolean;
  width: number;
  format: (ctx: PlanCtx, h: PlanHire) => string;
  value: (h: PlanHire) => InputValue;
  /** Structural: changing it needs a rebuild (the header note says so). */
  structural?: boolean;
  /** A label no formula reads (styled as a label, not an input). */
  label?: boolean;
}

const fmt = (f: string) => () => f;
const percent2 = fmt(FORMATS.percent2);
const money = (c: PlanCtx) => c.money0;
const price = (c: PlanCtx) => c.price;

/** A text column: user text, written as text (never a formula). */
const textColumn = (
  name: string,
  header: string,
  width: number,
  value: HireColumn['value'],
  more: Partial<HireColumn> = {},
): HireColumn => ({ header, name, text: true, width, format: fmt('@'), value, ...more });

/** `Hire_<Key>`: the column name of one of the offer's plain fields. */
const hireName = (key: PlainOfferKey) => `Hire_${key.charAt(0).toUpperCase()}${key.slice(1)}`;
const offerValue = (key: PlainOfferKey) => (h: PlanHire) => h.scenario.offer[key];

/** The column of one of the offer's plain fields, `offer.<key>`. */
const offerColumn = (
  key: PlainOfferKey,
  header: string,
  width: number,
  format: HireColumn['format'],
): HireColumn => ({ header, name: hireName(key), width, format, value: offerValue(key) });

/** A text column of a plain offer field. */
const offerText = (key: PlainOfferKey, header: string, width: number, label = false) =>
  textColumn(hireName(key), header, width, offerValue(key), label ? { label } : {});

/** The band row values as they appear in the table (all five points; the market views read pNN). */
const bandColumns: HireColumn[] = (PERCENTILES as readonly Percentile[]).map((p) => ({
  header: `Band ${pctLabel(p)}`,
  name: `Hire_Band_${pctLabel(p)}`,
  width: 11,
  format: money,
  value: () => null, // filled from the plan result (the band row is not part of PlanHire)
}));

export const HIRE_COLUMNS: HireColumn[] = [
  {
    header: 'No.',
    name: 'Hire_No',
    width: 5,
    format: fmt(FORMATS.integer),
    value: (h) => h.index + 1,
  },
  offerText('candidate', 'Candidate', 20),
  offerText('role', 'Role', 22),
  offerText('level', 'Level', 9, true),
  offerText('location', 'Location', 9, true),
  textColumn('Hire_Template', 'Template', 14, (h) => h.template ?? '', { label: true }),
  textColumn('Hire_BandRole', 'Band role', 18, (h) => h.market.role, { label: true }),
  textColumn('Hire_BandLevel', 'Band level', 9, (h) => h.market.level, { label: true }),
  textColumn('Hire_BandLocation', 'Band location', 9, (h) => h.market.location, {
    label: true,
  }),
  {
    header: 'Start month',
    name: 'Hire_StartMonth',
    width: 8,
    format: fmt(FORMATS.integer),
    value: (h) => h.startMonth,
  },
  offerColumn('baseSalary', 'Base salary', 12, (c) => c.money),
  offerColumn('annualRaise', 'Annual raise', 8, percent2),
  offerColumn('targetBonusPct', 'Target bonus', 8, percent2),
  offerColumn('bonusPayoutPct', 'Bonus payout', 8, percent2),
  offerColumn('signOnBonus', 'Sign-on bonus', 10, (c) => c.money),
  offerColumn('employerLoadPct', 'Employer load', 8, percent2),
  offerColumn('recruitingFeePct', 'Recruiting fee', 8, percent2),
  ...bandColumns,
  {
    header: 'Gain points',
    name: 'Hire_Gain_Points',
    width: 7,
    format: fmt(FORMATS.decimal2),
    value: (h) => h.scenario.offer.marginGain?.points ?? ZERO,
  },
  {
    header: 'Gain from month',
    name: 'Hire_Gain_StartMonth',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.marginGain?.startMonth ?? 1,
  },
  {
    header: 'Full gain month',
    name: 'Hire_Gain_FullMonth',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.marginGain?.fullMonth ?? 1,
  },
  {
    header: 'Gain probability',
    name: 'Hire_Gain_Probability',
    width: 8,
    format: fmt(FORMATS.percent),
    value: (h) => h.scenario.offer.marginGain?.probability ?? ONE,
  },
  offerText('sizingPrice', 'Sizing price', 9),
  textColumn('Hire_Instrument', 'Instrument', 8, (h) => h.scenario.offer.equity.instrument),
  textColumn('Hire_Equity_SizeBy', 'Grant given as', 10, (h) => h.scenario.offer.equity.size.kind),
  {
    header: 'Grant size',
    name: 'Hire_Equity_Size',
    width: 11,
    format: (c, h) => {
      const k = h.scenario.offer.equity.size.kind;
      return k === 'shares' ? FORMATS.shares : k === 'value' ? c.money0 : '0.0000%';
    },
    value: (h) => {
      const s = h.scenario.offer.equity.size;
      return s.kind === 'shares' ? s.shares : s.kind === 'value' ? s.value : s.fraction;
    },
  },
  {
    header: 'Strike',
    name: 'Hire_Equity_Strike',
    width: 8,
    format: price,
    value: (h) => h.scenario.offer.equity.strike,
  },
  {
    header: 'Grant fair value',
    name: 'Hire_Equity_GrantFairValue',
    width: 8,
    format: price,
    value: (h) => h.scenario.offer.equity.grantFairValue,
  },
  {
    header: 'Vesting months',
    name: 'Hire_Equity_VestingMonths',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.equity.schedule.vestingMonths,
  },
  {
    header: 'Cliff months',
    name: 'Hire_Equity_CliffMonths',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.equity.schedule.cliffMonths,
  },
  {
    header: 'Vests every',
    name: 'Hire_Equity_VestEvery',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.equity.schedule.vestEveryMonths,
  },
  {
    header: 'Refresh strike',
    name: 'Hire_Refresh_Strike',
    width: 8,
    format: price,
    value: (h) => h.scenario.offer.refresh?.strike ?? null,
  },
  {
    header: 'Refresh fair value',
    name: 'Hire_Refresh_GrantFairValue',
    width: 8,
    format: price,
    value: (h) => h.scenario.offer.refresh?.grantFairValue ?? null,
  },
  {
    header: 'Refresh vesting',
    name: 'Hire_Refresh_VestingMonths',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.refresh?.schedule.vestingMonths ?? null,
  },
  {
    header: 'Refresh cliff',
    name: 'Hire_Refresh_CliffMonths',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.refresh?.schedule.cliffMonths ?? null,
  },
  {
    header: 'Refresh vests every',
    name: 'Hire_Refresh_VestEvery',
    width: 7,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.refresh?.schedule.vestEveryMonths ?? null,
  },
  {
    header: 'Value per point',
    name: 'Hire_Refresh_ValuePerPoint',
    width: 10,
    format: money,
    value: (h) => h.scenario.offer.refresh?.margin?.valuePerPoint ?? null,
  },
  {
    header: 'Yearly cap',
    name: 'Hire_Refresh_CapPerYear',
    width: 10,
    format: money,
    value: (h) => h.scenario.offer.refresh?.margin?.capPerYear ?? null,
  },
  {
    header: 'Measured every (months)',
    name: 'Hire_Refresh_MeasureEvery',
    width: 9,
    format: fmt(FORMATS.integer),
    value: (h) => h.scenario.offer.refresh?.margin?.measureEveryMonths ?? null,
    structural: true,
  },
];

export interface HiresSheet {
  sheet: SheetBuilder;
  /** Column index of each table column by its defined name. */
  col: Map<string, number>;
}

/** `INDEX(Hire_<Field>, n)`: hire n's input (n a number or a cell reference). */
export const hireInput = (name: string, n: number | string) => `INDEX(${name},${n})`;

export function buildHiresSheet(ctx: PlanCtx): HiresSheet {
  const { result, names } = ctx;
  const hires = result.plan.hires;
  const sh = new SheetBuilder(PLAN_SHEETS.hires, names);
  sh.extra.tabColor = 'FFC000';
  sh.text(0, 0, 'Hires', 'title');
  sh.text(
    1,
    0,
    'One row per hire. Blue cells on yellow are inputs: edit a start month, a base salary or any term and the plan recalculates (Hire Months, Grants, Plan Runway, Plan Summary, the hire’s Offer Sheet). Adding or removing a hire, a milestone or a refresh program, or changing "Measured every", needs a rebuild. Milestones are edited on the Grants sheet. Level, location, template and the band row keys are labels: the market views read the band values P10..P90.',
    'note',
  );
  const top = 3;
  const col = new Map<string, number>();
  HIRE_COLUMNS.forEach((c, i) => {
    col.set(c.name, i);
    sh.text(top, i, c.header, 'header');
  });
  hires.forEach((h, r) => {
    const row = top + 1 + r;
    const band = result.hires[r]?.band.row.values;
    HIRE_COLUMNS.forEach((c, i) => {
      let v: InputValue = c.value(h);
      if (c.name.startsWith('Hire_Band_P') && band)
        v = band[c.name.slice('Hire_Band_'.length).toLowerCase() as Percentile];
      const style = c.name === 'Hire_No' || c.label ? 'label' : 'input';
      if (v === null) sh.set(row, i, { kind: 'empty', style: 'input' });
      else if (typeof v === 'string') sh.text(row, i, v, style);
      else sh.num(row, i, v, c.format(ctx, h), style);
    });
  });
  const last = top + hires.length;
  HIRE_COLUMNS.forEach((c, i) => sh.define(c.name, top + 1, i, last, i));
  sh.extra.tables = [
    {
      name: 'Hires',
      range: absRange(top, 0, last, HIRE_COLUMNS.length - 1),
      columns: HIRE_COLUMNS.map((c) => c.header),
      style: 'TableStyleLight9',
    },
  ];
  sh.extra.columnWidths = HIRE_COLUMNS.map((c, i) => ({ col: i, width: c.width }));
  sh.extra.freeze = { rows: top + 1, cols: 2 };
  return { sheet: sh, col };
}
