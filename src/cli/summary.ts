import { Decimal, fixed } from '../model/decimal.js';
import { bandAge } from '../model/band-age.js';
import { localToday } from './load.js';
import { formatCount, formatMoney, formatPercent } from '../model/format.js';
import { EQUITY_VIEWS, OFFER_VIEWS, type EquityView, type ModelResult } from '../model/model.js';
import type { PoolUse } from '../model/dilution.js';
import { daysGained, type Runway } from '../model/runway.js';
import { EQUITY_VIEW_LABEL, OFFER_VIEW_LABEL, marketViewLabel } from '../model/words.js';

/** A plain text table: first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

const BEYOND = 'beyond';

/** What a summary writes with: money in the document's currency, and its two horizons. */
export function summaryTerms(doc: {
  currency: string;
  horizonMonths: number;
  runwayHorizonMonths: number;
}) {
  return {
    money: (d: Decimal) => formatMoney(d, doc.currency),
    H: doc.horizonMonths,
    R: doc.runwayHorizonMonths,
  };
}

/** Months, days and cash-out date of each labelled runway (R: the runway horizon). */
export function runwayTable(rows: [string, Runway][], R: number): string {
  return table(
    ['view', 'months', 'days', 'cash-out date'],
    rows.map(([l, r]) => [l, ...runwayCells(r, R)]),
  );
}

/** Granted shares, dilution, pool use and top-up of each equity view (expected to a tenth). */
export function equityTable(
  e: Record<EquityView, PoolUse>,
  labels: Record<EquityView, string>,
): string {
  return table(
    ['view', 'granted shares', 'dilution', 'pool use', 'pool top-up'],
    EQUITY_VIEWS.map((v) => {
      const places = v === 'expected' ? 1 : 0;
      return [
        labels[v],
        formatCount(e[v].grantedShares, places),
        formatPercent(e[v].dilution, 3),
        formatPercent(e[v].poolUse, 1),
        formatCount(e[v].poolTopUpShares, places),
      ];
    }),
  );
}

function runwayCells(r: Runway, R: number): string[] {
  if (r.months === null) return [`> ${R}`, BEYOND, `after month ${R}`];
  return [fixed(r.months, 2), formatCount(new Decimal(r.days!)), r.cashOutDate!];
}

function signedDays(d: number | null, offer: Runway, other: Runway): string {
  if (d !== null)
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d)} day${Math.abs(d) === 1 ? '' : 's'}`;
  if (offer.days === null && other.days === null) return 'both beyond horizon';
  return offer.days === null ? 'offer lasts beyond horizon' : 'cash match lasts beyond horizon';
}

/** The ten-second summary a founder reads (the CLI's default output). */
export function renderSummary(m: ModelResult, today: string = localToday()): string {
  const age = bandAge(m.band.row.asOf, today);
  const s = m.scenario;
  const { money, H, R } = summaryTerms(s);
  const o = s.offer;
  const out: string[] = [];
  out.push(`Offer Runway — ${s.name}`);
  out.push(
    `${o.candidate}, ${o.role} (${o.level}, ${o.location}) · base ${money(o.baseSalary)} · start ${s.startDate} · schedule ${H} months, runway horizon ${R} months`,
  );
  out.push('');

  const labels: [string, Runway][] = [
    ...OFFER_VIEWS.map((v) => [OFFER_VIEW_LABEL[v], m.views[v].runway] as [string, Runway]),
    ...s.market.compareAt.map((p) => [marketViewLabel(p), m.market[p]!.runway] as [string, Runway]),
  ];
  out.push('RUNWAY');
  out.push(runwayTable(labels, R));
  out.push('');

  const offer = m.views.offerExpected.runway;
  out.push(`THIS OFFER AGAINST PAYING THE MARKET IN CASH (expected margin gain in both)`);
  out.push(
    table(
      ['band', 'base salary', 'runway this offer saves', `cash cost, ${H} months`],
      [
        ['This offer', money(o.baseSalary), '', money(m.cashCost.offer)],
        ...s.market.compareAt.map((p) => {
          const other = m.market[p]!.runway;
          return [
            `Market ${p.toUpperCase()}`,
            money(m.band.row.values[p]),
            signedDays(daysGained(offer.days, other.days), offer, other),
            money(m.cashCost.market[p]!),
          ];
        }),
      ],
    ),
  );
  out.push('');

  const e = m.equity;
  out.push('EQUITY (granted over the schedule horizon)');
  out.push(equityTable(e, EQUITY_VIEW_LABEL));
  out.push('');

  const b = m.band;
  out.push(
    `BAND  base ${money(o.baseSalary)} sits at P${fixed(b.percentile, 1)} (compa-ratio ${fixed(b.compaRatio, 3)}) of ${b.row.role} / ${b.row.level} / ${b.row.location}, P50 ${money(b.row.values.p50)} — ${b.row.source}, ${age.label}`,
  );
  if (age.warning) out.push(`WARNING  ${age.warning}`);
  out.push(
    m.marginRoi === null
      ? 'MARGIN ROI  no margin refresh is granted in this scenario'
      : `MARGIN ROI  ${fixed(m.marginRoi, 2)}× — gross profit the hire's margin gain adds over ${H} months per dollar of margin-refresh equity at the preferred price`,
  );
  const miss = m.missCost.map((x) => `month ${x.month}: ${money(x.cost)}`).join(', ');
  out.push(`COST OF A MISS  ${miss}; finding out early saves ${money(m.missCostSavings)}`);
  if (m.packages.length > 0) out.push('', renderPackages(m));
  return out.join('\n');
}

/**
 * docs/model.md §9 side by side: one column per package, the rows a founder compares (runway,
 * days against each cash match, cash cost, dilution, the candidate's cash and total value at each
 * exit price, and the break-even price against package 1).
 */
export function renderPackages(m: ModelResult): string {
  const s = m.scenario;
  const cur = s.currency;
  const { money, H, R } = summaryTerms(s);
  const pkgs = m.packages;
  const first = pkgs[0]!.name;
  const days = (d: number | null) => (d === null ? `> ${R} months` : formatCount(new Decimal(d)));
  const signed = (d: number | null) =>
    d === null
      ? 'n/a'
      : `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatCount(new Decimal(Math.abs(d)))}`;
  const row = (label: string, cell: (p: (typeof pkgs)[number]) => string) => [
    label,
    ...pkgs.map(cell),
  ];
  const rows: string[][] = [
    row('Base salary', (p) => money(p.model.scenario.offer.baseSalary)),
    row('Runway days (expected gain)', (p) => days(p.model.views.offerExpected.runway.days)),
    ...s.market.compareAt.map((pct) =>
      row(`  days vs cash match ${pct.toUpperCase()}`, (p) => signed(p.daysGained[pct] ?? null)),
    ),
    row(`Cash cost, ${H} months`, (p) => money(p.model.cashCost.offer)),
    row('Dilution (expected)', (p) => formatPercent(p.model.equity.expected.dilution, 3)),
    row(`Candidate cash, ${H} months`, (p) => money(p.candidate.cash)),
    ...s.exitPrices.map((price, i) =>
      row(`Candidate total at ${formatMoney(price, cur, 2)}/share`, (p) =>
        money(p.candidate.total.expected[i]!),
      ),
    ),
    row(`Break-even share price vs ${first}`, (p) =>
      p === pkgs[0] ? '—' : p.breakEven === null ? 'never' : formatMoney(p.breakEven, cur, 2),
    ),
  ];
  return [
    `PACKAGES  the candidate chooses one (equity and totals expected, probability-weighted; value at month ${H})`,
    table(['', ...pkgs.map((p) => p.name)], rows),
    `Break-even: the share price from which a package is worth at least as much to the candidate as ${first}; "never" when it never is.`,
  ].join('\n');
}
