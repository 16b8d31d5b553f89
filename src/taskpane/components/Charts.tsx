import {
  LineChart,
  VerticalStackedBarChart,
  type LineChartPoints,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import { Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { Decimal } from '../../model/decimal.js';
import { formatCount, formatMoney } from '../../model/format.js';
import type { ModelResult } from '../../model/model.js';
import { Section } from './Section.js';

/**
 * The Results charts (loaded lazily: the chart library is most of their weight).
 * Runway: cash balance per month for the baseline, the offer (expected gain) and each cash match.
 * Vesting: shares vested per month by grant, on the path where every target is hit.
 */

const useStyles = makeStyles({
  chart: { width: '100%', minHeight: '240px' },
});

const compactMoney = (n: number) => {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}$${(a / 1e3).toFixed(0)}k`;
  return `${sign}$${a.toFixed(0)}`;
};
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

/** The width of an element, followed as the pane is resized (0 until measured). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

const HEIGHT = 240;

export default function Charts({ result }: { result: ModelResult }) {
  const s = useStyles();
  const [runwayRef, runwayWidth] = useWidth();
  const [vestRef, vestWidth] = useWidth();
  const sc = result.scenario;
  const cur = sc.currency;
  const month = (k: number) => k;

  const [zoom, setZoom] = useState(false);
  const cashLine = (legend: string, all: readonly Decimal[], color: string): LineChartPoints => ({
    legend,
    color,
    data: all.slice(from, to + 1).map((c, i) => ({
      x: month(from + i),
      y: c.toNumber(),
      xAxisCalloutData: `Month ${from + i}`,
      yAxisCalloutData: formatMoney(c, cur),
    })),
  });
  // The cash match shown: P75 when compared (as in the workbook's chart), else the middle one.
  const matchPct = sc.market.compareAt.includes('p75')
    ? 'p75'
    : sc.market.compareAt[Math.floor(sc.market.compareAt.length / 2)];
  // Months shown: up to a few months past the last cash-out (the rest is only deeper debt).
  const outs = [
    result.views.baseline,
    result.views.offerExpected,
    matchPct ? result.market[matchPct] : undefined,
  ].map((v) => v?.runway.cashOutMonth ?? sc.runwayHorizonMonths);
  const shown = Math.min(sc.runwayHorizonMonths, Math.max(...outs) + 3);
  // Zoomed: the months around the cash-outs, where a hire's few days of runway become visible.
  const canZoom = outs.some((m) => m < sc.runwayHorizonMonths);
  const from = zoom && canZoom ? Math.max(0, Math.min(...outs) - 4) : 0;
  const to = zoom && canZoom ? Math.min(sc.runwayHorizonMonths, Math.max(...outs) + 1) : shown;
  const lines: LineChartPoints[] = [
    cashLine('Baseline', result.views.baseline.cash, PALETTE[0] as string),
    cashLine('Offer (expected)', result.views.offerExpected.cash, PALETTE[1] as string),
    ...[matchPct].flatMap((p) => {
      const v = p ? result.market[p] : undefined;
      return p && v
        ? [cashLine(`Cash match ${p.toUpperCase()}`, v.cash, PALETTE[2] as string)]
        : [];
    }),
  ];

  // Vested shares by grant (hit path): initial, each milestone, margin refreshes together.
  const H = sc.horizonMonths;
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
        legend: label.length > 28 ? `${label.slice(0, 27)}…` : label,
        data: (vals[k - 1] as Decimal).toNumber(),
        color: grantColors.get(label),
        yAxisCalloutData: formatCount(vals[k - 1] as Decimal),
      })),
    });
  }
  const lastVested = [...byLabel.values()].reduce((a, v) => a.plus(v[H - 1] ?? 0), new Decimal(0));
  const exp = result.views.offerExpected.runway;

  return (
    <>
      <Section
        title="Cash balance"
        note={`Month-end cash, months ${from}–${to}. With this offer (expected gain) cash runs out ${exp.cashOutDate ?? `after month ${sc.runwayHorizonMonths}`}.`}
      >
        {canZoom && (
          <Switch
            label="Zoom in on the cash-out months"
            checked={zoom}
            onChange={(_, d) => setZoom(d.checked)}
            data-testid="zoom-runway"
          />
        )}
        <div className={s.chart} data-testid="runway-chart" ref={runwayRef}>
          {runwayWidth > 0 && (
            <LineChart
              width={runwayWidth}
              height={HEIGHT}
              data={{ chartTitle: 'Cash balance by month', lineChartData: lines }}
              yAxisTickFormat={compactMoney}
              legendProps={{ enabledWrapLines: true }}
              margins={{ left: 44, right: 12, top: 12, bottom: 28 }}
            />
          )}
        </div>
      </Section>
      <Section
        title="Vesting by grant"
        note={`Shares vested each month if every milestone and margin target is hit: ${formatCount(lastVested)} by month ${H}.`}
      >
        <div className={s.chart} data-testid="vesting-chart" ref={vestRef}>
          {vestWidth > 0 && (
            <VerticalStackedBarChart
              width={vestWidth}
              height={HEIGHT}
              data={bars}
              chartTitle="Vested shares by grant"
              yAxisTickFormat={compactCount}
              legendProps={{ enabledWrapLines: true }}
              margins={{ left: 44, right: 12, top: 12, bottom: 28 }}
            />
          )}
        </div>
      </Section>
    </>
  );
}
