import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseBandsCsv } from '../src/model/bands-csv.js';
import { runModel } from '../src/model/model.js';
import { parseScenario, parseScenarioText, type Scenario } from '../src/model/scenario.js';
import { scenarioInputArb } from '../test/support/arbitraries.js';

const root = new URL('../', import.meta.url);
const today = { today: '2026-11-26' };

function rate(label: string, scenarios: Scenario[], rounds: number): void {
  const bands = parseBandsCsv(
    readFileSync(new URL('templates/bands/bls-oews-2024.csv', root), 'utf8'),
    'bls-oews-2024',
  );
  for (const s of scenarios.slice(0, 20)) runModel(s, bands); // warm-up
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    for (const s of scenarios) {
      runModel(s, bands);
      n++;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  console.log(
    `  ${label.padEnd(46)} ${(n / secs).toFixed(0).padStart(5)} scenarios/s wall, ${(n / cpuSecs).toFixed(0).padStart(5)} per CPU-second (CPU includes V8’s parallel GC)  (${n} runs, ${((secs * 1000) / n).toFixed(2)} ms each)`,
  );
}

/** Engine throughput: the default scenario and 1,000 generated ones (all views, R = 120, H = 48). */
export function benchEngine(): void {
  console.log(
    `Engine (single thread; machine has ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'})`,
  );
  const def = parseScenarioText(
    readFileSync(new URL('templates/scenarios/default.json', root), 'utf8'),
    today,
  );
  rate('default scenario (R = 120, H = 48)', [def], 300);
  const inputs = fc.sample(scenarioInputArb({ maxHorizon: 48, maxRunway: 120 }), {
    numRuns: 1000,
    seed: 7,
  });
  const generated = inputs.map((i) => {
    const full = { ...i, horizonMonths: 48, runwayHorizonMonths: 120 };
    full.missCost = { ...full.missCost, detectAtMonths: full.missCost.detectAtMonths };
    return parseScenario(full, today);
  });
  rate('1,000 generated scenarios (R = 120, H = 48)', generated, 1);
  console.log(
    `  target: ≥ 200 full scenarios per second on this 2-core machine (load average now ${loadavg()[0]!.toFixed(2)})`,
  );
}
