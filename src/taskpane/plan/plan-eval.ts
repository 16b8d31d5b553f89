import type { Band, BandSet } from '../../model/bands.js';
import { Decimal } from '../../model/decimal.js';
import { EQUITY_VIEWS, type EquityView } from '../../model/equity.js';
import { InputError } from '../../model/messages.js';
import {
  PLAN_VIEWS,
  parsePlanText,
  runPlan,
  type PlanResult,
  type PlanView,
} from '../../model/plan/index.js';
import type { Runway } from '../../model/runway.js';
import { PERCENTILES, type Percentile } from '../../model/schema.js';
import { parseProblem, type Problem } from '../problems.js';

/**
 * Plan mode's engine call (docs/model.md §10), written so that it runs the same in a Web Worker
 * and on the main thread: the input is the plan's JSON text (numbers exact, as the draft holds
 * them) and the band sets in a plain form; the output is a {@link PlanSummary} of plain strings
 * and numbers (structured-clone safe, small enough to post 50 hires' worth every keystroke).
 */

/** One runway view as the pane shows it. */
export interface RunwaySummary {
  days: number | null;
  /** Months, two decimals (§4), or null beyond R. */
  months: string | null;
  cashOutDate: string | null;
  cashOutMonth: number | null;
}

export interface PoolSummary {
  /** Exact decimal text of each figure (shares, fractions). */
  grantedShares: string;
  poolTopUpShares: string;
  poolUse: string;
  dilution: string;
}

export interface HireSummary {
  candidate: string;
  role: string;
  startMonth: number;
  template: string | null;
  baseSalary: string;
  /** The hire's cash over plan months 1..H. */
  cashCost: string;
  /** Band position (§3.6), one decimal and three. */
  percentile: string;
  compaRatio: string;
  band: { role: string; level: string; location: string };
}

/** Everything Plan mode's results screen shows (plain data). */
export interface PlanSummary {
  name: string;
  currency: string;
  horizonMonths: number;
  runwayHorizonMonths: number;
  compareAt: Percentile[];
  views: Record<PlanView, RunwaySummary>;
  market: Partial<Record<Percentile, RunwaySummary>>;
  /** The engine's days gained (plain numbers already). */
  daysGained: PlanResult['daysGained'];
  cashCost: { plan: string; market: Partial<Record<Percentile, string>> };
  equity: Record<EquityView, PoolSummary>;
  /** Month-end cash cash_0..cash_R (numbers, for the chart only). */
  cash: {
    baseline: number[];
    planExpected: number[];
    market: Partial<Record<Percentile, number[]>>;
  };
  hires: HireSummary[];
}

export type PlanEvaluation =
  { ok: true; summary: PlanSummary; ms: number } | { ok: false; problems: Problem[]; ms: number };

/** A band set as plain data (decimals as text) — what a worker message can carry. */
export interface PlainBandSet {
  name: string;
  rows: (Omit<Band, 'values'> & { values: Record<Percentile, string> })[];
}

export function toPlainBandSet(set: BandSet): PlainBandSet {
  return {
    name: set.name,
    rows: set.rows.map((r) => ({
      ...r,
      values: Object.fromEntries(PERCENTILES.map((p) => [p, r.values[p].toString()])) as Record<
        Percentile,
        string
      >,
    })),
  };
}

export function fromPlainBandSet(set: PlainBandSet): BandSet {
  return {
    name: set.name,
    rows: set.rows.map((r) => ({
      ...r,
      values: Object.fromEntries(PERCENTILES.map((p) => [p, new Decimal(r.values[p])])) as Record<
        Percentile,
        Decimal
      >,
    })),
  };
}

function runwaySummary(r: Runway): RunwaySummary {
  return {
    days: r.days,
    months: r.months === null ? null : r.months.toFixed(2),
    cashOutDate: r.cashOutDate,
    cashOutMonth: r.cashOutMonth,
  };
}

const numbers = (xs: readonly Decimal[]) => xs.map((x) => x.toNumber());

/** The plain summary of a plan run. */
export function summarizePlan(m: PlanResult): PlanSummary {
  const plan = m.plan;
  const compareAt = plan.market.compareAt;
  const market: PlanSummary['market'] = {};
  const marketCash: PlanSummary['cash']['market'] = {};
  const marketCost: PlanSummary['cashCost']['market'] = {};
  for (const p of compareAt) {
    const v = m.market[p];
    if (!v) continue;
    market[p] = runwaySummary(v.runway);
    marketCash[p] = numbers(v.cash);
    marketCost[p] = m.cashCost.market[p]?.toString() ?? '0';
  }
  return {
    name: plan.name,
    currency: plan.currency,
    horizonMonths: plan.horizonMonths,
    runwayHorizonMonths: plan.runwayHorizonMonths,
    compareAt: [...compareAt],
    views: Object.fromEntries(
      PLAN_VIEWS.map((v) => [v, runwaySummary(m.views[v].runway)]),
    ) as Record<PlanView, RunwaySummary>,
    market,
    daysGained: { ...m.daysGained },
    cashCost: { plan: m.cashCost.plan.toString(), market: marketCost },
    equity: Object.fromEntries(
      EQUITY_VIEWS.map((v) => [
        v,
        {
          grantedShares: m.equity[v].grantedShares.toString(),
          poolTopUpShares: m.equity[v].poolTopUpShares.toString(),
          poolUse: m.equity[v].poolUse.toString(),
          dilution: m.equity[v].dilution.toString(),
        },
      ]),
    ) as Record<EquityView, PoolSummary>,
    cash: {
      baseline: numbers(m.views.baseline.cash),
      planExpected: numbers(m.views.planExpected.cash),
      market: marketCash,
    },
    hires: m.hires.map((h) => ({
      candidate: h.hire.scenario.offer.candidate,
      role: h.hire.scenario.offer.role,
      startMonth: h.hire.startMonth,
      template: h.hire.template,
      baseSalary: h.hire.scenario.offer.baseSalary.toString(),
      cashCost: h.cashCost.offer.toString(),
      percentile: h.band.percentile.toFixed(1),
      compaRatio: h.band.compaRatio.toFixed(3),
      band: { ...h.hire.market },
    })),
  };
}

/** The source name of the pane's plan in messages. */
export const PLAN_SOURCE = 'plan';

/**
 * Validates the plan text with the engine's own rules (parsePlan) and runs it. Bad input comes
 * back as problems on their plan paths (`hires[3].offer.baseSalary`), never thrown.
 */
export function evaluatePlanText(
  text: string,
  bandSets: Readonly<Record<string, BandSet>>,
  today: string,
): PlanEvaluation {
  const t0 = Date.now();
  const done = <T extends object>(x: T) => ({ ...x, ms: Date.now() - t0 });
  try {
    const plan = parsePlanText(text, { today }, PLAN_SOURCE);
    const set = bandSets[plan.market.bandSet];
    if (!set) {
      const known = Object.keys(bandSets).join(', ');
      return done({
        ok: false as const,
        problems: [
          {
            path: 'market.bandSet',
            reason: `no band set named "${plan.market.bandSet}" is loaded (loaded: ${known}); import its CSV on the Market screen`,
          },
        ],
      });
    }
    return done({ ok: true as const, summary: summarizePlan(runPlan(plan, set, PLAN_SOURCE)) });
  } catch (err) {
    if (err instanceof InputError)
      return done({ ok: false as const, problems: err.problems.map(parseProblem) });
    throw err;
  }
}
