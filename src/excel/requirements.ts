/**
 * Every Excel JavaScript API that src/excel calls, with the requirement set that introduced it.
 * The manifest's `ExcelApi` MinVersion must be the highest of these (test/manifest checks it):
 * the lowest set that still has everything we call.
 */
export const EXCEL_APIS_USED: readonly { api: string; set: string; why: string }[] = [
  {
    api: 'Excel.run, Range.values / formulas / numberFormat, Worksheet.getRange',
    set: '1.1',
    why: 'bulk cell writes',
  },
  { api: 'Workbook.tables.add, Table.style / name', set: '1.1', why: 'milestones table' },
  { api: 'Worksheet.charts.add (line)', set: '1.1', why: 'runway chart' },
  {
    api: 'Range.format.columnWidth / rowHeight, Range.format.font / fill / borders',
    set: '1.2',
    why: 'layout and styles',
  },
  {
    api: 'Worksheets.getItemOrNullObject, Workbook.names.add / getItemOrNullObject',
    set: '1.4',
    why: 'idempotent re-apply',
  },
  { api: 'Worksheet.visibility, Range.columnHidden', set: '1.2', why: 'hidden helper columns' },
  {
    api: 'Application.suspendApiCalculationUntilNextSync',
    set: '1.6',
    why: 'no recalculation while writing',
  },
  {
    api: 'Worksheet.getRangeByIndexes, Worksheet.freezePanes, Worksheet.tabColor, ChartSeries.setValues / setXAxisValues, Chart.delete',
    set: '1.7',
    why: 'plan coordinates, panes, chart series',
  },
  {
    api: 'Application.calculationMode (set), Worksheet.showGridlines, Table.delete',
    set: '1.8',
    why: 'manual calculation while writing',
  },
  {
    api: 'Application.suspendScreenUpdatingUntilNextSync, Worksheet.pageLayout (print area, orientation, zoom, margins, centering)',
    set: '1.9',
    why: 'screen updating off, print setup',
  },
];

/** The ExcelApi requirement set the manifest declares. */
export const EXCEL_API_MIN_VERSION = '1.9';
