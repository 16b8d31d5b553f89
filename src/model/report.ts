import { Decimal, fixed } from './decimal.js';
import { writeJson } from './json-text.js';
import type { Runway } from './runway.js';
import { EQUITY_VIEWS, OFFER_VIEWS, type EquityView, type ModelResult } from './model.js';
import type { PackageResult } from './packages.js';
import { PERCENTILES } from './schema.js';

/**
 * The `--json` document of model.md §4. Objects are `Map`s so that key order is kept exactly
 * (JavaScript would sort the integer-like keys of `missCost`); {@link stringifyReport} writes it.
 */
export type ReportValue =
  string | number | boolean | null | ReportValue[] | Map<string, ReportValue>;

const obj = (entries: [string, ReportValue][]) => new Map<string, ReportValue>(entries);
const money = (d: Decimal) => fixed(d, 2);
const shares4 = (d: Decimal) => fixed(d, 4);
const frac6 = (d: Decimal) => fixed(d, 6);

function runwayJson(r: Runway): ReportValue {
  return obj([
    ['months', r.months === null ? null : fixed(r.months, 2)],
    ['days', r.days],
    ['cashOutDate', r.cashOutDate],
  ]);
}

function equityJson(m: ModelResult): ReportValue {
  return obj(
    EQUITY_VIEWS.map((v) => {
      const e = m.equity[v];
      const count = (d: Decimal) => (v === 'expected' ? shares4(d) : d.toNumber());
      return [
        v,
        obj([
          ['grantedShares', count(e.grantedShares)],
          ['dilution', frac6(e.dilution)],
          ['poolUse', frac6(e.poolUse)],
          ['poolTopUpShares', count(e.poolTopUpShares)],
        ]),
      ];
    }),
  );
}

/** `exitValue`'s shape: per equity view, one money string per exit price (key: the price). */
function byViewAndPrice(m: ModelResult, values: Record<EquityView, Decimal[]>): ReportValue {
  const prices = m.scenario.exitPrices;
  return obj(
    EQUITY_VIEWS.map((v) => [v, obj(prices.map((p, i) => [fixed(p, 2), money(values[v][i]!)]))]),
  );
}

function bandJson(m: ModelResult): ReportValue {
  return obj([
    ['percentile', fixed(m.band.percentile, 1)],
    ['compaRatio', fixed(m.band.compaRatio, 3)],
    ['values', obj(PERCENTILES.map((p) => [p, money(m.band.row.values[p])]))],
  ]);
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
    ['equity', equityJson(m)],
    ['exitValue', byViewAndPrice(m, m.exitValue)],
    ['candidateCash', money(p.candidate.cash)],
    ['candidateTotal', byViewAndPrice(m, p.candidate.total)],
    ['breakEven', p.breakEven === null ? null : money(p.breakEven)],
    ['band', bandJson(m)],
    ['marginRoi', marginRoiJson(m)],
    ['missCost', missCostJson(m)],
  ]);
}

/** Builds the §4 report: money as two-decimal strings, expected shares four, fractions six. */
export function buildReport(m: ModelResult): Map<string, ReportValue> {
  const s = m.scenario;
  const compare = s.market.compareAt;
  const runway = obj(OFFER_VIEWS.map((v) => [v, runwayJson(m.views[v].runway)]));
  runway.set('market', obj(compare.map((p) => [p, runwayJson(m.market[p]!.runway)])));

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
        [
          'vestedShares',
          obj([
            ['hit', m.vested.hit[i]!.toNumber()],
            ['expected', shares4(m.vested.expected[i]!)],
            ['none', m.vested.none[i]!.toNumber()],
          ]),
        ],
        ['sbcExpense', obj(EQUITY_VIEWS.map((v) => [v, money(m.sbc[v][i]!)]))],
      ]),
    );
  }

  const report = obj([
    ['schema', 1],
    ['runway', runway],
    [
      'cashCost',
      obj([
        ['offer', money(m.cashCost.offer)],
        ['market', obj(compare.map((p) => [p, money(m.cashCost.market[p]!)]))],
      ]),
    ],
    ['equity', equityJson(m)],
    ['exitValue', byViewAndPrice(m, m.exitValue)],
    ['candidateCash', money(m.candidate.cash)],
    ['candidateTotal', byViewAndPrice(m, m.candidate.total)],
    ['band', bandJson(m)],
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
