/**
 * --xlsx and --pdf: the workbook and the candidate PDF, each written whole or not at all
 * (temporary file in the target folder, then rename).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { BandSet } from '../model/bands.js';
import { InputError } from '../model/messages.js';
import type { ModelResult } from '../model/model.js';
import { buildWorkbookPlan, SHEETS } from '../workbook/build.js';
import type { WorkbookPlan } from '../workbook/plan.js';
import type { OutputFiles } from './output-files.js';
import { planToXlsxBuffer } from '../xlsx/render.js';
import { trackTemp } from './cleanup.js';
import { localToday } from './load.js';
import {
  EnvironmentError,
  MissingLibreOfficeError,
  isSystemError,
  systemReason,
} from './errors.js';
import {
  LibreOfficeFailedError,
  convertWithLibreOffice,
  findSoffice,
  recalcProfile,
} from './libreoffice.js';

export { MissingLibreOfficeError };

/** Wraps an operating-system error as an {@link EnvironmentError} naming `path`; rethrows others. */
function environment(path: string, err: unknown): never {
  if (isSystemError(err)) throw new EnvironmentError(path, systemReason(err));
  throw err;
}

function checkTarget(flag: string, path: string): string {
  const abs = resolve(path);
  const dir = dirname(abs);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new InputError(flag, [`cannot create the folder "${dirname(path)}" (${code})`]);
    environment(dirname(path), err);
  }
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch (err) {
    environment(dirname(path), err);
  }
  if (!dirStat.isDirectory()) throw new InputError(flag, [`"${dirname(path)}" is not a folder`]);
  let targetStat;
  try {
    targetStat = statSync(abs, { throwIfNoEntry: false });
  } catch (err) {
    environment(path, err);
  }
  if (targetStat?.isDirectory()) throw new InputError(flag, [`"${path}" is a folder, not a file`]);
  return abs;
}

const UTF8 = new TextEncoder();

/**
 * A temporary sibling name no longer (in bytes) than the target's own name, so that it fits
 * wherever the target fits (file names are limited per component, usually 255 bytes): a dot and
 * random letters, 5 to 40 bytes.
 */
export function temporarySibling(path: string): string {
  const length = Math.max(5, Math.min(40, UTF8.encode(basename(path)).length));
  const letters = randomBytes(length)
    .toString('base64url')
    .replace(/[^a-zA-Z0-9]/g, 'x')
    .slice(0, length - 1);
  return join(dirname(path), `.${letters}`);
}

/**
 * Writes bytes to `path` atomically: a temporary sibling (created exclusively), then rename
 * (whole or not at all). The temporary file is removed on failure and on SIGINT/SIGTERM.
 */
export async function writeFileWhole(path: string, bytes: Uint8Array): Promise<void> {
  let tmp = temporarySibling(path);
  let handle;
  for (let attempt = 0; ; attempt++) {
    try {
      handle = await open(tmp, 'wx');
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 20) {
        tmp = temporarySibling(path);
        continue;
      }
      environment(path, err);
    }
  }
  const untrack = trackTemp(tmp);
  try {
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    environment(path, err);
  } finally {
    untrack();
  }
}

export async function writeXlsx(plan: WorkbookPlan, path: string): Promise<void> {
  const target = checkTarget('--xlsx', path);
  await writeFileWhole(target, await planToXlsxBuffer(plan));
}

/**
 * The Offer Sheet and the Summary as one PDF, printed by LibreOffice headless; `sheets` names
 * other sheets to print instead (printed in the plan's sheet order).
 */
export async function writePdf(
  plan: WorkbookPlan,
  path: string,
  sheets: string[] = [SHEETS.offer, SHEETS.summary],
): Promise<void> {
  const target = checkTarget('--pdf', path);
  if (!findSoffice()) throw new MissingLibreOfficeError();
  let work: string;
  try {
    work = mkdtempSync(join(tmpdir(), 'offer-runway-pdf-'));
  } catch (err) {
    environment(tmpdir(), err);
  }
  const untrack = trackTemp(work);
  try {
    const xlsx = join(work, 'offer-sheet.xlsx');
    const buffer = await planToXlsxBuffer(plan, { visibleSheets: sheets });
    try {
      await writeFile(xlsx, buffer);
    } catch (err) {
      environment(xlsx, err);
    }
    let pdf: string;
    try {
      [pdf] = (await convertWithLibreOffice(
        [xlsx],
        'pdf',
        join(work, 'out'),
        300_000,
        recalcProfile(join(work, 'profile')),
      )) as [string];
    } catch (err) {
      if (err instanceof LibreOfficeFailedError)
        throw new EnvironmentError('LibreOffice', err.message);
      environment(work, err);
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(pdf);
    } catch (err) {
      environment(pdf, err);
    }
    if (bytes.subarray(0, 5).toString() !== '%PDF-')
      throw new EnvironmentError('LibreOffice', 'wrote something that is not a PDF');
    await writeFileWhole(target, bytes);
  } finally {
    rmSync(work, { recursive: true, force: true });
    untrack();
  }
}

/** Writes whatever the command line asked for. */
export async function writeOutputs(
  result: ModelResult,
  bands: BandSet,
  out: OutputFiles,
): Promise<string[]> {
  const plan = buildWorkbookPlan(result, bands, { today: localToday() });
  // --simulate: the Risk sheet of values (docs/model.md §11) goes last.
  if (out.risk) plan.sheets.push(out.risk);
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
