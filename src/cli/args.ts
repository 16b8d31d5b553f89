import { parseArgs } from 'node:util';

export interface ModelArgs {
  command: 'model';
  scenario: string | null;
  json: boolean;
  xlsx: string | null;
  pdf: string | null;
  bands: string | null;
  /** A hires CSV replacing a plan's hires (docs/model.md §10). */
  hires: string | null;
  /** `--simulate` and its options (docs/model.md §11); null when not simulating. */
  simulate: SimulateArgs | null;
}

export interface SimulateArgs {
  method: 'auto' | 'exact' | 'monte-carlo';
  paths: number | undefined;
  seed: number | undefined;
}

export type CliArgs = ModelArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: offer-runway model [SCENARIO.json] [--json] [--xlsx OUT.xlsx] [--pdf OUT.pdf] [--bands FILE.csv] [--hires FILE.csv]
                          [--simulate [--method M] [--paths N] [--seed S]]

  SCENARIO.json     a schema-1 scenario or a schema-2 hiring plan (default: the embedded
                    Series-C example)
  --json            print the full result as JSON (docs/model.md §4) instead of the summary
  --xlsx OUT.xlsx   also write the live, formula-driven workbook
  --pdf OUT.pdf     also write the Offer Sheet and Summary as PDF (needs LibreOffice)
  --bands FILE.csv  use your own market bands instead of the built-in set
  --hires FILE.csv  with a schema-2 plan: take the plan's hires from this CSV
  --simulate        also simulate runway as a range: misses, milestones and margin gains as
                    probabilities (docs/model.md §11); with --json adds "simulation", with
                    --xlsx adds a Risk sheet
  --method M        with --simulate: auto (default: exact when at most 16 uncertain events),
                    exact or monte-carlo
  --paths N         with --simulate: Monte Carlo paths, 1 to 1,000,000 (default 20,000)
  --seed S          with --simulate: Monte Carlo seed, 0 to 4294967295 (default 1)
  -h, --help        this text
  --version         the program's version`;

/** A command-line mistake: exit code 2 with the usage hint. */
export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        xlsx: { type: 'string' },
        pdf: { type: 'string' },
        bands: { type: 'string' },
        hires: { type: 'string' },
        simulate: { type: 'boolean' },
        method: { type: 'string' },
        paths: { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command: the only command is "model"');
  if (command !== 'model')
    throw new UsageError(`unknown command "${command}": the only command is "model"`);
  if (rest.length > 1)
    throw new UsageError(
      `expected at most one scenario file, got ${rest.length}: ${rest.join(', ')}`,
    );
  for (const [flag, value, ext] of [
    ['--xlsx', values.xlsx, '.xlsx'],
    ['--pdf', values.pdf, '.pdf'],
    ['--bands', values.bands, '.csv'],
    ['--hires', values.hires, '.csv'],
  ] as const) {
    if (value !== undefined && (value === '' || value.startsWith('-')))
      throw new UsageError(`${flag} needs a file name`);
    if (value !== undefined && !value.toLowerCase().endsWith(ext))
      throw new UsageError(`${flag} expects a ${ext} file, got "${value}"`);
  }
  return {
    command: 'model',
    scenario: rest[0] ?? null,
    json: values.json ?? false,
    xlsx: values.xlsx ?? null,
    pdf: values.pdf ?? null,
    bands: values.bands ?? null,
    hires: values.hires ?? null,
    simulate: simulateArgs(values),
  };
}

/** `--simulate [--method M] [--paths N] [--seed S]`; each bad value names its flag (exit 2). */
function simulateArgs(values: {
  simulate?: boolean;
  method?: string;
  paths?: string;
  seed?: string;
}): SimulateArgs | null {
  if (!values.simulate) {
    for (const flag of ['method', 'paths', 'seed'] as const)
      if (values[flag] !== undefined) throw new UsageError(`--${flag} needs --simulate`);
    return null;
  }
  const method = values.method ?? 'auto';
  if (method !== 'auto' && method !== 'exact' && method !== 'monte-carlo')
    throw new UsageError(`--method must be auto, exact or monte-carlo, got "${method}"`);
  const whole = (flag: string, text: string | undefined, lo: number, hi: number, range: string) => {
    if (text === undefined) return undefined;
    const n = /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < lo || n > hi)
      throw new UsageError(`${flag} must be a whole number from ${range}, got "${text}"`);
    return n;
  };
  return {
    method,
    paths: whole('--paths', values.paths, 1, 1_000_000, '1 to 1,000,000'),
    seed: whole('--seed', values.seed, 0, 4_294_967_295, '0 to 4294967295'),
  };
}
