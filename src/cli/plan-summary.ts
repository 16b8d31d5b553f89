import { Decimal, fixed } from '../model/decimal.js';
import { formatCount } from '../model/format.js';
import { PLAN_VIEWS, type PlanResult } from '../model/plan/engine.js';
import type { Runway } from '../model/runway.js';
import { equityTable, runwayTable, summaryTerms, table } from './summary.js';
import { PLAN_EQUITY_VIEW_LABEL, PLAN_VIEW_LABEL, planMarketViewLabel } from '../model/words.js';

function signedDays(d: number | null, plan: Runway, other: Runway): string {
  if (d !== null)
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatCount(new Decimal(Math.abs(d)))} day${Math.abs(d) === 1 ? '' : 's'}`;
  if (plan.days === null && other.days === null) return 'both beyond horizon';
  return plan.days === null ? 'plan lasts beyond horizon' : 'cash match lasts beyond horizon';
}

/**
 * The hiring plan in ten seconds (docs/model.md §10): what the plan does to runway against paying
 * every hire the market in cash, what it costs, what it dilutes; then one line per hire.
 */
export function renderPlanSummary(m: PlanResult): string {
  const plan = m.plan;
  const { money, H, R } = summaryTerms(plan);
  const n = plan.hires.length;
  const out: string[] = [];
  out.push(`Offer Runway — ${plan.name} (hiring plan)`);
  out.push(
    `${n} hire${n === 1 ? '' : 's'} · plan starts ${plan.startDate} · schedule ${H} months, runway horizon ${R} months`,
  );
  out.push('');

  const labels: [string, Runway][] = [
    ...PLAN_VIEWS.map((v) => [PLAN_VIEW_LABEL[v], m.views[v].runway] as [string, Runway]),
    ...plan.market.compareAt.map(
      (p) => [planMarketViewLabel(p), m.market[p]!.runway] as [string, Runway],
    ),
  ];
  out.push('RUNWAY');
  out.push(runwayTable(labels, R));
  out.push('');

  const planRunway = m.views.planExpected.runway;
  out.push(
    'THIS PLAN AGAINST PAYING THE MARKET IN CASH (each hire at their own band; expected margin gain in both)',
  );
  out.push(
    table(
      ['', 'runway this plan saves', `cash cost, plan months 1–${H}`],
      [
        ['This plan', '', money(m.cashCost.plan)],
        ...plan.market.compareAt.map((p) => {
          const other = m.market[p]!.runway;
          return [
            `Market ${p.toUpperCase()}`,
            signedDays(m.daysGained[p] ?? null, planRunway, other),
            money(m.cashCost.market[p]!),
          ];
        }),
      ],
    ),
  );
  out.push('');

  const e = m.equity;
  out.push(`EQUITY (plan totals; grants made by plan month ${H})`);
  out.push(equityTable(e, PLAN_EQUITY_VIEW_LABEL));
  out.push('');

  out.push('HIRES');
  out.push(
    table(
      ['hire', 'role (level)', 'start', 'base', 'band', `cash cost 1–${H}`, 'shares (expected)'],
      m.hires.map((h, i) => {
        const o = h.hire.scenario.offer;
        return [
          `${i + 1}. ${o.candidate}`,
          `${o.role} (${o.level})`,
          `month ${h.hire.startMonth} · ${h.hire.scenario.startDate}`,
          money(o.baseSalary),
          `P${fixed(h.band.percentile, 1)} ${h.band.row.role}`,
          money(h.cashCost.offer),
          formatCount(h.equity.expected.grantedShares, 1),
        ];
      }),
    ),
  );
  return out.join('\n');
}
