/**
 * The simulation's precomputation (docs/model.md §11): every hire's cash, gain and grant variants
 * as exact cents and share counts, once per run, so that a path is only sums.
 */
import { gainHit, grossProfit, growthFactors } from '../company.js';
import { Decimal, ZERO, round } from '../decimal.js';
import { grantsOf, milestoneGrantMonth, type Grant } from '../grants.js';
import { hireCostSchedule, type CashTerms } from '../hire-cost.js';
import { InputError } from '../messages.js';
import type { Scenario } from '../scenario.js';
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

/** An event reference: an index into the path's draws, or a fixed outcome. */
export const NEVER = -1;
export const ALWAYS = -2;
export type EventRef = number;

export interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

export interface GainSlot {
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
export function gainUnits(hires: readonly SimulationHire[]): number | null {
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
export interface SeatGrants {
  initial: number;
  /** Per milestone (input order): shares if the milestone's grant exists in the plan, else 0. */
  milestones: number[];
  margin: number;
}

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
  /** Per checkpoint, per view: the baseline cash difference array (length R + 2). */
  baseDiff: Float64Array[][];
  maxDays: number;
}

export const toCents = (d: Decimal): number => d.times(100).toNumber();

export function sparse(dense: Float64Array, from = 1): Sparse {
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
export function seatCash(
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

export function diffOf(v: Float64Array): Float64Array {
  const d = new Float64Array(v.length + 1);
  for (let k = 1; k < v.length; k++) d[k] = (v[k] as number) - (v[k - 1] as number);
  return d;
}

/** A hire's gain ramp in hire months as difference arrays (points, and units when they exist). */
export interface GainRamp {
  diff: Sparse;
  units: Sparse | null;
}

export function gainRamp(
  hire: SimulationHire,
  R: number,
  unitsPerPoint: number | null,
): GainRamp | null {
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
export function gainSlot(ramp: GainRamp | null, start: number, R: number): GainSlot | null {
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
export function seatGrants(
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

export function sharesOf(grants: Grant[], milestoneGrant: (Grant | null)[]): SeatGrants {
  return {
    initial: grants[0] ? grants[0].shares.toNumber() : 0,
    milestones: milestoneGrant.map((g) => (g ? g.shares.toNumber() : 0)),
    margin: grants.filter((g) => g.kind === 'margin').reduce((n, g) => n + g.shares.toNumber(), 0),
  };
}

export function cashTermsOf(offer: Scenario['offer'], baseSalary: Decimal): CashTerms {
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
export function monthsToFill(days: number): number {
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

export function prepare(input: SimulationInput, options: SimulationOptions): Prepared {
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
