import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const root = new URL('../', import.meta.url);
const BIN = new URL('bin/offer-runway.js', root).pathname;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function time(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr?.toString()}`);
  return ms;
}

/**
 * CLI start-up: `offer-runway model --json` (the default scenario, end to end) against a bare
 * `node -e 0`, run alternately in the same loop so that load on the machine hits both alike.
 * Target: at most 3× (docs/cli.md). Builds the bundle first so that the fresh-bundle path is
 * what is timed.
 */
export function benchCliStart(rounds = 15): void {
  console.log('CLI start-up (offer-runway model --json against bare node -e 0; target ≤ 3×)');
  const built = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('scripts/build-cli.mjs failed');
  time(['-e', '0']);
  time([BIN, 'model', '--json']); // warm the file cache
  const bare: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < rounds; i++) {
    bare.push(time(['-e', '0']));
    cli.push(time([BIN, 'model', '--json']));
  }
  const b = median(bare);
  const c = median(cli);
  console.log(
    `  node -e 0                      median ${b.toFixed(0).padStart(5)} ms  (${rounds} runs)`,
  );
  console.log(
    `  offer-runway model --json      median ${c.toFixed(0).padStart(5)} ms  = ${(c / b).toFixed(2)}× bare node  (load ${loadavg()[0]!.toFixed(2)})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchCliStart();
