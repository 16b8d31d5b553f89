#!/usr/bin/env node
// Reports the real gzip size of the task pane's INITIAL JavaScript: the <script src> files that
// dist/taskpane.html loads itself (not the chunks loaded on demand: charts, .xlsx export, Excel
// host). Usage: `node scripts/bundle-size.mjs [--budget-kb 250] [--json]` after `npm run build`.
// Exit 1 when over budget, 2 when dist/taskpane.html is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kb');
const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 250;
const html = path.join(dist, 'taskpane.html');
if (!existsSync(html)) {
  console.error('dist/taskpane.html is missing: run `npm run build` first.');
  process.exit(2);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const srcs = [...readFileSync(html, 'utf8').matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)]
  .map((m) => m[1])
  .filter((src) => !/^https?:\/\//.test(src)); // office.js comes from Microsoft's CDN
const initial = srcs.map((src) => {
  const file = path.join(dist, src.replace(/^\.?\//, ''));
  return { file: src, bytes: readFileSync(file).length, gzip: gz(file) };
});
const initialSet = new Set(srcs.map((s) => s.replace(/^\.?\//, '')));
const lazy = readdirSync(dist)
  .filter((f) => f.endsWith('.js') && !initialSet.has(f) && !/^(functions|commands)\.js$/.test(f))
  .map((f) => ({
    file: f,
    bytes: readFileSync(path.join(dist, f)).length,
    gzip: gz(path.join(dist, f)),
  }));
const total = initial.reduce((a, x) => a + x.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (args.includes('--json')) {
  console.log(JSON.stringify({ initialGzipBytes: total, budgetKb, initial, lazy }, null, 2));
} else {
  console.log(`Task pane initial JavaScript (gzip -9): ${kb(total)} of a ${budgetKb} KB budget`);
  for (const x of initial)
    console.log(
      `  initial  ${x.file.padEnd(32)} ${kb(x.bytes).padStart(10)} raw ${kb(x.gzip).padStart(10)} gzip`,
    );
  for (const x of lazy)
    console.log(
      `  on demand ${x.file.padEnd(31)} ${kb(x.bytes).padStart(10)} raw ${kb(x.gzip).padStart(10)} gzip`,
    );
}
process.exit(total > budgetKb * 1024 ? 1 : 0);
