/**
 * The simulation's precomputation (docs/model.md §11): every hire's cash, gain and grant variants
 * as exact cents and share counts (variants.ts), the company's series and the baseline, once per
 * run, so that a path is only sums.
 */
import { companyMonths, grossProfit } from '../company.js';
import { Decimal, ZERO } from '../decimal.js';
import type { Grant } from '../grants.js';
import { InputError } from '../messages.js';
import { vestedShares } from '../vesting.js';
import {
  AUTO_EXACT_EVENTS,
  DEFAULT_PATHS,
  DEFAULT_SEED,
  MAX_EXACT_EVENTS,
  checkSimulationOptions,
  type SimulationOptions,
} from './api.js';
import type { SimulationHire, SimulationInput } from './input.js';
import type { ValueTerms } from './values.js';
import {
  gainRamp,
  gainSlot,
  gainUnits,
  monthsToFill,
  seatCashVariants,
  seatGrants,
  sharesOf,
  toCents,
  type GainSlot,
  type SeatGrants,
  type ViewsSparse,
} from './variants.js';

export { toCents, type GainSlot, type Sparse } from './variants.js';

/** An event reference: an index into the path's draws, or a fixed outcome. */
export const NEVER = -1;
export const ALWAYS = -2;
export type EventRef = number;

export interface HirePre {
  hire: SimulationHire;
  start: number;
  miss: EventRef;
  milestones: EventRef[];
  gain: EventRef;
  replMilestones: EventRef[];
  replGain: EventRef;
  modalMissed: boolean;
  orig: SeatGrants;
  /** The milestones whose grant exists in the plan (in order): their event refs and shares. */
  grantedMilestoneRefs: Int32Array;
  grantedMilestoneShares: Float64Array;
  origGrants: Grant[];
  /** Per milestone: its grant in origGrants, or null when it falls after H. */
  origMilestoneGrant: (Grant | null)[];
  origMarginGrants: Grant[];
  origGainSlot: GainSlot | null;
  /** Per checkpoint. */
  vestedInitialAt: number[];
  replStart: number[];
  repl: (SeatGrants | null)[];
  replGainSlot: (GainSlot | null)[];
  /** Per checkpoint: the cash differences of "missed" minus "not missed", every view. */
  missDelta: ViewsSparse[];
  /** Per cash view: the difference array of the seat paid in full from its start (dense). */
  fullDiff: Float64Array[];
  /** The largest monthly cash of the seat in any view, in cents. */
  maxMonthly: number;
  /** Integer value terms (null: too large, decimal fallback); undefined until first needed. */
  terms?: ValueTerms | null;
}

export interface Prepared {
  input: SimulationInput;
  R: number;
  H: number;
  checkpoints: number[];
  /** Cash views: 0 = the plan, then one per compareAt. */
  nViews: number;
  hires: HirePre[];
  events: { p: Decimal; pf: number }[];
  method: 'exact' | 'monte-carlo';
  paths: number;
  seed: number | null;
  opexC: Float64Array;
  revC: Float64Array;
  revGmC: Float64Array;
  gp0C: Float64Array;
  net0: Float64Array;
  cash0: number;
  revD: Decimal[];
  /** See {@link gainUnits}; null: gains are summed in Float64 with a wider guard. */
  unitsPerPoint: number | null;
  /**
   * Per checkpoint: the baseline cash difference arrays (every hire in its more likely miss
   * state), interleaved by view: `baseDiff[ci][k × nViews + v]`, months 1..R.
   */
  baseDiff: Float64Array[];
  /**
   * Per checkpoint: the first month of a path's runway scan done in one block, a little before
   * the baseline (no gain) runs out of cash in its earliest view (R when it never does).
   */
  firstBlock: number[];
  maxDays: number;
}

/** Counts the events of a run literally (docs/model.md §11) without preparing anything else. */
export function countEvents(input: SimulationInput): number {
  let n = 0;
  const random = (p: Decimal) => p.greaterThan(0) && p.lessThan(1);
  for (const h of input.hires) {
    const o = h.offer;
    const ms = o.refresh?.milestones ?? [];
    const own =
      ms.filter((m) => random(m.probability)).length +
      (o.marginGain && random(o.marginGain.probability) ? 1 : 0);
    n += (random(o.missProbability) ? 1 : 0) + own;
    if (o.missProbability.greaterThan(0)) n += own;
  }
  return n;
}

/** The company's monthly series (§3.4) in cents, months 1..R (index 0 unused). */
interface CompanySeries {
  opexC: Float64Array;
  revC: Float64Array;
  /** rev_k × grossMargin in cents, unrounded. */
  revGmC: Float64Array;
  gp0C: Float64Array;
  net0: Float64Array;
  revD: Decimal[];
}

function companySeries(input: SimulationInput): CompanySeries {
  const R = input.runwayHorizonMonths;
  const c = input.company;
  const months = companyMonths(c, R);
  const revD: Decimal[] = [ZERO];
  const opexC = new Float64Array(R + 1);
  const revC = new Float64Array(R + 1);
  const revGmC = new Float64Array(R + 1);
  const gp0C = new Float64Array(R + 1);
  const net0 = new Float64Array(R + 1);
  for (let k = 1; k <= R; k++) {
    const rev = months.revenue[k - 1] as Decimal;
    const opex = months.opex[k - 1] as Decimal;
    revD.push(rev);
    revC[k] = toCents(rev);
    opexC[k] = toCents(opex);
    revGmC[k] = rev.times(c.grossMargin).times(100).toNumber();
    gp0C[k] = toCents(grossProfit(rev, c.grossMargin, ZERO));
    net0[k] = (opexC[k] as number) - (gp0C[k] as number);
  }
  return { opexC, revC, revGmC, gp0C, net0, revD };
}

/** The run's random events, in draw order; fixed outcomes get a {@link NEVER} / {@link ALWAYS} ref. */
class EventList {
  readonly list: { p: Decimal; pf: number }[] = [];
  ref(p: Decimal): EventRef {
    if (p.lessThanOrEqualTo(0)) return NEVER;
    if (p.greaterThanOrEqualTo(1)) return ALWAYS;
    this.list.push({ p, pf: p.toNumber() });
    return this.list.length - 1;
  }
}

/** What every hire's preparation shares. */
interface RunContext {
  input: SimulationInput;
  checkpoints: number[];
  events: EventList;
  unitsPerPoint: number | null;
  /** §3.3 schedules in cents by cash terms (see variants.ts). */
  schedules: Map<string, number[]>;
}

/** One hire's events (per hire: the miss, milestones, gain, then the replacement's) and variants. */
function prepareHire(ctx: RunContext, hire: SimulationHire): HirePre {
  const { input, checkpoints, events } = ctx;
  const R = input.runwayHorizonMonths;
  const o = hire.offer;
  const s = hire.startMonth;
  const ms = o.refresh?.milestones ?? [];
  const canMiss = o.missProbability.greaterThan(0);
  const miss = events.ref(o.missProbability);
  const milestones = ms.map((m) => events.ref(m.probability));
  const gain = o.marginGain ? events.ref(o.marginGain.probability) : NEVER;
  const replMilestones = ms.map((m) => (canMiss ? events.ref(m.probability) : NEVER));
  const replGain = canMiss && o.marginGain ? events.ref(o.marginGain.probability) : NEVER;

  const { grants, milestoneGrant } = seatGrants(input, o, s);
  const orig = sharesOf(grants, milestoneGrant);
  const ramp = gainRamp(hire, R, ctx.unitsPerPoint);
  const initial = grants[0];
  const fill = monthsToFill(input.timeToFillDays);
  const replStart = checkpoints.map((d) => s - 1 + d + fill + 1);
  const cash = seatCashVariants(input, hire, checkpoints, replStart, ctx.schedules);
  return {
    hire,
    start: s,
    miss,
    milestones,
    gain,
    replMilestones,
    replGain,
    modalMissed: o.missProbability.greaterThan(0.5),
    orig,
    grantedMilestoneRefs: Int32Array.from(milestones.filter((_, i) => milestoneGrant[i] !== null)),
    grantedMilestoneShares: Float64Array.from(
      orig.milestones.filter((_, i) => milestoneGrant[i] !== null),
    ),
    origGrants: grants,
    origMilestoneGrant: milestoneGrant,
    origMarginGrants: grants.filter((g) => g.kind === 'margin'),
    origGainSlot: gainSlot(ramp, s, R),
    vestedInitialAt: checkpoints.map((d) =>
      initial ? vestedShares(initial.shares, initial.schedule, d).toNumber() : 0,
    ),
    replStart,
    repl: replStart.map((rs) => {
      if (rs > R) return null;
      const g = seatGrants(input, o, rs);
      return sharesOf(g.grants, g.milestoneGrant);
    }),
    replGainSlot: replStart.map((rs) => gainSlot(ramp, rs, R)),
    missDelta: cash.missDelta,
    fullDiff: cash.fullDiff,
    maxMonthly: cash.maxMonthly,
  };
}

/**
 * The baseline cash difference array of checkpoint ci, every hire in its more likely miss state,
 * interleaved by view (`[k × nViews + v]`). Integer cents: the sums are exact.
 */
function baselineDiff(hires: readonly HirePre[], ci: number, R: number, nViews: number) {
  const diff = new Float64Array((R + 2) * nViews);
  for (const pre of hires) {
    for (let v = 0; v < nViews; v++) {
      const df = pre.fullDiff[v] as Float64Array;
      for (let k = 1; k <= R; k++)
        diff[k * nViews + v] = (diff[k * nViews + v] as number) + (df[k] as number);
    }
    if (!pre.modalMissed) continue;
    const { idx, val } = pre.missDelta[ci] as ViewsSparse;
    for (let i = 0; i < idx.length; i++)
      for (let v = 0; v < nViews; v++) {
        const at = (idx[i] as number) * nViews + v;
        diff[at] = (diff[at] as number) + (val[i * nViews + v] as number);
      }
  }
  return diff;
}

/** See {@link Prepared.firstBlock}: the baseline's earliest crossing over the views, less 2. */
function firstBlock(
  base: Float64Array,
  net0: Float64Array,
  cash0: number,
  nViews: number,
  R: number,
) {
  let earliest = R;
  for (let v = 0; v < nViews; v++) {
    let hc = 0;
    let cash = cash0;
    for (let k = 1; k < earliest; k++) {
      hc += base[k * nViews + v] as number;
      cash -= (net0[k] as number) + hc;
      if (cash < 0) earliest = k;
    }
  }
  return Math.max(1, earliest - 2);
}

/** Exact cent sums in Float64 need every partial sum below 2^53: refuse amounts that could reach it. */
function checkCentBound(input: SimulationInput, series: CompanySeries, hires: readonly HirePre[]) {
  const R = input.runwayHorizonMonths;
  let maxMonthly = Math.max(...series.opexC, ...series.revC);
  for (const h of hires) maxMonthly = Math.max(maxMonthly, h.maxMonthly);
  const bound = Math.abs(toCents(input.company.cash)) + (R + 1) * maxMonthly * (hires.length + 2);
  if (bound > 2 ** 52)
    throw new InputError('simulation', [
      'company: the amounts are too large for the simulation’s exact cent arithmetic (above 2^52 cents over the runway horizon)',
    ]);
}

/** `auto`: exact up to AUTO_EXACT_EVENTS events; `exact` refuses more than MAX_EXACT_EVENTS. */
function chooseMethod(n: number, options: SimulationOptions): 'exact' | 'monte-carlo' {
  const method = options.method ?? 'auto';
  if (method === 'exact') {
    if (n > MAX_EXACT_EVENTS)
      throw new InputError('simulation', [
        `method: exact enumeration is limited to ${MAX_EXACT_EVENTS} events (2^${MAX_EXACT_EVENTS} outcomes); this run has ${n}: use monte-carlo`,
      ]);
    return 'exact';
  }
  if (method === 'monte-carlo') return 'monte-carlo';
  return n <= AUTO_EXACT_EVENTS ? 'exact' : 'monte-carlo';
}

export function prepare(input: SimulationInput, options: SimulationOptions): Prepared {
  checkSimulationOptions(options);
  const R = input.runwayHorizonMonths;
  const dEarly = Math.min(...input.detectAtMonths);
  const dLate = Math.max(...input.detectAtMonths);
  const checkpoints = dEarly === dLate ? [dEarly] : [dEarly, dLate];
  const nViews = 1 + input.compareAt.length;
  const series = companySeries(input);
  const ctx: RunContext = {
    input,
    checkpoints,
    events: new EventList(),
    unitsPerPoint: gainUnits(input.hires),
    schedules: new Map(),
  };
  const hires = input.hires.map((hire) => prepareHire(ctx, hire));
  checkCentBound(input, series, hires);
  const events = ctx.events.list;
  const method = chooseMethod(events.length, options);
  const baseDiff = checkpoints.map((_, ci) => baselineDiff(hires, ci, R, nViews));
  return {
    input,
    R,
    H: input.horizonMonths,
    checkpoints,
    nViews,
    hires,
    events,
    method,
    paths: method === 'exact' ? 2 ** events.length : (options.paths ?? DEFAULT_PATHS),
    seed: method === 'exact' ? null : (options.seed ?? DEFAULT_SEED),
    ...series,
    cash0: toCents(input.company.cash),
    unitsPerPoint: ctx.unitsPerPoint,
    baseDiff,
    firstBlock: baseDiff.map((base) =>
      firstBlock(base, series.net0, toCents(input.company.cash), nViews, R),
    ),
    maxDays: Math.round(R * 30.4375) + 1,
  };
}
