/**
 * The Packages sheet (docs/model.md §9): the packages shown to the candidate, side by side.
 *
 * - Package inputs: one column per package, one named cell per field a package may set
 *   (`In_Pkg<i>_BaseSalary`, …). An empty cell means "as the offer" and reads the offer's input;
 *   a package with its own refresh program has its own block of refresh inputs.
 * - Effective terms: formulas (`Pkg<i>_*`) that pick the package's value or the offer's.
 * - Per package, months 1..R: hire cash (§3.3 with the package's terms), net burn and cash with the
 *   expected margin gain (the Runway sheet's opex and gross profit), and the runway.
 * - Per package, its grants at month H (initial, milestones, margin refreshes): shares, weight,
 *   strike, vested shares at H, and the candidate's value at each exit price.
 * - The break-even price against package 1, exact: Δ at every strike (kinks sorted with SMALL),
 *   the largest price at which Δ is still negative, rounded up to the cent.
 *
 * Every figure is a formula with the engine's value cached, so the parity test checks each one.
 * Each part lives in src/workbook/packages/ and writes at the shared row cursor.
 */
import { SheetBuilder } from './builder.js';
import { writeBreakEvens } from './packages/break-even.js';
import { type PackagesContext, RowCursor } from './packages/context.js';
import { writeEffectiveTerms } from './packages/effective-terms.js';
import { writeGrants } from './packages/grants.js';
import { refreshInputs, writeOwnRefreshPrograms, writePackageInputs } from './packages/inputs.js';
import { writeMonthsTable } from './packages/months.js';
import { fillSummary, layoutSummary } from './packages/summary.js';
import type { SheetContext } from './sheet-context.js';

export const PACKAGES_SHEET = 'Packages';
export { PACKAGE_INPUTS } from './packages/inputs.js';

export interface PackagesSheet {
  sheet: SheetBuilder;
}

export function buildPackagesSheet(ctx: SheetContext): PackagesSheet {
  const { result, names, money, money0, price } = ctx;
  const packages = result.packages;
  const sheet = new SheetBuilder(PACKAGES_SHEET, names);
  sheet.extra.tabColor = '70AD47';
  sheet.widths(40, ...Array.from({ length: 60 }, () => 15));
  sheet.text(0, 0, 'Packages', 'title');
  sheet.text(
    1,
    0,
    'The packages put in front of the candidate, who chooses one. An empty input cell means "as the offer" (the Inputs sheet); type a value to override it. Baseline and market views stay the offer’s.',
    'note',
  );
  const parts: PackagesContext = {
    sheet,
    scenario: result.scenario,
    packages,
    money,
    money0,
    price,
    cursor: new RowCursor(sheet, packages.length, 3),
  };
  writePackageInputs(parts);
  const modes = writeOwnRefreshPrograms(parts);
  writeEffectiveTerms(parts);
  // The summary is laid out here (rows reserved) and filled once the tables below exist.
  const summaryRows = layoutSummary(parts);
  const months = writeMonthsTable(parts);
  const grants = writeGrants(parts, refreshInputs(modes));
  const candidateCash = fillSummary(parts, summaryRows, months, grants);
  writeBreakEvens(parts, summaryRows, grants, candidateCash);
  sheet.extra.freeze = { rows: 0, cols: 1 };
  return { sheet };
}
