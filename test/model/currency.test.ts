/**
 * One currency table (issue 8 item 2): the CLI's money, the workbook's number formats and a CSV
 * salary cell's symbol all come from CURRENCY_SYMBOL (src/model/format.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseSalaryCell } from '../../src/model/bands-csv.js';
import { Decimal } from '../../src/model/decimal.js';
import { formatMoney, leadingCurrencySymbol, localDate } from '../../src/model/format.js';
import { currencyFormats } from '../../src/workbook/sheet-context.js';

describe('currency symbols in one place', () => {
  it('the longest known symbol a text starts with, and its currency', () => {
    expect(leadingCurrencySymbol('$112,590')).toEqual({ symbol: '$', currency: 'USD' });
    expect(leadingCurrencySymbol('CA$5')).toEqual({ symbol: 'CA$', currency: 'CAD' });
    expect(leadingCurrencySymbol('A$5')).toEqual({ symbol: 'A$', currency: 'AUD' });
    expect(leadingCurrencySymbol('112590')).toBeNull();
    expect(leadingCurrencySymbol('CHF 5')).toBeNull();
  });

  it('a salary cell takes its own currency symbol and names another', () => {
    expect(parseSalaryCell('€112,590', 'EUR')).toEqual(new Decimal(112590));
    expect(parseSalaryCell('CA$112,590.50', 'CAD')).toEqual(new Decimal('112590.5'));
    expect(parseSalaryCell('$112,590', 'CAD')).toBe(
      'has the symbol "$" but the row\'s currency is CAD',
    );
    expect(parseSalaryCell('£1', 'USD')).toBe('has the symbol "£" but the row\'s currency is USD');
  });

  it('the CLI and the workbook write the same symbol', () => {
    expect(formatMoney(new Decimal(1234567), 'CAD')).toBe('CA$1,234,567');
    expect(formatMoney(new Decimal(-1234), 'GBP')).toBe('−£1,234');
    expect(formatMoney(new Decimal(10), 'CHF')).toBe('CHF 10');
    expect(currencyFormats('CAD').money0).toBe('"CA$"#,##0;-"CA$"#,##0');
    expect(currencyFormats('EUR').symbol).toBe('€');
    expect(currencyFormats('CHF').money0).toBe('#,##0 "CHF"');
  });

  it('today is the local calendar date', () => {
    // 2027-03-09 23:30 local time is still March 9th, whatever the UTC date.
    expect(localDate(new Date(2027, 2, 9, 23, 30))).toBe('2027-03-09');
    expect(localDate(new Date(999, 0, 1))).toBe('0999-01-01');
  });
});
