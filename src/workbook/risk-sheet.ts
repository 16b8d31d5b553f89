/**
 * The Risk sheet (docs/model.md §11): the simulation summary as VALUES, labelled with the method,
 * the paths, the seed and the date. A spreadsheet cannot re-run a simulation (it has no seeded
 * generator and enumerating outcomes would take millions of cells), so unlike every other sheet
 * these cells are not formulas; re-running `offer-runway model FILE --simulate --xlsx OUT.xlsx`
 * refreshes them.
 */
import { Decimal } from '../model/decimal.js';
import { methodLabel, type SimulationResult } from '../model/simulation/index.js';
import {
  CANDIDATE_VALUE_HEADS,
  RISK_TABLE_HEADS,
  candidateValueRows,
  checkpointSentence,
  checkpointSummaries,
} from '../model/simulation/summary-rows.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, type PlanName, type PlanSheet } from './plan.js';

const RISK_SHEET = 'Risk';

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
  const heads = (texts: readonly string[]) => {
    texts.forEach((t, i) => b.text(r, i, t, i === 0 ? 'header' : 'headerNum'));
    r++;
  };
  const quantileRow = (label: string, values: readonly (number | Decimal)[], format: string) => {
    b.text(r, 0, label, 'label');
    values.forEach((x, i) => b.num(r, 1 + i, x, format, 'calc'));
    r++;
  };
  for (const c of checkpointSummaries(sim, 'Plan')) {
    r++;
    b.text(r++, 0, c.title, 'section');
    heads(RISK_TABLE_HEADS);
    for (const { label, stats, planLastsAsLong } of c.rows) {
      b.text(r, 0, label, 'label');
      [stats.p10, stats.p50, stats.p90].forEach((d, i) => days(r, 1 + i, d));
      prob(r, 4, stats.beyondR.text);
      if (planLastsAsLong) prob(r, 5, planLastsAsLong.text);
      r++;
    }
    quantileRow('Granted shares', c.grantedShares, FORMATS.shares);
    quantileRow('Dilution', c.dilution, '0.000%');
  }
  const sentence = checkpointSentence(sim);
  if (sentence) {
    r++;
    b.text(r++, 0, sentence, 'output');
  }
  const values = candidateValueRows(sim);
  if (values.length > 0) {
    r++;
    b.text(r++, 0, 'Candidate value at month H (earliest checkpoint)', 'section');
    heads(CANDIDATE_VALUE_HEADS);
    const money = meta.currency === 'USD' ? '"$"#,##0' : FORMATS.money0;
    for (const v of values) {
      b.text(r, 0, v.candidate, 'label');
      b.num(r, 1, v.price, FORMATS.money, 'calc');
      v.quantiles.forEach((x, i) => b.num(r, 2 + i, x, money, 'calc'));
      r++;
    }
  }
  return b.build();
}
