import { readFileSync } from 'node:fs';
import { InputError } from '../model/messages.js';
import { resolveBand, runModel } from '../model/model.js';
import { buildReport, stringifyReport } from '../model/report.js';
import { USAGE, UsageError, parseCliArgs, type ModelArgs } from './args.js';
import { loadBands, loadScenario } from './load.js';
import { loadPlan, planOutput, readModelFile, runPlanAt, writePlanOutputs } from './plan.js';
import { renderSummary } from './summary.js';
import { MissingLibreOfficeError, writeOutputs } from './write-outputs.js';

/** Exit codes: 0 done, 1 a bug (ours), 2 bad input or usage. */
export const EXIT = { ok: 0, bug: 1, input: 2 } as const;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** A schema-2 file: the hiring plan (docs/model.md §10). */
async function modelPlan(
  file: Awaited<ReturnType<typeof readModelFile>>,
  args: ModelArgs,
  io: Io,
): Promise<number> {
  const { plan, bands, csv } = await loadPlan(file, args.hires, args.bands);
  const result = runPlanAt(plan, bands, file.source, csv);
  const written = await writePlanOutputs(result, bands, { xlsx: args.xlsx, pdf: args.pdf });
  io.out(planOutput(result, args.json));
  if (!args.json) for (const f of written) io.out(`Wrote ${f}`);
  return EXIT.ok;
}

async function model(args: ModelArgs, io: Io): Promise<number> {
  const file = await readModelFile(args.scenario);
  if (file.schema === 2) return modelPlan(file, args, io);
  if (args.hires !== null)
    throw new UsageError('--hires replaces the hires of a hiring plan: give a schema-2 plan file');
  const { scenario, source } = await loadScenario(args.scenario);
  const bands = await loadBands(scenario, args.bands, source);
  resolveBand(scenario, bands, source); // a missing band row is the scenario file's mistake
  const result = runModel(scenario, bands);
  // Files first: a failure writes nothing to stdout that looks like success.
  const written = await writeOutputs(result, bands, { xlsx: args.xlsx, pdf: args.pdf });
  io.out(args.json ? stringifyReport(buildReport(result)) : renderSummary(result));
  if (!args.json) for (const f of written) io.out(`Wrote ${f}`);
  return EXIT.ok;
}

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (args.command === 'version') {
      io.out(version());
      return EXIT.ok;
    }
    return await model(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`offer-runway: ${err.message} (see offer-runway --help)`);
      return EXIT.input;
    }
    if (err instanceof MissingLibreOfficeError) {
      io.err(`offer-runway: ${err.message}`);
      return EXIT.input;
    }
    if (err instanceof InputError) {
      io.err(`offer-runway: ${err.source}: ${err.problems.join('; ')}`);
      return EXIT.input;
    }
    io.err(
      `offer-runway: internal error (a bug, please report it): ${(err as Error)?.message ?? String(err)}`,
    );
    if (process.env.OFFER_RUNWAY_DEBUG) io.err((err as Error)?.stack ?? '');
    return EXIT.bug;
  }
}
