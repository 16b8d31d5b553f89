/** The simulation's options and results (docs/model.md §11): the public types and limits. */
import type { Decimal } from '../decimal.js';
import { InputError } from '../messages.js';
import type { Percentile } from '../schema.js';
import type { Probability, QuantileKey } from './stats.js';

export type SimulationMethod = 'auto' | 'exact' | 'monte-carlo';

export interface SimulationOptions {
  /** `auto` (default): exact when the run has at most 16 events, else Monte Carlo. */
  method?: SimulationMethod;
  /** Monte Carlo paths (default 20,000; 1..1,000,000). */
  paths?: number;
  /** Monte Carlo seed (default 1; an integer 0..4294967295). */
  seed?: number;
  /** Paths per chunk between progress reports (default 2,000). */
  chunkPaths?: number;
}

export const DEFAULT_PATHS = 20_000;
export const MAX_PATHS = 1_000_000;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 4_294_967_295;
/** `auto` enumerates exactly up to this many events (docs/model.md §11). */
export const AUTO_EXACT_EVENTS = 16;
/** `--method exact` refuses runs with more events than this (2^20 outcomes). */
export const MAX_EXACT_EVENTS = 20;
export const METHODS: readonly SimulationMethod[] = ['auto', 'exact', 'monte-carlo'];

/** P10/P50/P90 of runway days (null: beyond R) and the share of paths beyond R. */
export interface RunwayStats {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  beyondR: Probability;
}

/** The runway-days distribution of one view: probability mass per day, and beyond R. */
export interface DaysHistogram {
  days: number[];
  mass: number[];
  beyondR: number;
}

export interface CheckpointResult {
  /** The detection month d. */
  month: number;
  plan: RunwayStats;
  market: Partial<Record<Percentile, RunwayStats>>;
  pBeatsMarket: Partial<Record<Percentile, Probability>>;
  grantedShares: Record<QuantileKey, number>;
  dilution: Record<QuantileKey, Decimal>;
  histogram: { plan: DaysHistogram; market: Partial<Record<Percentile, DaysHistogram>> };
}

export interface SimulationResult {
  method: 'exact' | 'monte-carlo';
  /** 2^n in exact mode; N sampled paths otherwise. */
  paths: number;
  /** null in exact mode. */
  seed: number | null;
  /** The binary events counted (docs/model.md §11). */
  events: number;
  compareAt: Percentile[];
  /** Earliest checkpoint first; one entry when detectAtMonths has one distinct value. */
  checkpoints: CheckpointResult[];
  hires: {
    candidate: string;
    /** At the earliest checkpoint, per exit price (input order). */
    candidateValue: { price: Decimal; quantiles: Record<QuantileKey, Decimal> }[];
  }[];
}

export interface SimulationProgress {
  done: number;
  total: number;
}

/** Options checked as the CLI and the pane give them; problems name the option. */
export function checkSimulationOptions(o: SimulationOptions, source = 'simulation'): void {
  const problems: string[] = [];
  if (o.method !== undefined && !METHODS.includes(o.method))
    problems.push(`method: must be one of ${METHODS.join(', ')}, got "${String(o.method)}"`);
  if (o.paths !== undefined && (!Number.isInteger(o.paths) || o.paths < 1 || o.paths > MAX_PATHS))
    problems.push(`paths: must be a whole number from 1 to 1,000,000, got ${String(o.paths)}`);
  if (o.seed !== undefined && (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > MAX_SEED))
    problems.push(`seed: must be a whole number from 0 to ${MAX_SEED}, got ${String(o.seed)}`);
  if (problems.length) throw new InputError(source, problems);
}
