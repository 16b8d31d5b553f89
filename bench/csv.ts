import { BAND_COLUMNS, parseBandsCsv } from '../src/model/bands-csv.js';

/**
 * Band CSV import: 10,000 and 100,000 rows (the largest band set accepted), read and validated
 * whole. Linear in the file's size: the second takes about ten times the first.
 */
export function benchCsv(): void {
  console.log('Band CSV import (parse + validate every row; linear in size)');
  for (const n of [10_000, 100_000]) {
    const lines = [BAND_COLUMNS.join(',')];
    for (let i = 0; i < n; i++)
      lines.push(`"Role ${i}, ML",All,US,USD,"63,650",82630,112590,155810,194410,BLS OEWS,2024-05`);
    const text = lines.join('\r\n');
    const t0 = performance.now();
    const set = parseBandsCsv(text, 'bench');
    const ms = performance.now() - t0;
    console.log(
      `  ${n.toLocaleString('en-US').padStart(7)} rows (${(text.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0).padStart(5)} ms, ${((ms * 1000) / set.rows.length).toFixed(1)} µs per row`,
    );
  }
}
