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
}

export type CliArgs = ModelArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: offer-runway model [SCENARIO.json] [--json] [--xlsx OUT.xlsx] [--pdf OUT.pdf] [--bands FILE.csv] [--hires FILE.csv]

  SCENARIO.json     a schema-1 scenario or a schema-2 hiring plan (default: the embedded
                    Series-C example)
  --json            print the full result as JSON (docs/model.md §4) instead of the summary
  --xlsx OUT.xlsx   also write the live, formula-driven workbook
  --pdf OUT.pdf     also write the Offer Sheet and Summary as PDF (needs LibreOffice)
  --bands FILE.csv  use your own market bands instead of the built-in set
  --hires FILE.csv  with a schema-2 plan: take the plan's hires from this CSV
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
  };
}
