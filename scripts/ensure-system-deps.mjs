#!/usr/bin/env node
// Makes sure the Debian parts the tests use are present: LibreOffice Calc (formula parity and
// PDF), Chromium (the task pane, for real) and poppler-utils (PDF → PNG). Installs them when it
// can (root, or password-less sudo); otherwise stops with the exact command to run. Never skips.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  'libreoffice-calc',
  'chromium',
  'poppler-utils',
  'fonts-dejavu-core',
  'fonts-liberation2',
];
const NEEDS = [
  ['/usr/bin/soffice', 'libreoffice-calc'],
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/pdftoppm', 'poppler-utils'],
];
const INSTALL_LINE = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;

const missing = NEEDS.filter(([bin]) => !existsSync(bin)).map(([, pkg]) => pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
if (!isRoot && !canSudo) {
  console.error(
    `The tests need ${missing.join(', ')} and this user cannot install Debian packages.`,
  );
  console.error(`Install them, then run npm test again:\n  ${INSTALL_LINE}`);
  process.exit(1);
}
const run = (args) => {
  const [cmd, ...rest] = isRoot ? args : ['sudo', '-n', ...args];
  console.log(`> ${[cmd, ...rest].join(' ')}`);
  execFileSync(cmd, rest, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};
console.log(`Installing the Debian packages the tests need (missing: ${missing.join(', ')})…`);
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES]);
const still = NEEDS.filter(([bin]) => !existsSync(bin)).map(([bin]) => bin);
if (still.length) {
  console.error(`Installed, but still missing: ${still.join(', ')}. Run: ${INSTALL_LINE}`);
  process.exit(1);
}
