import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { benchCliStart } from './cli-start.js';
import { benchCsv } from './csv.js';
import { benchEngine } from './engine.js';
import { benchPackages } from './packages.js';
import { benchPaneLatency } from './pane-latency.js';
import { benchPlanEngine } from './plan.js';
import { benchPlanWorkbook } from './plan-workbook.js';
import { benchSimulation } from './simulation.js';
import { benchWorkbook } from './workbook.js';

/** The task pane's initial JavaScript, gzip, built first when dist/ has none. */
function benchBundle(): void {
  console.log('Task pane bundle (initial JavaScript of dist/taskpane.html, gzip; budget 250 KB)');
  if (!existsSync(new URL('../dist/taskpane.html', import.meta.url))) {
    console.log('  building the production pane first (npm run build)…');
    const build = spawnSync('npm', ['run', 'build', '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const size = spawnSync(process.execPath, ['scripts/bundle-size.mjs'], { encoding: 'utf8' });
  process.stdout.write(size.stdout.replace(/^/gm, '  '));
}

const benches: [name: string, run: () => void | Promise<void>][] = [
  ['cli-start', benchCliStart],
  ['engine', benchEngine],
  ['packages', benchPackages],
  ['csv', benchCsv],
  ['plan', benchPlanEngine],
  ['simulation', benchSimulation],
  ['workbook', benchWorkbook],
  ['plan-workbook', benchPlanWorkbook],
  ['bundle', benchBundle],
  ['pane-latency', benchPaneLatency],
];

/**
 * `npm run bench`: every benchmark of the project, printed as figures (no pass/fail).
 * `npm run bench -- simulation plan` runs only the benchmarks named (exact names above).
 */
const only = process.argv.slice(2);
const unknown = only.filter((name) => !benches.some(([n]) => n === name));
if (unknown.length)
  throw new Error(
    `unknown benchmark ${unknown.join(', ')}; one of ${benches.map(([n]) => n).join(', ')}`,
  );
console.log('Offer Runway benchmarks\n');
const chosen = benches.filter(([name]) => only.length === 0 || only.includes(name));
for (const [i, [, run]] of chosen.entries()) {
  if (i > 0) console.log('');
  await run();
}
