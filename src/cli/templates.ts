import { fileURLToPath } from 'node:url';

/** The project's templates folder (two levels above this file, in src/ and in build/ alike). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export const DEFAULT_SCENARIO_PATH = `${TEMPLATES_DIR}scenarios/default.json`;
export const BUILT_IN_BAND_SETS = ['bls-oews-2024'] as const;

export function bandSetPath(name: string): string {
  return `${TEMPLATES_DIR}bands/${name}.csv`;
}
