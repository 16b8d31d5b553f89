import { makeStyles, tokens } from '@fluentui/react-components';
import { binDays, type Bin } from '../risk/bins.js';
import type { HistogramData } from '../risk/protocol.js';

const useStyles = makeStyles({
  wrap: { width: '100%', margin: `${tokens.spacingVerticalS} 0` },
  svg: { width: '100%', height: 'auto', display: 'block' },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
});

const W = 320;
const H = 150;
const PAD = { left: 34, right: 6, top: 8, bottom: 22 };

/** The chart's frame: its inner size, and a bar's height as the SVG's y of a share m. */
function frame(bins: Bin[], paired: boolean) {
  const top = Math.max(0.0001, ...bins.map((b) => Math.max(b.plan, b.market)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, bins.length);
  return {
    top,
    innerH,
    slot,
    bar: Math.max(1, (slot * 0.8) / (paired ? 2 : 1)),
    y: (m: number) => PAD.top + innerH * (1 - m / top),
  };
}

/** How a bin is named in tooltips and the summary. */
const binLabel = (b: Bin, R: number) =>
  b.beyond ? `beyond ${R} months` : b.from === b.to ? `day ${b.from}` : `days ${b.from}–${b.to}`;

/** A small grey axis label. */
function AxisText({
  x,
  y,
  end,
  children,
}: {
  x: number;
  y: number;
  end?: boolean;
  children: string;
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={end ? 'end' : undefined}
      fontSize="9"
      fill={tokens.colorNeutralForeground2}
    >
      {children}
    </text>
  );
}

/** One bar: share `m` of the paths at `x`, with a tooltip. */
function Bar({
  x,
  m,
  f,
  color,
  tip,
}: {
  x: number;
  m: number;
  f: ReturnType<typeof frame>;
  color: string;
  tip: string;
}) {
  return (
    <rect x={x} y={f.y(m)} width={f.bar} height={PAD.top + f.innerH - f.y(m)} fill={color}>
      <title>{`${tip}: ${(m * 100).toFixed(2)}%`}</title>
    </rect>
  );
}

/** The day range under the finite bins, and "> R mo" under the beyond bin when there is one. */
function DayAxis({ bins, slot, R }: { bins: Bin[]; slot: number; R: number }) {
  const finite = bins.filter((b) => !b.beyond);
  return (
    <>
      {finite.length > 0 && (
        <>
          <AxisText x={PAD.left} y={H - 6}>{`day ${finite[0]?.from}`}</AxisText>
          <AxisText x={PAD.left + finite.length * slot} y={H - 6} end>
            {`day ${finite[finite.length - 1]?.to}`}
          </AxisText>
        </>
      )}
      {bins.length > finite.length && (
        <AxisText x={W - PAD.right} y={H - 6} end>{`> ${R} mo`}</AxisText>
      )}
    </>
  );
}

const PLAN_COLOR = tokens.colorBrandBackground;
const MARKET_COLOR = tokens.colorPaletteMarigoldBorderActive;

function Legend({ marketLabel, withMarket }: { marketLabel: string; withMarket: boolean }) {
  const s = useStyles();
  return (
    <ul className={s.legend}>
      <li>
        <span className={s.swatch} style={{ backgroundColor: PLAN_COLOR }} aria-hidden="true" />
        This offer
      </li>
      {withMarket && (
        <li>
          <span className={s.swatch} style={{ backgroundColor: MARKET_COLOR }} aria-hidden="true" />
          {marketLabel}
        </li>
      )}
    </ul>
  );
}

/**
 * A histogram of runway days for the offer and a cash match, drawn as plain SVG (light and fast:
 * it renders while a simulation runs without holding the main thread).
 */
export function RunwayHistogram({
  plan,
  market,
  marketLabel,
  R,
  title,
}: {
  plan: HistogramData;
  market: HistogramData | undefined;
  marketLabel: string;
  R: number;
  title: string;
}) {
  const s = useStyles();
  const bins = binDays(plan, market);
  const f = frame(bins, market !== undefined);
  const summary = bins
    .filter((b) => b.plan > 0)
    .slice(0, 12)
    .map((b) => `${binLabel(b, R)}: ${(b.plan * 100).toFixed(1)}%`)
    .join('; ');
  return (
    <figure className={s.wrap} data-testid="risk-histogram">
      <svg
        className={s.svg}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}. This offer: ${summary || 'no paths'}.`}
      >
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={PAD.top + f.innerH}
          y2={PAD.top + f.innerH}
          stroke={tokens.colorNeutralStroke1}
        />
        <AxisText x={PAD.left - 4} y={PAD.top + 8} end>{`${Math.round(f.top * 100)}%`}</AxisText>
        <AxisText x={PAD.left - 4} y={PAD.top + f.innerH} end>
          0%
        </AxisText>
        {bins.map((b, i) => {
          const x0 = PAD.left + i * f.slot + f.slot * 0.1;
          return (
            <g key={i}>
              <Bar
                x={x0}
                m={b.plan}
                f={f}
                color={PLAN_COLOR}
                tip={`This offer, ${binLabel(b, R)}`}
              />
              {market && (
                <Bar
                  x={x0 + f.bar}
                  m={b.market}
                  f={f}
                  color={MARKET_COLOR}
                  tip={`${marketLabel}, ${binLabel(b, R)}`}
                />
              )}
            </g>
          );
        })}
        <DayAxis bins={bins} slot={f.slot} R={R} />
      </svg>
      <figcaption>
        <Legend marketLabel={marketLabel} withMarket={market !== undefined} />
      </figcaption>
    </figure>
  );
}
