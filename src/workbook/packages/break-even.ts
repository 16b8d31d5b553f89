/**
 * The Packages sheet's break-even share price against package 1 (model.md §9), exact: Δ (this
 * package's candidate value less package 1's) at every strike, the kinks sorted with SMALL; the
 * largest price at which Δ is still negative, rounded up to the cent.
 */
import {
  breakEvenDelta,
  breakEvenSlope,
  type CandidateTerms,
} from '../../model/candidate-value.js';
import { type Decimal, ZERO, max, round } from '../../model/decimal.js';
import { candidateTerms, type PackageResult } from '../../model/packages.js';
import { FORMATS, a1, absRange } from '../plan.js';
import type { PackagesContext } from './context.js';
import type { GrantRanges } from './grants.js';
import { DELTA_PLACES, type SummaryRows } from './summary.js';

/** A package against package 1: their candidate terms and grant ranges, and the cash gap. */
interface Pair {
  terms: CandidateTerms;
  firstTerms: CandidateTerms;
  grants: GrantRanges;
  firstGrants: GrantRanges;
  /** The candidate cash of this package less package 1's, as a formula. */
  cashDiff: string;
}

/** The kinks table: its first row, the sorted strikes, Δ at each, each piece's last negative. */
interface Kinks {
  top: number;
  sorted: Decimal[];
  deltas: Decimal[];
  contributions: Decimal[];
}

/**
 * The break-even section: package 1's summary cell is empty (it is the reference); every other
 * package gets its kinks table and tail, and its summary cell.
 */
export function writeBreakEvens(
  ctx: PackagesContext,
  rows: SummaryRows,
  grants: GrantRanges[],
  candidateCash: string[],
): void {
  const { sheet, packages, cursor, price } = ctx;
  cursor.row++;
  cursor.section(`Break-even share price against ${packages[0]!.name} (docs/model.md §9)`);
  sheet.formula(rows.breakEven, 1, '""', '', price, 'output');
  sheet.define(
    'Out_Pkg1_BreakEven',
    rows.breakEven,
    1,
    rows.breakEven,
    1,
    'Empty: package 1 is the reference',
  );
  const firstTerms = candidateTerms(packages[0]!.model);
  for (let i = 1; i < packages.length; i++) {
    const pair: Pair = {
      terms: candidateTerms(packages[i]!.model),
      firstTerms,
      grants: grants[i]!,
      firstGrants: grants[0]!,
      cashDiff: `(${candidateCash[i]}-${candidateCash[0]})`,
    };
    writeBreakEven(ctx, pair, i, rows.breakEven);
  }
}

/** Package i against package 1: the kinks table, the tail, then its summary cell. */
function writeBreakEven(ctx: PackagesContext, pair: Pair, i: number, summaryRow: number): void {
  const { sheet, packages, cursor, price } = ctx;
  const p = packages[i]!;
  sheet.text(cursor.row, 0, `${p.name} against ${packages[0]!.name}`, 'header');
  [
    'Strike (unsorted)',
    'Kink (sorted)',
    'Δ at the kink',
    'Last negative price in the piece',
  ].forEach((t, c) => sheet.text(cursor.row, 1 + c, t, 'headerNum'));
  cursor.row++;
  const strikes = [
    ['0', ZERO] as [string, Decimal],
    ...strikeCells(pair.firstGrants.strike, gridStrikes(packages[0]!)),
    ...strikeCells(pair.grants.strike, gridStrikes(p)),
  ];
  const kinks = writeKinks(ctx, pair, strikes);
  const { none, exact } = writeTail(ctx, pair, kinks);
  sheet.formula(
    summaryRow,
    1 + i,
    `IF(${none},"",ROUNDUP(ROUND(${exact},8),2))`,
    p.breakEven,
    price,
    'output',
  );
  sheet.define(
    `Out_Pkg${i + 1}_BreakEven`,
    summaryRow,
    1 + i,
    summaryRow,
    1 + i,
    'Empty when there is no break-even price',
  );
}

/** The cells of a one-column absolute range (`$E$40:$E$43`), each with its strike. */
function strikeCells(rangeA1: string, strikes: Decimal[]): [string, Decimal][] {
  const m = /^\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(rangeA1)!;
  const first = Number(m[2]);
  const last = Number(m[3] ?? m[2]);
  const out: [string, Decimal][] = [];
  for (let k = first; k <= last; k++) out.push([`${m[1]!}${k}`, strikes[k - first] ?? ZERO]);
  return out;
}

/**
 * One row per strike (both packages' and 0): the strike copied, the kinks sorted with SMALL, Δ
 * at each kink, and the last price in the piece before it at which Δ is negative.
 */
function writeKinks(ctx: PackagesContext, pair: Pair, strikes: [string, Decimal][]): Kinks {
  const { sheet, cursor, price, money } = ctx;
  const top = cursor.row;
  const count = strikes.length;
  const rawRange = absRange(top, 1, top + count - 1, 1);
  const sorted = strikes.map(([, v]) => v).sort((a, b) => a.comparedTo(b));
  const deltas = sorted.map((b) =>
    round(breakEvenDelta(pair.terms, pair.firstTerms, b), DELTA_PLACES),
  );
  const sumOver = (g: GrantRanges, b: string) =>
    `(${b}*SUMIF(${g.strike},"<"&${b},${g.weightedVested})-SUMIF(${g.strike},"<"&${b},${g.weightedVestedStrike}))`;
  const contributions: Decimal[] = [];
  for (let j = 0; j < count; j++) {
    const r = top + j;
    const b = a1(r, 2);
    sheet.num(r, 0, j + 1, FORMATS.integer, 'helper');
    sheet.formula(r, 1, strikes[j]![0], strikes[j]![1], price, 'helper');
    sheet.formula(r, 2, `SMALL(${rawRange},${j + 1})`, sorted[j]!, price, 'calc');
    sheet.formula(
      r,
      3,
      `ROUND(${pair.cashDiff}+${sumOver(pair.grants, b)}-${sumOver(pair.firstGrants, b)},${DELTA_PLACES})`,
      deltas[j]!,
      money,
      'calc',
    );
    if (j === 0) continue;
    const [d0, d1, b0] = [a1(r - 1, 3), a1(r, 3), a1(r - 1, 2)];
    const contribution = lastNegative(deltas[j - 1]!, deltas[j]!, sorted[j - 1]!, sorted[j]!);
    contributions.push(contribution);
    sheet.formula(
      r,
      4,
      `IF(${d1}<0,${b},IF(${d0}<0,${b0}-${d0}*(${b}-${b0})/(${d1}-${d0}),0))`,
      contribution,
      price,
      'calc',
    );
  }
  cursor.row = top + count;
  return { top, sorted, deltas, contributions };
}

/**
 * The supremum of {P in [left, right] : Δ(P) < 0}, Δ linear between the kinks: `right` when
 * Δ(right) < 0, else the root when Δ(left) < 0, else 0.
 */
function lastNegative(dLeft: Decimal, dRight: Decimal, left: Decimal, right: Decimal): Decimal {
  if (dRight.lessThan(0)) return right;
  if (dLeft.lessThan(0)) return left.minus(dLeft.times(right.minus(left)).div(dRight.minus(dLeft)));
  return ZERO;
}

/**
 * Past the last kink Δ has slope σ: the last negative price there, whether there is no
 * break-even at all, and the lowest price from which Δ ≥ 0. Returns those two cells.
 */
function writeTail(
  ctx: PackagesContext,
  pair: Pair,
  kinks: Kinks,
): { none: string; exact: string } {
  const { sheet, cursor, price } = ctx;
  const { top, sorted, deltas, contributions } = kinks;
  const count = sorted.length;
  const lastB = a1(top + count - 1, 2);
  const lastD = a1(top + count - 1, 3);
  const sigma = breakEvenSlope(pair.terms, pair.firstTerms);
  /** A labelled calc cell in column 1 at the cursor; returns its A1 address. */
  const figure = (label: string, formula: string, cached: Decimal | boolean, fmt: string) => {
    const row = cursor.row++;
    sheet.text(row, 0, label, 'label');
    sheet.formula(row, 1, formula, cached, fmt, 'calc');
    return a1(row, 1);
  };
  const sigmaCell = figure(
    'Slope past the last kink σ (Σ weight × vested, this package − package 1)',
    `SUM(${pair.grants.weightedVested})-SUM(${pair.firstGrants.weightedVested})`,
    sigma,
    FORMATS.sharesWeighted,
  );
  const lastDelta = deltas[count - 1]!;
  const tail =
    lastDelta.lessThan(0) && sigma.greaterThan(0)
      ? sorted[count - 1]!.minus(lastDelta.div(sigma))
      : ZERO;
  const tailCell = figure(
    'Last negative price past the last kink',
    `IF(AND(${lastD}<0,${sigmaCell}>0),${lastB}-${lastD}/${sigmaCell},0)`,
    tail,
    price,
  );
  const none = figure(
    'No break-even (σ < 0, or σ = 0 with Δ < 0 past the last kink)',
    `OR(${sigmaCell}<0,AND(${sigmaCell}=0,${lastD}<0))`,
    sigma.lessThan(0) || (sigma.isZero() && lastDelta.lessThan(0)),
    FORMATS.general,
  );
  const contribRange = absRange(top + 1, 4, top + count - 1, 4);
  const exact = figure(
    'Lowest price from which Δ ≥ 0 (unrounded)',
    count > 1 ? `MAX(${tailCell},${contribRange})` : tailCell,
    [...contributions, tail].reduce((a, b) => max(a, b), ZERO),
    price,
  );
  cursor.row++;
  return { none, exact };
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
