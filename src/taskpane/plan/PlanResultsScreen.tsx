import {
  Card,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, type ReactNode } from 'react';
import { Decimal } from '../../model/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../../model/format.js';
import type { PlanView } from '../../model/plan/engine.js';
import { PLAN_VIEW_LABEL } from '../../model/words.js';
import { Section } from '../components/Section.js';
import type { PlanSummary, RunwaySummary } from './plan-eval.js';

const PlanChart = lazy(() => import(/* webpackChunkName: "plan-chart" */ './PlanChart.js'));

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
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
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
  value: ReactNode;
  sub?: ReactNode;
  testId?: string;
  tone?: 'good' | 'bad';
  unit?: string;
  exact?: string;
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

const VIEW_LABELS = PLAN_VIEW_LABEL;

function runwayText(r: RunwaySummary, R: number) {
  if (r.days === null || r.months === null)
    return { days: `> ${R} months`, sub: `cash lasts beyond the ${R}-month horizon` };
  return {
    days: String(r.days),
    unit: 'days',
    sub: `${Number(r.months).toFixed(1)} months · cash out ${r.cashOutDate ?? ''}`,
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Plan results: runway per view, days against each cash match, cost, dilution, the chart. */
export function PlanResultsScreen({ summary, stale }: { summary: PlanSummary; stale: boolean }) {
  const s = useStyles();
  const R = summary.runwayHorizonMonths;
  const H = summary.horizonMonths;
  const money = (x: string) => formatMoney(new Decimal(x), summary.currency);
  const pct = (x: string, places: number) => formatPercent(new Decimal(x), places);
  const eq = summary.equity;
  return (
    <div className={stale ? s.stale : undefined} data-testid="plan-results">
      <Section
        title="Runway"
        note={`Days of cash from the plan's start with all ${summary.hires.length} hires, each from its own start month.`}
      >
        <div className={s.cards}>
          {(Object.keys(VIEW_LABELS) as PlanView[]).map((v) => {
            const t = runwayText(summary.views[v], R);
            return (
              <Kpi
                key={v}
                label={VIEW_LABELS[v]}
                value={t.days}
                unit={t.unit}
                sub={t.sub}
                testId={`plan-runway-days-${v}`}
              />
            );
          })}
          {summary.compareAt.map((p) => {
            const view = summary.market[p];
            if (!view) return null;
            const t = runwayText(view, R);
            return (
              <Kpi
                key={p}
                label={`Every hire paid ${p.toUpperCase()} in cash`}
                value={t.days}
                unit={t.unit}
                sub={t.sub}
                testId={`plan-runway-days-market-${p}`}
              />
            );
          })}
        </div>
      </Section>
      <Section
        title="Days gained with this plan"
        note="Expected-gain runway minus the runway of the same hires each paid their own band's percentile in cash, without refreshes."
      >
        <div className={s.cards}>
          {summary.compareAt.map((p) => {
            const d = summary.daysGained[p];
            if (d === null || d === undefined)
              return (
                <Kpi
                  key={p}
                  label={`vs ${p.toUpperCase()}`}
                  value="n/a"
                  sub="runway beyond the horizon"
                />
              );
            return (
              <Kpi
                key={p}
                label={`vs ${p.toUpperCase()} cash match`}
                value={`${signed(d)} days`}
                tone={d > 0 ? 'good' : d < 0 ? 'bad' : undefined}
                testId={`plan-days-gained-${p}`}
                sub={d > 0 ? 'more runway' : d < 0 ? 'less runway' : 'the same runway'}
              />
            );
          })}
        </div>
      </Section>
      <Section title={`Cost and equity (plan months 1–${H})`}>
        <div className={s.cards}>
          <Kpi
            label="Cash cost of the plan"
            value={money(summary.cashCost.plan)}
            exact={summary.cashCost.plan}
            testId="plan-cash-cost"
            sub={summary.compareAt
              .map((p) => {
                const c = summary.cashCost.market[p];
                return c ? `${p.toUpperCase()} ${money(c)}` : '';
              })
              .filter(Boolean)
              .join(' · ')}
          />
          <Kpi
            label="Dilution (expected)"
            value={pct(eq.expected.dilution, 3)}
            exact={eq.expected.dilution}
            testId="plan-dilution-expected"
            sub={`all hit ${pct(eq.hit.dilution, 3)} · initial only ${pct(eq.none.dilution, 3)}`}
          />
          <Kpi
            label="Pool use (expected)"
            value={pct(eq.expected.poolUse, 2)}
            exact={eq.expected.poolUse}
            testId="plan-pool-use-expected"
            sub={`${formatCount(new Decimal(eq.expected.grantedShares), 0)} shares · all hit ${pct(eq.hit.poolUse, 2)}${
              new Decimal(eq.hit.poolTopUpShares).isZero()
                ? ''
                : ` · top-up ${formatCount(new Decimal(eq.hit.poolTopUpShares))}`
            }`}
          />
        </div>
      </Section>
      <Suspense fallback={<Spinner size="small" label="Loading the chart…" />}>
        <PlanChart summary={summary} />
      </Suspense>
      <Section title="Per hire">
        <div className={s.tableWrap}>
          <Table size="extra-small" aria-label="Cash cost and band position per hire">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Hire (start month)</TableHeaderCell>
                <TableHeaderCell className={s.num}>Cash cost</TableHeaderCell>
                <TableHeaderCell className={s.num}>Band pct.</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.hires.map((h, i) => (
                <TableRow key={i} data-testid={`plan-hire-row-${i}`}>
                  <TableCell>
                    {h.candidate} ({h.startMonth})
                  </TableCell>
                  <TableCell className={s.num}>{money(h.cashCost)}</TableCell>
                  <TableCell className={s.num}>P{h.percentile}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Section>
    </div>
  );
}
