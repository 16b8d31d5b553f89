import { Decimal, fixed } from '../decimal.js';
import type { PoolUse } from '../dilution.js';
import { EQUITY_VIEWS, type EquityView } from '../equity.js';
import type { ReportValue } from '../report.js';
import type { Runway } from '../runway.js';
import { PERCENTILES } from '../schema.js';
import { PLAN_VIEWS, type PlanResult } from './engine.js';

/**
 * The `--json` document of a plan (docs/model.md §10), formats as §4: money two-decimal strings,
 * expected (weighted) shares four decimals, fractions six, runway months two decimals or null.
 * Objects are `Map`s so that key order is exactly the order written here.
 */

const obj = (entries: [string, ReportValue][]) => new Map<string, ReportValue>(entries);
const money = (d: Decimal) => fixed(d, 2);

function runwayJson(r: Runway): ReportValue {
  return obj([
    ['months', r.months === null ? null : fixed(r.months, 2)],
    ['days', r.days],
    ['cashOutDate', r.cashOutDate],
  ]);
}

function equityJson(e: Record<EquityView, PoolUse>): ReportValue {
  return obj(
    EQUITY_VIEWS.map((v) => {
      const count = (d: Decimal) => (v === 'expected' ? fixed(d, 4) : d.toNumber());
      return [
        v,
        obj([
          ['grantedShares', count(e[v].grantedShares)],
          ['dilution', fixed(e[v].dilution, 6)],
          ['poolUse', fixed(e[v].poolUse, 6)],
          ['poolTopUpShares', count(e[v].poolTopUpShares)],
        ]),
      ];
    }),
  );
}

/** Builds the §10 report of a plan run. */
export function buildPlanReport(m: PlanResult): Map<string, ReportValue> {
  const plan = m.plan;
  const compare = plan.market.compareAt;
  const runway = obj(PLAN_VIEWS.map((v) => [v, runwayJson(m.views[v].runway)]));
  runway.set('market', obj(compare.map((p) => [p, runwayJson(m.market[p]!.runway)])));

  const exitValue = obj(
    EQUITY_VIEWS.map((v) => [
      v,
      obj(plan.exitPrices.map((p, i) => [fixed(p, 2), money(m.exitValue[v][i]!)])),
    ]),
  );

  const hires: ReportValue[] = m.hires.map((h) =>
    obj([
      ['candidate', h.hire.scenario.offer.candidate],
      ['startMonth', h.hire.startMonth],
      ['cashCost', money(h.cashCost.offer)],
      [
        'band',
        obj([
          ['percentile', fixed(h.band.percentile, 1)],
          ['compaRatio', fixed(h.band.compaRatio, 3)],
          ['values', obj(PERCENTILES.map((p) => [p, money(h.band.row.values[p])]))],
        ]),
      ],
      ['equity', equityJson(h.equity)],
    ]),
  );

  const schedule: ReportValue[] = [];
  for (let i = 0; i < plan.horizonMonths; i++) {
    schedule.push(
      obj([
        ['month', i + 1],
        ['hireCash', money(m.hireCash[i]!)],
        [
          'vestedShares',
          obj([
            ['hit', m.vested.hit[i]!.toNumber()],
            ['expected', fixed(m.vested.expected[i]!, 4)],
            ['none', m.vested.none[i]!.toNumber()],
          ]),
        ],
        ['sbcExpense', obj(EQUITY_VIEWS.map((v) => [v, money(m.sbc[v][i]!)]))],
      ]),
    );
  }

  return obj([
    ['schema', 2],
    ['runway', runway],
    ['daysGained', obj(compare.map((p) => [p, m.daysGained[p] ?? null]))],
    [
      'cashCost',
      obj([
        ['plan', money(m.cashCost.plan)],
        ['market', obj(compare.map((p) => [p, money(m.cashCost.market[p]!)]))],
      ]),
    ],
    ['equity', equityJson(m.equity)],
    ['exitValue', exitValue],
    ['hires', hires],
    ['schedule', schedule],
  ]);
}
