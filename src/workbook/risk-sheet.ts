/**
 * The Risk sheet (docs/model.md §11): the simulation summary as VALUES, labelled with the method,
 * the paths, the seed and the date. A spreadsheet cannot re-run a simulation (it has no seeded
 * generator and enumerating outcomes would take millions of cells), so unlike every other sheet
 * these cells are not formulas; re-running `offer-runway model FILE --simulate --xlsx OUT.xlsx`
 * refreshes them.
 */
import { Decimal } from '../model/decimal.js';
import {
  CHECKPOINT_DAY,
  checkpointWorth,
  methodLabel,
  type RunwayStats,
  type SimulationResult,
} from '../model/simulation/index.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, type PlanName, type PlanSheet } from './plan.js';

export const RISK_SHEET = 'Risk';

export function buildRiskSheet(
  sim: SimulationResult,
  meta: { currency: string; date: string },
): PlanSheet {
  const names: PlanName[] = [];
  const b = new SheetBuilder(RISK_SHEET, names);
  b.extra.tabColor = '7030A0';
  b.widths(38, 14, 14, 14, 14, 18);
  b.text(0, 0, 'Risk — runway as a range', 'title');
  b.text(
    1,
    0,
    `Values, not formulas: computed by offer-runway --simulate on ${meta.date}. A spreadsheet cannot re-run the simulation; run the command again to refresh this sheet. Every other sheet stays formulas.`,
    'note',
  );
  let r = 3;
  const label = (text: string, value: string | number) => {
    b.text(r, 0, text, 'label');
    if (typeof value === 'number') b.num(r, 1, value, FORMATS.shares, 'output');
    else b.text(r, 1, value, 'output');
    r++;
  };
  label('Method', sim.method);
  label('Paths', sim.paths);
  label('Seed', sim.seed === null ? 'none (exact enumeration)' : sim.seed);
  label('Uncertain events', sim.events);
  label('Computed on', meta.date);
  b.text(r++, 0, methodLabel(sim), 'note');

  const days = (row: number, col: number, d: number | null) => {
    if (d === null) b.text(row, col, 'beyond R', 'calc');
    else b.num(row, col, d, FORMATS.shares, 'calc');
  };
  const prob = (row: number, col: number, text: string) =>
    b.num(row, col, new Decimal(text), FORMATS.percent, 'calc');
  for (const c of sim.checkpoints) {
    r++;
    b.text(r++, 0, `Checkpoint at month ${c.month} (day ${CHECKPOINT_DAY(c.month)})`, 'section');
    ['Runway days', 'P10', 'P50', 'P90', 'Beyond R', 'Plan lasts at least as long'].forEach(
      (t, i) => b.text(r, i, t, i === 0 ? 'header' : 'headerNum'),
    );
    r++;
    const row = (text: string, s: RunwayStats, beats: string | null) => {
      b.text(r, 0, text, 'label');
      days(r, 1, s.p10);
      days(r, 2, s.p50);
      days(r, 3, s.p90);
      prob(r, 4, s.beyondR.text);
      if (beats !== null) prob(r, 5, beats);
      r++;
    };
    row('Plan', c.plan, null);
    for (const p of sim.compareAt)
      row(
        `Cash match at market ${p.toUpperCase()}`,
        c.market[p] as RunwayStats,
        c.pBeatsMarket[p]?.text ?? null,
      );
    b.text(r, 0, 'Granted shares', 'label');
    [c.grantedShares.p10, c.grantedShares.p50, c.grantedShares.p90].forEach((x, i) =>
      b.num(r, 1 + i, x, FORMATS.shares, 'calc'),
    );
    r++;
    b.text(r, 0, 'Dilution', 'label');
    [c.dilution.p10, c.dilution.p50, c.dilution.p90].forEach((x, i) =>
      b.num(r, 1 + i, x, '0.000%', 'calc'),
    );
    r++;
  }
  const w = checkpointWorth(sim);
  if (w) {
    r++;
    const part = (n: number | null) => (n === null ? 'not measurable (beyond R)' : `${n} days`);
    b.text(
      r++,
      0,
      `A month-${w.early} checkpoint (day ${CHECKPOINT_DAY(w.early)}) instead of month ${w.late} is worth ${part(w.p50)} of runway at the median and ${part(w.p10)} at P10.`,
      'output',
    );
  }
  if (sim.hires.some((h) => h.candidateValue.length > 0)) {
    r++;
    b.text(r++, 0, 'Candidate value at month H (earliest checkpoint)', 'section');
    ['Candidate', 'Exit price', 'P10', 'P50', 'P90'].forEach((t, i) =>
      b.text(r, i, t, i === 0 ? 'header' : 'headerNum'),
    );
    r++;
    const money = meta.currency === 'USD' ? '"$"#,##0' : FORMATS.money0;
    for (const h of sim.hires)
      for (const v of h.candidateValue) {
        b.text(r, 0, h.candidate, 'label');
        b.num(r, 1, v.price, FORMATS.money, 'calc');
        [v.quantiles.p10, v.quantiles.p50, v.quantiles.p90].forEach((x, i) =>
          b.num(r, 2 + i, x, money, 'calc'),
        );
        r++;
      }
  }
  return b.build();
}
