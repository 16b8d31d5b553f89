import { readFileSync } from 'node:fs';
import { parseBandsCsv } from '../../src/model/bands-csv.js';
import type { BandSet } from '../../src/model/bands.js';
import { ROOT } from './run-cli.js';

/** The shipped default band set, read from templates/ as the CLI reads it. */
export function defaultBands(): BandSet {
  return parseBandsCsv(
    readFileSync(`${ROOT}templates/bands/bls-oews-2024.csv`, 'utf8'),
    'bls-oews-2024',
  );
}
