import { Decimal, fixed } from '../model/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../model/format.js';
import type { ModelResult } from '../model/model.js';
import { daysGained, type Runway } from '../model/runway.js';

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
export function renderSummary(m: ModelResult): string {
  const s = m.scenario;
  const cur = s.currency;
  const money = (d: Decimal) => formatMoney(d, cur);
  const R = s.runwayHorizonMonths;
  const H = s.horizonMonths;
  const o = s.offer;
  const out: string[] = [];
  out.push(`Offer Runway — ${s.name}`);
  out.push(
    `${o.candidate}, ${o.role} (${o.level}, ${o.location}) · base ${money(o.baseSalary)} · start ${s.startDate} · schedule ${H} months, runway horizon ${R} months`,
  );
  out.push('');

  const labels: [string, Runway][] = [
    ['Baseline (no hire)', m.views.baseline.runway],
    ['Offer, no margin gain', m.views.offerNoGain.runway],
    ['Offer, expected gain', m.views.offerExpected.runway],
    ['Offer, margin target hit', m.views.offerHit.runway],
    ...s.market.compareAt.map(
      (p) => [`Cash match at market ${p.toUpperCase()}`, m.market[p]!.runway] as [string, Runway],
    ),
  ];
  out.push('RUNWAY');
  out.push(
    table(
      ['view', 'months', 'days', 'cash-out date'],
      labels.map(([l, r]) => [l, ...runwayCells(r, R)]),
    ),
  );
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
  out.push(
    table(
      ['view', 'granted shares', 'dilution', 'pool use', 'pool top-up'],
      [
        [
          'Every milestone and margin target hit',
          formatCount(e.hit.grantedShares),
          formatPercent(e.hit.dilution, 3),
          formatPercent(e.hit.poolUse, 1),
          formatCount(e.hit.poolTopUpShares),
        ],
        [
          'Expected (probability-weighted)',
          formatCount(e.expected.grantedShares, 1),
          formatPercent(e.expected.dilution, 3),
          formatPercent(e.expected.poolUse, 1),
          formatCount(e.expected.poolTopUpShares, 1),
        ],
        [
          'Initial grant only',
          formatCount(e.none.grantedShares),
          formatPercent(e.none.dilution, 3),
          formatPercent(e.none.poolUse, 1),
          formatCount(e.none.poolTopUpShares),
        ],
      ],
    ),
  );
  out.push('');

  const b = m.band;
  out.push(
    `BAND  base ${money(o.baseSalary)} sits at P${fixed(b.percentile, 1)} (compa-ratio ${fixed(b.compaRatio, 3)}) of ${b.row.role} / ${b.row.level} / ${b.row.location}, P50 ${money(b.row.values.p50)} — ${b.row.source}`,
  );
  out.push(
    m.marginRoi === null
      ? 'MARGIN ROI  no margin refresh is granted in this scenario'
      : `MARGIN ROI  ${fixed(m.marginRoi, 2)}× — gross profit the hire's margin gain adds over ${H} months per dollar of margin-refresh equity at the preferred price`,
  );
  const miss = m.missCost.map((x) => `month ${x.month}: ${money(x.cost)}`).join(', ');
  out.push(`COST OF A MISS  ${miss}; finding out early saves ${money(m.missCostSavings)}`);
  return out.join('\n');
}
