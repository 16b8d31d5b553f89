#!/usr/bin/env node
// The offer-runway command. It runs the bundle compiled ahead of time by scripts/build-cli.mjs
// (npm `prepare`, so right after `npm ci`) while every source file in it is unchanged — about
// one stat per file — and the TypeScript sources through tsx otherwise (a missing or stale
// bundle never runs).
import { readFileSync, statSync } from 'node:fs';

const build = new URL('../build/', import.meta.url);
const root = new URL('../', import.meta.url);

function freshBundle() {
  try {
    const manifest = JSON.parse(readFileSync(new URL('cli.json', build), 'utf8'));
    for (const [path, mtimeMs] of manifest.inputs)
      if (statSync(new URL(path, root)).mtimeMs !== mtimeMs) return null;
    return new URL(manifest.bundle, build);
  } catch {
    return null;
  }
}

const bundle = process.env.OFFER_RUNWAY_FROM_SOURCE ? null : freshBundle();
let cli;
if (bundle) cli = await import(bundle.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli/main.ts');
}
process.exitCode = await cli.runProcess(process.argv.slice(2));
