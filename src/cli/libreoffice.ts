/**
 * Headless LibreOffice: recalculates .xlsx files (tests, benchmark) and exports PDFs (--pdf).
 *
 * LibreOffice keeps an .xlsx's cached formula results unless its profile says "always
 * recalculate": every call runs with a private profile whose registrymodifications.xcu sets
 * /org.openoffice.Office.Calc/Formula/Load OOXMLRecalcMode and ODFRecalcMode to 0 (always).
 * Several files go through ONE soffice call (about 1.2 s of start-up per call).
 */
import {
  execFile,
  type ExecFileException,
  type ExecFileOptionsWithStringEncoding,
} from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { trackChild } from './cleanup.js';
import { SOFFICE_INSTALL_HINT } from './errors.js';

export { SOFFICE_INSTALL_HINT };

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'];

/**
 * Path of the soffice binary, or null when LibreOffice is not installed. The SOFFICE environment
 * variable, when set, is the only place looked at (tests point it at a missing file).
 */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv !== undefined && fromEnv !== '') return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | null = null;

/**
 * A private LibreOffice profile that always recalculates on load: in `dir` when given, else one
 * temporary profile shared by the whole process.
 */
export function recalcProfile(dir?: string): string {
  if (dir === undefined) {
    if (profileDir) return profileDir;
    dir = profileDir = mkdtempSync(join(tmpdir(), 'offer-runway-lo-profile-'));
  }
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), XCU);
  return dir;
}

/** LibreOffice failed or timed out: what it said, on one line. */
export class LibreOfficeFailedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'LibreOfficeFailedError';
  }
}

function run(
  bin: string,
  args: string[],
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    // Detached: its own process group, so an interrupted run can kill soffice and its children.
    const child = execFile(
      bin,
      args,
      // `detached` is passed through to spawn (the typings of execFile leave it out).
      {
        encoding: 'utf8',
        timeout: timeoutMs,
        maxBuffer: 16 * 1024 * 1024,
        detached: true,
        killSignal: 'SIGKILL',
      } as ExecFileOptionsWithStringEncoding,
      (err: ExecFileException | null, stdout: string, stderr: string) => {
        untrack();
        if (err) {
          const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
          const said = stderr.replace(/\s+/g, ' ').trim().slice(0, 300);
          const why =
            e.code === 'ENOENT' || e.code === 'EACCES'
              ? `cannot run ${bin} (${e.code})`
              : e.killed && e.signal
                ? `${bin} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`
                : `${bin} failed (${e.signal ? `signal ${e.signal}` : `exit code ${String(e.code)}`})${said ? `: ${said}` : ''}`;
          fail(new LibreOfficeFailedError(why));
        } else ok({ stdout, stderr });
      },
    );
    const untrack = trackChild(child);
  });
}

/**
 * Converts `inputPaths` with one soffice call into `outDir` (a fresh temp dir by default).
 * `filter` is the --convert-to argument, e.g. 'xlsx', 'pdf', 'pdf:calc_pdf_Export:{…}'.
 * Returns the output paths in input order; throws if soffice fails or an output is missing.
 */
export async function convertWithLibreOffice(
  inputPaths: string[],
  filter: string,
  outDir?: string,
  timeoutMs = 300_000,
  profile = recalcProfile(),
): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice)
    throw new Error(
      'LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc',
    );
  if (inputPaths.length === 0) return [];
  const out = outDir ?? mkdtempSync(join(tmpdir(), 'offer-runway-lo-out-'));
  mkdirSync(out, { recursive: true });
  const profileUrl = `file://${resolve(profile)}`;
  const ext = filter.split(':')[0] as string;
  await run(
    soffice,
    [
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      `-env:UserInstallation=${profileUrl}`,
      '--convert-to',
      filter,
      '--outdir',
      out,
      ...inputPaths.map((p) => resolve(p)),
    ],
    timeoutMs,
  );
  const outputs = inputPaths.map((p) => join(out, `${basename(p, extname(p))}.${ext}`));
  const missing = outputs.filter((p) => !existsSync(p));
  if (missing.length)
    throw new LibreOfficeFailedError(`LibreOffice produced no output for: ${missing.join(', ')}`);
  return outputs;
}

/**
 * Recalculates .xlsx files in LibreOffice (one soffice call for all of them) and returns the
 * paths of the recalculated copies (in input order). Input base names must be distinct.
 * Read results with ExcelJS: `cell.result` for formula cells (see test/support/xlsx-read.ts).
 */
export async function recalculateXlsx(inputPaths: string[], outDir?: string): Promise<string[]> {
  const names = new Set(inputPaths.map((p) => basename(p)));
  if (names.size !== inputPaths.length)
    throw new Error('recalculateXlsx: input base names must be distinct');
  return convertWithLibreOffice(inputPaths, 'xlsx', outDir);
}
