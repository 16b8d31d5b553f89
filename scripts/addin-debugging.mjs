#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into Excel with office-addin-debugging (starts the
// dev server, registers manifest.xml, opens Excel). That package is an optional dependency: its
// keytar dependency does not build everywhere (Linux without libsecret), and Excel desktop only
// exists on Windows and macOS. When it is missing this says what to do instead.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let cli;
try {
  cli = require.resolve('office-addin-debugging/cli.js');
} catch {
  try {
    cli = require.resolve('office-addin-debugging/lib/cli.js');
  } catch {
    cli = null;
  }
}
if (!cli) {
  console.error(
    [
      'office-addin-debugging is not installed (an optional dependency; it needs Windows or macOS,',
      'or libsecret on Linux). Either install it: npm install --no-save office-addin-debugging',
      'or sideload by hand: run `npm run dev-server` and follow "Sideloading" in docs/addin.md.',
    ].join('\n'),
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
