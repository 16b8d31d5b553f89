import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Decimal } from '../../model/decimal.js';
import { formatMoney } from '../../model/format.js';
import type { Percentile } from '../../model/schema.js';

/**
 * What the pane's charts share (the offer's Charts, PackageChart and the plan's PlanChart; all
 * loaded lazily with the chart library): a frame that follows the pane's width, the axis format,
 * and the cash-balance line chart with its months-shown rule.
 */

const useStyles = makeStyles({
  chart: { width: '100%', minHeight: '240px' },
});

export const CHART_HEIGHT = 240;
export const CHART_MARGINS = { left: 44, right: 12, top: 12, bottom: 28 };

/** "$1.2M", "−$350k", "$900": a money axis tick. */
export function compactMoney(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}$${(a / 1e3).toFixed(0)}k`;
  return `${sign}$${a.toFixed(0)}`;
}

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

/** A full-width box that draws its chart once it knows its width (and again on resize). */
export function ChartFrame({
  testId,
  children,
}: {
  testId: string;
  children: (width: number) => ReactNode;
}) {
  const s = useStyles();
  const [ref, width] = useWidth();
  return (
    <div className={s.chart} data-testid={testId} ref={ref}>
      {width > 0 && children(width)}
    </div>
  );
}

/** A money-by-something line chart in a {@link ChartFrame}. */
export function MoneyLineChart({
  testId,
  title,
  lines,
  legendClassName,
}: {
  testId: string;
  title: string;
  lines: LineChartPoints[];
  legendClassName?: string;
}) {
  return (
    <ChartFrame testId={testId}>
      {(width) => (
        <LineChart
          width={width}
          height={CHART_HEIGHT}
          data={{ chartTitle: title, lineChartData: lines }}
          yAxisTickFormat={compactMoney}
          legendProps={{
            enabledWrapLines: true,
            ...(legendClassName ? { styles: { legend: legendClassName } } : {}),
          }}
          margins={CHART_MARGINS}
        />
      )}
    </ChartFrame>
  );
}

/** A legend entry short enough for the pane (28 characters at most). */
export function shortLegend(label: string): string {
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}

/** The cash match a cash chart draws: P75 when compared (as in the workbook's chart), else the middle one. */
export function chartedMatch(compareAt: readonly Percentile[]): Percentile | undefined {
  return compareAt.includes('p75') ? 'p75' : compareAt[Math.floor(compareAt.length / 2)];
}

/**
 * The months a cash chart shows, from the cash-out months of its lines (null: beyond R): up to a
 * few months past the last cash-out (the rest is only deeper debt); zoomed, the months around
 * the cash-outs, where a hire's few days of runway become visible.
 */
export function shownMonths(
  cashOutMonths: readonly (number | null | undefined)[],
  runwayHorizonMonths: number,
  zoom = false,
): { from: number; to: number; canZoom: boolean } {
  const R = runwayHorizonMonths;
  const outs = cashOutMonths.map((m) => m ?? R);
  const canZoom = outs.some((m) => m < R);
  if (zoom && canZoom)
    return {
      from: Math.max(0, Math.min(...outs) - 4),
      to: Math.min(R, Math.max(...outs) + 1),
      canZoom,
    };
  return { from: 0, to: Math.min(R, Math.max(...outs) + 3), canZoom };
}

/** One line of month-end cash over months from..to (cash[k] is the cash at the end of month k). */
export function cashLine(
  legend: string,
  color: string,
  cash: readonly Decimal[] | readonly number[],
  months: { from: number; to: number },
  currency: string,
): LineChartPoints {
  return {
    legend,
    color,
    data: cash.slice(months.from, months.to + 1).map((c: Decimal | number, i) => {
      const month = months.from + i;
      return {
        x: month,
        y: typeof c === 'number' ? c : c.toNumber(),
        xAxisCalloutData: `Month ${month}`,
        yAxisCalloutData: formatMoney(typeof c === 'number' ? new Decimal(c) : c, currency),
      };
    }),
  };
}
