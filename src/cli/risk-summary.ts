import { Decimal } from '../model/decimal.js';
import { formatCount, formatMoney, formatPercent } from '../model/format.js';
import {
  CHECKPOINT_DAY,
  checkpointWorth,
  methodLabel,
  type RunwayStats,
  type SimulationResult,
} from '../model/simulation/index.js';
import { table } from './summary.js';
import { marketViewLabel } from '../model/words.js';

const days = (d: number | null, R: number) =>
  d === null ? `> ${R} mo` : formatCount(new Decimal(d));
const pct = (p: { value: number; text: string }) => formatPercent(new Decimal(p.text), 1);

function signed(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;
}

/** The founder's reading of `--simulate` (docs/model.md §11), printed after the summary. */
export function renderRiskSummary(
  r: SimulationResult,
  o: { R: number; currency: string; timeToFillDays: number; planLabel: string },
): string {
  const out: string[] = [];
  out.push(`RISK  runway as a range — ${methodLabel(r)}`);
  out.push(
    `Per path: each hire may miss (cannot ship), milestones and margin gains hit or not; a miss is found at the checkpoint, paid through it, and the seat refilled ${o.timeToFillDays} days later.`,
  );
  for (const c of r.checkpoints) {
    out.push('');
    out.push(`Checkpoint at month ${c.month} (day ${CHECKPOINT_DAY(c.month)})`);
    const row = (label: string, s: RunwayStats, beats: string) => [
      label,
      days(s.p10, o.R),
      days(s.p50, o.R),
      days(s.p90, o.R),
      pct(s.beyondR),
      beats,
    ];
    out.push(
      table(
        ['runway days', 'P10', 'P50', 'P90', 'beyond R', 'plan lasts ≥ it'],
        [
          row(o.planLabel, c.plan, ''),
          ...r.compareAt.map((p) =>
            row(
              marketViewLabel(p),
              c.market[p] as RunwayStats,
              pct(c.pBeatsMarket[p] as { value: number; text: string }),
            ),
          ),
        ],
      ),
    );
    out.push(
      `Granted shares P10/P50/P90: ${[c.grantedShares.p10, c.grantedShares.p50, c.grantedShares.p90].map((x) => formatCount(new Decimal(x))).join(' / ')} (dilution ${[c.dilution.p10, c.dilution.p50, c.dilution.p90].map((x) => formatPercent(x, 3)).join(' / ')})`,
    );
  }
  const w = checkpointWorth(r);
  if (w) {
    const part = (n: number | null) =>
      n === null ? 'nothing measurable (beyond the horizon)' : signed(n);
    out.push('');
    out.push(
      `A month-${w.early} checkpoint (day ${CHECKPOINT_DAY(w.early)}) instead of month ${w.late} is worth ${part(w.p50)} of runway at the median and ${part(w.p10)} at P10.`,
    );
  }
  if (r.hires.length > 0 && r.hires.some((h) => h.candidateValue.length > 0)) {
    out.push('');
    out.push('Candidate value at month H (the original hire, earliest checkpoint)');
    const m = (x: Decimal) => formatMoney(x, o.currency);
    out.push(
      table(
        ['candidate', 'exit price', 'P10', 'P50', 'P90'],
        r.hires.flatMap((h) =>
          h.candidateValue.map((v) => [
            h.candidate,
            formatMoney(v.price, o.currency, 2),
            m(v.quantiles.p10),
            m(v.quantiles.p50),
            m(v.quantiles.p90),
          ]),
        ),
      ),
    );
  }
  return out.join('\n');
}
