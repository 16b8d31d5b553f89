/**
 * Every Excel JavaScript API that src/excel calls, with the requirement set that introduced it
 * (from the Office.js reference). The manifest's `ExcelApi` MinVersion is the highest of these —
 * the lowest set that has everything we call — and test/manifest checks that they agree.
 */
export const EXCEL_APIS_USED: readonly { set: string; apis: string }[] = [
  {
    set: '1.1',
    apis:
      'Excel.run; Range.formulas / numberFormat / values / address, Range.clear, getEntireColumn; ' +
      'Worksheet.getRange, activate, name, position; worksheets.add / getItem; names.getItem, NamedItem.getRange, visible; ' +
      'tables.add / getItem, Table.name / style / delete / getDataBodyRange; charts.add, Chart.setPosition / title / axes / legend, ' +
      'series.getItemAt, line color; Application.calculationMode (read), calculate; font, fill, borders, alignment, wrap',
  },
  { set: '1.2', apis: 'RangeFormat.columnWidth / rowHeight, Range.columnHidden / rowHidden' },
  {
    set: '1.4',
    apis: 'worksheets / names / tables .getItemOrNullObject, names.add (with comment), NamedItem.comment / delete',
  },
  { set: '1.6', apis: 'Application.suspendApiCalculationUntilNextSync' },
  {
    set: '1.7',
    apis:
      'Worksheet.getRangeByIndexes, freezePanes, tabColor; NamedItem.formula; RangeFormat.useStandardWidth / useStandardHeight; ' +
      'ChartSeriesCollection.add, ChartSeries.setValues / setXAxisValues, Chart.name',
  },
  { set: '1.8', apis: 'Application.calculationMode (set), Worksheet.showGridlines' },
  {
    set: '1.9',
    apis: 'Application.suspendScreenUpdatingUntilNextSync, Range.autoFill (fill-down), Worksheet.pageLayout (print area, orientation, fit to pages, margins, centring)',
  },
];

/** The ExcelApi requirement set the manifest declares. */
export const EXCEL_API_MIN_VERSION = '1.9';
/** Custom functions throw CustomFunctions.Error (with a message): CustomFunctionsRuntime 1.2. */
export const CUSTOM_FUNCTIONS_RUNTIME_MIN_VERSION = '1.2';
