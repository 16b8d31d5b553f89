/**
 * The Bands sheet: the market band table, a Match flag per row, and the selected row's base
 * salary at each percentile (Band_P10 … Band_P90).
 */
import type { BandAge } from '../model/band-age.js';
import type { BandSet } from '../model/bands.js';
import type { Percentile } from '../model/schema.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, a1, absRange } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { SHEETS, pctLabel } from './naming.js';

export interface BandsSheet {
  sheet: SheetBuilder;
  /** The percentiles given a Band_<P> name, in order. */
  percentiles: Percentile[];
}

/** `bands` (optional) is the whole band set; without it only the scenario's band row is shown. */
export function buildBandsSheet(
  { result, names, money0 }: SheetContext,
  bands?: BandSet,
  age: BandAge | null = null,
): BandsSheet {
  const s = result.scenario;
  const bnd = new SheetBuilder(SHEETS.bands, names);
  bnd.widths(24, 10, 10, 9, 11, 11, 11, 11, 11, 60, 10, 10);
  bnd.extra.tabColor = '70AD47';
  bnd.text(0, 0, 'Market bands', 'title');
  bnd.text(
    1,
    0,
    `Band set "${bands?.name ?? s.market.bandSet}". Base salary by percentile; the row matching the Inputs' band role, level and location is used.`,
    'note',
  );
  // How old the selected band's data is (docs/cli.md "Market bands: how fresh").
  bnd.text(
    2,
    0,
    age
      ? `Selected band ${age.label}, the day this workbook was built.${age.warning ? ` Warning: ${age.warning}.` : ''}`
      : `Selected band as of ${result.band.row.asOf}.`,
    age?.warning ? 'warning' : 'note',
  );
  const bandHead = [
    'Role',
    'Level',
    'Location',
    'Currency',
    'P10',
    'P25',
    'P50',
    'P75',
    'P90',
    'Source',
    'As of',
    'Match',
  ];
  bandHead.forEach((h, i) => bnd.text(3, i, h, i === 11 ? 'helper' : 'header'));
  const bandRows = bands?.rows ?? [result.band.row];
  const b0 = 4;
  const b1 = b0 + bandRows.length - 1;
  const pcts: Percentile[] = ['p10', 'p25', 'p50', 'p75', 'p90'];
  bandRows.forEach((b, i) => {
    const r = b0 + i;
    bnd.text(r, 0, b.role);
    bnd.text(r, 1, b.level);
    bnd.text(r, 2, b.location);
    bnd.text(r, 3, b.currency);
    pcts.forEach((p, j) => bnd.num(r, 4 + j, b.values[p], money0));
    bnd.text(r, 9, b.source, 'note');
    bnd.text(r, 10, b.asOf);
    const match =
      b.role === s.market.role && b.level === s.market.level && b.location === s.market.location;
    bnd.formula(
      r,
      11,
      `IF(AND(${a1(r, 0)}=In_Market_Role,${a1(r, 1)}=In_Market_Level,${a1(r, 2)}=In_Market_Location),1,0)`,
      match ? 1 : 0,
      FORMATS.integer,
      'helper',
    );
  });
  bnd.define('Band_Match', b0, 11, b1, 11);
  const bsel = b1 + 2;
  bnd.text(bsel, 0, 'Selected band', 'section');
  bnd.text(bsel + 1, 0, 'Row in the table above', 'label');
  const selIdx =
    bandRows.findIndex(
      (b) =>
        b.role === s.market.role && b.level === s.market.level && b.location === s.market.location,
    ) + 1;
  bnd.formula(bsel + 1, 1, 'MATCH(1,Band_Match,0)', selIdx, FORMATS.integer, 'calc');
  bnd.define('Band_Row', bsel + 1, 1);
  pcts.forEach((p, j) => {
    const r = bsel + 2 + j;
    bnd.text(r, 0, `${pctLabel(p)} base salary`, 'label');
    bnd.formula(
      r,
      1,
      `INDEX(${absRange(b0, 4 + j, b1, 4 + j)},Band_Row)`,
      result.band.row.values[p],
      money0,
      'calc',
    );
    bnd.define(`Band_${pctLabel(p)}`, r, 1);
  });
  bnd.extra.freeze = { rows: 4, cols: 1 };

  return { sheet: bnd, percentiles: pcts };
}
