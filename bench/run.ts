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

/** `npm run bench`: every benchmark of the project, printed as figures (no pass/fail). */
console.log('Offer Runway benchmarks\n');
benchCliStart();
console.log('');
benchEngine();
console.log('');
benchPackages();
console.log('');
benchCsv();
console.log('');
benchPlanEngine();
console.log('');
benchSimulation();
console.log('');
await benchWorkbook();
console.log('');
await benchPlanWorkbook();
console.log('');
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
console.log('');
await benchPaneLatency();
