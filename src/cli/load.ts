import { readFile } from 'node:fs/promises';
import type { BandSet } from '../model/bands.js';
import { parseBandsCsv } from '../model/bands-csv.js';
import { InputError } from '../model/messages.js';
import { parseScenarioText, type Scenario } from '../model/scenario.js';
import { BUILT_IN_BAND_SETS, DEFAULT_SCENARIO_PATH, bandSetPath } from './templates.js';

/** Today's local date, YYYY-MM-DD (the startDate default reads it). */
export function localToday(now = new Date()): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot be read (${code ?? String(err)})`;
    throw new InputError(path, [why]);
  }
}

/** Reads and validates a scenario file, or the embedded default when `path` is null. */
export async function loadScenario(
  path: string | null,
): Promise<{ scenario: Scenario; source: string }> {
  const source = path ?? 'default scenario';
  const text = await readInput(path ?? DEFAULT_SCENARIO_PATH);
  return { scenario: parseScenarioText(text, { today: localToday() }, source), source };
}

/** The band set: the user's CSV when given, else the built-in set the scenario names. */
export async function loadBands(
  scenario: Scenario,
  csvPath: string | null,
  source = 'scenario',
): Promise<BandSet> {
  if (csvPath !== null)
    return parseBandsCsv(await readInput(csvPath), scenario.market.bandSet, csvPath);
  const name = scenario.market.bandSet;
  if (!(BUILT_IN_BAND_SETS as readonly string[]).includes(name))
    throw new InputError(source, [
      `market.bandSet: "${name}" is not a built-in band set (built in: ${BUILT_IN_BAND_SETS.join(', ')}); pass --bands FILE.csv to use your own`,
    ]);
  return parseBandsCsv(await readInput(bandSetPath(name)), name, bandSetPath(name));
}
