/**
 * The writer of an Inputs sheet (the offer's and the plan's): title, note and column headers, then
 * sections of labelled input cells, each with its defined name beside it and an optional note.
 */
import type { Decimal } from '../model/decimal.js';
import { fieldAt } from '../model/field-registry.js';
import type { Scenario } from '../model/scenario.js';
import type { SheetBuilder } from './builder.js';
import { FORMATS, dateSerial } from './plan.js';

/** The note beside an input that shapes the layout. */
export const structuralNote = (where: string): string =>
  `Structural: shapes the layout — change it in the ${where} and rebuild.`;

export class InputsWriter {
  /** The next free row. */
  row = 4;

  /** Writes the title, `intro` and the column headers on `sheet`. */
  constructor(
    readonly sheet: SheetBuilder,
    intro: string,
  ) {
    sheet.text(0, 0, 'Inputs', 'title');
    sheet.text(1, 0, intro, 'note');
    ['Input', 'Value', 'Defined name', 'Notes'].forEach((t, i) => sheet.text(2, i, t, 'header'));
  }

  /** A section title after a blank row. */
  section(title: string): void {
    this.row++;
    this.sheet.section(this.row, title, 3);
    this.row++;
  }

  /** A labelled input cell defined as `name` (an empty input cell for null); returns the name. */
  input(
    name: string,
    label: string,
    value: Decimal | number | string | null,
    format: string,
    note = '',
  ): string {
    const { sheet, row } = this;
    sheet.text(row, 0, label, 'label');
    if (value === null) sheet.set(row, 1, { kind: 'empty', style: 'input' });
    else if (typeof value === 'string') sheet.text(row, 1, value, 'input');
    else sheet.num(row, 1, value, format, 'input');
    this.nameBeside(name, note);
    return name;
  }

  /** A date input cell (ISO date) defined as `name`. */
  date(name: string, label: string, iso: string): void {
    const { sheet, row } = this;
    sheet.text(row, 0, label, 'label');
    const cell = { kind: 'date', iso, serial: dateSerial(iso), format: FORMATS.date } as const;
    sheet.set(row, 1, { ...cell, style: 'input' });
    this.nameBeside(name, '');
  }

  /** The input cell of a registered field: its defined name and label from the field registry. */
  field(path: string, value: Decimal | number | string | null, format: string, note = ''): string {
    const spec = fieldAt(path);
    if (!spec?.inName) throw new Error(`${path} has no Inputs cell in the field registry`);
    return this.input(spec.inName, spec.label, value, format, note);
  }

  /** The Company section: cash, revenue, margin, opex, shares and prices (In_Cash …). */
  company(c: Scenario['company'], money: string, price: string): void {
    this.section('Company');
    this.field('company.cash', c.cash, money);
    this.field('company.monthlyRevenue', c.monthlyRevenue, money);
    this.field('company.revenueGrowthMonthly', c.revenueGrowthMonthly, FORMATS.percent2);
    this.field('company.grossMargin', c.grossMargin, FORMATS.percent2);
    this.field('company.monthlyOpex', c.monthlyOpex, money);
    this.field('company.opexGrowthMonthly', c.opexGrowthMonthly, FORMATS.percent2);
    this.field('company.fullyDilutedShares', c.fullyDilutedShares, FORMATS.shares);
    this.field('company.unallocatedPoolShares', c.unallocatedPoolShares, FORMATS.shares);
    this.field('company.preferredPrice', c.preferredPrice, price);
    this.field('company.fmv409a', c.fmv409a, price);
  }

  /** In_ExitPrice1…: one input per exit price (their number is structural), or `noneNote`. */
  exitPrices(prices: readonly Decimal[], format: string, noneNote: string): void {
    prices.forEach((px, i) =>
      this.input(
        `In_ExitPrice${i + 1}`,
        `Exit price ${i + 1}`,
        px,
        format,
        i === 0 ? 'The number of prices is structural.' : '',
      ),
    );
    if (!prices.length) this.sheet.text(this.row++, 0, noneNote, 'note');
  }

  /** The defined name shown beside the input of the current row, its note, and the next row. */
  private nameBeside(name: string, note: string): void {
    const { sheet, row } = this;
    sheet.text(row, 2, name, 'helper');
    if (note) sheet.text(row, 3, note, 'note');
    sheet.define(name, row, 1);
    this.row++;
  }
}
