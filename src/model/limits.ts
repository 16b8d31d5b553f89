/**
 * Limits a scenario meets beyond each field's own (docs/cli.md "Limits"): the dates the model
 * writes stay within Excel's calendar, and no computed figure grows past what a spreadsheet
 * holds (compounding growth over up to 1,200 months can overflow a double: LibreOffice reads
 * Infinity as 0).
 */
import { Decimal } from './decimal.js';
import { LIMITS } from './fields.js';
import { InputError } from './messages.js';
import { addDays } from './runway.js';

/** Largest computed figure accepted: the largest number Excel holds (as for inputs). */
export const MAX_FIGURE = LIMITS.maxNumber;

const DPM = 30.4375;

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1, 2)}-${pad(d, 2)}`;
}

/**
 * The last date the model can write for a start date and a runway horizon of R months: the
 * start of month R+1 (month columns) or the latest cash-out date (start + ROUND(R × DPM) days).
 */
export function lastModelDate(startDate: string, R: number): string {
  const byMonths = addMonths(startDate, R);
  const byDays = addDays(startDate, Math.round(R * DPM));
  return byMonths > byDays ? byMonths : byDays;
}

/** `[path, message]` when the runway horizon would run past Excel's last date. */
export function dateLimitProblems(
  startDate: string,
  R: number,
  path = 'startDate',
): [string, string][] {
  const last = lastModelDate(startDate, R);
  if (last <= LIMITS.lastDate && /^\d{4}-/.test(last)) return [];
  return [
    [
      path,
      `with a runway horizon of ${R} months the model's dates would run to ${last}, after ${LIMITS.lastDate} (the last date a spreadsheet holds); start earlier or shorten runwayHorizonMonths, got ${startDate}`,
    ],
  ];
}

/** Which input drives a computed figure, by the result field it sits in. */
const DRIVERS: [RegExp, string, string][] = [
  [/^revenue/, 'company.revenueGrowthMonthly', 'revenue'],
  [/^opex/, 'company.opexGrowthMonthly', 'operating expense'],
  [/^(offerCost|marketCost|cashCost)/, 'offer.annualRaise', "the hire's cash cost"],
  [/^(views|market)/, 'company', 'the cash balance'],
  [/^(grants|vested|sbc|equity|exitValue|marginMeasurements|marginRoi)/, 'offer.equity', 'equity'],
  [/^(missCost)/, 'missCost', 'the cost of a miss'],
];

function firstTooLarge(value: unknown, path: string, seen: Set<object>): [string, Decimal] | null {
  if (value instanceof Decimal) {
    // Fast path for the many ordinary figures: finite with a base-10 exponent below 307.
    if (value.d && value.e < 307) return null;
    return !value.isFinite() || value.abs().greaterThan(MAX_FIGURE) ? [path, value] : null;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const hit = firstTooLarge(v, path === '' ? k : `${path}.${k}`, seen);
    if (hit) return hit;
  }
  return null;
}

/**
 * Throws {@link InputError} when a computed figure of a model result (scenario and band row
 * aside) exceeds {@link MAX_FIGURE}, naming the input that drives it.
 */
export function assertFiguresFit(result: object, source = 'scenario'): void {
  const seen = new Set<object>();
  for (const [key, value] of Object.entries(result)) {
    if (key === 'scenario' || key === 'band' || key === 'packages') continue;
    const hit = firstTooLarge(value, key, seen);
    if (!hit) continue;
    const [path, figure] = hit;
    const [, field, what] = DRIVERS.find(([re]) => re.test(path)) ?? [null, 'scenario', path];
    throw new InputError(source, [
      `${field}: makes ${what} reach ${figure.isFinite() ? figure.toExponential(3) : 'infinity'}, beyond the largest number Excel holds (${LIMITS.maxNumberText}); use smaller amounts or growth, or a shorter runwayHorizonMonths`,
    ]);
  }
}
