import { Decimal, fixed } from './decimal.js';

/**
 * The currency symbols of every face, by ISO code: the CLI and pane write money with them, the
 * workbook's number formats show them, and a band or hires CSV's salary cell may start with its
 * row's one. A currency not listed is written with its code ("CHF 1,000", `#,##0 "CHF"`).
 */
export const CURRENCY_SYMBOL: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CAD: 'CA$',
  AUD: 'A$',
};
const SYMBOL = CURRENCY_SYMBOL;

/** The known currency symbol `text` starts with (the longest), and its currency; else null. */
export function leadingCurrencySymbol(text: string): { symbol: string; currency: string } | null {
  let found: { symbol: string; currency: string } | null = null;
  for (const [currency, symbol] of Object.entries(CURRENCY_SYMBOL))
    if (text.startsWith(symbol) && symbol.length > (found?.symbol.length ?? 0))
      found = { symbol, currency };
  return found;
}

/** The local calendar date of a moment, YYYY-MM-DD ("today" for every face). */
export function localDate(now: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Groups an unsigned decimal string in thousands: "1234567.5" → "1,234,567.5". */
function group(digits: string): string {
  const [whole, frac] = digits.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Money for people: "$1,234,567" (half away from zero), negative as "−$1,234". */
export function formatMoney(x: Decimal, currency: string, places = 0): string {
  const s = fixed(x, places);
  const negative = s.startsWith('-');
  const symbol = SYMBOL[currency] ?? `${currency} `;
  return `${negative ? '−' : ''}${symbol}${group(negative ? s.slice(1) : s)}`;
}

/** A count for people: "1,234,567" or with places "1,234.5000". */
export function formatCount(x: Decimal, places = 0): string {
  const s = fixed(x, places);
  return s.startsWith('-') ? `−${group(s.slice(1))}` : group(s);
}

/** A fraction as a percentage: 0.001234 → "0.123%". */
export function formatPercent(x: Decimal, places = 1): string {
  return `${fixed(x.times(100), places)}%`;
}
