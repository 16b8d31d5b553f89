import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../support/run-cli.js';

/**
 * Issue 12 item 5: the environment refusing is not a bug. Each case is one line naming the path
 * and the system's reason, exit code 3 (2 for a refused output name), no "internal error", no
 * stack trace, no temporary file left behind.
 */
const BIN = join(ROOT, 'bin/offer-runway.js');

async function inProcess(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

function noBug(stderr: string) {
  expect(stderr).not.toContain('internal error');
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trim().split('\n')).toHaveLength(1);
}

const scratch = () => mkdtempSync(join(tmpdir(), 'offer-runway-env-'));
const savedSoffice = process.env.SOFFICE;
afterEach(() => {
  if (savedSoffice === undefined) delete process.env.SOFFICE;
  else process.env.SOFFICE = savedSoffice;
});

describe('files the system will not write', () => {
  it('a folder nobody may write into (/sys): exit 3 naming the path and the reason', async () => {
    const r = await inProcess(['model', '--xlsx', '/sys/offer.xlsx']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^offer-runway: \/sys\/offer\.xlsx: (permission denied \(EACCES\)|the file system is read-only \(EROFS\))$/,
    );
    expect(r.stdout).toBe('');
    noBug(r.stderr);
  });

  it('a 250-byte file name is written: the temporary name is never longer than the target', async () => {
    const dir = scratch();
    const name = `${'n'.repeat(245)}.xlsx`; // 250 bytes; the old temporary name added ~30
    const r = await inProcess(['model', '--xlsx', join(dir, name)]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('a 300-byte file name: exit 3, "file name too long", nothing left behind', async () => {
    const dir = scratch();
    const target = join(dir, `${'n'.repeat(295)}.xlsx`);
    const r = await inProcess(['model', '--xlsx', target]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `offer-runway: ${target}: file name too long for the file system (ENAMETOOLONG)`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder made read-only: exit 3 (skipped check when running as root, who may write)', async () => {
    const dir = scratch();
    chmodSync(dir, 0o500);
    const r = await inProcess(['model', '--xlsx', join(dir, 'x.xlsx')]);
    if (process.getuid?.() === 0) expect(r.code).toBe(0);
    else {
      expect(r.code).toBe(3);
      expect(r.stderr).toContain('permission denied (EACCES)');
    }
    chmodSync(dir, 0o700);
  });
});

describe('an output that would replace an input is refused (exit 2)', () => {
  it('--xlsx as a link to the scenario file', async () => {
    const dir = scratch();
    const scenario = join(dir, 's.json');
    writeFileSync(scenario, readFileSync(join(ROOT, 'templates/scenarios/default.json')));
    symlinkSync(scenario, join(dir, 'out.xlsx'));
    linkSync(scenario, join(dir, 'hard.pdf'));
    for (const [flag, out] of [
      ['--xlsx', 'out.xlsx'],
      ['--pdf', 'hard.pdf'],
    ] as const) {
      const r = await inProcess(['model', scenario, flag, join(dir, out)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`offer-runway: ${flag}: "${join(dir, out)}" is the scenario file`);
      noBug(r.stderr);
    }
    expect(JSON.parse(readFileSync(scenario, 'utf8')).schema).toBe(1);
  });

  it('--xlsx equal to the --bands file (same path)', async () => {
    const dir = scratch();
    const bands = join(dir, 'b.xlsx.csv');
    writeFileSync(bands, readFileSync(join(ROOT, 'templates/bands/bls-oews-2024.csv')));
    symlinkSync(bands, join(dir, 'same.xlsx'));
    const r = await inProcess(['model', '--bands', bands, '--xlsx', join(dir, 'same.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is the --bands file');
  });
});

describe('LibreOffice failing', () => {
  it('soffice that exits 1: exit 3, "LibreOffice: … failed", no PDF', async () => {
    const dir = scratch();
    process.env.SOFFICE = '/bin/false';
    const r = await inProcess(['model', '--pdf', join(dir, 'o.pdf')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('offer-runway: LibreOffice: /bin/false failed (exit code 1)');
    expect(readdirSync(dir)).toEqual([]);
  });
});

function spawnCli(args: string[], stdout: 'pipe' | number, env: Record<string, string> = {}) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'pipe'],
  });
}
function finished(child: ReturnType<typeof spawn>) {
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise<{ code: number | null; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stderr })),
  );
}

describe('stdout closed or full', () => {
  it('the reader closed the pipe (EPIPE): exit 3, one line', async () => {
    const child = spawnCli(['model', '--json'], 'pipe');
    child.stdout!.destroy();
    const r = await finished(child);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toMatch(/^offer-runway: stdout: cannot write the output: /);
    noBug(r.stderr);
  });

  it('stdout is a full device (/dev/full, ENOSPC): exit 3, one line', async () => {
    const child = spawnCli(['model', '--json'], openSync('/dev/full', 'w'));
    const r = await finished(child);
    expect(r.code).toBe(3);
    expect(r.stderr.trim()).toBe(
      'offer-runway: stdout: cannot write the output: no space left on the device (ENOSPC)',
    );
  });
});

describe('interrupted during a write', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s while LibreOffice runs: the temporary files and the LibreOffice child are removed',
    async (signal, exitCode) => {
      const dir = scratch();
      const pidFile = join(dir, 'soffice.pid');
      const fake = join(dir, 'soffice');
      // A LibreOffice that never finishes: records its pid, then sleeps.
      writeFileSync(fake, `#!/bin/sh\necho $$ > ${pidFile}\nexec sleep 60\n`, { mode: 0o755 });
      const out = join(dir, 'out');
      const tmp = join(dir, 'tmp'); // the run's own TMPDIR: its LibreOffice work folder goes here
      mkdirSync(tmp);
      const child = spawnCli(['model', '--pdf', join(out, 'o.pdf')], 'pipe', {
        SOFFICE: fake,
        TMPDIR: tmp,
      });
      const done = finished(child);
      for (let i = 0; i < 600 && !existsSync(pidFile); i++)
        await new Promise((r) => setTimeout(r, 50));
      const sofficePid = Number(readFileSync(pidFile, 'utf8'));
      expect(readdirSync(tmp).some((f) => f.startsWith('offer-runway-pdf-'))).toBe(true);
      child.kill(signal);
      const r = await done;
      expect(r.code).toBe(exitCode);
      expect(r.stderr.trim()).toBe(
        `offer-runway: interrupted (${signal}); removed the unfinished output`,
      );
      // The child is gone: no process, or a zombie waiting to be reaped (state Z).
      await new Promise((r) => setTimeout(r, 200));
      const stat = `/proc/${sofficePid}/stat`;
      const state = existsSync(stat) ? readFileSync(stat, 'utf8').split(') ')[1]?.[0] : 'gone';
      expect(['gone', 'Z', 'X']).toContain(state);
      // This run's LibreOffice work folder is removed.
      expect(readdirSync(tmp).filter((f) => f.startsWith('offer-runway-pdf-'))).toEqual([]);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    },
  );
});
