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
 */
import { type Decimal, ZERO, max, round } from '../model/decimal.js';
import { breakEvenDelta, breakEvenSlope } from '../model/candidate-value.js';
import { candidateTerms, type PackageResult } from '../model/packages.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, a1, absRange } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { type PackagesContext, RowCursor } from './packages/context.js';
import { refreshInputs, writeOwnRefreshPrograms, writePackageInputs } from './packages/inputs.js';
import { writeEffectiveTerms } from './packages/effective-terms.js';
import { DELTA_PLACES, fillSummary, layoutSummary, type PackageRefs } from './packages/summary.js';
import { writeMonthsTable } from './packages/months.js';
import { writeGrants } from './packages/grants.js';

export const PACKAGES_SHEET = 'Packages';
export { PACKAGE_INPUTS, type RefreshMode, refreshMode } from './packages/inputs.js';

export interface PackagesSheet {
  sheet: SheetBuilder;
  /** Defined names per package (1-based in the names), for the Offer Sheet. */
  refs: PackageRefs[];
}

export function buildPackagesSheet(ctx: SheetContext): PackagesSheet {
  const { result, names, money, money0, price } = ctx;
  const s = result.scenario;
  const pkgs: PackageResult[] = result.packages;
  const n = pkgs.length;
  const sh = new SheetBuilder(PACKAGES_SHEET, names);
  sh.extra.tabColor = '70AD47';
  sh.widths(40, ...Array.from({ length: 60 }, () => 15));
  sh.text(0, 0, 'Packages', 'title');
  sh.text(
    1,
    0,
    'The packages put in front of the candidate, who chooses one. An empty input cell means "as the offer" (the Inputs sheet); type a value to override it. Baseline and market views stay the offer’s.',
    'note',
  );
  const cursor = new RowCursor(sh, n, 3);
  const parts: PackagesContext = {
    sheet: sh,
    scenario: s,
    packages: pkgs,
    money,
    money0,
    price,
    cursor,
  };
  writePackageInputs(parts);
  const modes = writeOwnRefreshPrograms(parts);
  let row = cursor.row;
  const section = (title: string) => {
    row++;
    sh.section(row, title, n);
    row++;
  };

  writeEffectiveTerms(parts);
  const refresh = refreshInputs(modes);
  const summary = layoutSummary(parts);
  row = cursor.row;

  cursor.row = row;
  const months = writeMonthsTable(parts);
  row = cursor.row;

  cursor.row = row;
  const grantRanges = writeGrants(parts, refresh);
  row = cursor.row;

  const { refs, candidateCash: candidateCashCell } = fillSummary(
    parts,
    summary,
    months,
    grantRanges,
  );

  // ---- Break-even against package 1 -----------------------------------------------------------
  row++;
  section(`Break-even share price against ${pkgs[0]!.name} (docs/model.md §9)`);
  const beRow = summary.breakEven;
  sh.formula(beRow, 1, '""', '', price, 'output');
  sh.define('Out_Pkg1_BreakEven', beRow, 1, beRow, 1, 'Empty: package 1 is the reference');
  const firstTerms = candidateTerms(pkgs[0]!.model);
  const g1 = grantRanges[0]!;
  for (let i = 1; i < n; i++) {
    const p = pkgs[i]!;
    const terms = candidateTerms(p.model);
    const gi = grantRanges[i]!;
    sh.text(row, 0, `${p.name} against ${pkgs[0]!.name}`, 'header');
    [
      'Strike (unsorted)',
      'Kink (sorted)',
      'Δ at the kink',
      'Last negative price in the piece',
    ].forEach((t, c) => sh.text(row, 1 + c, t, 'headerNum'));
    row++;
    // Strikes of both packages' grants and 0, copied into one column, then sorted with SMALL.
    const strikeCells: [string, Decimal][] = [['0', ZERO]];
    const rowsOf = (rangeA1: string) => {
      const m = /^\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(rangeA1)!;
      return { col: m[1]!, r0: Number(m[2]), r1: Number(m[3] ?? m[2]) };
    };
    const strikesOfRange = (rangeA1: string, strikes: Decimal[]) => {
      const { col, r0, r1 } = rowsOf(rangeA1);
      for (let k = r0; k <= r1; k++) strikeCells.push([`${col}${k}`, strikes[k - r0] ?? ZERO]);
    };
    strikesOfRange(g1.strike, gridStrikes(pkgs[0]!));
    strikesOfRange(gi.strike, gridStrikes(p));
    const M = strikeCells.length;
    const top = row;
    const rawRange = absRange(top, 1, top + M - 1, 1);
    const sorted = [...strikeCells.map(([, v]) => v)].sort((a, b) => a.comparedTo(b));
    const deltaOf = (b: Decimal) => round(breakEvenDelta(terms, firstTerms, b), DELTA_PLACES);
    const cashDiff = `(${candidateCashCell[i]}-${candidateCashCell[0]})`;
    const deltas = sorted.map(deltaOf);
    const contributions: Decimal[] = [];
    for (let j = 0; j < M; j++) {
      const r = top + j;
      const b = a1(r, 2);
      sh.num(r, 0, j + 1, FORMATS.integer, 'helper');
      sh.formula(r, 1, strikeCells[j]![0], strikeCells[j]![1], price, 'helper');
      sh.formula(r, 2, `SMALL(${rawRange},${j + 1})`, sorted[j]!, price, 'calc');
      const sumOver = (g: typeof gi) =>
        `(${b}*SUMIF(${g.strike},"<"&${b},${g.weightedVested})-SUMIF(${g.strike},"<"&${b},${g.weightedVestedStrike}))`;
      sh.formula(
        r,
        3,
        `ROUND(${cashDiff}+${sumOver(gi)}-${sumOver(g1)},${DELTA_PLACES})`,
        deltas[j]!,
        money,
        'calc',
      );
      if (j === 0) continue;
      const d0 = a1(r - 1, 3);
      const d1 = a1(r, 3);
      const b0 = a1(r - 1, 2);
      // The supremum of {P in [b0, b1] : Δ(P) < 0}: b1 when Δ(b1) < 0, else the root when Δ(b0) < 0.
      const dl = deltas[j - 1]!;
      const dr = deltas[j]!;
      const bl = sorted[j - 1]!;
      const br = sorted[j]!;
      const contribution = dr.lessThan(0)
        ? br
        : dl.lessThan(0)
          ? bl.minus(dl.times(br.minus(bl)).div(dr.minus(dl)))
          : ZERO;
      contributions.push(contribution);
      sh.formula(
        r,
        4,
        `IF(${d1}<0,${b},IF(${d0}<0,${b0}-${d0}*(${b}-${b0})/(${d1}-${d0}),0))`,
        contribution,
        price,
        'calc',
      );
    }
    row = top + M;
    const lastB = a1(top + M - 1, 2);
    const lastD = a1(top + M - 1, 3);
    const sigma = breakEvenSlope(terms, firstTerms);
    const label = (t: string) => sh.text(row, 0, t, 'label');
    label('Slope past the last kink σ (Σ weight × vested, this package − package 1)');
    sh.formula(
      row,
      1,
      `SUM(${gi.weightedVested})-SUM(${g1.weightedVested})`,
      sigma,
      FORMATS.sharesWeighted,
      'calc',
    );
    const sigmaCell = a1(row, 1);
    row++;
    label('Last negative price past the last kink');
    const lastDelta = deltas[M - 1]!;
    const tail =
      lastDelta.lessThan(0) && sigma.greaterThan(0)
        ? sorted[M - 1]!.minus(lastDelta.div(sigma))
        : ZERO;
    sh.formula(
      row,
      1,
      `IF(AND(${lastD}<0,${sigmaCell}>0),${lastB}-${lastD}/${sigmaCell},0)`,
      tail,
      price,
      'calc',
    );
    const tailCell = a1(row, 1);
    row++;
    label('No break-even (σ < 0, or σ = 0 with Δ < 0 past the last kink)');
    const none = sigma.lessThan(0) || (sigma.isZero() && lastDelta.lessThan(0));
    sh.formula(
      row,
      1,
      `OR(${sigmaCell}<0,AND(${sigmaCell}=0,${lastD}<0))`,
      none,
      FORMATS.general,
      'calc',
    );
    const noneCell = a1(row, 1);
    row++;
    label('Lowest price from which Δ ≥ 0 (unrounded)');
    const contribRange = absRange(top + 1, 4, top + M - 1, 4);
    const exact = [...contributions, tail].reduce((a, b) => max(a, b), ZERO);
    sh.formula(row, 1, M > 1 ? `MAX(${tailCell},${contribRange})` : tailCell, exact, price, 'calc');
    const exactCell = a1(row, 1);
    row += 2;
    sh.formula(
      beRow,
      1 + i,
      `IF(${noneCell},"",ROUNDUP(ROUND(${exactCell},8),2))`,
      p.breakEven,
      price,
      'output',
    );
    sh.define(
      `Out_Pkg${i + 1}_BreakEven`,
      beRow,
      1 + i,
      beRow,
      1 + i,
      'Empty when there is no break-even price',
    );
  }
  sh.extra.freeze = { rows: 0, cols: 1 };
  return { sheet: sh, refs };
}

/** The strikes of a package's workbook grant rows (initial, every milestone, every measurement). */
function gridStrikes(p: PackageResult): Decimal[] {
  const o = p.model.scenario.offer;
  const out = [o.equity.strike];
  const rf = o.refresh;
  if (rf) {
    for (let j = 0; j < rf.milestones.length; j++) out.push(rf.strike);
    if (rf.margin)
      for (
        let q = rf.margin.measureEveryMonths;
        q <= p.model.scenario.horizonMonths;
        q += rf.margin.measureEveryMonths
      )
        out.push(rf.strike);
  }
  return out;
}
