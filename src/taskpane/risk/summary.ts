import { InputError } from '../../model/messages.js';
import { parsePlanText } from '../../model/plan/index.js';
import { parseScenarioText } from '../../model/scenario.js';
import type { Percentile } from '../../model/schema.js';
import {
  CHECKPOINT_DAY,
  checkSimulationOptions,
  checkpointWorth,
  methodLabel,
  simulate,
  simulationInputFromPlan,
  simulationInputFromScenario,
  type RunwayStats,
  type SimulationInput,
  type SimulationProgress,
  type SimulationResult,
} from '../../model/simulation/index.js';
import { fromPlainBandSet } from '../plan/plan-eval.js';
import type {
  RiskReply,
  RiskRequest,
  RiskSubject,
  RiskSummary,
  RunwayStatsText,
} from './protocol.js';

const statsText = (r: RunwayStats): RunwayStatsText => ({
  p10: r.p10,
  p50: r.p50,
  p90: r.p90,
  beyondR: r.beyondR.text,
});

/** The plain summary of a simulation result that the Risk view shows. */
export function summarize(
  r: SimulationResult,
  extra: Pick<RiskSummary, 'runwayHorizonMonths' | 'elapsedMs' | 'hires'>,
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
 * The simulation input of a subject (docs/model.md §11): a scenario is a plan of one hire
 * starting in month 1, a plan gives each hire its own start month, offer and band row.
 */
export function simulationInputOf(subject: RiskSubject, today: string): SimulationInput {
  const bands = fromPlainBandSet(subject.bandSet);
  if (subject.kind === 'plan')
    return simulationInputFromPlan(parsePlanText(subject.text, { today }, 'plan'), bands, 'plan');
  const scenario = parseScenarioText(subject.text, { today }, 'scenario');
  return simulationInputFromScenario(scenario, bands);
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
    const input = simulationInputOf(req.subject, req.today);
    const run = simulate(input, { ...req.options, chunkPaths: 2000 });
    for (;;) {
      const step = run.next();
      if (step.done) {
        const summary = summarize(step.value, {
          runwayHorizonMonths: input.runwayHorizonMonths,
          elapsedMs: Math.round(now() - t0),
          hires: input.hires.map((h) => ({
            candidate: h.candidate,
            missProbability: h.offer.missProbability.toString(),
          })),
        });
        post({ type: 'done', id: req.id, summary });
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
