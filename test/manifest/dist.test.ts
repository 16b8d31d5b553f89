// The production build: dist/ holds the manifest with production URLs only, every file those
// URLs name, the pages and functions.json with the six OFFERRUNWAY functions. Uses the dist/ that
// `npm test` builds first; when it is missing or older than its sources, builds into a temp dir.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROD_URL, DEV_URL } from '../../webpack.config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let out = path.join(ROOT, 'dist');

function newest(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}

beforeAll(() => {
  const built = path.join(out, 'manifest.xml');
  const sources = ['src', 'templates', 'assets', 'manifest.xml', 'webpack.config.js'].map((p) =>
    newest(path.join(ROOT, p)),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources)) {
    out = mkdtempSync(path.join(tmpdir(), 'offer-runway-dist-'));
    execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, OFFER_RUNWAY_URL: '' },
    });
  }
}, 600_000);

/** The custom functions the add-in registers, sorted. */
const FUNCTION_IDS = [
  'BANDPOSITION',
  'HIRECOST',
  'RUNWAYMONTHS',
  'SBCEXPENSE',
  'SHARESFORVALUE',
  'VESTED',
];

describe('npm run build', () => {
  it('writes the manifest with production URLs that all name files in the build', () => {
    const manifest = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain(DEV_URL);
    const urls = [...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(DEFAULT_PROD_URL), url).toBe(true);
      expect(existsSync(path.join(out, url.slice(DEFAULT_PROD_URL.length))), url).toBe(true);
    }
  });

  it('writes the pages and functions.json', () => {
    for (const page of ['taskpane.html', 'commands.html', 'functions.html', 'help.html']) {
      expect(readFileSync(path.join(out, page), 'utf8')).toMatch(/^<!doctype html>/i);
    }
    expect(readFileSync(path.join(out, 'functions.html'), 'utf8')).toContain('functions.js');
    const meta = JSON.parse(readFileSync(path.join(out, 'functions.json'), 'utf8')) as {
      functions: { id: string }[];
    };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(FUNCTION_IDS);
    const functionsJs = readFileSync(path.join(out, 'functions.js'), 'utf8');
    for (const f of meta.functions)
      expect(functionsJs).toContain(`CustomFunctions.associate("${f.id}"`);
  });

  it('writes functions.js as ES2017 (Excel’s JavaScript-only runtime) and it computes', () => {
    const code = readFileSync(path.join(out, 'functions.js'), 'utf8');
    expect(() => parse(code, { ecmaVersion: 2017 })).not.toThrow();
    expect(() =>
      parse(readFileSync(path.join(out, 'commands.js'), 'utf8'), { ecmaVersion: 2017 }),
    ).not.toThrow();
    // Run the built file the way the runtime does: a global CustomFunctions, nothing else.
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    class RuntimeError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const CustomFunctions = {
      associate: (id: string, f: (...args: unknown[]) => unknown) => registered.set(id, f),
      Error: RuntimeError,
      ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A' },
    };
    vm.runInNewContext(code, { CustomFunctions });
    expect([...registered.keys()].sort()).toEqual(FUNCTION_IDS);
    expect(registered.get('VESTED')!(120000, 12, null, null, null)).toBe(30000);
    expect(registered.get('HIRECOST')!(150000, 1, 0.03, 0.1, 1, 20000, 0.25, 0.2)).toBe(70625);
    expect(registered.get('RUNWAYMONTHS')!(100, [[50], [-20], [100]])).toBe(2.7);
    let error: unknown;
    try {
      registered.get('SHARESFORVALUE')!(100, 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).code).toBe('#NUM!');
  });
});
