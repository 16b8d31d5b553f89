import { Decimal } from '../model/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../model/format.js';
import { methodLabel, type SimulationResult } from '../model/simulation/index.js';
import * as riskRows from '../model/simulation/summary-rows.js';
import { table } from './summary.js';

const days = (d: number | null, R: number) =>
  d === null ? `> ${R} mo` : formatCount(new Decimal(d));
const pct = (p: { text: string }) => formatPercent(new Decimal(p.text), 1);

/** The founder's reading of `--simulate` (docs/model.md §11), printed after the summary. */
export function renderRiskSummary(
  r: SimulationResult,
  doc: { runwayHorizonMonths: number; currency: string; missCost: { timeToFillDays: number } },
  planLabel: 'This offer' | 'The plan',
): string {
  const R = doc.runwayHorizonMonths;
  const out: string[] = [];
  out.push(`RISK  runway as a range — ${methodLabel(r)}`);
  out.push(
    `Per path: each hire may miss (cannot ship), milestones and margin gains hit or not; a miss is found at the checkpoint, paid through it, and the seat refilled ${doc.missCost.timeToFillDays} days later.`,
  );
  for (const c of riskRows.checkpointSummaries(r, planLabel)) {
    out.push('', c.title);
    const rows = c.rows.map(({ label, stats, planLastsAsLong }) => [
      label,
      days(stats.p10, R),
      days(stats.p50, R),
      days(stats.p90, R),
      pct(stats.beyondR),
      planLastsAsLong ? pct(planLastsAsLong) : '',
    ]);
    out.push(table([...riskRows.RISK_TABLE_HEADS], rows));
    out.push(
      `Granted shares P10/P50/P90: ${c.grantedShares.map((x) => formatCount(new Decimal(x))).join(' / ')} (dilution ${c.dilution.map((x) => formatPercent(x, 3)).join(' / ')})`,
    );
  }
  const sentence = riskRows.checkpointSentence(r);
  if (sentence) out.push('', sentence);
  const values = riskRows.candidateValueRows(r);
  if (values.length > 0) {
    const m = (x: Decimal) => formatMoney(x, doc.currency);
    out.push('', 'Candidate value at month H (the original hire, earliest checkpoint)');
    out.push(
      table(
        [...riskRows.CANDIDATE_VALUE_HEADS],
        values.map((v) => [
          v.candidate,
          formatMoney(v.price, doc.currency, 2),
          ...v.quantiles.map(m),
        ]),
      ),
    );
  }
  return out.join('\n');
}
