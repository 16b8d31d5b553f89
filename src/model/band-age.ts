/**
 * How old a band set's data is (issue 12 item 10). Market bands go stale: the default set is BLS
 * OEWS May 2024. Wherever bands are used (CLI summary, pane Market screen, the workbook's Bands
 * and Summary sheets) the band row's `asOf` is shown, with a warning when it is more than
 * {@link STALE_AFTER_MONTHS} months older than today (the local date).
 */

/** Older than this many whole months: flagged. */
export const STALE_AFTER_MONTHS = 12;

/** Where newer data comes from (docs/cli.md "Market bands: how fresh"). */
export const NEWER_BANDS_HINT =
  'newer data: the BLS publishes OEWS each spring (bls.gov/oes), or import a Pave or Carta export re-headed to the band CSV columns';

/**
 * The first day an `asOf` text covers: `YYYY-MM-DD` as is, `YYYY-MM` → day 1, `YYYY` → January 1;
 * null when it is none of these.
 */
export function asOfDate(asOf: string): string | null {
  const t = asOf.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return t;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${t}-01`;
  m = /^(\d{4})$/.exec(t);
  if (m) return `${t}-01-01`;
  return null;
}

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD): 2024-05-01 → 2026-12-01 is 31. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export interface BandAge {
  /** The band row's asOf as written. */
  asOf: string;
  /** Whole months between asOf and today, or null when asOf is not a date this reads. */
  months: number | null;
  /** True when more than {@link STALE_AFTER_MONTHS} months old. */
  stale: boolean;
  /** "as of 2024-05 (31 months before 2026-12-01)". */
  label: string;
  /** A one-line warning when stale, else null. */
  warning: string | null;
}

/** The age of band data `asOf` on `today` (YYYY-MM-DD, the local date). */
export function bandAge(asOf: string, today: string): BandAge {
  const start = asOfDate(asOf);
  const months = start === null ? null : Math.max(0, monthsBetween(start, today));
  const stale = months !== null && months > STALE_AFTER_MONTHS;
  const label =
    months === null
      ? `as of ${asOf}`
      : `as of ${asOf} (${months} month${months === 1 ? '' : 's'} before ${today})`;
  return {
    asOf,
    months,
    stale,
    label,
    warning: stale
      ? `market bands are ${months} months old (as of ${asOf}, today ${today}), more than ${STALE_AFTER_MONTHS}: salaries have likely moved since; ${NEWER_BANDS_HINT}`
      : null,
  };
}
