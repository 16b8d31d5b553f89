import blsCsv from '../../templates/bands/bls-oews-2024.csv';
import type { BandSet } from '../model/bands.js';
import { parseBandsCsv } from '../model/bands-csv.js';

/** The band sets shipped with the add-in (parsed by the same reader as imported CSVs). */
export function builtInBandSets(): Record<string, BandSet> {
  return { 'bls-oews-2024': parseBandsCsv(blsCsv, 'bls-oews-2024', 'bls-oews-2024.csv') };
}
