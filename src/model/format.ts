import { Decimal, fixed } from './decimal.js';

const SYMBOL: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CAD: 'CA$',
  AUD: 'A$',
};

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
