/**
 * The Packages sheet's side-by-side summary (model.md §9): laid out before the month and grant
 * tables (its rows reserved), filled once they exist.
 */
import { DPM } from '../../model/decimal.js';
import type { Cached } from '../builder.js';
import { marketSuffix } from '../../model/words.js';
import { pctLabel } from '../naming.js';
import { FORMATS, a1 } from '../plan.js';
import type { PackagesContext } from './context.js';
import type { GrantRanges } from './grants.js';
import type { MonthPart, MonthsTable } from './months.js';

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

/**
 * Fills the summary, now that the month and grant tables exist. Returns each package's candidate
 * cash cell (A1), which the break-even reads.
 */
export function fillSummary(
  ctx: PackagesContext,
  rows: SummaryRows,
  months: MonthsTable,
  grants: GrantRanges[],
): string[] {
  return ctx.packages.map((_, i) => fillPackageSummary(ctx, rows, months, grants[i]!, i));
}

/**
 * The runway in days (model.md §3.4): the first month whose cash is below 0, less the part of it
 * the cash at its start still covers; empty when the cash never goes below 0.
 */
function runwayDaysFormula(months: MonthsTable, i: number): string {
  const flags = months.range(i, 'cash < 0');
  const first = `MATCH(1,${flags},0)`;
  const cash = months.range(i, 'cash', 0);
  const netBurn = months.range(i, 'net burn');
  return `IF(COUNTIF(${flags},1)=0,"",ROUND((${first}-1+INDEX(${cash},${first})/INDEX(${netBurn},${first}))*${DPM},0))`;
}

/** Package i's column of the summary, top to bottom but for the break-even; its candidate cash cell. */
function fillPackageSummary(
  ctx: PackagesContext,
  rows: SummaryRows,
  months: MonthsTable,
  grants: GrantRanges,
  i: number,
): string {
  const { sheet, scenario: s, packages, money0 } = ctx;
  const H = s.horizonMonths;
  const p = packages[i]!;
  const m = p.model;
  const col = 1 + i;
  let r = rows.top;
  const cell = (formula: string, cached: Cached, fmt: string, name?: string, style?: 'calc') => {
    sheet.formula(r, col, formula, cached, fmt, style ?? 'output');
    if (name) sheet.define(name, r, col);
    return a1(r++, col);
  };
  const N = `Out_Pkg${i + 1}_`;
  const days = cell(
    runwayDaysFormula(months, i),
    m.views.offerExpected.runway.days,
    FORMATS.shares,
    `${N}RunwayDays_OfferExpected`,
  );
  for (const pct of s.market.compareAt) {
    const market = `Out_RunwayDays_${marketSuffix(pct)}`;
    cell(
      `IF(OR(${days}="",${market}=""),"",${days}-${market})`,
      p.daysGained[pct] ?? null,
      '+#,##0;-#,##0;0',
      `${N}DaysGained_${marketSuffix(pct)}`,
    );
  }
  const sumOver = (...parts: MonthPart[]) =>
    parts.map((part) => `SUM(${months.range(i, part, 1, H)})`).join('+');
  cell(sumOver('hire cash'), m.cashCost.offer, money0, `${N}CashCost`);
  const granted = cell(
    `SUMPRODUCT(${grants.shares},${grants.weight})`,
    m.equity.expected.grantedShares,
    FORMATS.sharesWeighted,
    undefined,
    'calc',
  );
  cell(
    `${granted}/(In_FullyDilutedShares+MAX(0,${granted}-In_PoolShares))`,
    m.equity.expected.dilution,
    '0.000%',
    `${N}Dilution_Expected`,
  );
  const cash = cell(
    sumOver('base', 'bonus', 'sign-on'),
    p.candidate.cash,
    money0,
    `${N}CandidateCash`,
  );
  const equity = s.exitPrices.map((_, j) =>
    cell(`ROUND(SUM(${grants.value[j]}),2)`, m.exitValue.expected[j]!, money0, undefined, 'calc'),
  );
  s.exitPrices.forEach((_, j) => {
    const name = `${N}CandidateTotal_Expected_${j + 1}`;
    cell(`${cash}+${equity[j]}`, p.candidate.total.expected[j]!, money0, name);
  });
  return cash;
}
