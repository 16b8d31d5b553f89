import type { LineChartPoints } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { legsValue, type ValueLeg } from '../../model/candidate-value.js';
import { formatMoney } from '../../model/format.js';
import type { ModelResult } from '../../model/model.js';
import { expectedLegs } from '../../model/packages.js';
import { samplePrices } from '../package-lines.js';
import { MoneyLineChart, shortLegend } from './ChartFrame.js';
import { Section } from './Section.js';

/**
 * The candidate's total value against the share price, one line per package (docs/model.md §9,
 * expected view): `candidateCash + Σ w·v·MAX(0, P − K)`. Each line is piecewise linear with kinks
 * at the strikes, so it is drawn exactly through its value at 0, at every strike of any package,
 * at each break-even price and at the right end; lines cross at the break-even prices.
 * Loaded lazily with the chart library.
 */

const useStyles = makeStyles({
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

export default function PackageChart({ result }: { result: ModelResult }) {
  const s = useStyles();
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
    legend: shortLegend(p.name),
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
      <MoneyLineChart
        testId="package-chart"
        title="Candidate value by share price"
        lines={lines}
        legendClassName={s.legend}
      />
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
