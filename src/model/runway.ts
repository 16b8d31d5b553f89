import { Decimal, DPM, round } from './decimal.js';

/** A runway result (model.md §3.4). `months` is unrounded; null = beyond the horizon R. */
export interface Runway {
  months: Decimal | null;
  days: number | null;
  cashOutDate: string | null;
  /** The first month whose closing cash is negative, or null. */
  cashOutMonth: number | null;
}

/**
 * model.md §3.4: the first k ≤ R with `cash_k < 0` gives `(k − 1) + cash_{k−1} / netBurn_k`;
 * none gives "beyond R". `cash` holds cash_0..cash_R, `netBurn` netBurn_1..netBurn_R.
 */
export function runwayFrom(
  cash: readonly Decimal[],
  netBurn: readonly Decimal[],
  startDate: string,
): Runway {
  for (let k = 1; k < cash.length; k++) {
    if ((cash[k] as Decimal).lessThan(0)) {
      const months = new Decimal(k - 1).plus(
        (cash[k - 1] as Decimal).div(netBurn[k - 1] as Decimal),
      );
      const days = runwayDays(months);
      return { months, days, cashOutDate: addDays(startDate, days), cashOutMonth: k };
    }
  }
  return { months: null, days: null, cashOutDate: null, cashOutMonth: null };
}

/** `ROUND(runway × DPM, 0)`. */
export function runwayDays(months: Decimal): number {
  return round(months.times(DPM), 0).toNumber();
}

/** Date-only arithmetic: `YYYY-MM-DD` plus whole days, no time zones. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) + days * 86_400_000);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/**
 * Runway days one view gains over another (`a − b`, negative when it loses), or null when either
 * runs beyond the horizon. The CLI summary, the pane and the workbook's cached values all use it.
 */
export function daysGained(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}
