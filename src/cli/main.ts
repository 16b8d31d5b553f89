import { config as zodConfig } from 'zod';
import { readFileSync } from 'node:fs';
import { InputError } from '../model/messages.js';
import { resolveBand, runModel } from '../model/model.js';
import { buildReport, stringifyReport } from '../model/report.js';
import { USAGE, UsageError, parseCliArgs, type ModelArgs } from './args.js';
import { loadBands, loadScenario } from './load.js';
import { loadPlan, planOutput, readModelFile, runPlanAt } from './plan.js';
import { renderSummary } from './summary.js';
import { printable, printableDeep, problemLine } from '../model/printable.js';
import { installSignalCleanup } from './cleanup.js';
import { EXIT, EnvironmentError, MissingLibreOfficeError, systemReason } from './errors.js';
import { refuseOutputOverInput } from './paths.js';
import { riskSheetFor, simulatePlan, simulateScenario } from './simulate.js';
import { buildPlanReport } from '../model/plan/index.js';
import { renderRiskSummary } from './risk-summary.js';
import { simulationReport, type SimulationResult } from '../model/simulation/index.js';
import type { OutputFiles } from './output-files.js';

export { EXIT };

// One process validates a handful of documents: zod's JIT (compiling each schema with
// `new Function` on first use) costs more at start-up than it saves (docs/cli.md, start-up).
zodConfig({ jitless: true });

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

const wantsFiles = (args: ModelArgs) => Boolean(args.xlsx || args.pdf);

/** The files asked for, with the Risk sheet of values (docs/model.md §11) of a --simulate run. */
function filesAsked(args: ModelArgs, sim: SimulationResult | null, currency: string): OutputFiles {
  return {
    xlsx: args.xlsx,
    pdf: args.pdf,
    ...(sim ? { risk: riskSheetFor(sim, currency) } : {}),
  };
}

/** A schema-2 file: the hiring plan (docs/model.md §10). */
async function modelPlan(
  file: Awaited<ReturnType<typeof readModelFile>>,
  args: ModelArgs,
  io: Io,
): Promise<number> {
  const { plan, bands, csv } = await loadPlan(file, args.hires, args.bands);
  const result = runPlanAt(plan, bands, file.source, csv);
  const sim = args.simulate ? simulatePlan(plan, bands, file.source, args.simulate) : null;
  // Files first, as for a scenario (below).
  const written = wantsFiles(args)
    ? await (
        await import('./write-plan-outputs.js')
      ).writePlanWorkbook(result, bands, filesAsked(args, sim, plan.currency))
    : [];
  if (sim && args.json) {
    const report = buildPlanReport(result);
    report.set('simulation', simulationReport(sim));
    io.out(stringifyReport(report));
  } else io.out(args.json ? planOutput(result, true) : planOutput(printableDeep(result), false));
  if (sim && !args.json) io.out(`\n${renderRiskSummary(sim, plan, 'The plan')}`);
  if (!args.json) for (const f of written) io.out(`Wrote ${printable(f)}`);
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
  const result = withSource(source, () => runModel(scenario, bands));
  const sim = args.simulate ? simulateScenario(scenario, bands, source, args.simulate) : null;
  // Files first: a failure writes nothing to stdout that looks like success. The writer (and
  // ExcelJS with it) is loaded only when a file is asked for: `model --json` starts faster.
  const written = wantsFiles(args)
    ? await (
        await import('./write-outputs.js')
      ).writeOutputs(result, bands, filesAsked(args, sim, scenario.currency))
    : [];
  if (args.json) {
    const report = buildReport(result);
    if (sim) report.set('simulation', simulationReport(sim));
    io.out(stringifyReport(report));
  } else {
    io.out(renderSummary(printableDeep(result))); // user text never reaches the terminal raw
    if (sim) io.out(`\n${renderRiskSummary(sim, scenario, 'This offer')}`);
  }
  if (!args.json) for (const f of written) io.out(`Wrote ${printable(f)}`);
  return EXIT.ok;
}

/** Runs `f`; an InputError about "scenario" (the engine's limits) is re-sourced to the file. */
function withSource<T>(source: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof InputError && err.source === 'scenario' && source !== 'scenario')
      throw new InputError(source, err.problems);
    throw err;
  }
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
    if (args.command === 'model') refuseOutputOverInput(args);
    return await model(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`offer-runway: ${printable(err.message)} (see offer-runway --help)`);
      return EXIT.input;
    }
    if (err instanceof MissingLibreOfficeError) {
      io.err(`offer-runway: ${err.message}`);
      return EXIT.input;
    }
    if (err instanceof InputError) {
      io.err(`offer-runway: ${printable(err.source)}: ${problemLine(err.problems)}`);
      return EXIT.input;
    }
    if (err instanceof EnvironmentError) {
      io.err(`offer-runway: ${printable(err.path)}: ${printable(err.reason)}`);
      return EXIT.environment;
    }
    if (
      (err as Error)?.name === 'RangeError' &&
      /memory|call stack/i.test((err as Error).message)
    ) {
      io.err(
        `offer-runway: out of memory or stack (${printable((err as Error).message)}): the input is too large`,
      );
      return EXIT.environment;
    }
    io.err(
      `offer-runway: internal error (a bug, please report it): ${problemLine([(err as Error)?.message ?? String(err)])}`,
    );
    if (process.env.OFFER_RUNWAY_DEBUG) io.err((err as Error)?.stack ?? '');
    return EXIT.bug;
  }
}

/**
 * The process entry (bin/offer-runway.js): `main` plus what only a real process has — SIGINT and
 * SIGTERM remove unfinished outputs, and a stdout that is closed (EPIPE) or full (ENOSPC) is one
 * line on stderr with exit code 3 instead of a crash.
 */
export async function runProcess(argv: string[]): Promise<number> {
  let stdoutError: unknown = null;
  process.stdout.on('error', (e) => {
    stdoutError ??= e;
  });
  process.stderr.on('error', () => {
    // nowhere left to report to
  });
  installSignalCleanup(stdio.err);
  const io: Io = {
    out: (t) => {
      if (stdoutError !== null) return;
      try {
        process.stdout.write(`${t}\n`, (e) => {
          if (e) stdoutError ??= e;
        });
      } catch (e) {
        stdoutError ??= e;
      }
    },
    err: stdio.err,
  };
  let code = await main(argv, io);
  if (stdoutError === null)
    await new Promise<void>((done) => {
      try {
        process.stdout.write('', () => done());
      } catch (e) {
        stdoutError ??= e;
        done();
      }
    });
  if (stdoutError !== null) {
    stdio.err(
      `offer-runway: stdout: cannot write the output: ${printable(systemReason(stdoutError))}`,
    );
    code = EXIT.environment;
  }
  return code;
}
