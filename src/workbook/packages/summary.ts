/**
 * The Packages sheet's side-by-side summary (model.md §9): laid out before the month and grant
 * tables (its rows reserved), filled once they exist.
 */
import { pctLabel } from '../naming.js';
import type { PackagesContext } from './context.js';

/** Decimals Δ at each strike is rounded to in the break-even table, against float noise. */
export const DELTA_PLACES = 6;

/** Where the summary's figures go: its first row, and the break-even row (its last). */
export interface SummaryRows {
  top: number;
  breakEven: number;
}

/** The summary's header, one label per figure (cells left for later) and the break-even note. */
export function layoutSummary(ctx: PackagesContext): SummaryRows {
  const { sheet, scenario: s, packages, cursor } = ctx;
  const H = s.horizonMonths;
  const reference = packages[0]!.name;
  cursor.section('Side by side (the candidate chooses one)');
  sheet.text(cursor.row, 0, 'Figure', 'header');
  packages.forEach((p, i) => sheet.text(cursor.row, 1 + i, p.name, 'headerNum'));
  const top = ++cursor.row;
  const labels: string[] = [
    'Runway days (offer, expected gain)',
    ...s.market.compareAt.map((p) => `Days vs cash match at market ${pctLabel(p)}`),
    `Cash cost, months 1–${H}`,
    'Granted shares (expected)',
    'Dilution (expected)',
    `Candidate cash, months 1–${H}`,
    ...s.exitPrices.map((_, j) => `Candidate equity at exit price ${j + 1} (expected)`),
    ...s.exitPrices.map((_, j) => `Candidate total at exit price ${j + 1} (expected)`),
    `Break-even share price vs ${reference}`,
  ];
  labels.forEach((label, k) => sheet.text(top + k, 0, label, 'label'));
  cursor.row = top + labels.length;
  sheet.text(
    cursor.row,
    0,
    `Break-even: the lowest share price from which the package is worth at least as much to the candidate as ${reference} (cash over months 1–${H} plus expected vested equity at month ${H}), rounded up to the cent; empty when there is none. Δ at each strike is rounded to ${DELTA_PLACES} decimals against float noise.`,
    'note',
  );
  cursor.row += 2;
  return { top, breakEven: top + labels.length - 1 };
}
