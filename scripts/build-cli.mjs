#!/usr/bin/env node
// Compiles the command line ahead of time (npm `prepare`, `npm test`, vitest's global setup):
// src/cli → build/cli-<hash>/main.mjs with esbuild (packages stay in node_modules; ExcelJS is in
// a chunk loaded only when a file is written). build/cli.json names the current bundle and the
// modification time of every source file in it; bin/offer-runway.js runs the bundle only while
// every one of those files is unchanged, and the TypeScript sources through tsx otherwise, so a
// stale bundle never runs. Folder depth matters: the bundle finds ../../templates and
// ../../package.json exactly as src/cli/*.ts does.
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'build');

/**
 * zod re-exports every one of its ~50 message locales (260 KB, half the bundle); we use only its
 * English default (our own messages come from src/model/messages.ts), so the CLI bundle gets a
 * locales module with English alone.
 */
const englishOnlyZod = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

export async function buildCli({ quiet = false } = {}) {
  let build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    // Without esbuild (an install without devDependencies) the command runs from the sources.
    console.warn('offer-runway: esbuild is not installed; the command will run from the sources');
    return null;
  }
  const started = Date.now();
  const stamp = `${process.pid}-${started.toString(36)}`;
  const staging = join(BUILD, `cli-${stamp}`);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/cli/main.ts' },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['exceljs', 'jszip'],
    metafile: true,
    logLevel: 'error',
    legalComments: 'none',
    minify: true,
    plugins: [englishOnlyZod],
  });
  // The modification time of every source file read, taken after the build: an edit made while
  // esbuild ran shows as a newer time and makes the bundle stale at once.
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules'))
    .map((p) => [p, statSync(join(ROOT, p)).mtimeMs]);
  const manifest = { bundle: relative(BUILD, join(staging, 'main.mjs')), inputs };
  const tmp = join(BUILD, `.cli.json.${stamp}`);
  writeFileSync(tmp, `${JSON.stringify(manifest)}\n`);
  renameSync(tmp, join(BUILD, 'cli.json'));
  // Remove bundles of earlier builds (older than a minute: a concurrent run may still use one).
  for (const name of readdirSync(BUILD)) {
    const p = join(BUILD, name);
    if (name.startsWith('cli-') && p !== staging && Date.now() - statSync(p).mtimeMs > 60_000)
      rmSync(p, { recursive: true, force: true });
  }
  if (!quiet) console.log(`offer-runway: built ${manifest.bundle} in ${Date.now() - started} ms`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await buildCli({ quiet: process.argv.includes('--quiet') });
