import { readFile, stat } from 'node:fs/promises';
import type { BandSet } from '../model/bands.js';
import { parseBandsCsv } from '../model/bands-csv.js';
import { localDate } from '../model/format.js';
import { InputError } from '../model/messages.js';
import { parseScenarioText, type Scenario } from '../model/scenario.js';
import { systemReason } from './errors.js';
import { MAX_INPUT_BYTES, decodeUtf8 } from './text-file.js';
import { BUILT_IN_BAND_SETS, DEFAULT_SCENARIO_PATH, bandSetPath } from './templates.js';

/**
 * Today's local date, YYYY-MM-DD (the startDate default and the band-age warning read it).
 * OFFER_RUNWAY_TODAY=YYYY-MM-DD sets it (tests, reproducible runs).
 */
export function localToday(now = new Date()): string {
  const fixedToday = process.env.OFFER_RUNWAY_TODAY;
  if (fixedToday && /^\d{4}-\d{2}-\d{2}$/.test(fixedToday)) return fixedToday;
  return localDate(now);
}

/** Reads an input file as UTF-8 text; any other encoding, or a file too large, is named (exit 2). */
export async function readInput(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > MAX_INPUT_BYTES)
      throw new InputError(path, [
        `is ${(info.size / 1024 / 1024).toFixed(0)} MB; input files are limited to ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
      ]);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : `cannot be read: ${systemReason(err)}`;
    throw new InputError(path, [why]);
  }
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) throw new InputError(path, [decoded.problem]);
  return decoded.text;
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
