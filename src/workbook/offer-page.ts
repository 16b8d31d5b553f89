/**
 * The writer of an Offer Sheet's page: columns A.. up to the last exit price (at least F), and a
 * row cursor that its paragraphs, section titles, labelled figures and small tables advance.
 */
import type { SheetBuilder, Cached } from './builder.js';

/** One formula cell of a table: its formula, the engine's value and its number format. */
export type OfferCell = [formula: string, cached: Cached, format: string];

export class OfferPage {
  /** The next free row. */
  row = 0;
  /** The page's last column: one per exit price from B, and at least F. */
  readonly last: number;
  /** The width of the whole page (columns A..last), which sizes a paragraph's rows. */
  private readonly width: number;

  /** Sets the column widths of `sheet`: A for labels, then `last` columns of figures. */
  constructor(
    readonly sheet: SheetBuilder,
    nPrices: number,
  ) {
    this.last = Math.max(5, nPrices);
    const widths = [28, ...Array.from({ length: this.last }, () => 14.5)];
    sheet.widths(...widths);
    this.width = widths.reduce((a, b) => a + b, 0);
  }

  /** The current row, moving the cursor to the one below. */
  next(): number {
    return this.row++;
  }

  /** Leaves a blank row. */
  blankRow(): void {
    this.row++;
  }

  /** A paragraph merged across the page, with a row height that fits its text. */
  para(text: string, style: 'body' | 'smallprint' = 'body'): void {
    const { sheet, last } = this;
    const r = this.next();
    sheet.text(r, 0, text, style);
    sheet.merge(r, 0, r, last);
    const small = style === 'smallprint';
    const perLine = this.width * (small ? 1.3 : 1.05);
    const lines = Math.max(1, Math.ceil(text.length / perLine));
    sheet.height(r, lines * (small ? 12 : 15.5) + 3);
  }

  /** A section title after a blank row, underlined across the page. */
  section(title: string): void {
    this.blankRow();
    const r = this.next();
    this.sheet.section(r, title, this.last);
    this.sheet.height(r, 21);
  }

  /** A labelled figure in B with a note on it in C. */
  figure(label: string, formula: string, cached: Cached, format: string, detail: string): void {
    const r = this.next();
    this.sheet.text(r, 0, label, 'label');
    this.sheet.formula(r, 1, formula, cached, format, 'output');
    this.sheet.text(r, 2, detail, 'note');
  }

  /** A small table: a header row over columns B.., then labelled rows of formulas. */
  facts(title: string, heads: string[], rows: { label: string; cells: OfferCell[] }[]): void {
    const { sheet } = this;
    const top = this.next();
    sheet.text(top, 0, title, 'header');
    heads.forEach((h, i) => sheet.text(top, 1 + i, h, 'headerNum'));
    for (const row of rows) {
      const r = this.next();
      sheet.text(r, 0, row.label, 'label');
      row.cells.forEach(([f, v, fmt], i) => sheet.formula(r, 1 + i, f, v, fmt, 'output'));
    }
  }
}
