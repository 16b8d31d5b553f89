import {
  VerticalStackedBarChart,
  type LineChartPoints,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import { Switch, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Decimal } from '../../model/decimal.js';
import { formatCount } from '../../model/format.js';
import type { ModelResult } from '../../model/model.js';
import {
  CHART_HEIGHT,
  CHART_MARGINS,
  ChartFrame,
  MoneyLineChart,
  cashLine,
  chartedMatch,
  shortLegend,
  shownMonths,
} from './ChartFrame.js';
import { Section } from './Section.js';

/**
 * The Results charts (loaded lazily: the chart library is most of their weight).
 * Runway: cash balance per month for the baseline, the offer (expected gain) and each cash match.
 * Vesting: shares vested per month by grant, on the path where every target is hit.
 */

const compactCount = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)}k` : String(n);

const PALETTE = [
  tokens.colorNeutralForeground3,
  tokens.colorBrandForeground1,
  tokens.colorPaletteMarigoldForeground1,
  tokens.colorPaletteRedForeground1,
  tokens.colorPaletteGreenForeground1,
  tokens.colorPaletteBerryForeground1,
  tokens.colorPaletteTealForeground2,
];

/** Month-end cash for the baseline, the offer (expected gain) and the charted cash match. */
function CashBalance({ result }: { result: ModelResult }) {
  const sc = result.scenario;
  const R = sc.runwayHorizonMonths;
  const [zoom, setZoom] = useState(false);
  const matchPct = chartedMatch(sc.market.compareAt);
  const match = matchPct ? result.market[matchPct] : undefined;
  const views = [result.views.baseline, result.views.offerExpected, match];
  const months = shownMonths(
    views.map((v) => v?.runway.cashOutMonth),
    R,
    zoom,
  );
  const line = (legend: string, cash: readonly Decimal[], color: number) =>
    cashLine(legend, PALETTE[color] as string, cash, months, sc.currency);
  const lines: LineChartPoints[] = [
    line('Baseline', result.views.baseline.cash, 0),
    line('Offer (expected)', result.views.offerExpected.cash, 1),
    ...(matchPct && match ? [line(`Cash match ${matchPct.toUpperCase()}`, match.cash, 2)] : []),
  ];
  const exp = result.views.offerExpected.runway;
  return (
    <Section
      title="Cash balance"
      note={`Month-end cash, months ${months.from}–${months.to}. With this offer (expected gain) cash runs out ${exp.cashOutDate ?? `after month ${R}`}.`}
    >
      {months.canZoom && (
        <Switch
          label="Zoom in on the cash-out months"
          checked={zoom}
          onChange={(_, d) => setZoom(d.checked)}
          data-testid="zoom-runway"
        />
      )}
      <MoneyLineChart testId="runway-chart" title="Cash balance by month" lines={lines} />
    </Section>
  );
}

/** Shares vested per month by grant, on the path where every target is hit. */
function VestingByGrant({ result }: { result: ModelResult }) {
  const H = result.scenario.horizonMonths;
  // Vested shares by grant (hit path): initial, each milestone, margin refreshes together.
  const byLabel = new Map<string, Decimal[]>();
  for (const g of result.grants) {
    const label = g.grant.kind === 'margin' ? 'Margin refreshes' : g.grant.label;
    const acc = byLabel.get(label) ?? Array.from({ length: H }, () => new Decimal(0));
    byLabel.set(
      label,
      acc.map((x, i) => x.plus(g.vested[i] as Decimal)),
    );
  }
  // One stacked bar per quarter (per half-year beyond four years) so bars stay legible at 320 px.
  const step = H > 48 ? 6 : 3;
  const grantColors = new Map(
    [...byLabel.keys()].map((l, i) => [l, PALETTE[(i + 1) % PALETTE.length] as string]),
  );
  const bars: VerticalStackedChartProps[] = [];
  for (let k = step; k <= H; k += step) {
    bars.push({
      xAxisPoint: String(k),
      xAxisCalloutData: `Month ${k}`,
      chartData: [...byLabel.entries()].map(([label, vals]) => ({
        legend: shortLegend(label),
        data: (vals[k - 1] as Decimal).toNumber(),
        color: grantColors.get(label),
        yAxisCalloutData: formatCount(vals[k - 1] as Decimal),
      })),
    });
  }
  const lastVested = [...byLabel.values()].reduce((a, v) => a.plus(v[H - 1] ?? 0), new Decimal(0));
  return (
    <Section
      title="Vesting by grant"
      note={`Shares vested each month if every milestone and margin target is hit: ${formatCount(lastVested)} by month ${H}.`}
    >
      <ChartFrame testId="vesting-chart">
        {(width) => (
          <VerticalStackedBarChart
            width={width}
            height={CHART_HEIGHT}
            data={bars}
            chartTitle="Vested shares by grant"
            yAxisTickFormat={compactCount}
            legendProps={{ enabledWrapLines: true }}
            margins={CHART_MARGINS}
          />
        )}
      </ChartFrame>
    </Section>
  );
}

export default function Charts({ result }: { result: ModelResult }) {
  return (
    <>
      <CashBalance result={result} />
      <VestingByGrant result={result} />
    </>
  );
}
