import { Spinner, makeStyles } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { Decimal } from '../../model/decimal.js';
import { formatMoney } from '../../model/format.js';
import type { ModelResult, RunwayView } from '../../model/model.js';
import { daysGained } from '../../model/runway.js';
import { OFFER_VIEW_LABEL } from '../../model/words.js';
import {
  CostAndEquityKpis,
  DaysGainedKpis,
  Kpi,
  RunwayKpis,
  type RunwayFigures,
} from '../components/ResultCards.js';
import { Section } from '../components/Section.js';

const Charts = lazy(() => import(/* webpackChunkName: "charts" */ '../components/Charts.js'));
const PackageResults = lazy(
  () => import(/* webpackChunkName: "package-results" */ '../components/PackageResults.js'),
);

const useStyles = makeStyles({ stale: { opacity: 0.6 } });

function runwayFigures(v: RunwayView): RunwayFigures {
  const r = v.runway;
  return { days: r.days, months: r.months?.toFixed(1) ?? null, cashOutDate: r.cashOutDate };
}

/** Results: KPI cards and the two charts. `stale` marks a result older than the inputs. */
export function ResultsScreen({ result, stale }: { result: ModelResult; stale: boolean }) {
  const s = useStyles();
  const sc = result.scenario;
  const H = sc.horizonMonths;
  const money = (x: Decimal) => formatMoney(x, sc.currency);
  const exp = result.views.offerExpected.runway.days;
  return (
    <div className={stale ? s.stale : undefined} data-testid="results">
      <Section
        title="Runway"
        note="Days of cash from the start date; each view runs month by month to the horizon."
      >
        <RunwayKpis
          prefix="kpi"
          horizonMonths={sc.runwayHorizonMonths}
          labels={OFFER_VIEW_LABEL}
          views={result.views}
          compareAt={sc.market.compareAt}
          marketLabel={(p) => `Cash match at ${p.toUpperCase()}`}
          market={result.market}
          figures={runwayFigures}
        />
      </Section>
      <Section
        title="Days gained with this offer"
        note="Expected-gain runway minus the runway of the same hire paid the market base in cash."
      >
        <DaysGainedKpis
          prefix="kpi"
          compareAt={sc.market.compareAt}
          daysGained={(p) => daysGained(exp, result.market[p]?.runway.days ?? null)}
        />
      </Section>
      <Section title={`Cost and equity (first ${H} months)`}>
        <CostAndEquityKpis
          prefix="kpi"
          costLabel="Cash cost of the offer"
          cost={result.cashCost.offer}
          marketCost={result.cashCost.market}
          compareAt={sc.market.compareAt}
          currency={sc.currency}
          equity={result.equity}
        >
          <Kpi
            label="Margin ROI of the margin refresh"
            value={result.marginRoi ? `${result.marginRoi.toFixed(1)}×` : '—'}
            testId="kpi-margin-roi"
            sub={
              result.marginRoi
                ? 'gross profit gained ÷ refresh shares at preferred'
                : 'no margin refresh granted'
            }
          />
          <Kpi
            label="Early checkpoint saves"
            value={money(result.missCostSavings)}
            testId="kpi-miss-savings"
            sub={result.missCost.map((m) => `month ${m.month}: ${money(m.cost)}`).join(' · ')}
          />
        </CostAndEquityKpis>
      </Section>
      <Suspense fallback={<Spinner size="small" label="Loading charts…" />}>
        {result.packages.length > 0 && <PackageResults result={result} />}
        <Charts result={result} />
      </Suspense>
    </div>
  );
}
