/** What every part of the Packages sheet (model.md §9) is given, and the row it writes at. */
import type { PackageResult } from '../../model/packages.js';
import type { Scenario } from '../../model/scenario.js';
import type { SheetBuilder } from '../builder.js';

/** The next free row of the sheet; a section title moves it past a blank row and the title. */
export class RowCursor {
  constructor(
    private readonly sheet: SheetBuilder,
    /** The last column a section title's style spans. */
    private readonly lastColumn: number,
    public row: number,
  ) {}

  /** A blank row, then a section title; the cursor moves to the row below the title. */
  section(title: string): void {
    this.row++;
    this.sheet.section(this.row, title, this.lastColumn);
    this.row++;
  }
}

export interface PackagesContext {
  sheet: SheetBuilder;
  scenario: Scenario;
  packages: PackageResult[];
  /** Number format for money with cents. */
  money: string;
  /** Number format for whole money. */
  money0: string;
  /** Number format for a price per share. */
  price: string;
  cursor: RowCursor;
}

/** The name of package i's input cell for a field: `In_Pkg<i+1>_<suffix>`. */
export const packageInputName = (i: number, suffix: string) => `In_Pkg${i + 1}_${suffix}`;
