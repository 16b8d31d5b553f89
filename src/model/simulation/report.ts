import { fixed } from '../decimal.js';
import type { ReportValue } from '../report.js';
import type { RunwayStats, SimulationResult } from './engine.js';
import { QUANTILES } from './stats.js';

const obj = (entries: [string, ReportValue][]) => new Map<string, ReportValue>(entries);

function runwayJson(r: RunwayStats): ReportValue {
  return obj([
    ['p10', r.p10],
    ['p50', r.p50],
    ['p90', r.p90],
    ['beyondR', r.beyondR.text],
  ]);
}

/**
 * The `"simulation"` member of the `--json` document (docs/model.md §11): probabilities as
 * strings with four decimals, days as integers (null beyond R), shares as integers, dilution with
 * six decimals and money with two (§4).
 */
export function simulationReport(r: SimulationResult): Map<string, ReportValue> {
  const checkpoints = obj(
    r.checkpoints.map((c) => [
      String(c.month),
      obj([
        ['plan', runwayJson(c.plan)],
        ['market', obj(r.compareAt.map((p) => [p, runwayJson(c.market[p] as RunwayStats)]))],
        ['pBeatsMarket', obj(r.compareAt.map((p) => [p, c.pBeatsMarket[p]?.text ?? null]))],
        ['grantedShares', obj(QUANTILES.map(([q]) => [q, c.grantedShares[q]]))],
        ['dilution', obj(QUANTILES.map(([q]) => [q, fixed(c.dilution[q], 6)]))],
      ]),
    ]),
  );
  const hires = r.hires.map((h) =>
    obj([
      [
        'candidateValue',
        obj(
          h.candidateValue.map((v) => [
            fixed(v.price, 2),
            obj(QUANTILES.map(([q]) => [q, fixed(v.quantiles[q], 2)])),
          ]),
        ),
      ],
    ]),
  );
  return obj([
    ['method', r.method],
    ['paths', r.paths],
    ['seed', r.seed],
    ['checkpoints', checkpoints],
    ['hires', hires],
  ]);
}

/**
 * What the earliest checkpoint is worth against the latest, in plan runway days: P50 and P10 of
 * the earliest minus those of the latest (null when either lies beyond R, or with one checkpoint).
 */
export function checkpointWorth(
  r: SimulationResult,
): { early: number; late: number; p50: number | null; p10: number | null } | null {
  const first = r.checkpoints[0];
  const last = r.checkpoints[r.checkpoints.length - 1];
  if (!first || !last || first === last) return null;
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    early: first.month,
    late: last.month,
    p50: diff(first.plan.p50, last.plan.p50),
    p10: diff(first.plan.p10, last.plan.p10),
  };
}

/** "exact enumeration of 8 outcomes" / "Monte Carlo, 20,000 paths, seed 1 (mulberry32)". */
export function methodLabel(r: SimulationResult): string {
  const n = r.paths.toLocaleString('en-US');
  return r.method === 'exact'
    ? `exact enumeration of all ${n} outcomes (${r.events} uncertain event${r.events === 1 ? '' : 's'})`
    : `Monte Carlo, ${n} paths, seed ${r.seed} (mulberry32)`;
}
