import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

/**
 * Issue 12 item 2: the command runs a bundle compiled ahead of time (scripts/build-cli.mjs, npm
 * `prepare`) — and never a stale one. Works on a private copy of the project (src, scripts, bin,
 * templates; node_modules linked) so that editing a source file disturbs nobody.
 */
let copy: string;
const TRACE = join(tmpdir(), `offer-runway-trace-${process.pid}.txt`);

function cli(args: string[]) {
  rmSync(TRACE, { force: true });
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      join(ROOT, 'test/support/trace-imports.mjs'),
      join(copy, 'bin/offer-runway.js'),
      ...args,
    ],
    { encoding: 'utf8', env: { ...process.env, TRACE_IMPORTS: TRACE } },
  );
  const loaded = existsSync(TRACE) ? readFileSync(TRACE, 'utf8').split('\n') : [];
  return { ...r, loaded };
}
const build = () =>
  spawnSync(process.execPath, [join(copy, 'scripts/build-cli.mjs'), '--quiet'], {
    encoding: 'utf8',
  });
const ranTsx = (loaded: string[]) => loaded.some((u) => u.includes('/node_modules/tsx/'));
const ranBundle = (loaded: string[]) =>
  loaded.some((u) => /\/build\/cli-[^/]+\/main\.mjs$/.test(u));

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'offer-runway-copy-'));
  for (const d of ['src', 'scripts', 'bin', 'templates'])
    cpSync(join(ROOT, d), join(copy, d), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(TRACE, { force: true });
});

describe('the offer-runway command starts from a compiled bundle, never a stale one', () => {
  it('without a bundle it runs the TypeScript sources through tsx', () => {
    const r = cli(['model', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe(1);
    expect(ranTsx(r.loaded)).toBe(true);
  });

  it('after the build it runs the bundle: no tsx, no TypeScript, no ExcelJS for --json', () => {
    expect(build().status).toBe(0);
    const r = cli(['model', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).runway.baseline.days).toBe(605);
    expect(ranBundle(r.loaded)).toBe(true);
    expect(ranTsx(r.loaded)).toBe(false);
    expect(r.loaded.filter((u) => u.endsWith('.ts'))).toEqual([]);
    expect(r.loaded.some((u) => u.includes('/node_modules/exceljs/'))).toBe(false);
  });

  it('a source edited after the build is what runs (the stale bundle is not used)', () => {
    const args = join(copy, 'src/cli/args.ts');
    writeFileSync(
      args,
      readFileSync(args, 'utf8').replace(
        '-h, --help        this text',
        '-h, --help        this text (edited)',
      ),
    );
    const stale = cli(['--help']);
    expect(stale.status).toBe(0);
    expect(stale.stdout).toContain('this text (edited)');
    expect(ranBundle(stale.loaded)).toBe(false);
    expect(build().status).toBe(0);
    const fresh = cli(['--help']);
    expect(fresh.stdout).toContain('this text (edited)');
    expect(ranBundle(fresh.loaded)).toBe(true);
  });
});
