import { makeStyles, tokens } from '@fluentui/react-components';
import type { Band } from '../../model/bands.js';
import { Decimal } from '../../model/decimal.js';
import { formatMoney } from '../../model/format.js';
import { PERCENTILES } from '../../model/schema.js';

const useStyles = makeStyles({
  wrap: {
    position: 'relative',
    height: '64px',
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  track: {
    position: 'absolute',
    top: '26px',
    left: 0,
    right: 0,
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
  },
  mid: {
    position: 'absolute',
    top: '26px',
    height: '8px',
    backgroundColor: tokens.colorBrandBackground2,
  },
  tick: {
    position: 'absolute',
    top: '22px',
    width: '2px',
    height: '16px',
    backgroundColor: tokens.colorNeutralStroke1,
  },
  tickLabel: {
    position: 'absolute',
    top: '42px',
    transform: 'translateX(-50%)',
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
  marker: {
    position: 'absolute',
    top: '16px',
    width: '4px',
    height: '28px',
    marginLeft: '-2px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteRedBackground3,
  },
  markerLabel: {
    position: 'absolute',
    top: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * Where the offer's base sits in the band: the p10–p90 range, the p25–p75 middle, and a marker
 * for the offer. Plain positioned boxes with a text equivalent for screen readers.
 */
export function BandBar({
  band,
  base,
  percentile,
  currency,
}: {
  band: Band;
  base: Decimal;
  percentile: Decimal;
  currency: string;
}) {
  const s = useStyles();
  const v = band.values;
  const lo = Decimal.min(v.p10, base).times(0.97);
  const hi = Decimal.max(v.p90, base).times(1.03);
  const pos = (x: Decimal) => `${x.minus(lo).div(hi.minus(lo)).times(100).toFixed(2)}%`;
  const pctText = `${percentile.toFixed(1)}th percentile`;
  const summary = `Offer base ${formatMoney(base, currency)} is at the ${pctText} of ${band.role} / ${band.level} / ${band.location}: ${PERCENTILES.map((p) => `${p.toUpperCase()} ${formatMoney(v[p], currency)}`).join(', ')}`;
  const baseLeft = Number(base.minus(lo).div(hi.minus(lo)).times(100).toFixed(2));
  return (
    <div className={s.wrap} role="img" aria-label={summary} data-testid="band-bar">
      <div className={s.track} />
      <div
        className={s.mid}
        style={{ left: pos(v.p25), width: `calc(${pos(v.p75)} - ${pos(v.p25)})` }}
      />
      {PERCENTILES.map((p) => (
        <div key={p} className={s.tick} style={{ left: pos(v[p]) }} />
      ))}
      {(['p10', 'p50', 'p90'] as const).map((p) => (
        <span key={p} className={s.tickLabel} style={{ left: pos(v[p]) }}>
          {p.toUpperCase()}
        </span>
      ))}
      <div className={s.marker} style={{ left: pos(base) }} />
      <span
        className={s.markerLabel}
        style={
          baseLeft > 55
            ? { right: `calc(100% - ${pos(base)} - 2px)` }
            : { left: `calc(${pos(base)} - 2px)` }
        }
      >
        Offer · {pctText}
      </span>
    </div>
  );
}
