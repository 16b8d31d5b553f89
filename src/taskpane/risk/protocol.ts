/**
 * The Risk view's messages between the pane and its Web Worker (docs/model.md §11). Everything
 * crossing the boundary is plain data (structured clone drops Decimal's prototype): the scenario
 * or plan goes as JSON text with exact numbers, its band rows as decimal strings, and the result
 * comes back as a {@link RiskSummary} of numbers and report texts.
 */
import type { Percentile } from '../../model/schema.js';
import type { SimulationMethod } from '../../model/simulation/index.js';
import type { PlainBandSet } from '../plan/plan-eval.js';

export interface RiskOptions {
  method: SimulationMethod;
  paths: number;
  seed: number;
}

/**
 * What is simulated: a single-offer scenario (schema 1, one hire starting in month 1) or a hiring
 * plan (schema 2), as JSON text with exact numbers, with the band rows it reads in plain form
 * (an empty set when the pane has no band set of that name: the worker then names the problem).
 */
export interface RiskSubject {
  kind: 'scenario' | 'plan';
  text: string;
  bandSet: PlainBandSet;
}

export interface RiskRequest {
  type: 'run';
  id: number;
  subject: RiskSubject;
  today: string;
  options: RiskOptions;
}

export interface RunwayStatsText {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** Four decimals, as the report. */
  beyondR: string;
}

export interface HistogramData {
  days: number[];
  mass: number[];
  beyondR: number;
}

export interface RiskCheckpoint {
  month: number;
  /** The checkpoint's day after the start (ROUND(month × 30.4375, 0)). */
  day: number;
  plan: RunwayStatsText;
  market: Partial<Record<Percentile, RunwayStatsText>>;
  /** Chance the offer's runway is at least the cash match's (four decimals). */
  pBeatsMarket: Partial<Record<Percentile, string>>;
  histogram: { plan: HistogramData; market: Partial<Record<Percentile, HistogramData>> };
}

/** What the Risk view shows of a run. */
export interface RiskSummary {
  method: 'exact' | 'monte-carlo';
  paths: number;
  seed: number | null;
  events: number;
  methodLabel: string;
  compareAt: Percentile[];
  runwayHorizonMonths: number;
  /** Each hire's miss probability as used (exact decimal text), in plan order. */
  hires: { candidate: string; missProbability: string }[];
  checkpoints: RiskCheckpoint[];
  worth: { early: number; late: number; p50: number | null; p10: number | null } | null;
  /** Milliseconds the worker spent (for the status line). */
  elapsedMs: number;
}

export type RiskReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; summary: RiskSummary }
  | { type: 'error'; id: number; problems: string[] };
