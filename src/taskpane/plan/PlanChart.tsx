import type { LineChartPoints } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import { MoneyLineChart, cashLine, chartedMatch, shownMonths } from '../components/ChartFrame.js';
import { Section } from '../components/Section.js';
import type { PlanSummary } from './plan-eval.js';

/**
 * Plan mode's chart (loaded lazily, like the single-offer charts): month-end cash for the
 * baseline (no hires), the plan (expected gain) and every hire paid P75 in cash — the workbook's
 * plan chart, in the pane.
 */

export default function PlanChart({ summary }: { summary: PlanSummary }) {
  const R = summary.runwayHorizonMonths;
  const match = chartedMatch(summary.compareAt);
  const matchView = match ? summary.market[match] : undefined;
  const months = shownMonths(
    [summary.views.baseline, summary.views.planExpected, matchView].map((v) => v?.cashOutMonth),
    R,
  );
  const line = (legend: string, cash: readonly number[], color: string) =>
    cashLine(legend, color, cash, months, summary.currency);
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
      note={`Month-end cash, months 0–${months.to}. With the plan (expected gain) cash runs out ${exp.cashOutDate ?? `after month ${R}`}.`}
    >
      <MoneyLineChart testId="plan-chart" title="Cash balance by month" lines={lines} />
    </Section>
  );
}
