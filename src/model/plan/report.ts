import {
  bandJson,
  byViewAndPrice,
  cashCostJson,
  equityJson,
  money,
  obj,
  runwaysJson,
  vestingEntries,
  type ReportValue,
} from '../report.js';
import { PLAN_VIEWS, type PlanResult } from './engine.js';

/**
 * The `--json` document of a plan (docs/model.md §10), formats as §4: money two-decimal strings,
 * expected (weighted) shares four decimals, fractions six, runway months two decimals or null.
 * Objects are `Map`s so that key order is exactly the order written here; the members it shares
 * with a scenario's report are written by ../report.ts.
 */

/** Builds the §10 report of a plan run. */
export function buildPlanReport(m: PlanResult): Map<string, ReportValue> {
  const plan = m.plan;
  const compare = plan.market.compareAt;
  const hires: ReportValue[] = m.hires.map((h) =>
    obj([
      ['candidate', h.hire.scenario.offer.candidate],
      ['startMonth', h.hire.startMonth],
      ['cashCost', money(h.cashCost.offer)],
      ['band', bandJson(h.band)],
      ['equity', equityJson(h.equity)],
    ]),
  );

  const schedule: ReportValue[] = [];
  for (let i = 0; i < plan.horizonMonths; i++) {
    schedule.push(
      obj([['month', i + 1], ['hireCash', money(m.hireCash[i]!)], ...vestingEntries(m, i)]),
    );
  }

  return obj([
    ['schema', 2],
    ['runway', runwaysJson(PLAN_VIEWS, m.views, compare, m.market)],
    ['daysGained', obj(compare.map((p) => [p, m.daysGained[p] ?? null]))],
    ['cashCost', cashCostJson('plan', m.cashCost.plan, compare, m.cashCost.market)],
    ['equity', equityJson(m.equity)],
    ['exitValue', byViewAndPrice(plan.exitPrices, m.exitValue)],
    ['hires', hires],
    ['schedule', schedule],
  ]);
}
