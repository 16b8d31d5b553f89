import { Spinner, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import { Decimal } from '../../model/decimal.js';
import type { PoolUse } from '../../model/dilution.js';
import type { EquityView } from '../../model/equity.js';
import { formatMoney } from '../../model/format.js';
import type { Percentile } from '../../model/schema.js';
import { PLAN_VIEW_LABEL } from '../../model/words.js';
import {
  CostAndEquityKpis,
  DaysGainedKpis,
  RunwayKpis,
  type RunwayFigures,
} from '../components/ResultCards.js';
import { DataTable } from '../components/DataTable.js';
import { Section } from '../components/Section.js';
import type { PlanSummary, PoolSummary, RunwaySummary } from './plan-eval.js';

const PlanChart = lazy(() => import(/* webpackChunkName: "plan-chart" */ './PlanChart.js'));

const useStyles = makeStyles({ stale: { opacity: 0.6 } });

function runwayFigures(r: RunwaySummary): RunwayFigures {
  return {
    days: r.days,
    months: r.months === null ? null : Number(r.months).toFixed(1),
    cashOutDate: r.cashOutDate,
  };
}

/** The plan's pool use per equity view, as decimals (the summary carries exact text). */
function poolUses(equity: PlanSummary['equity']): Record<EquityView, PoolUse> {
  const decimals = (p: PoolSummary): PoolUse => ({
    grantedShares: new Decimal(p.grantedShares),
    poolTopUpShares: new Decimal(p.poolTopUpShares),
    poolUse: new Decimal(p.poolUse),
    dilution: new Decimal(p.dilution),
  });
  return {
    expected: decimals(equity.expected),
    hit: decimals(equity.hit),
    none: decimals(equity.none),
  };
}

/** The market cash costs as decimals (the summary carries exact text). */
function decimals(
  costs: Partial<Record<Percentile, string>>,
): Partial<Record<Percentile, Decimal>> {
  return Object.fromEntries(Object.entries(costs).map(([p, c]) => [p, new Decimal(c)]));
}

/** Plan results: runway per view, days against each cash match, cost, dilution, the chart. */
export function PlanResultsScreen({ summary, stale }: { summary: PlanSummary; stale: boolean }) {
  const s = useStyles();
  const H = summary.horizonMonths;
  const money = (x: string) => formatMoney(new Decimal(x), summary.currency);
  return (
    <div className={stale ? s.stale : undefined} data-testid="plan-results">
      <Section
        title="Runway"
        note={`Days of cash from the plan's start with all ${summary.hires.length} hires, each from its own start month.`}
      >
        <RunwayKpis
          prefix="plan"
          horizonMonths={summary.runwayHorizonMonths}
          labels={PLAN_VIEW_LABEL}
          views={summary.views}
          compareAt={summary.compareAt}
          marketLabel={(p) => `Every hire paid ${p.toUpperCase()} in cash`}
          market={summary.market}
          figures={runwayFigures}
        />
      </Section>
      <Section
        title="Days gained with this plan"
        note="Expected-gain runway minus the runway of the same hires each paid their own band's percentile in cash, without refreshes."
      >
        <DaysGainedKpis
          prefix="plan"
          compareAt={summary.compareAt}
          daysGained={(p) => summary.daysGained[p]}
        />
      </Section>
      <Section title={`Cost and equity (plan months 1–${H})`}>
        <CostAndEquityKpis
          prefix="plan"
          costLabel="Cash cost of the plan"
          cost={new Decimal(summary.cashCost.plan)}
          marketCost={decimals(summary.cashCost.market)}
          compareAt={summary.compareAt}
          currency={summary.currency}
          equity={poolUses(summary.equity)}
        />
      </Section>
      <Suspense fallback={<Spinner size="small" label="Loading the chart…" />}>
        <PlanChart summary={summary} />
      </Suspense>
      <Section title="Per hire">
        <DataTable
          label="Cash cost and band position per hire"
          columns={[
            { header: 'Hire (start month)' },
            { header: 'Cash cost', numeric: true },
            { header: 'Band pct.', numeric: true },
          ]}
          rows={summary.hires.map((h, i) => ({
            key: i,
            testId: `plan-hire-row-${i}`,
            cells: [`${h.candidate} (${h.startMonth})`, money(h.cashCost), `P${h.percentile}`],
          }))}
        />
      </Section>
    </div>
  );
}
