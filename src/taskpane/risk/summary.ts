import { Decimal } from '../../model/decimal.js';
import type { BandSet } from '../../model/bands.js';
import { InputError } from '../../model/messages.js';
import { parseScenarioText } from '../../model/scenario.js';
import { PERCENTILES, type Percentile } from '../../model/schema.js';
import {
  CHECKPOINT_DAY,
  checkSimulationOptions,
  checkpointWorth,
  methodLabel,
  simulate,
  simulationInputFromScenario,
  type RunwayStats,
  type SimulationProgress,
  type SimulationResult,
} from '../../model/simulation/index.js';
import type { RiskReply, RiskRequest, RiskSummary, RunwayStatsText } from './protocol.js';

const statsText = (r: RunwayStats): RunwayStatsText => ({
  p10: r.p10,
  p50: r.p50,
  p90: r.p90,
  beyondR: r.beyondR.text,
});

/** The plain summary of a simulation result that the Risk view shows. */
export function summarize(
  r: SimulationResult,
  extra: Pick<RiskSummary, 'runwayHorizonMonths' | 'missProbability' | 'candidate' | 'elapsedMs'>,
): RiskSummary {
  return {
    method: r.method,
    paths: r.paths,
    seed: r.seed,
    events: r.events,
    methodLabel: methodLabel(r),
    compareAt: [...r.compareAt],
    checkpoints: r.checkpoints.map((c) => ({
      month: c.month,
      day: CHECKPOINT_DAY(c.month),
      plan: statsText(c.plan),
      market: Object.fromEntries(
        r.compareAt.map((p) => [p, statsText(c.market[p] as RunwayStats)]),
      ) as Partial<Record<Percentile, RunwayStatsText>>,
      pBeatsMarket: Object.fromEntries(
        r.compareAt.map((p) => [p, c.pBeatsMarket[p]?.text ?? '']),
      ) as Partial<Record<Percentile, string>>,
      histogram: {
        plan: c.histogram.plan,
        market: Object.fromEntries(r.compareAt.map((p) => [p, c.histogram.market[p]])),
      },
    })),
    worth: checkpointWorth(r),
    ...extra,
  };
}

/**
 * Runs one request step by step: `post` receives progress after each chunk and the result (or
 * the problems) at the end. A generator, so the worker can hand control back between chunks.
 */
export function* runRequest(
  req: RiskRequest,
  post: (m: RiskReply) => void,
  now: () => number,
): Generator<void, void, void> {
  const t0 = now();
  try {
    checkSimulationOptions(req.options, 'risk');
    const scenario = parseScenarioText(req.scenarioText, { today: req.today }, 'scenario');
    const b = req.band;
    const rows = b
      ? [
          {
            ...b,
            values: Object.fromEntries(
              PERCENTILES.map((p) => [p, new Decimal(b.values[p])]),
            ) as Record<Percentile, Decimal>,
          },
        ]
      : [];
    const bands: BandSet = { name: req.bandSet, rows };
    const input = simulationInputFromScenario(scenario, bands);
    const run = simulate(input, { ...req.options, chunkPaths: 2000 });
    for (;;) {
      const step = run.next();
      if (step.done) {
        post({
          type: 'done',
          id: req.id,
          summary: summarize(step.value, {
            runwayHorizonMonths: scenario.runwayHorizonMonths,
            missProbability: scenario.offer.missProbability.toString(),
            candidate: scenario.offer.candidate,
            elapsedMs: Math.round(now() - t0),
          }),
        });
        return;
      }
      const p: SimulationProgress = step.value;
      post({ type: 'progress', id: req.id, done: p.done, total: p.total });
      yield;
    }
  } catch (err) {
    if (err instanceof InputError) post({ type: 'error', id: req.id, problems: [...err.problems] });
    else post({ type: 'error', id: req.id, problems: [String(err)] });
  }
}
