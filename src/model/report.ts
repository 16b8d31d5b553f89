import { Decimal, fixed } from './decimal.js';
import type { Band } from './bands.js';
import type { PoolUse } from './dilution.js';
import { writeJson } from './json-text.js';
import type { Runway } from './runway.js';
import {
  EQUITY_VIEWS,
  OFFER_VIEWS,
  type EquityView,
  type ModelResult,
  type RunwayView,
} from './model.js';
import type { PackageResult } from './packages.js';
import { PERCENTILES, type Percentile } from './schema.js';

/**
 * The `--json` document of model.md §4. Objects are `Map`s so that key order is kept exactly
 * (JavaScript would sort the integer-like keys of `missCost`); {@link stringifyReport} writes it.
 */
export type ReportValue =
  string | number | boolean | null | ReportValue[] | Map<string, ReportValue>;

/*
 * The members a scenario's report (§4) and a plan's (§10) share, in §4's formats: money
 * two-decimal strings, expected (weighted) shares four decimals, fractions six.
 */

/** A report object; its keys in the order given. */
export const obj = (entries: [string, ReportValue][]) => new Map<string, ReportValue>(entries);
export const money = (d: Decimal) => fixed(d, 2);
const shares4 = (d: Decimal) => fixed(d, 4);
const frac6 = (d: Decimal) => fixed(d, 6);

function runwayJson(r: Runway): ReportValue {
  return obj([
    ['months', r.months === null ? null : fixed(r.months, 2)],
    ['days', r.days],
    ['cashOutDate', r.cashOutDate],
  ]);
}

/** `runway`: each of `views`' runway, then `market` with each compared percentile's. */
export function runwaysJson<V extends string>(
  views: readonly V[],
  own: Record<V, RunwayView>,
  compare: readonly Percentile[],
  market: Partial<Record<Percentile, RunwayView>>,
): Map<string, ReportValue> {
  const runway = obj(views.map((v) => [v, runwayJson(own[v].runway)]));
  runway.set('market', obj(compare.map((p) => [p, runwayJson(market[p]!.runway)])));
  return runway;
}

/** `cashCost`: the own figure under `key`, then `market` per compared percentile. */
export function cashCostJson(
  key: string,
  own: Decimal,
  compare: readonly Percentile[],
  market: Partial<Record<Percentile, Decimal>>,
): ReportValue {
  return obj([
    [key, money(own)],
    ['market', obj(compare.map((p) => [p, money(market[p]!)]))],
  ]);
}

/** `equity`: granted shares, dilution, pool use and top-up per equity view. */
export function equityJson(e: Record<EquityView, PoolUse>): ReportValue {
  return obj(
    EQUITY_VIEWS.map((v) => {
      const count = (d: Decimal) => (v === 'expected' ? shares4(d) : d.toNumber());
      return [
        v,
        obj([
          ['grantedShares', count(e[v].grantedShares)],
          ['dilution', frac6(e[v].dilution)],
          ['poolUse', frac6(e[v].poolUse)],
          ['poolTopUpShares', count(e[v].poolTopUpShares)],
        ]),
      ];
    }),
  );
}

/** `exitValue`'s shape: per equity view, one money string per exit price (key: the price). */
export function byViewAndPrice(
  prices: readonly Decimal[],
  values: Record<EquityView, Decimal[]>,
): ReportValue {
  return obj(
    EQUITY_VIEWS.map((v) => [v, obj(prices.map((p, i) => [fixed(p, 2), money(values[v][i]!)]))]),
  );
}

/** `band`: where a base sits in its band row, and the row's values. */
export function bandJson(band: {
  row: Band;
  percentile: Decimal;
  compaRatio: Decimal;
}): ReportValue {
  return obj([
    ['percentile', fixed(band.percentile, 1)],
    ['compaRatio', fixed(band.compaRatio, 3)],
    ['values', obj(PERCENTILES.map((p) => [p, money(band.row.values[p])]))],
  ]);
}

/** A schedule month's (index `i`) `vestedShares` and `sbcExpense` entries. */
export function vestingEntries(
  m: { vested: Record<EquityView, Decimal[]>; sbc: Record<EquityView, Decimal[]> },
  i: number,
): [string, ReportValue][] {
  return [
    [
      'vestedShares',
      obj([
        ['hit', m.vested.hit[i]!.toNumber()],
        ['expected', shares4(m.vested.expected[i]!)],
        ['none', m.vested.none[i]!.toNumber()],
      ]),
    ],
    ['sbcExpense', obj(EQUITY_VIEWS.map((v) => [v, money(m.sbc[v][i]!)]))],
  ];
}

function missCostJson(m: ModelResult): ReportValue {
  const missCost = obj(m.missCost.map((x) => [String(x.month), money(x.cost)]));
  missCost.set('savings', money(m.missCostSavings));
  return missCost;
}

const marginRoiJson = (m: ModelResult): ReportValue =>
  m.marginRoi === null ? null : fixed(m.marginRoi, 4);

/** One package of docs/model.md §9, formats as §4. */
function packageJson(p: PackageResult): ReportValue {
  const m = p.model;
  return obj([
    ['name', p.name],
    [
      'runway',
      obj(
        (['offerNoGain', 'offerExpected', 'offerHit'] as const).map((v) => [
          v,
          runwayJson(m.views[v].runway),
        ]),
      ),
    ],
    ['daysGained', obj(m.scenario.market.compareAt.map((pct) => [pct, p.daysGained[pct] ?? null]))],
    ['cashCost', money(m.cashCost.offer)],
    ['equity', equityJson(m.equity)],
    ['exitValue', byViewAndPrice(m.scenario.exitPrices, m.exitValue)],
    ['candidateCash', money(p.candidate.cash)],
    ['candidateTotal', byViewAndPrice(m.scenario.exitPrices, p.candidate.total)],
    ['breakEven', p.breakEven === null ? null : money(p.breakEven)],
    ['band', bandJson(m.band)],
    ['marginRoi', marginRoiJson(m)],
    ['missCost', missCostJson(m)],
  ]);
}

/** Builds the §4 report: money as two-decimal strings, expected shares four, fractions six. */
export function buildReport(m: ModelResult): Map<string, ReportValue> {
  const s = m.scenario;
  const compare = s.market.compareAt;

  const schedule: ReportValue[] = [];
  for (let i = 0; i < s.horizonMonths; i++) {
    const c = m.offerCost[i]!;
    schedule.push(
      obj([
        ['month', i + 1],
        ['base', money(c.base)],
        ['bonus', money(c.bonus)],
        ['signOn', money(c.signOn)],
        ['load', money(c.load)],
        ['fee', money(c.fee)],
        ['hireCash', money(c.hireCash)],
        ...vestingEntries(m, i),
      ]),
    );
  }

  const report = obj([
    ['schema', 1],
    ['runway', runwaysJson(OFFER_VIEWS, m.views, compare, m.market)],
    ['cashCost', cashCostJson('offer', m.cashCost.offer, compare, m.cashCost.market)],
    ['equity', equityJson(m.equity)],
    ['exitValue', byViewAndPrice(s.exitPrices, m.exitValue)],
    ['candidateCash', money(m.candidate.cash)],
    ['candidateTotal', byViewAndPrice(s.exitPrices, m.candidate.total)],
    ['band', bandJson(m.band)],
    ['marginRoi', marginRoiJson(m)],
    ['missCost', missCostJson(m)],
  ]);
  // docs/model.md §9: only when the scenario has packages, in input order.
  if (m.packages.length > 0) report.set('packages', m.packages.map(packageJson));
  report.set('schedule', schedule);
  return report;
}

/** JSON text of a report, keys in the order built, two-space indent. */
export function stringifyReport(value: ReportValue): string {
  return writeJson(value, { indent: '  ' });
}
