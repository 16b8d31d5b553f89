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
  const top = Math.max(0.0001, ...bins.map((b) => Math.max(b.plan, b.market)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, bins.length);
  const bar = Math.max(1, (slot * 0.8) / (market ? 2 : 1));
  const y = (m: number) => PAD.top + innerH * (1 - m / top);
  const label = (b: Bin) =>
    b.beyond ? `beyond ${R} months` : b.from === b.to ? `day ${b.from}` : `days ${b.from}–${b.to}`;
  const finite = bins.filter((b) => !b.beyond);
  const summary = bins
    .filter((b) => b.plan > 0)
    .slice(0, 12)
    .map((b) => `${label(b)}: ${(b.plan * 100).toFixed(1)}%`)
    .join('; ');
  const planColor = tokens.colorBrandBackground;
  const marketColor = tokens.colorPaletteMarigoldBorderActive;
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
          y1={PAD.top + innerH}
          y2={PAD.top + innerH}
          stroke={tokens.colorNeutralStroke1}
        />
        <text
          x={PAD.left - 4}
          y={PAD.top + 8}
          textAnchor="end"
          fontSize="9"
          fill={tokens.colorNeutralForeground2}
        >
          {`${Math.round(top * 100)}%`}
        </text>
        <text
          x={PAD.left - 4}
          y={PAD.top + innerH}
          textAnchor="end"
          fontSize="9"
          fill={tokens.colorNeutralForeground2}
        >
          0%
        </text>
        {bins.map((b, i) => {
          const x0 = PAD.left + i * slot + slot * 0.1;
          return (
            <g key={i}>
              <rect
                x={x0}
                y={y(b.plan)}
                width={bar}
                height={PAD.top + innerH - y(b.plan)}
                fill={planColor}
              >
                <title>{`This offer, ${label(b)}: ${(b.plan * 100).toFixed(2)}%`}</title>
              </rect>
              {market && (
                <rect
                  x={x0 + bar}
                  y={y(b.market)}
                  width={bar}
                  height={PAD.top + innerH - y(b.market)}
                  fill={marketColor}
                >
                  <title>{`${marketLabel}, ${label(b)}: ${(b.market * 100).toFixed(2)}%`}</title>
                </rect>
              )}
            </g>
          );
        })}
        {finite.length > 0 && (
          <>
            <text x={PAD.left} y={H - 6} fontSize="9" fill={tokens.colorNeutralForeground2}>
              {`day ${finite[0]?.from}`}
            </text>
            <text
              x={PAD.left + finite.length * slot}
              y={H - 6}
              textAnchor="end"
              fontSize="9"
              fill={tokens.colorNeutralForeground2}
            >
              {`day ${finite[finite.length - 1]?.to}`}
            </text>
          </>
        )}
        {bins.length > finite.length && (
          <text
            x={W - PAD.right}
            y={H - 6}
            textAnchor="end"
            fontSize="9"
            fill={tokens.colorNeutralForeground2}
          >
            {`> ${R} mo`}
          </text>
        )}
      </svg>
      <figcaption>
        <ul className={s.legend}>
          <li>
            <span className={s.swatch} style={{ backgroundColor: planColor }} aria-hidden="true" />
            This offer
          </li>
          {market && (
            <li>
              <span
                className={s.swatch}
                style={{ backgroundColor: marketColor }}
                aria-hidden="true"
              />
              {marketLabel}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
