/**
 * What the benchmarks measure with: the median of a sample, the cells a workbook plan writes,
 * the embedded default band set, and LibreOffice's headless recalculation of a workbook.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSoffice, recalculateXlsx } from '../src/cli/libreoffice.js';
import { parseBandsCsv } from '../src/model/bands-csv.js';
import type { BandSet } from '../src/model/bands.js';
import type { WorkbookPlan } from '../src/workbook/plan.js';

export const ROOT = new URL('../', import.meta.url);

/** The middle value (the upper middle of an even count). */
export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** How many cells a workbook plan writes. */
export const cellsOf = (p: WorkbookPlan) =>
  p.sheets.reduce(
    (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0),
    0,
  );

/** The embedded default band set (BLS OEWS 2024). */
export const defaultBandSet = (): BandSet =>
  parseBandsCsv(
    readFileSync(new URL('templates/bands/bls-oews-2024.csv', ROOT), 'utf8'),
    'bls-oews-2024',
  );

/**
 * Wall times of `runs` headless LibreOffice recalculations of the workbook `bytes` (one soffice
 * call each, start-up included) after one untimed warm-up (profile creation, first start); null,
 * having said so, when LibreOffice is not installed.
 */
export async function libreOfficeRecalculations(
  bytes: Uint8Array,
  runs: number,
): Promise<number[] | null> {
  if (!findSoffice()) {
    console.log('  LibreOffice not installed: recalculation time not measured');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-bench-'));
  try {
    const file = join(dir, 'bench.xlsx');
    writeFileSync(file, bytes);
    await recalculateXlsx([file], join(dir, 'warm'));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await recalculateXlsx([file], join(dir, `out${i}`));
      times.push(performance.now() - t0);
    }
    return times;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
