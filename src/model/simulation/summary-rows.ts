/**
 * The simulation summary as rows and sentences (docs/model.md §11), in the words every face
 * uses: the CLI's `--simulate` table, the Risk sheet and the pane's Risk view render these, so
 * that they say the same thing.
 */
import type { Decimal } from '../decimal.js';
import type { Percentile } from '../schema.js';
import { marketViewLabel } from '../words.js';
import type { RunwayStats, SimulationResult } from './api.js';
import { CHECKPOINT_DAY } from './engine.js';
import { checkpointWorth } from './report.js';
import type { Probability } from './stats.js';

/** The runway table's column heads, the view's label first. */
export const RISK_TABLE_HEADS = [
  'Runway days',
  'P10',
  'P50',
  'P90',
  'Beyond R',
  'Plan lasts at least as long',
] as const;

/** One view's row: its label, its runway-days statistics, and (market views) P(plan ≥ it). */
export interface RiskRow {
  label: string;
  stats: RunwayStats;
  planLastsAsLong: Probability | null;
}

export interface CheckpointSummary {
  month: number;
  title: string;
  rows: RiskRow[];
  /** Granted shares and dilution at P10, P50, P90. */
  grantedShares: [number, number, number];
  dilution: [Decimal, Decimal, Decimal];
}

/** Each checkpoint's table: the plan (`planLabel`) then each compared cash match. */
export function checkpointSummaries(sim: SimulationResult, planLabel: string): CheckpointSummary[] {
  return sim.checkpoints.map((c) => ({
    month: c.month,
    title: `Checkpoint at month ${c.month} (day ${CHECKPOINT_DAY(c.month)})`,
    rows: [
      { label: planLabel, stats: c.plan, planLastsAsLong: null },
      ...sim.compareAt.map((p: Percentile) => ({
        label: marketViewLabel(p),
        stats: c.market[p] as RunwayStats,
        planLastsAsLong: c.pBeatsMarket[p] ?? null,
      })),
    ],
    grantedShares: [c.grantedShares.p10, c.grantedShares.p50, c.grantedShares.p90],
    dilution: [c.dilution.p10, c.dilution.p50, c.dilution.p90],
  }));
}

/** "+12 days", "−3 days", "±0 days". */
export function signedDays(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
}

/** What the earliest checkpoint is worth against the latest ({@link checkpointWorth}). */
export type CheckpointWorth = NonNullable<ReturnType<typeof checkpointWorth>>;

/**
 * "A month-2 checkpoint (day 61) instead of month 9 is worth +12 days of runway at the median and
 * +30 days at P10." — the CLI, the Risk sheet and the pane's Risk view all say it this way.
 */
export function worthSentence(w: CheckpointWorth): string {
  const part = (n: number | null) =>
    n === null ? 'nothing measurable (beyond the horizon)' : signedDays(n);
  return `A month-${w.early} checkpoint (day ${CHECKPOINT_DAY(w.early)}) instead of month ${w.late} is worth ${part(w.p50)} of runway at the median and ${part(w.p10)} at P10.`;
}

/** {@link worthSentence} of a run; null with a single checkpoint. */
export function checkpointSentence(sim: SimulationResult): string | null {
  const w = checkpointWorth(sim);
  return w ? worthSentence(w) : null;
}

/** The candidate-value table heads and rows (each hire's value at each exit price, month H). */
export const CANDIDATE_VALUE_HEADS = ['Candidate', 'Exit price', 'P10', 'P50', 'P90'] as const;

export function candidateValueRows(
  sim: SimulationResult,
): { candidate: string; price: Decimal; quantiles: [Decimal, Decimal, Decimal] }[] {
  return sim.hires.flatMap((h) =>
    h.candidateValue.map((v) => ({
      candidate: h.candidate,
      price: v.price,
      quantiles: [v.quantiles.p10, v.quantiles.p50, v.quantiles.p90] as [Decimal, Decimal, Decimal],
    })),
  );
}
