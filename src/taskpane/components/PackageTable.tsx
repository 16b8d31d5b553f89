import { makeStyles, tokens } from '@fluentui/react-components';
import { Decimal } from '../../model/decimal.js';
import { formatMoney, formatPercent } from '../../model/format.js';
import type { ModelResult } from '../../model/model.js';
import { signed } from './ResultCards.js';
import { Section } from './Section.js';

const useStyles = makeStyles({
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  // The section's title says it on screen; the caption names the table for assistive tools.
  caption: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  head: {
    textAlign: 'right',
    verticalAlign: 'bottom',
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  labelCol: { width: '34%' },
  rowHead: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    overflowWrap: 'anywhere',
  },
  cell: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    overflowWrap: 'anywhere',
  },
  group: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** "$1.85M", "$612k", "$940": short enough for four columns at 320 px (the exact figure is the title). */
export function compactMoney(x: Decimal, currency: string): string {
  const a = x.abs();
  const sign = x.isNegative() && !x.isZero() ? '−' : '';
  const sym = formatMoney(new Decimal(0), currency).replace(/0$/, '');
  if (a.greaterThanOrEqualTo(1e6)) return `${sign}${sym}${a.div(1e6).toFixed(2)}M`;
  if (a.greaterThanOrEqualTo(1e4)) return `${sign}${sym}${a.div(1e3).toFixed(0)}k`;
  return formatMoney(x, currency);
}

interface Row {
  label: string;
  /** A stable id for tests: `pkg-<i>-<id>`. */
  id: string;
  cells: { text: string; exact?: string; title?: string; tone?: 'good' | 'bad' }[];
}

/** A cell of money: compacted, the exact figure in its title and data-value. */
function moneyCell(x: Decimal, currency: string): Row['cells'][number] {
  return {
    text: compactMoney(x, currency),
    exact: x.toFixed(2),
    title: formatMoney(x, currency, 2),
  };
}

/** The rows for the company: runway, days against each cash match, cash cost, dilution. */
function companyRows(result: ModelResult): Row[] {
  const sc = result.scenario;
  const R = sc.runwayHorizonMonths;
  const H = sc.horizonMonths;
  const pk = result.packages;
  const money = (x: Decimal) => moneyCell(x, sc.currency);
  return [
    {
      label: 'Runway, expected',
      id: 'runway-days',
      cells: pk.map((p) => {
        const d = p.model.views.offerExpected.runway.days;
        return d === null
          ? { text: `> ${R} mo`, exact: '' }
          : { text: `${d.toLocaleString('en-US')} d`, exact: String(d) };
      }),
    },
    ...sc.market.compareAt.map((q): Row => ({
      label: `Days vs ${q.toUpperCase()} cash match`,
      id: `days-gained-${q}`,
      cells: pk.map((p) => {
        const d = p.daysGained[q];
        if (d === null || d === undefined) return { text: 'n/a', exact: '' };
        return {
          text: signed(d),
          exact: String(d),
          tone: d > 0 ? 'good' : d < 0 ? 'bad' : undefined,
        };
      }),
    })),
    {
      label: `Cash cost, ${H} mo`,
      id: 'cash-cost',
      cells: pk.map((p) => money(p.model.cashCost.offer)),
    },
    {
      label: 'Dilution, expected',
      id: 'dilution',
      cells: pk.map((p) => ({
        text: formatPercent(p.model.equity.expected.dilution, 3),
        exact: p.model.equity.expected.dilution.toString(),
      })),
    },
  ];
}

/** The rows for the candidate: cash paid, total at each exit price, break-even price. */
function candidateRows(result: ModelResult): Row[] {
  const sc = result.scenario;
  const cur = sc.currency;
  const H = sc.horizonMonths;
  const pk = result.packages;
  const money = (x: Decimal) => moneyCell(x, cur);
  return [
    {
      label: `Cash paid, ${H} mo`,
      id: 'candidate-cash',
      cells: pk.map((p) => money(p.candidate.cash)),
    },
    ...sc.exitPrices.map((price, j): Row => ({
      label: `Total at ${formatMoney(price, cur, 2)} a share`,
      id: `candidate-total-${j}`,
      cells: pk.map((p) => money(p.candidate.total.expected[j] as Decimal)),
    })),
    {
      label: `Break-even share price vs ${pk[0]?.name ?? 'package 1'}`,
      id: 'break-even',
      cells: pk.map((p, i) => {
        if (i === 0) return { text: 'reference', exact: '' };
        if (p.breakEven === null)
          return { text: 'never', exact: '', title: 'no share price makes it worth as much' };
        if (p.breakEven.isZero())
          return { text: 'always', exact: '0.00', title: 'worth at least as much at any price' };
        return { text: formatMoney(p.breakEven, cur, 2), exact: p.breakEven.toFixed(2) };
      }),
    },
  ];
}

/** One group of rows under its heading, a cell per package. */
function RowGroup({ title, rows, columns }: { title: string; rows: Row[]; columns: number }) {
  const s = useStyles();
  return (
    <tbody>
      <tr>
        <th scope="colgroup" colSpan={columns + 1} className={s.group}>
          {title}
        </th>
      </tr>
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row" className={s.rowHead}>
            {r.label}
          </th>
          {r.cells.map((c, i) => (
            <td
              key={i}
              className={`${s.cell} ${c.tone ? s[c.tone] : ''}`}
              title={c.title}
              data-testid={`pkg-${i}-${r.id}`}
              data-value={c.exact}
            >
              {c.text}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * The packages side by side (docs/model.md §9): one column per package, one row per figure, in
 * the words a founder reads in ten seconds. Fits 320 px with four packages (figures compacted,
 * the exact figure in each cell's title and data-value).
 */
export function PackageTable({ result }: { result: ModelResult }) {
  const s = useStyles();
  const H = result.scenario.horizonMonths;
  const pk = result.packages;
  return (
    <Section
      title="Packages side by side"
      note={`The candidate chooses one. Company: runway with each package (expected gain), against the same cash matches. Candidate: cash paid plus equity value after ${H} months, expected view.`}
    >
      <table className={s.table} data-testid="package-table">
        <caption className={s.caption}>Packages compared</caption>
        <colgroup>
          <col className={s.labelCol} />
          {pk.map((p) => (
            <col key={p.name} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td />
            {pk.map((p, i) => (
              <th key={p.name} scope="col" className={s.head} data-testid={`pkg-${i}-name`}>
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <RowGroup title="For the company" rows={companyRows(result)} columns={pk.length} />
        <RowGroup title="For the candidate" rows={candidateRows(result)} columns={pk.length} />
      </table>
    </Section>
  );
}
