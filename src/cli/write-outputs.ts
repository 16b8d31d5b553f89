/**
 * --xlsx and --pdf: the workbook and the candidate PDF, each written whole or not at all
 * (temporary file in the target folder, then rename).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { BandSet } from '../model/bands.js';
import { InputError } from '../model/messages.js';
import type { ModelResult } from '../model/model.js';
import { buildWorkbookPlan, SHEETS } from '../workbook/build.js';
import type { WorkbookPlan } from '../workbook/plan.js';
import { planToXlsxBuffer } from '../xlsx/render.js';
import {
  convertWithLibreOffice,
  findSoffice,
  recalcProfile,
  SOFFICE_INSTALL_HINT,
} from './libreoffice.js';

/** --pdf without LibreOffice: exit code 2 with the install line. */
export class MissingLibreOfficeError extends Error {
  constructor() {
    super(
      `--pdf needs LibreOffice (soffice), which is not installed. Install it with:\n  ${SOFFICE_INSTALL_HINT}`,
    );
  }
}

function checkTarget(flag: string, path: string): string {
  const abs = resolve(path);
  const dir = dirname(abs);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError(flag, [`cannot create the folder "${dirname(path)}" (${code})`]);
  }
  if (!statSync(dir).isDirectory())
    throw new InputError(flag, [`"${dirname(path)}" is not a folder`]);
  if (existsSync(abs) && statSync(abs).isDirectory())
    throw new InputError(flag, [`"${path}" is a folder, not a file`]);
  return abs;
}

/** Writes bytes to `path` atomically: a temporary sibling, then rename (whole or not at all). */
export async function writeFileWhole(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function writeXlsx(plan: WorkbookPlan, path: string): Promise<void> {
  const target = checkTarget('--xlsx', path);
  await writeFileWhole(target, await planToXlsxBuffer(plan));
}

/** The Offer Sheet and the Summary as one PDF, printed by LibreOffice headless. */
export async function writePdf(plan: WorkbookPlan, path: string): Promise<void> {
  const target = checkTarget('--pdf', path);
  if (!findSoffice()) throw new MissingLibreOfficeError();
  const work = mkdtempSync(join(tmpdir(), 'offer-runway-pdf-'));
  try {
    const xlsx = join(work, 'offer-sheet.xlsx');
    await writeFile(
      xlsx,
      await planToXlsxBuffer(plan, { visibleSheets: [SHEETS.offer, SHEETS.summary] }),
    );
    const [pdf] = await convertWithLibreOffice(
      [xlsx],
      'pdf',
      join(work, 'out'),
      300_000,
      recalcProfile(join(work, 'profile')),
    );
    const bytes = await readFile(pdf as string);
    if (bytes.subarray(0, 5).toString() !== '%PDF-')
      throw new Error('LibreOffice wrote something that is not a PDF');
    await writeFileWhole(target, bytes);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Writes whatever the command line asked for. */
export async function writeOutputs(
  result: ModelResult,
  bands: BandSet,
  out: { xlsx: string | null; pdf: string | null },
): Promise<string[]> {
  if (!out.xlsx && !out.pdf) return [];
  const plan = buildWorkbookPlan(result, bands);
  const written: string[] = [];
  if (out.pdf && !findSoffice()) throw new MissingLibreOfficeError();
  if (out.xlsx) {
    await writeXlsx(plan, out.xlsx);
    written.push(out.xlsx);
  }
  if (out.pdf) {
    await writePdf(plan, out.pdf);
    written.push(out.pdf);
  }
  return written;
}
