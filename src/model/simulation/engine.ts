/**
 * Runway and equity as distributions (docs/model.md §11).
 *
 * Each path draws, per hire, a miss, each milestone and the margin gain (and, when a miss is
 * possible, the replacement's milestones and gain). Everything a path needs is precomputed once
 * per hire and outcome from the §3 rule functions (hireCostSchedule, gainHit, grossProfit,
 * grantsOf, vestedShares) as exact cents and share counts, so a path is only sums:
 *
 * - Cash: a hire's monthly cash in cents, as a difference array over plan months (non-zero only
 *   where the cash changes: month 1, raises, bonuses, the month after a miss, a replacement's
 *   start). A baseline holds every hire in its more likely miss state; a path adds the sparse
 *   deltas of the hires that deviate. Cents are integers below 2^53, so Float64 sums are exact.
 * - Gross profit is not additive over hires: `gp_k = ROUND(rev_k × (grossMargin + G_k/100), 2)`
 *   depends on the path's total gain points G_k. G_k is summed in Float64 from the active hires'
 *   gain ramps; the rounding to the cent is done in Float64, and whenever the unrounded cent
 *   figure lies within a hair (4e-12 relative) of a half cent the month is recomputed in decimal
 *   arithmetic from the exact gains of the active hires (and cached). So every gp_k equals the
 *   decimal engine's figure exactly.
 * - Runway days: the first month with negative cash, `ROUND(((k−1) + cash_{k−1}/netBurn_k) ×
 *   30.4375, 0)`, with the same guard (a BigInt recount when the product lies within 1e-7 of a
 *   half day). Runway days are therefore exact, not "within a hair".
 * - Granted shares, dilution and candidate values are integer or cent sums per hire outcome.
 *
 * The run is a generator ({@link simulate}) that yields progress after each chunk of paths, so a
 * Web Worker can report progress and stop between chunks; {@link runSimulation} runs it through.
 */
import { gainHit, grossProfit, growthFactors } from '../company.js';
import { DPM, Decimal, ZERO, max, round } from '../decimal.js';
import { poolUse } from '../dilution.js';
import { grantsOf, milestoneGrantMonth, type Grant } from '../grants.js';
import { hireCostSchedule, type CashTerms } from '../hire-cost.js';
import { InputError } from '../messages.js';
import type { Scenario } from '../scenario.js';
import type { Percentile } from '../schema.js';
import { vestedShares } from '../vesting.js';
import type { SimulationHire, SimulationInput } from './input.js';
import { mulberry32 } from './prng.js';
import {
  exactGroups,
  lowerQuantiles,
  probability,
  tableOf,
  type PathWeights,
  type Probability,
  type QuantileKey,
} from './stats.js';

export type SimulationMethod = 'auto' | 'exact' | 'monte-carlo';

export interface SimulationOptions {
  /** `auto` (default): exact when the run has at most 16 events, else Monte Carlo. */
  method?: SimulationMethod;
  /** Monte Carlo paths (default 20,000; 1..1,000,000). */
  paths?: number;
  /** Monte Carlo seed (default 1; an integer 0..4294967295). */
  seed?: number;
  /** Paths per chunk between progress reports (default 2,000). */
  chunkPaths?: number;
}

export const DEFAULT_PATHS = 20_000;
export const MAX_PATHS = 1_000_000;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 4_294_967_295;
/** `auto` enumerates exactly up to this many events (docs/model.md §11). */
export const AUTO_EXACT_EVENTS = 16;
/** `--method exact` refuses runs with more events than this (2^20 outcomes). */
export const MAX_EXACT_EVENTS = 20;
export const METHODS: readonly SimulationMethod[] = ['auto', 'exact', 'monte-carlo'];

/** P10/P50/P90 of runway days (null: beyond R) and the share of paths beyond R. */
export interface RunwayStats {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  beyondR: Probability;
}

/** The runway-days distribution of one view: probability mass per day, and beyond R. */
export interface DaysHistogram {
  days: number[];
  mass: number[];
  beyondR: number;
}

export interface CheckpointResult {
  /** The detection month d. */
  month: number;
  plan: RunwayStats;
  market: Partial<Record<Percentile, RunwayStats>>;
  pBeatsMarket: Partial<Record<Percentile, Probability>>;
  grantedShares: Record<QuantileKey, number>;
  dilution: Record<QuantileKey, Decimal>;
  histogram: { plan: DaysHistogram; market: Partial<Record<Percentile, DaysHistogram>> };
}

export interface SimulationResult {
  method: 'exact' | 'monte-carlo';
  /** 2^n in exact mode; N sampled paths otherwise. */
  paths: number;
  /** null in exact mode. */
  seed: number | null;
  /** The binary events counted (docs/model.md §11). */
  events: number;
  compareAt: Percentile[];
  /** Earliest checkpoint first; one entry when detectAtMonths has one distinct value. */
  checkpoints: CheckpointResult[];
  hires: {
    candidate: string;
    /** At the earliest checkpoint, per exit price (input order). */
    candidateValue: { price: Decimal; quantiles: Record<QuantileKey, Decimal> }[];
  }[];
}

export interface SimulationProgress {
  done: number;
  total: number;
}

/** Options checked as the CLI and the pane give them; problems name the option. */
export function checkSimulationOptions(o: SimulationOptions, source = 'simulation'): void {
  const problems: string[] = [];
  if (o.method !== undefined && !METHODS.includes(o.method))
    problems.push(`method: must be one of ${METHODS.join(', ')}, got "${String(o.method)}"`);
  if (o.paths !== undefined && (!Number.isInteger(o.paths) || o.paths < 1 || o.paths > MAX_PATHS))
    problems.push(`paths: must be a whole number from 1 to 1,000,000, got ${String(o.paths)}`);
  if (o.seed !== undefined && (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > MAX_SEED))
    problems.push(`seed: must be a whole number from 0 to ${MAX_SEED}, got ${String(o.seed)}`);
  if (problems.length) throw new InputError(source, problems);
}

// ---------------------------------------------------------------------------------------------
// Precomputation

/** An event reference: an index into the path's draws, or a fixed outcome. */
const NEVER = -1;
const ALWAYS = -2;
type EventRef = number;

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

interface GainSlot {
  /** Plan month of the slot's hire month 1. */
  start: number;
  /** Differences of the gain path in points (Float64). */
  diff: Sparse;
  /** The same in integer units of 1/unitsPerPoint of a point (exact), when the run has them. */
  units: Sparse | null;
}

/**
 * A common unit for every hire's gain ramp, when one exists below 2^50: `points × (j − start + 1)
 * / (full − start + 1)` is then an integer number of units, and a path's total gain an exact
 * integer sum. unitsPerPoint = 10^(most decimals of points) × lcm of the ramp lengths.
 */
function gainUnits(hires: readonly SimulationHire[]): number | null {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let lcm = 1;
  let decimals = 0;
  let total = 0;
  for (const h of hires) {
    const g = h.offer.marginGain;
    if (!g || g.points.isZero()) continue;
    const L = g.fullMonth - g.startMonth + 1;
    lcm = (lcm / gcd(lcm, L)) * L;
    decimals = Math.max(decimals, g.points.decimalPlaces());
    total += g.points.toNumber();
    if (lcm > 2 ** 40 || decimals > 8) return null;
  }
  const D = lcm * 10 ** decimals;
  return D * (total + 1) < 2 ** 50 ? D : null;
}

/** What a seat's grants contribute, for one start month. */
interface SeatGrants {
  initial: number;
  /** Per milestone (input order): shares if the milestone's grant exists in the plan, else 0. */
  milestones: number[];
  margin: number;
}

interface HirePre {
  hire: SimulationHire;
  start: number;
  miss: EventRef;
  milestones: EventRef[];
  gain: EventRef;
  replMilestones: EventRef[];
  replGain: EventRef;
  modalMissed: boolean;
  orig: SeatGrants;
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
  /** Per checkpoint, per cash view: the cash difference array of "missed" minus "not missed". */
  missDelta: Sparse[][];
  /** Per cash view: the difference array of the seat paid in full from its start (dense). */
  fullDiff: Float64Array[];
  /** Candidate value (cents per exit price) per outcome code, filled on demand. */
  valueByCode: Map<number, number[]>;
  /** Integer value terms (null: too large, decimal fallback); undefined until first needed. */
  terms?: ValueTerms | null;
}

interface Prepared {
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
  /** Per checkpoint, per view: the baseline cash difference array (length R + 2). */
  baseDiff: Float64Array[][];
  maxDays: number;
}

const toCents = (d: Decimal): number => d.times(100).toNumber();

function sparse(dense: Float64Array, from = 1): Sparse {
  const idx: number[] = [];
  const val: number[] = [];
  for (let k = from; k < dense.length; k++)
    if (dense[k] !== 0) {
      idx.push(k);
      val.push(dense[k] as number);
    }
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/** Plan-month cash vector (index 1..R) of a seat starting at `start`, paid through hire month `last`. */
function seatCash(
  hc: readonly number[],
  start: number,
  last: number,
  R: number,
  out: Float64Array,
) {
  for (let k = Math.max(1, start); k <= R; k++) {
    const j = k - start + 1;
    if (j > last) break;
    out[k] = (out[k] as number) + (hc[j] as number);
  }
}

function diffOf(v: Float64Array): Float64Array {
  const d = new Float64Array(v.length + 1);
  for (let k = 1; k < v.length; k++) d[k] = (v[k] as number) - (v[k - 1] as number);
  return d;
}

/** A hire's gain ramp in hire months as difference arrays (points, and units when they exist). */
interface GainRamp {
  diff: Sparse;
  units: Sparse | null;
}

function gainRamp(hire: SimulationHire, R: number, unitsPerPoint: number | null): GainRamp | null {
  const g = hire.offer.marginGain;
  if (!g || g.points.isZero()) return null;
  const v = new Float64Array(R + 1);
  const u = new Float64Array(R + 1);
  const L = g.fullMonth - g.startMonth + 1;
  let last = ZERO;
  for (let j = 1; j <= R; j++) {
    // Constant from fullMonth on: computed once.
    const hit = j <= g.fullMonth ? (last = gainHit(g, j)) : last;
    v[j] = hit.toNumber();
    if (unitsPerPoint !== null) {
      // points × MIN(1, MAX(0, (j − startMonth + 1) / L)) × D, in integers.
      const steps = Math.min(L, Math.max(0, j - g.startMonth + 1));
      u[j] =
        j <= g.fullMonth
          ? g.points
              .times(unitsPerPoint / L)
              .times(steps)
              .toNumber()
          : (u[j - 1] as number);
    }
  }
  return { diff: sparse(diffOf(v)), units: unitsPerPoint === null ? null : sparse(diffOf(u)) };
}

/** The ramp placed at plan month `start` (hire month j → plan month start − 1 + j), cut at R. */
function gainSlot(ramp: GainRamp | null, start: number, R: number): GainSlot | null {
  if (!ramp || start > R) return null;
  const shift = (x: Sparse): Sparse => {
    const idx: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < x.idx.length; i++) {
      const k = start - 1 + (x.idx[i] as number);
      if (k > R) break;
      idx.push(k);
      val.push(x.val[i] as number);
    }
    return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
  };
  return { start, diff: shift(ramp.diff), units: ramp.units ? shift(ramp.units) : null };
}

/** The grants of an offer that exist in the plan for a seat starting at `start` (plan month ≤ H). */
function seatGrants(
  input: SimulationInput,
  offer: Scenario['offer'],
  start: number,
): { grants: Grant[]; milestoneGrant: (Grant | null)[] } {
  const hireHorizon = input.horizonMonths - (start - 1);
  const milestones = offer.refresh?.milestones ?? [];
  if (hireHorizon < 0) return { grants: [], milestoneGrant: milestones.map(() => null) };
  // grantsOf reads only the offer, the company and H (here the hire's months up to plan month H).
  const view = { offer, company: input.company, horizonMonths: hireHorizon } as Pick<
    Scenario,
    'offer' | 'company' | 'horizonMonths'
  > as Scenario;
  const grants = grantsOf(view);
  const listed = grants.filter((g) => g.kind === 'milestone');
  let next = 0;
  const milestoneGrant = milestones.map((m) =>
    milestoneGrantMonth(m.dueDay) <= hireHorizon ? (listed[next++] as Grant) : null,
  );
  return { grants, milestoneGrant };
}

function sharesOf(grants: Grant[], milestoneGrant: (Grant | null)[]): SeatGrants {
  return {
    initial: grants[0] ? grants[0].shares.toNumber() : 0,
    milestones: milestoneGrant.map((g) => (g ? g.shares.toNumber() : 0)),
    margin: grants.filter((g) => g.kind === 'margin').reduce((n, g) => n + g.shares.toNumber(), 0),
  };
}

function cashTermsOf(offer: Scenario['offer'], baseSalary: Decimal): CashTerms {
  return {
    baseSalary,
    annualRaise: offer.annualRaise,
    targetBonusPct: offer.targetBonusPct,
    bonusPayoutPct: offer.bonusPayoutPct,
    signOnBonus: offer.signOnBonus,
    employerLoadPct: offer.employerLoadPct,
    recruitingFeePct: offer.recruitingFeePct,
  };
}

/** ROUNDUP(timeToFillDays / 30.4375, 0) in integers (30.4375 = 487/16). */
function monthsToFill(days: number): number {
  return Math.ceil((days * 16) / 487);
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

function prepare(input: SimulationInput, options: SimulationOptions): Prepared {
  checkSimulationOptions(options);
  const R = input.runwayHorizonMonths;
  const H = input.horizonMonths;
  const c = input.company;
  const dEarly = Math.min(...input.detectAtMonths);
  const dLate = Math.max(...input.detectAtMonths);
  const checkpoints = dEarly === dLate ? [dEarly] : [dEarly, dLate];
  const nViews = 1 + input.compareAt.length;
  const fill = monthsToFill(input.timeToFillDays);

  // Company series (§3.4), exact, then as cents.
  const revGrowth = growthFactors(c.revenueGrowthMonthly, R);
  const opexGrowth = growthFactors(c.opexGrowthMonthly, R);
  const revD: Decimal[] = [ZERO];
  const opexC = new Float64Array(R + 1);
  const revC = new Float64Array(R + 1);
  const revGmC = new Float64Array(R + 1);
  const gp0C = new Float64Array(R + 1);
  const net0 = new Float64Array(R + 1);
  for (let k = 1; k <= R; k++) {
    const rev = round(c.monthlyRevenue.times(revGrowth[k - 1] as Decimal), 2);
    const opex = round(c.monthlyOpex.times(opexGrowth[k - 1] as Decimal), 2);
    revD.push(rev);
    revC[k] = toCents(rev);
    opexC[k] = toCents(opex);
    revGmC[k] = rev.times(c.grossMargin).times(100).toNumber();
    gp0C[k] = toCents(grossProfit(rev, c.grossMargin, ZERO));
    net0[k] = (opexC[k] as number) - (gp0C[k] as number);
  }

  // Events, in draw order: per hire the miss, milestones, gain, then the replacement's.
  const events: { p: Decimal; pf: number }[] = [];
  const ref = (p: Decimal): EventRef => {
    if (p.lessThanOrEqualTo(0)) return NEVER;
    if (p.greaterThanOrEqualTo(1)) return ALWAYS;
    events.push({ p, pf: p.toNumber() });
    return events.length - 1;
  };

  let maxMonthly = Math.max(...opexC, ...revC);
  const unitsPerPoint = gainUnits(input.hires);
  const hires: HirePre[] = input.hires.map((hire) => {
    const o = hire.offer;
    const s = hire.startMonth;
    const ms = o.refresh?.milestones ?? [];
    const miss = ref(o.missProbability);
    const milestones = ms.map((m) => ref(m.probability));
    const gain = o.marginGain ? ref(o.marginGain.probability) : NEVER;
    const canMiss = o.missProbability.greaterThan(0);
    const replMilestones = canMiss ? ms.map((m) => ref(m.probability)) : ms.map(() => NEVER);
    const replGain = canMiss && o.marginGain ? ref(o.marginGain.probability) : NEVER;

    const { grants, milestoneGrant } = seatGrants(input, o, s);
    const ramp = gainRamp(hire, R, unitsPerPoint);
    const initial = grants[0];
    const replStart = checkpoints.map((d) => s - 1 + d + fill + 1);
    const repl = replStart.map((rs) => {
      if (rs > R) return null;
      const g = seatGrants(input, o, rs);
      return sharesOf(g.grants, g.milestoneGrant);
    });

    // Cash per view: the offer's terms, then each percentile's base (§3.3, no refresh program).
    const terms = [o.baseSalary, ...input.compareAt.map((p) => hire.bandValues[p])].map((b) =>
      hireCostSchedule(cashTermsOf(o, b), R).map((m) => toCents(m.hireCash)),
    );
    for (const t of terms) maxMonthly = Math.max(maxMonthly, ...t);
    const fullDiff = terms.map((t) => {
      const full = new Float64Array(R + 1);
      seatCash([0, ...t], s, R, R, full);
      return diffOf(full);
    });
    const missDelta = checkpoints.map((d, ci) =>
      terms.map((t, v) => {
        const hc = [0, ...t];
        const missed = new Float64Array(R + 1);
        seatCash(hc, s, d, R, missed);
        seatCash(hc, replStart[ci] as number, R, R, missed);
        const dm = diffOf(missed);
        const df = fullDiff[v] as Float64Array;
        for (let k = 0; k < dm.length; k++) dm[k] = (dm[k] as number) - (df[k] as number);
        return sparse(dm);
      }),
    );

    const pm = o.missProbability;
    return {
      hire,
      start: s,
      miss,
      milestones,
      gain,
      replMilestones,
      replGain,
      modalMissed: pm.greaterThan(0.5),
      orig: sharesOf(grants, milestoneGrant),
      origGrants: grants,
      origMilestoneGrant: milestoneGrant,
      origMarginGrants: grants.filter((g) => g.kind === 'margin'),
      origGainSlot: gainSlot(ramp, s, R),
      vestedInitialAt: checkpoints.map((d) =>
        initial ? vestedShares(initial.shares, initial.schedule, d).toNumber() : 0,
      ),
      replStart,
      repl,
      replGainSlot: replStart.map((rs) => gainSlot(ramp, rs, R)),
      missDelta,
      fullDiff,
      valueByCode: new Map(),
    };
  });

  const cash0 = toCents(c.cash);
  const bound = Math.abs(cash0) + (R + 1) * maxMonthly * (input.hires.length + 2);
  if (bound > 2 ** 52)
    throw new InputError('simulation', [
      'company: the amounts are too large for the simulation’s exact cent arithmetic (above 2^52 cents over the runway horizon)',
    ]);

  // Baseline cash difference arrays: every hire in its more likely miss state.
  const baseDiff = checkpoints.map((_, ci) =>
    Array.from({ length: nViews }, (_, v) => {
      const diff = new Float64Array(R + 2);
      hires.forEach((pre) => {
        const df = pre.fullDiff[v] as Float64Array;
        for (let k = 1; k <= R; k++) diff[k] = (diff[k] as number) + (df[k] as number);
        if (pre.modalMissed) {
          const delta = (pre.missDelta[ci] as Sparse[])[v] as Sparse;
          for (let i = 0; i < delta.idx.length; i++)
            diff[delta.idx[i] as number] =
              (diff[delta.idx[i] as number] as number) + (delta.val[i] as number);
        }
      });
      return diff;
    }),
  );

  const n = events.length;
  const method = options.method ?? 'auto';
  let chosen: 'exact' | 'monte-carlo';
  if (method === 'exact') {
    if (n > MAX_EXACT_EVENTS)
      throw new InputError('simulation', [
        `method: exact enumeration is limited to ${MAX_EXACT_EVENTS} events (2^${MAX_EXACT_EVENTS} outcomes); this run has ${n}: use monte-carlo`,
      ]);
    chosen = 'exact';
  } else if (method === 'monte-carlo') chosen = 'monte-carlo';
  else chosen = n <= AUTO_EXACT_EVENTS ? 'exact' : 'monte-carlo';

  return {
    input,
    R,
    H,
    checkpoints,
    nViews,
    hires,
    events,
    method: chosen,
    paths: chosen === 'exact' ? 2 ** n : (options.paths ?? DEFAULT_PATHS),
    seed: chosen === 'exact' ? null : (options.seed ?? DEFAULT_SEED),
    opexC,
    revC,
    revGmC,
    gp0C,
    net0,
    cash0,
    revD,
    unitsPerPoint,
    baseDiff,
    maxDays: Math.round(R * 30.4375) + 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Paths

/** The sentinel for "beyond R" in the per-path day arrays: larger than any number of days. */
const BEYOND = 2 ** 30;

/** `ROUND(((k − 1) + cashPrev / burn) × 30.4375, 0)` exactly (cashPrev ≥ 0, burn > 0, cents). */
function runwayDays(k: number, cashPrev: number, burn: number): number {
  const q = (k - 1 + cashPrev / burn) * 30.4375;
  const frac = q - Math.floor(q);
  if (Math.abs(frac - 0.5) > 1e-7) return Math.floor(q + 0.5);
  // ((k − 1)·burn + cashPrev) × 487 / (16 × burn), half away from zero, in integers.
  const num = (BigInt(k - 1) * BigInt(burn) + BigInt(cashPrev)) * BigInt(487);
  const den = BigInt(16) * BigInt(burn);
  return Number((BigInt(2) * num + den) / (BigInt(2) * den));
}

interface PathOutputs {
  /** [checkpoint][view][path] */
  days: Int32Array[][];
  /** [checkpoint][path] */
  granted: Float64Array[];
  /** [hire][path]: the original hire's outcome code at the earliest checkpoint. */
  codes: Float64Array[];
}

class PathEvaluator {
  private readonly gDiff: Float64Array;
  private readonly net: Float64Array;
  /** The checkpoint whose gains are scattered, how far net is computed, G at that month. */
  private ci = 0;
  private netUpTo = 0;
  private G = 0;
  private first = 0;
  private readonly active: GainSlot[] = [];
  private readonly activeIds: number[] = [];
  private readonly gpCache = new Map<string, number>();
  /** The current path's hires whose miss state differs from the baseline's. */
  private readonly deviants: number[] = [];
  private readonly granted = new Float64Array(2);
  /** Runway days per hire-state key, when states repeat (at most 15 hires, 4^hires ≤ paths). */
  private readonly memo: Map<number, Int32Array> | null;
  /** Per hire: missed / gain landed / replacement gain landed, for the current path. */
  readonly missed: Uint8Array;
  private readonly landed: Uint8Array;
  private readonly replLanded: Uint8Array;

  constructor(
    private readonly p: Prepared,
    private readonly out: PathOutputs,
  ) {
    this.gDiff = new Float64Array(p.R + 2);
    // Worth it only when states repeat: at most 4^hires distinct, against the number of paths.
    this.memo = p.hires.length <= 15 && 4 ** p.hires.length <= p.paths ? new Map() : null;
    this.net = new Float64Array(p.R + 1);
    this.missed = new Uint8Array(p.hires.length);
    this.landed = new Uint8Array(p.hires.length);
    this.replLanded = new Uint8Array(p.hires.length);
  }

  /** Evaluates one path from its draws (1 = the event happened). */
  run(path: number, draws: Uint8Array): void {
    const p = this.p;
    const hires = p.hires;
    const at = (r: EventRef): boolean => (r >= 0 ? draws[r] === 1 : r === ALWAYS);
    const nc = p.checkpoints.length;
    const granted = this.granted;
    granted[0] = 0;
    granted[1] = 0;
    this.deviants.length = 0;
    for (let h = 0; h < hires.length; h++) {
      const x = hires[h] as HirePre;
      const missed = at(x.miss);
      const landed = !missed && at(x.gain);
      const replLanded = missed && at(x.replGain);
      if (missed !== x.modalMissed) this.deviants.push(h);
      this.missed[h] = missed ? 1 : 0;
      this.landed[h] = landed ? 1 : 0;
      this.replLanded[h] = replLanded ? 1 : 0;
      if (!missed) {
        let shares = x.orig.initial + (landed ? x.orig.margin : 0);
        let code = 1 + (landed ? 1 : 0);
        let bit = 2;
        for (let i = 0; i < x.milestones.length; i++) {
          if (x.origMilestoneGrant[i] === null) continue;
          if (at(x.milestones[i] as EventRef)) {
            shares += x.orig.milestones[i] as number;
            code += bit;
          }
          bit *= 2;
        }
        for (let ci = 0; ci < nc; ci++) granted[ci] = (granted[ci] as number) + shares;
        (this.out.codes[h] as Float64Array)[path] = code;
      } else {
        (this.out.codes[h] as Float64Array)[path] = 0;
        for (let ci = 0; ci < nc; ci++) {
          let shares = x.vestedInitialAt[ci] as number;
          const r = x.repl[ci];
          if (r) {
            shares += r.initial + (replLanded ? r.margin : 0);
            for (let i = 0; i < x.replMilestones.length; i++)
              if (at(x.replMilestones[i] as EventRef)) shares += r.milestones[i] as number;
          }
          granted[ci] = (granted[ci] as number) + shares;
        }
      }
    }
    for (let ci = 0; ci < nc; ci++)
      (this.out.granted[ci] as Float64Array)[path] = granted[ci] as number;
    // Runway depends only on each hire's (missed, gain landed) state: with few hires the days of
    // a state already met are reused (exact enumeration repeats states many times).
    let key = -1;
    if (this.memo) {
      key = 0;
      for (let h = 0; h < hires.length; h++)
        key = key * 4 + this.missed[h]! * 2 + this.landed[h]! + this.replLanded[h]!;
      const seen = this.memo.get(key);
      if (seen) {
        for (let ci = 0, i = 0; ci < nc; ci++) {
          const days = this.out.days[ci] as Int32Array[];
          for (let v = 0; v < p.nViews; v++) (days[v] as Int32Array)[path] = seen[i++] as number;
        }
        return;
      }
    }
    const found = this.memo ? new Int32Array(nc * p.nViews) : null;
    // With no miss on the path the checkpoints cannot differ: the later one copies the first.
    let anyMissed = false;
    for (let h = 0; h < hires.length; h++) if (this.missed[h] === 1) anyMissed = true;
    for (let ci = 0, i = 0; ci < nc; ci++) {
      const days = this.out.days[ci] as Int32Array[];
      if (ci > 0 && !anyMissed) {
        const first = this.out.days[0] as Int32Array[];
        for (let v = 0; v < p.nViews; v++) {
          const d = (first[v] as Int32Array)[path] as number;
          (days[v] as Int32Array)[path] = d;
          if (found) found[i++] = d;
        }
        continue;
      }
      this.startGains(ci);
      for (let v = 0; v < p.nViews; v++) {
        const d = this.runway(ci, v);
        (days[v] as Int32Array)[path] = d;
        if (found) found[i++] = d;
      }
      this.clearGains();
    }
    if (this.memo && found) this.memo.set(key, found);
  }

  /**
   * Scatters the active gain ramps of checkpoint ci into gDiff; `opex_k − gp_k(G_k)` is then
   * computed month by month, only as far as a runway needs it ({@link extendNet}).
   */
  private startGains(ci: number): void {
    const p = this.p;
    const active = this.active;
    const ids = this.activeIds;
    active.length = 0;
    ids.length = 0;
    for (let h = 0; h < p.hires.length; h++) {
      const x = p.hires[h] as HirePre;
      if (this.landed[h] === 1 && x.origGainSlot) {
        active.push(x.origGainSlot);
        ids.push(2 * h);
      } else if (this.replLanded[h] === 1) {
        const slot = x.replGainSlot[ci];
        if (slot) {
          active.push(slot);
          ids.push(2 * h + 1);
        }
      }
    }
    this.ci = ci;
    this.netUpTo = 0;
    this.G = 0;
    const g = this.gDiff;
    let first = p.R + 1;
    for (const slot of active) {
      const { idx, val } = slot.units ?? slot.diff;
      if (slot.start < first) first = slot.start;
      for (let i = 0; i < idx.length; i++)
        g[idx[i] as number] = (g[idx[i] as number] as number) + (val[i] as number);
    }
    this.first = first;
  }

  /** Puts gDiff back to zeros (only where the active ramps wrote). */
  private clearGains(): void {
    const g = this.gDiff;
    for (const slot of this.active) {
      const idx = slot.diff.idx;
      for (let i = 0; i < idx.length; i++) g[idx[i] as number] = 0;
    }
  }

  /** `net[k] = opex_k − gp_k(G_k)` for months netUpTo + 1 .. upTo of the current path. */
  private extendNet(upTo: number): void {
    const p = this.p;
    const { opexC, revC, revGmC, gp0C } = p;
    const g = this.gDiff;
    const net = this.net;
    const first = this.first;
    const D = p.unitsPerPoint;
    // With integer units G is exact and x carries a few roundings only; else G itself carries
    // the rounding of up to a few hundred additions.
    const rel = D === null ? 4e-12 : 1e-14;
    const perPoint = D === null ? 100 : 100 * D;
    let G = this.G;
    for (let k = this.netUpTo + 1; k <= upTo; k++) {
      G += g[k] as number;
      if (k < first) {
        net[k] = (opexC[k] as number) - (gp0C[k] as number);
        continue;
      }
      const x = (revGmC[k] as number) + ((revC[k] as number) * G) / perPoint;
      const fl = Math.floor(x);
      const frac = x - fl;
      let gp: number;
      if (Math.abs(frac - 0.5) > rel * Math.abs(x) + 1e-9) gp = frac > 0.5 ? fl + 1 : fl;
      else gp = this.exactGp(this.ci, k, D === null ? null : G);
      net[k] = (opexC[k] as number) - gp;
    }
    this.G = G;
    this.netUpTo = upTo;
  }

  /** gp_k in cents from the exact gains of the active hires (decimal, as §3.4), cached. */
  private exactGp(ci: number, k: number, units: number | null): number {
    const p = this.p;
    const parts: number[] = [];
    for (let i = 0; i < this.active.length; i++)
      if ((this.active[i] as GainSlot).start <= k) parts.push(this.activeIds[i] as number);
    // With integer units the total gain identifies gp_k; else the set of active ramps does.
    const key = units !== null ? `${k}:${units}` : `${ci}:${k}:${parts.join(',')}`;
    const hit = this.gpCache.get(key);
    if (hit !== undefined) return hit;
    let G = ZERO;
    for (const id of parts) {
      const x = p.hires[id >> 1] as HirePre;
      const start = id & 1 ? (x.replStart[ci] as number) : x.start;
      G = G.plus(gainHit(x.hire.offer.marginGain, k - start + 1));
    }
    const gp = toCents(grossProfit(p.revD[k] as Decimal, p.input.company.grossMargin, G));
    this.gpCache.set(key, gp);
    return gp;
  }

  /** Applies (sign 1) or removes (sign −1) the deviating hires' miss deltas in place. */
  private deviate(d: Float64Array, ci: number, v: number, sign: number): void {
    const p = this.p;
    const deviants = this.deviants;
    for (let j = 0; j < deviants.length; j++) {
      const h = deviants[j] as number;
      const x = p.hires[h] as HirePre;
      const m = this.missed[h] === 1;
      const { idx, val } = (x.missDelta[ci] as Sparse[])[v] as Sparse;
      const s = m ? sign : -sign;
      for (let i = 0; i < idx.length; i++)
        d[idx[i] as number] = (d[idx[i] as number] as number) + s * (val[i] as number);
    }
  }

  /** Runway days of cash view v at checkpoint ci for the current path (BEYOND when beyond R). */
  private runway(ci: number, v: number): number {
    const p = this.p;
    const R = p.R;
    // The baseline difference array is changed in place and put back (integers: exact).
    const d = (p.baseDiff[ci] as Float64Array[])[v] as Float64Array;
    this.deviate(d, ci, v, 1);
    const noGain = this.active.length === 0;
    const net = noGain ? p.net0 : this.net;
    let hc = 0;
    let cash = p.cash0;
    let days = BEYOND;
    for (let k = 1; k <= R; k++) {
      if (!noGain && k > this.netUpTo) this.extendNet(Math.min(R, k + 23));
      hc += d[k] as number;
      const burn = (net[k] as number) + hc;
      const next = cash - burn;
      if (next < 0) {
        days = runwayDays(k, cash, burn);
        break;
      }
      cash = next;
    }
    this.deviate(d, ci, v, -1);
    return days;
  }
}

// ---------------------------------------------------------------------------------------------
// Run

/**
 * Runs the simulation in chunks: yields progress after each chunk of paths and returns the
 * result. Pure and synchronous per chunk, so a Web Worker can post progress between chunks and
 * stop by not calling `next()` again.
 */
export function* simulate(
  input: SimulationInput,
  options: SimulationOptions = {},
): Generator<SimulationProgress, SimulationResult, void> {
  const p = prepare(input, options);
  const N = p.paths;
  const out: PathOutputs = {
    days: p.checkpoints.map(() => Array.from({ length: p.nViews }, () => new Int32Array(N))),
    granted: p.checkpoints.map(() => new Float64Array(N)),
    codes: p.hires.map(() => new Float64Array(N)),
  };
  const evaluator = new PathEvaluator(p, out);
  const n = p.events.length;
  const draws = new Uint8Array(n);
  const chunk = Math.max(1, options.chunkPaths ?? 2000);
  let w: Float64Array | null = null;

  if (p.method === 'exact') {
    // Outcome o: event e happened when bit e of o is set; probability = Π p or (1 − p).
    w = new Float64Array(N);
    w[0] = 1;
    for (let e = 0, size = 1; e < n; e++, size *= 2) {
      const pe = (p.events[e] as { pf: number }).pf;
      for (let i = 0; i < size; i++) {
        const base = w[i] as number;
        w[i + size] = base * pe;
        w[i] = base * (1 - pe);
      }
    }
    for (let o = 0; o < N; o++) {
      for (let e = 0; e < n; e++) draws[e] = (o >>> e) & 1;
      evaluator.run(o, draws);
      if ((o + 1) % chunk === 0 && o + 1 < N) yield { done: o + 1, total: N };
    }
  } else {
    const next = mulberry32(p.seed as number);
    const pf = p.events.map((e) => e.pf);
    for (let path = 0; path < N; path++) {
      for (let e = 0; e < n; e++) draws[e] = next() < (pf[e] as number) ? 1 : 0;
      evaluator.run(path, draws);
      if ((path + 1) % chunk === 0 && path + 1 < N) yield { done: path + 1, total: N };
    }
  }

  // Statistics.
  const exactWeights = (): { num: bigint[]; den: bigint } => {
    const scale = Math.max(0, ...p.events.map((e) => e.p.decimalPlaces()));
    const D = BigInt(10) ** BigInt(scale);
    let num: bigint[] = [BigInt(1)];
    for (const e of p.events) {
      const a = BigInt(e.p.times(new Decimal(10).pow(scale)).toFixed(0));
      const next: bigint[] = new Array<bigint>(num.length * 2);
      for (let i = 0; i < num.length; i++) {
        next[i] = (num[i] as bigint) * (D - a);
        next[i + num.length] = (num[i] as bigint) * a;
      }
      num = next;
    }
    return { num, den: D ** BigInt(n) };
  };
  let exactCache: { num: bigint[]; den: bigint } | null = null;
  const weights: PathWeights = {
    n: N,
    w,
    exact: w ? () => (exactCache ??= exactWeights()) : null,
  };
  const massOf = (pred: (i: number) => boolean): number => {
    let m = 0;
    for (let i = 0; i < N; i++) if (pred(i)) m += w ? (w[i] as number) : 1;
    return m;
  };
  const c = input.company;
  const runwayStats = (days: Int32Array): { stats: RunwayStats; histogram: DaysHistogram } => {
    const table = tableOf(days, weights);
    const q = lowerQuantiles(table, weights, (i) => days[i] as number);
    const beyondMass = table.find(([k]) => k === BEYOND)?.[1] ?? 0;
    const total = w ? 1 : N;
    const inside = table.filter(([k]) => k !== BEYOND);
    return {
      stats: {
        p10: q.p10 === BEYOND ? null : q.p10,
        p50: q.p50 === BEYOND ? null : q.p50,
        p90: q.p90 === BEYOND ? null : q.p90,
        beyondR: probability(weights, beyondMass, (i) => days[i] === BEYOND),
      },
      histogram: {
        days: inside.map(([k]) => k),
        mass: inside.map(([, m]) => m / total),
        beyondR: beyondMass / total,
      },
    };
  };

  const checkpoints: CheckpointResult[] = p.checkpoints.map((month, ci) => {
    const days = out.days[ci] as Int32Array[];
    const plan = runwayStats(days[0] as Int32Array);
    const market: CheckpointResult['market'] = {};
    const pBeats: CheckpointResult['pBeatsMarket'] = {};
    const histMarket: CheckpointResult['histogram']['market'] = {};
    input.compareAt.forEach((pct, i) => {
      const md = days[i + 1] as Int32Array;
      const pd = days[0] as Int32Array;
      const r = runwayStats(md);
      market[pct] = r.stats;
      histMarket[pct] = r.histogram;
      const beats = (j: number) => (pd[j] as number) >= (md[j] as number);
      pBeats[pct] = probability(weights, massOf(beats), beats);
    });
    const g = out.granted[ci] as Float64Array;
    const grantedShares = lowerQuantiles(tableOf(g, weights), weights, (i) => g[i] as number);
    // Dilution is a function of the granted count. When the pool fits in fully diluted it is
    // non-decreasing in that count, so its lower quantiles are the dilution of the count's;
    // otherwise the distinct counts are ranked by their dilution.
    const dilutionOf = (x: number) =>
      poolUse(new Decimal(x), c.unallocatedPoolShares, c.fullyDilutedShares).dilution;
    let dilution: Record<QuantileKey, Decimal>;
    if (c.fullyDilutedShares.greaterThanOrEqualTo(c.unallocatedPoolShares)) {
      dilution = {
        p10: dilutionOf(grantedShares.p10),
        p50: dilutionOf(grantedShares.p50),
        p90: dilutionOf(grantedShares.p90),
      };
    } else {
      const distinct = [...new Set(g)];
      const dil = new Map(distinct.map((x) => [x, dilutionOf(x)]));
      const ranked = [...distinct].sort((a, b) =>
        (dil.get(a) as Decimal).cmp(dil.get(b) as Decimal),
      );
      const rank = new Map(ranked.map((x, i) => [x, i]));
      const rankOf = (i: number) => rank.get(g[i] as number) as number;
      const rankKeys = Float64Array.from(g, (x) => rank.get(x) as number);
      const dq = lowerQuantiles(tableOf(rankKeys, weights), weights, rankOf);
      dilution = {
        p10: dil.get(ranked[dq.p10] as number) as Decimal,
        p50: dil.get(ranked[dq.p50] as number) as Decimal,
        p90: dil.get(ranked[dq.p90] as number) as Decimal,
      };
    }
    return {
      month,
      plan: plan.stats,
      market,
      pBeatsMarket: pBeats,
      grantedShares,
      dilution,
      histogram: { plan: plan.histogram, market: histMarket },
    };
  });

  const hires = p.hires.map((x, h) => {
    const codes = out.codes[h] as Float64Array;
    // Each distinct outcome code once: its mass and its values (cents per price).
    const perCode = tableOf(codes, weights);
    const slot = new Map(perCode.map(([code], i) => [code, i]));
    const codeValues = valuesOfCodes(
      p,
      x,
      perCode.map(([code]) => code),
    );
    const valueOf = (code: number, pi: number) =>
      (codeValues[slot.get(code) as number] as number[])[pi] as number;
    const codeGroups = exactGroups(weights, (i) => codes[i] as number);
    return {
      candidate: x.hire.candidate,
      candidateValue: input.exitPrices.map((price, pi) => {
        const byValue = new Map<number, number>();
        perCode.forEach(([, mass], i) => {
          const v = (codeValues[i] as number[])[pi] as number;
          byValue.set(v, (byValue.get(v) ?? 0) + mass);
        });
        const table = [...byValue].sort((a, b) => a[0] - b[0]);
        const q = lowerQuantiles(table, weights, (i) => valueOf(codes[i] as number, pi), {
          groups: codeGroups,
          keyOfGroup: (code) => valueOf(code, pi),
        });
        const money = (cents: number) => new Decimal(cents).div(100);
        return { price, quantiles: { p10: money(q.p10), p50: money(q.p50), p90: money(q.p90) } };
      }),
    };
  });

  return {
    method: p.method,
    paths: N,
    seed: p.seed,
    events: n,
    compareAt: [...input.compareAt],
    checkpoints,
    hires,
  };
}

/**
 * Per grant and exit price, the original hire's value term `vested_H × MAX(0, P − strike)` in
 * units of 1/10,000 of a currency unit (an integer: prices have at most two decimals and strikes
 * at most four), so an outcome's candidate value is an integer sum rounded to the cent.
 */
interface ValueTerms {
  /** The initial grant, served to plan month H, and as kept after a miss at the earliest checkpoint. */
  initial: number[];
  missed: number[];
  /** Per milestone whose grant exists (in order), per price. */
  milestones: number[][];
  /** All margin-refresh grants together, per price. */
  margin: number[];
}

function valueTerms(p: Prepared, x: HirePre): ValueTerms | null {
  const H = p.H;
  const served = H - (x.start - 1); // months from the initial grant to plan month H
  const units = (g: Grant | undefined, t: number) =>
    p.input.exitPrices.map((price) =>
      g
        ? vestedShares(g.shares, g.schedule, t)
            .times(max(ZERO, price.minus(g.strike)))
            .times(10000)
            .toNumber()
        : 0,
    );
  const tOf = (g: Grant) => H - (x.start - 1 + g.month);
  const initial = x.origGrants[0];
  const terms: ValueTerms = {
    initial: units(initial, served),
    missed: units(initial, Math.min(served, p.checkpoints[0] as number)),
    milestones: x.origMilestoneGrant.filter((g) => g !== null).map((g) => units(g, tOf(g))),
    margin: p.input.exitPrices.map((_, i) =>
      x.origMarginGrants.reduce((n, g) => n + (units(g, tOf(g))[i] as number), 0),
    ),
  };
  // Integer sums are exact only below 2^53: otherwise fall back to decimal arithmetic.
  const all = [terms.initial, terms.missed, terms.margin, ...terms.milestones].flat();
  const bound = all.reduce((n, u) => n + u, 0);
  return all.every(Number.isInteger) && bound < 2 ** 52 ? terms : null;
}

/** ROUND(units / 10,000, 2) in cents for a non-negative integer number of units. */
const unitsToCents = (u: number) => {
  const r = u % 100;
  return (u - r) / 100 + (r >= 50 ? 1 : 0);
};

/**
 * The original hire's candidate value in cents per exit price for an outcome code, at plan month
 * H (§3.5: ROUND(Σ vested_H × MAX(0, P − strike), 2)). Code 0: the hire missed at the earliest
 * checkpoint d and keeps the initial grant's part vested when they leave (vested at
 * MIN(d, months served by plan month H)); otherwise 1 + (gain landed) + 2 × (mask of the
 * milestones hit, over the milestones whose grant exists in the plan).
 */
function candidateValues(p: Prepared, x: HirePre, code: number): number[] {
  const cached = x.valueByCode.get(code);
  if (cached) return cached;
  if (x.terms === undefined) x.terms = valueTerms(p, x);
  const terms = x.terms;
  let values: number[];
  if (terms) {
    values = p.input.exitPrices.map((_, i) => {
      if (code === 0) return unitsToCents(terms.missed[i] as number);
      let u = terms.initial[i] as number;
      if ((code - 1) % 2 === 1) u += terms.margin[i] as number;
      let mask = Math.floor((code - 1) / 2);
      for (const m of terms.milestones) {
        if (mask % 2 === 1) u += m[i] as number;
        mask = Math.floor(mask / 2);
      }
      return unitsToCents(u);
    });
  } else values = candidateValuesDecimal(p, x, code);
  x.valueByCode.set(code, values);
  return values;
}

/** {@link candidateValues} for many codes at once: integer sums in one tight loop when possible. */
function valuesOfCodes(p: Prepared, x: HirePre, codes: number[]): number[][] {
  if (x.terms === undefined) x.terms = valueTerms(p, x);
  const terms = x.terms;
  if (!terms) return codes.map((code) => candidateValues(p, x, code));
  const nP = p.input.exitPrices.length;
  const ms = terms.milestones;
  return codes.map((code) => {
    const out = new Array<number>(nP);
    for (let i = 0; i < nP; i++) {
      if (code === 0) {
        out[i] = unitsToCents(terms.missed[i] as number);
        continue;
      }
      let u = terms.initial[i] as number;
      if ((code - 1) % 2 === 1) u += terms.margin[i] as number;
      let mask = Math.floor((code - 1) / 2);
      if (mask < 2 ** 30)
        for (let m = 0; mask !== 0; m++, mask >>>= 1) {
          if (mask & 1) u += (ms[m] as number[])[i] as number;
        }
      else
        for (let m = 0; m < ms.length && mask > 0; m++) {
          if (mask % 2 === 1) u += (ms[m] as number[])[i] as number;
          mask = Math.floor(mask / 2);
        }
      out[i] = unitsToCents(u);
    }
    return out;
  });
}

/** {@link candidateValues} in decimal arithmetic, for grants too large for exact integer sums. */
function candidateValuesDecimal(p: Prepared, x: HirePre, code: number): number[] {
  const H = p.H;
  const served = H - (x.start - 1);
  const held: { grant: Grant; t: number }[] = [];
  const initial = x.origGrants[0];
  if (code === 0) {
    if (initial) held.push({ grant: initial, t: Math.min(served, p.checkpoints[0] as number) });
  } else {
    const landed = (code - 1) % 2 === 1;
    let mask = Math.floor((code - 1) / 2);
    const tOf = (g: Grant) => H - (x.start - 1 + g.month);
    if (initial) held.push({ grant: initial, t: tOf(initial) });
    for (const g of x.origMilestoneGrant) {
      if (g === null) continue;
      if (mask % 2 === 1) held.push({ grant: g, t: tOf(g) });
      mask = Math.floor(mask / 2);
    }
    if (landed) for (const g of x.origMarginGrants) held.push({ grant: g, t: tOf(g) });
  }
  return p.input.exitPrices.map((price) => {
    let total = ZERO;
    for (const { grant, t } of held) {
      const v = vestedShares(grant.shares, grant.schedule, t);
      total = total.plus(v.times(max(ZERO, price.minus(grant.strike))));
    }
    return toCents(round(total, 2));
  });
}

/** Runs {@link simulate} to the end, reporting progress; `signal.aborted` stops it between chunks. */
export function runSimulation(
  input: SimulationInput,
  options: SimulationOptions = {},
  onProgress?: (p: SimulationProgress) => void,
  signal?: { readonly aborted: boolean },
): SimulationResult | null {
  const run = simulate(input, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    if (signal?.aborted) return null;
    onProgress?.(step.value);
  }
}

/** The number of days per month used for labels (day of a checkpoint). */
export const CHECKPOINT_DAY = (month: number): number => round(DPM.times(month), 0).toNumber();
