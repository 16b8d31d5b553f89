import { Card, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, lazy, type ReactNode } from 'react';
import type { Decimal } from '../../model/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../../model/format.js';
import type { ModelResult, OfferView, RunwayView } from '../../model/model.js';
import { daysGained } from '../../model/runway.js';
import { OFFER_VIEW_LABEL } from '../../model/words.js';
import { Section } from '../components/Section.js';

const Charts = lazy(() => import(/* webpackChunkName: "charts" */ '../components/Charts.js'));
const PackageResults = lazy(
  () => import(/* webpackChunkName: "package-results" */ '../components/PackageResults.js'),
);

const useStyles = makeStyles({
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  card: { padding: tokens.spacingHorizontalS, gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  value: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    fontVariantNumeric: 'tabular-nums',
  },
  sub: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  stale: { opacity: 0.6 },
  unit: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
});

function Kpi({
  label,
  value,
  sub,
  testId,
  tone,
  unit,
  exact,
}: {
  label: string;
  unit?: string;
  /** The unrounded figure, for tests and assistive tooling (data-value). */
  exact?: string;
  value: ReactNode;
  sub?: ReactNode;
  testId?: string;
  tone?: 'good' | 'bad';
}) {
  const s = useStyles();
  return (
    <Card className={s.card} size="small" role="group" aria-label={label}>
      <p className={s.label}>{label}</p>
      <p className={mergeClasses(s.value, tone && s[tone])}>
        <span data-testid={testId} data-value={exact}>
          {value}
        </span>
        {unit && <span className={s.unit}> {unit}</span>}
      </p>
      {sub && <p className={s.sub}>{sub}</p>}
    </Card>
  );
}

const VIEW_LABELS = OFFER_VIEW_LABEL;

function runwayText(v: RunwayView, R: number): { days: string; sub: string; unit?: string } {
  const r = v.runway;
  if (r.days === null || r.months === null)
    return { days: `> ${R} months`, sub: `cash lasts beyond the ${R}-month horizon` };
  return {
    days: String(r.days),
    unit: 'days',
    sub: `${r.months.toFixed(1)} months · cash out ${r.cashOutDate ?? ''}`,
  };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** Results: KPI cards and the two charts. `stale` marks a result older than the inputs. */
export function ResultsScreen({ result, stale }: { result: ModelResult; stale: boolean }) {
  const s = useStyles();
  const sc = result.scenario;
  const R = sc.runwayHorizonMonths;
  const H = sc.horizonMonths;
  const cur = sc.currency;
  const money = (x: Decimal) => formatMoney(x, cur);
  const exp = result.views.offerExpected.runway.days;
  return (
    <div className={stale ? s.stale : undefined} data-testid="results">
      <Section
        title="Runway"
        note="Days of cash from the start date; each view runs month by month to the horizon."
      >
        <div className={s.cards}>
          {(Object.keys(VIEW_LABELS) as OfferView[]).map((v) => {
            const t = runwayText(result.views[v], R);
            return (
              <Kpi
                key={v}
                label={VIEW_LABELS[v]}
                value={t.days}
                unit={t.unit}
                sub={t.sub}
                testId={`kpi-runway-days-${v}`}
              />
            );
          })}
          {sc.market.compareAt.map((p) => {
            const view = result.market[p];
            if (!view) return null;
            const t = runwayText(view, R);
            return (
              <Kpi
                key={p}
                label={`Cash match at ${p.toUpperCase()}`}
                value={t.days}
                unit={t.unit}
                sub={t.sub}
                testId={`kpi-runway-days-market-${p}`}
              />
            );
          })}
        </div>
      </Section>
      <Section
        title="Days gained with this offer"
        note="Expected-gain runway minus the runway of the same hire paid the market base in cash."
      >
        <div className={s.cards}>
          {sc.market.compareAt.map((p) => {
            const m = result.market[p]?.runway.days;
            if (exp == null || m == null)
              return (
                <Kpi
                  key={p}
                  label={`vs ${p.toUpperCase()}`}
                  value="n/a"
                  sub="runway beyond the horizon"
                />
              );
            const d = daysGained(exp, m) as number;
            return (
              <Kpi
                key={p}
                label={`vs ${p.toUpperCase()} cash match`}
                value={`${signed(d)} days`}
                tone={d > 0 ? 'good' : d < 0 ? 'bad' : undefined}
                testId={`kpi-days-gained-${p}`}
                sub={d > 0 ? 'more runway' : d < 0 ? 'less runway' : 'the same runway'}
              />
            );
          })}
        </div>
      </Section>
      <Section title={`Cost and equity (first ${H} months)`}>
        <div className={s.cards}>
          <Kpi
            label="Cash cost of the offer"
            value={money(result.cashCost.offer)}
            testId="kpi-cash-cost"
            sub={sc.market.compareAt
              .map((p) => {
                const c = result.cashCost.market[p];
                return c ? `${p.toUpperCase()} ${money(c)}` : '';
              })
              .filter(Boolean)
              .join(' · ')}
          />
          <Kpi
            label="Dilution (expected)"
            value={formatPercent(result.equity.expected.dilution, 3)}
            exact={result.equity.expected.dilution.toString()}
            testId="kpi-dilution-expected"
            sub={`all hit ${formatPercent(result.equity.hit.dilution, 3)} · initial only ${formatPercent(result.equity.none.dilution, 3)}`}
          />
          <Kpi
            label="Pool use (expected)"
            value={formatPercent(result.equity.expected.poolUse, 2)}
            exact={result.equity.expected.poolUse.toString()}
            testId="kpi-pool-use-expected"
            sub={`${formatCount(result.equity.expected.grantedShares, 0)} shares · all hit ${formatPercent(result.equity.hit.poolUse, 2)}${result.equity.hit.poolTopUpShares.isZero() ? '' : ` · top-up ${formatCount(result.equity.hit.poolTopUpShares)}`}`}
          />
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
        </div>
      </Section>
      <Suspense fallback={<Spinner size="small" label="Loading charts…" />}>
        {result.packages.length > 0 && <PackageResults result={result} />}
        <Charts result={result} />
      </Suspense>
    </div>
  );
}
