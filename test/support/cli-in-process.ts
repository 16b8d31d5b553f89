import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, runCli } from './run-cli.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** The shipped default scenario (schema 1), parsed afresh so a test may break it. */
export const defaultScenario = (): any =>
  JSON.parse(readFileSync(`${ROOT}templates/scenarios/default.json`, 'utf8'));
/** The shipped default hiring plan (schema 2), parsed afresh so a test may break it. */
export const defaultPlan = (): any =>
  JSON.parse(readFileSync(`${ROOT}templates/plans/default-plan.json`, 'utf8'));
/* eslint-enable @typescript-eslint/no-explicit-any */

/** What a user sees from one run of the command in a scratch folder. */
export interface ScratchRun {
  dir: string;
  code: number;
  stdout: string;
  stderr: string;
  /** Every file in the folder afterwards, sorted. */
  files: string[];
  /** The files the run itself added (not the inputs, not those `args` wrote). */
  written: string[];
}

export interface ScratchOptions {
  /** Input files written into the folder first: name → text or bytes. */
  files?: Record<string, string | Buffer>;
  /** Environment variables set for the run (in-process only; restored afterwards). */
  env?: Record<string, string>;
  /** Run the real binary (bin/offer-runway.js) in the folder instead of main() in-process. */
  spawn?: boolean;
}

/** main() as bin/offer-runway.js calls it, with `env` set for the run only. */
async function runMain(args: string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** The real binary in `dir`; its stderr without the newline that ends its last line. */
async function spawned(args: string[], dir: string) {
  const r = await runCli(args, { cwd: dir });
  return { ...r, stderr: r.stderr.replace(/\n$/, '') };
}

/**
 * Runs `offer-runway` with the arguments `args(dir)` in a fresh scratch folder holding `files`:
 * in-process through main() (fast), or the real binary with the folder as its working directory.
 */
export async function runInScratch(
  args: (dir: string) => string[],
  opts: ScratchOptions = {},
): Promise<ScratchRun> {
  const dir = mkdtempSync(join(tmpdir(), 'offer-runway-'));
  for (const [name, text] of Object.entries(opts.files ?? {})) writeFileSync(join(dir, name), text);
  const argv = args(dir);
  const before = new Set(readdirSync(dir));
  const r = opts.spawn ? await spawned(argv, dir) : await runMain(argv, opts.env ?? {});
  const files = readdirSync(dir).sort();
  return { dir, ...r, files, written: files.filter((f) => !before.has(f)) };
}

/**
 * A refusal as docs/cli.md promises it: exit 2, one line on stderr giving `message` (and naming
 * the input, when `source` is given), no stack trace, nothing on stdout and no file written.
 */
export function expectRefused(r: ScratchRun, message: string | RegExp, source?: RegExp): void {
  expect(r.code).toBe(2);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  if (source) expect(r.stderr).toMatch(source);
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(r.stdout).toBe('');
  expect(r.written).toEqual([]);
}

/**
 * `offer-runway model …inputs --xlsx <xlsx> --pdf <pdf>` in a scratch folder: it succeeds, writes
 * exactly those two files and says where. Returns the run and the two files' paths.
 */
export async function modelToXlsxAndPdf(inputs: string[], xlsx: string, pdf: string) {
  const r = await runInScratch((d) => [
    'model',
    ...inputs,
    '--xlsx',
    join(d, xlsx),
    '--pdf',
    join(d, pdf),
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.files).toEqual([xlsx, pdf].sort());
  expect(r.stdout).toContain(`Wrote ${join(r.dir, xlsx)}`);
  return { ...r, xlsxPath: join(r.dir, xlsx), pdfPath: join(r.dir, pdf) };
}

/** A refusal case: [why, how the document is broken, the message expected]. */
/* eslint-disable-next-line @typescript-eslint/no-explicit-any */
export type BreakCase = [string, (doc: any) => void, string];

/**
 * One test per case: a fresh `base()` document broken by the case, written to `file` (by `text`,
 * pretty JSON unless given) and run with `args(path of file, dir)`, is refused (expectRefused)
 * with the case's message, naming `file`.
 */
export function itRefusesEach(
  cases: BreakCase[],
  /* eslint-disable-next-line @typescript-eslint/no-explicit-any */
  opts: { base: () => any; file: string; args: (file: string, dir: string) => string[] } & {
    text?: (doc: unknown) => string;
  },
): void {
  const text = opts.text ?? ((doc: unknown) => JSON.stringify(doc, null, 2));
  const names = new RegExp(`^offer-runway: .*${opts.file.replace(/\./g, '\\.')}: `);
  it.each(cases)('%s', async (_why, breakIt, message) => {
    const doc = opts.base();
    breakIt(doc);
    const r = await runInScratch((dir) => opts.args(join(dir, opts.file), dir), {
      files: { [opts.file]: text(doc) },
    });
    expectRefused(r, message, names);
  });
}
