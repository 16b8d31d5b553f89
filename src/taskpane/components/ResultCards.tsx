import { Card, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Decimal } from '../../model/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../../model/format.js';
import type { PoolUse } from '../../model/dilution.js';
import type { EquityView } from '../../model/equity.js';
import type { Percentile } from '../../model/schema.js';

/**
 * The KPI cards of the results screens, shared by the single offer (ResultsScreen) and the hiring
 * plan (PlanResultsScreen): runway per view, days gained against each cash match, and the pool
 * use and dilution of the grants. Test ids are `${prefix}-…` (`kpi-…` for the offer, `plan-…`).
 */

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
  unit: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
});

/** A responsive grid of cards. */
export function KpiCards({ children }: { children: ReactNode }) {
  return <div className={useStyles().cards}>{children}</div>;
}

/** One figure on a card: its label, value (with unit) and a line under it. */
export function Kpi({
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
  /** The unrounded figure, for tests and assistive tooling (data-value). */
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

/** A runway as a card shows it; `months` is already written with one decimal (null beyond R). */
export interface RunwayFigures {
  days: number | null;
  months: string | null;
  cashOutDate: string | null;
}

/** One card a runway: days, months and the cash-out date, or "> R months". */
function RunwayKpi({
  label,
  runway,
  horizonMonths,
  testId,
}: {
  label: string;
  runway: RunwayFigures;
  horizonMonths: number;
  testId: string;
}) {
  const R = horizonMonths;
  if (runway.days === null || runway.months === null)
    return (
      <Kpi
        label={label}
        value={`> ${R} months`}
        sub={`cash lasts beyond the ${R}-month horizon`}
        testId={testId}
      />
    );
  return (
    <Kpi
      label={label}
      value={String(runway.days)}
      unit="days"
      sub={`${runway.months} months · cash out ${runway.cashOutDate ?? ''}`}
      testId={testId}
    />
  );
}

/**
 * The runway cards: one a view (`${prefix}-runway-days-${view}`), labelled as `labels` says,
 * then one a compared cash match that has a runway. `figures` reads a runway as the mode's
 * result carries it (a view of the offer, a summary of the plan).
 */
export function RunwayKpis<View extends string, Runway>({
  prefix,
  horizonMonths,
  labels,
  views,
  compareAt,
  marketLabel,
  market,
  figures,
}: {
  prefix: string;
  horizonMonths: number;
  labels: Record<View, string>;
  views: Record<View, Runway>;
  compareAt: readonly Percentile[];
  marketLabel: (p: Percentile) => string;
  /** The cash matches worked out (a compared one may be missing). */
  market: Partial<Record<Percentile, Runway>>;
  figures: (runway: Runway) => RunwayFigures;
}) {
  return (
    <KpiCards>
      {(Object.keys(labels) as View[]).map((v) => (
        <RunwayKpi
          key={v}
          label={labels[v]}
          runway={figures(views[v])}
          horizonMonths={horizonMonths}
          testId={`${prefix}-runway-days-${v}`}
        />
      ))}
      {compareAt.map((p) => {
        const r = market[p];
        return (
          r && (
            <RunwayKpi
              key={p}
              label={marketLabel(p)}
              runway={figures(r)}
              horizonMonths={horizonMonths}
              testId={`${prefix}-runway-days-market-${p}`}
            />
          )
        );
      })}
    </KpiCards>
  );
}

/** "+12", "−3", "0": a signed whole number of days. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** Days gained against each cash match (null: a runway beyond the horizon). */
export function DaysGainedKpis({
  prefix,
  compareAt,
  daysGained,
}: {
  prefix: string;
  compareAt: readonly Percentile[];
  daysGained: (p: Percentile) => number | null | undefined;
}) {
  return (
    <KpiCards>
      {compareAt.map((p) => {
        const d = daysGained(p);
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
            testId={`${prefix}-days-gained-${p}`}
            sub={d > 0 ? 'more runway' : d < 0 ? 'less runway' : 'the same runway'}
          />
        );
      })}
    </KpiCards>
  );
}

/**
 * The cost and equity cards: the cash cost (with each cash match's in the line under it), the
 * dilution and pool use (expected view, with the hit and initial-only views), then `children`.
 */
export function CostAndEquityKpis({
  prefix,
  costLabel,
  cost,
  marketCost,
  compareAt,
  currency,
  equity,
  children,
}: {
  prefix: string;
  costLabel: string;
  cost: Decimal;
  marketCost: Partial<Record<Percentile, Decimal>>;
  compareAt: readonly Percentile[];
  currency: string;
  equity: Record<EquityView, PoolUse>;
  children?: ReactNode;
}) {
  const { expected, hit, none } = equity;
  const money = (x: Decimal) => formatMoney(x, currency);
  const marketCosts = compareAt.flatMap((p) => {
    const c = marketCost[p];
    return c ? [`${p.toUpperCase()} ${money(c)}`] : [];
  });
  return (
    <KpiCards>
      <Kpi
        label={costLabel}
        value={money(cost)}
        exact={cost.toString()}
        testId={`${prefix}-cash-cost`}
        sub={marketCosts.join(' · ')}
      />
      <Kpi
        label="Dilution (expected)"
        value={formatPercent(expected.dilution, 3)}
        exact={expected.dilution.toString()}
        testId={`${prefix}-dilution-expected`}
        sub={`all hit ${formatPercent(hit.dilution, 3)} · initial only ${formatPercent(none.dilution, 3)}`}
      />
      <Kpi
        label="Pool use (expected)"
        value={formatPercent(expected.poolUse, 2)}
        exact={expected.poolUse.toString()}
        testId={`${prefix}-pool-use-expected`}
        sub={`${formatCount(expected.grantedShares, 0)} shares · all hit ${formatPercent(hit.poolUse, 2)}${hit.poolTopUpShares.isZero() ? '' : ` · top-up ${formatCount(hit.poolTopUpShares)}`}`}
      />
      {children}
    </KpiCards>
  );
}
