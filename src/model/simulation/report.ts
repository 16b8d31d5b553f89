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
