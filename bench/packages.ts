import { readFileSync } from 'node:fs';
import { parseBandsCsv } from '../src/model/bands-csv.js';
import { runModel } from '../src/model/model.js';
import { parseScenarioText } from '../src/model/scenario.js';
import { buildWorkbookPlan } from '../src/workbook/build.js';

const root = new URL('../', import.meta.url);
const today = { today: '2026-11-26' };

/** Packages (docs/model.md §9): one model run with 0 and 3 packages, and the workbook plan. */
export function benchPackages(): void {
  console.log('Packages (templates/scenarios/packages.json: three packages, R = 120, H = 48)');
  const bands = parseBandsCsv(
    readFileSync(new URL('templates/bands/bls-oews-2024.csv', root), 'utf8'),
    'bls-oews-2024',
  );
  const read = (f: string) =>
    parseScenarioText(readFileSync(new URL(`templates/scenarios/${f}.json`, root), 'utf8'), today);
  const time = (label: string, rounds: number, f: () => unknown) => {
    for (let i = 0; i < 3; i++) f(); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) f();
    console.log(`  ${label.padEnd(46)} ${((performance.now() - t0) / rounds).toFixed(1)} ms`);
  };
  const plain = read('default');
  const packages = read('packages');
  time('model run, no packages', 30, () => runModel(plain, bands));
  time('model run, three packages', 30, () => runModel(packages, bands));
  const result = runModel(packages, bands);
  time('workbook plan, three packages', 5, () => buildWorkbookPlan(result, bands));
}
