import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { legsValue, type ValueLeg } from '../../model/candidate-value.js';
import { formatMoney } from '../../model/format.js';
import type { ModelResult } from '../../model/model.js';
import { expectedLegs } from '../../model/packages.js';
import { samplePrices } from '../package-lines.js';
import { Section } from './Section.js';

/**
 * The candidate's total value against the share price, one line per package (docs/model.md §9,
 * expected view): `candidateCash + Σ w·v·MAX(0, P − K)`. Each line is piecewise linear with kinks
 * at the strikes, so it is drawn exactly through its value at 0, at every strike of any package,
 * at each break-even price and at the right end; lines cross at the break-even prices.
 * Loaded lazily with the chart library.
 */

const useStyles = makeStyles({
  chart: { width: '100%', minHeight: '240px' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  // Package names as typed (the chart's legend capitalises every word otherwise).
  legend: { textTransform: 'none' },
});

const COLORS = [
  tokens.colorNeutralForeground3,
  tokens.colorBrandForeground1,
  tokens.colorPaletteMarigoldForeground1,
  tokens.colorPaletteBerryForeground1,
];

const compact = (n: number) => {
  const a = Math.abs(n);
  const sign = n < 0 ? '−' : '';
  if (a >= 1e6) return `${sign}$${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}M`;
  if (a >= 1e3) return `${sign}$${(a / 1e3).toFixed(0)}k`;
  return `${sign}$${a.toFixed(0)}`;
};

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

export default function PackageChart({ result }: { result: ModelResult }) {
  const s = useStyles();
  const [ref, width] = useWidth();
  const sc = result.scenario;
  const cur = sc.currency;
  const pk = result.packages;
  const legs = pk.map((p) => expectedLegs(p.model));
  const { prices, end } = samplePrices(
    legs,
    pk.map((p) => p.breakEven),
    sc.company.preferredPrice,
  );
  const lines: LineChartPoints[] = pk.map((p, i) => ({
    legend: p.name.length > 28 ? `${p.name.slice(0, 27)}…` : p.name,
    color: COLORS[i % COLORS.length] as string,
    data: prices.map((price) => {
      const v = p.candidate.cash.plus(legsValue(legs[i] as ValueLeg[], price));
      return {
        x: price.toNumber(),
        y: v.toNumber(),
        xAxisCalloutData: `${formatMoney(price, cur, 2)} a share`,
        yAxisCalloutData: formatMoney(v, cur),
      };
    }),
  }));
  const first = pk[0]?.name ?? 'package 1';
  return (
    <Section
      title="Value to the candidate by share price"
      note={`Cash paid over ${sc.horizonMonths} months plus vested equity at a share price from $0 to ${formatMoney(end, cur, 2)} (expected view). Where a line crosses ${first}’s is its break-even price.`}
    >
      <div className={s.chart} data-testid="package-chart" ref={ref}>
        {width > 0 && (
          <LineChart
            width={width}
            height={240}
            data={{ chartTitle: 'Candidate value by share price', lineChartData: lines }}
            yAxisTickFormat={compact}
            legendProps={{ enabledWrapLines: true, styles: { legend: s.legend } }}
            margins={{ left: 44, right: 12, top: 12, bottom: 28 }}
          />
        )}
      </div>
      {pk.length > 1 && (
        <ul className={s.list} data-testid="break-even-notes">
          {pk.slice(1).map((p) => (
            <li key={p.name}>
              {p.name}:{' '}
              {p.breakEven === null
                ? `worth less than ${first} at every share price`
                : p.breakEven.isZero()
                  ? `worth at least as much as ${first} at every share price`
                  : `worth at least as much as ${first} from ${formatMoney(p.breakEven, cur, 2)} a share`}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
