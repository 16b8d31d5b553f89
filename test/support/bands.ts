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

/** A band CSV's header and one good row (BLS OEWS May 2024, Data Scientists, All, US). */
export const BANDS_HEADER = 'role,level,location,currency,p10,p25,p50,p75,p90,source,asOf';
export const GOOD_BAND_ROW =
  'Data Scientists,All,US,USD,63650,82630,112590,155810,194410,BLS,2024-05';
