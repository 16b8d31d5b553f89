import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { Decimal } from '../../model/decimal.js';
import { formatMoney } from '../../model/format.js';
import { Section } from '../components/Section.js';
import type { PlanSummary } from './plan-eval.js';

/**
 * Plan mode's chart (loaded lazily, like the single-offer charts): month-end cash for the
 * baseline (no hires), the plan (expected gain) and every hire paid P75 in cash — the workbook's
 * plan chart, in the pane.
 */

const useStyles = makeStyles({ chart: { width: '100%', minHeight: '240px' } });

const compactMoney = (n: number) => {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}$${(a / 1e3).toFixed(0)}k`;
  return `${sign}$${a.toFixed(0)}`;
};

export default function PlanChart({ summary }: { summary: PlanSummary }) {
  const s = useStyles();
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
  const R = summary.runwayHorizonMonths;
  const match = summary.compareAt.includes('p75')
    ? 'p75'
    : summary.compareAt[Math.floor(summary.compareAt.length / 2)];
  const matchView = match ? summary.market[match] : undefined;
  const outs = [summary.views.baseline, summary.views.planExpected, matchView].map(
    (v) => v?.cashOutMonth ?? R,
  );
  const to = Math.min(R, Math.max(...outs) + 3);
  const line = (legend: string, cash: readonly number[], color: string): LineChartPoints => ({
    legend,
    color,
    data: cash.slice(0, to + 1).map((y, k) => ({
      x: k,
      y,
      xAxisCalloutData: `Month ${k}`,
      yAxisCalloutData: formatMoney(new Decimal(y), summary.currency),
    })),
  });
  const lines: LineChartPoints[] = [
    line('Baseline', summary.cash.baseline, tokens.colorNeutralForeground3),
    line('Plan (expected)', summary.cash.planExpected, tokens.colorBrandForeground1),
  ];
  const mc = match ? summary.cash.market[match] : undefined;
  if (match && mc)
    lines.push(
      line(`${match.toUpperCase()} cash match`, mc, tokens.colorPaletteMarigoldForeground1),
    );
  const exp = summary.views.planExpected;
  return (
    <Section
      title="Cash by month"
      note={`Month-end cash, months 0–${to}. With the plan (expected gain) cash runs out ${exp.cashOutDate ?? `after month ${R}`}.`}
    >
      <div className={s.chart} data-testid="plan-chart" ref={ref}>
        {width > 0 && (
          <LineChart
            width={width}
            height={240}
            data={{ chartTitle: 'Cash balance by month', lineChartData: lines }}
            yAxisTickFormat={compactMoney}
            legendProps={{ enabledWrapLines: true }}
            margins={{ left: 44, right: 12, top: 12, bottom: 28 }}
          />
        )}
      </div>
    </Section>
  );
}
