/**
 * scenario result → workbook plan (model.md §5). Pure: no Node, no Office, no ExcelJS.
 *
 * Every derived number is a formula over the named inputs on the Inputs sheet, laid out as
 * model.md §5 says. Each formula cell carries the engine's value for it as
 * its cached result, so the parity test (LibreOffice recalculates, every formula cell is
 * compared with its cached engine value) catches any drift between the two definitions.
 *
 * Each sheet is built by its own module (*-sheet.ts); this one only wires them together, in the
 * order that fixes the order of the defined names, and passes on what later sheets need.
 */
import type { BandSet } from '../model/bands.js';
import { bandAge } from '../model/band-age.js';
import { InputError } from '../model/messages.js';
import type { ModelResult } from '../model/model.js';
import { STYLES, type PlanName, type WorkbookPlan } from './plan.js';
import { buildBandsSheet } from './bands-sheet.js';
import { sheetContext } from './sheet-context.js';
import { buildInputsSheet } from './inputs-sheet.js';
import { buildMissCostSheet } from './miss-cost-sheet.js';
import { SHEETS } from './naming.js';
import { buildOfferSheet } from './offer-sheet.js';
import { buildPackagesSheet } from './packages-sheet.js';
import { buildRunwaySheet } from './runway-sheet.js';
import { buildScheduleSheet } from './schedule-sheet.js';
import { buildSummarySheet } from './summary-sheet.js';

export { SHEETS, VIEW_SUFFIX, pctLabel } from './naming.js';

/** What a workbook says that depends on the day it is built. */
export interface WorkbookOptions {
  /** Today's local date (YYYY-MM-DD): the Bands and Summary sheets say how old the bands are. */
  today?: string;
}

/** Beyond this many cells a workbook is too big to open comfortably in Excel. */
export const MAX_WORKBOOK_CELLS = 2_000_000;

/** Approximate cell count of the month grids (Runway + Schedule), before building anything. */
function workbookCells(result: ModelResult): number {
  const s = result.scenario;
  const m = s.market.compareAt.length;
  const runwayCols = 9 + 7 * (1 + m) + 3 * (4 + m);
  const scheduleCols = 14 + 2 * result.grants.length;
  return s.runwayHorizonMonths * runwayCols + s.horizonMonths * scheduleCols;
}

/**
 * Builds the workbook plan for a model result. `bands` (optional) is the whole band set, shown
 * on the Bands sheet; without it only the scenario's band row is shown.
 */
export function buildWorkbookPlan(
  result: ModelResult,
  bands?: BandSet,
  options: WorkbookOptions = {},
): WorkbookPlan {
  const s = result.scenario;
  const size = workbookCells(result);
  const bandCells = 12 * (bands?.rows.length ?? 1);
  if (size <= MAX_WORKBOOK_CELLS && size + bandCells > MAX_WORKBOOK_CELLS)
    throw new InputError('bands', [
      `the band set has ${(bands?.rows.length ?? 1).toLocaleString('en-US')} rows: with this scenario's month grids the workbook would need about ${(size + bandCells).toLocaleString('en-US')} cells (more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')}); use a band CSV with fewer rows`,
    ]);
  const age = options.today ? bandAge(result.band.row.asOf, options.today) : null;
  if (size > MAX_WORKBOOK_CELLS)
    throw new InputError('scenario', [
      `horizonMonths: the workbook would need about ${size.toLocaleString('en-US')} formula cells (more than ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')}): shorten horizonMonths / runwayHorizonMonths or measure the margin less often (offer.refresh.margin.measureEveryMonths)`,
    ]);
  const names: PlanName[] = [];
  const ctx = sheetContext(result, names);

  const inputs = buildInputsSheet(ctx);
  const bandsSheet = buildBandsSheet(ctx, bands, age);
  const runway = buildRunwaySheet(ctx);
  const schedule = buildScheduleSheet(ctx);
  const summary = buildSummarySheet(ctx, {
    views: runway.views,
    percentiles: bandsSheet.percentiles,
    bandAge: age,
  });
  const miss = buildMissCostSheet(ctx, { detectNames: inputs.detectNames });
  // docs/model.md §9: the packages side by side, only when the scenario has some.
  const packages = result.packages.length > 0 ? buildPackagesSheet(ctx) : null;
  const offer = buildOfferSheet(result, names, {
    sheetName: SHEETS.offer,
    money0: ctx.money0,
    price: ctx.price,
    symbol: ctx.symbol,
    valueMonths: schedule.valueMonths,
  });

  return {
    title: `Offer Runway — ${s.name}`,
    sheets: [
      offer.build(),
      summary.build(),
      ...(packages ? [packages.sheet.build()] : []),
      inputs.sheet.build(),
      runway.sheet.build(),
      schedule.sheet.build(),
      bandsSheet.sheet.build(),
      miss.build(),
    ],
    names,
  };
}

export { STYLES };
