/**
 * Per-hire variants (docs/model.md §11), precomputed once per run from the §3 rule functions as
 * exact cents and share counts: a seat's cash per cash view (paid in full, or missed at a
 * checkpoint and refilled), its gain ramp placed at a start month, and its grants in the plan.
 */
import { gainHit } from '../company.js';
import { Decimal, ZERO } from '../decimal.js';
import { grantsOf, milestoneGrantMonth, type Grant } from '../grants.js';
import { cashTermsOf, hireCostSchedule } from '../hire-cost.js';
import type { Scenario } from '../scenario.js';
import type { SimulationHire, SimulationInput } from './input.js';

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

/** ROUNDUP(timeToFillDays / 30.4375, 0) in integers (30.4375 = 487/16). */
export function monthsToFill(days: number): number {
  return Math.ceil((days * 16) / 487);
}

/**
 * Sparse differences with one value per cash view at each month: `val[i × views + v]` is view
 * v's difference at month `idx[i]` (zero where only other views change).
 */
export interface ViewsSparse {
  idx: Int32Array;
  val: Float64Array;
}

/** Interleaves per-view dense difference arrays (same length) into {@link ViewsSparse}. */
function viewsSparse(dense: Float64Array[]): ViewsSparse {
  const nV = dense.length;
  const idx: number[] = [];
  const val: number[] = [];
  const length = (dense[0] as Float64Array).length;
  for (let k = 1; k < length; k++) {
    if (!dense.some((d) => d[k] !== 0)) continue;
    idx.push(k);
    for (let v = 0; v < nV; v++) val.push((dense[v] as Float64Array)[k] as number);
  }
  return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
}

/** A seat's cash in every view: paid in full, and "missed" minus "paid in full" per checkpoint. */
export interface SeatCashVariants {
  /** Per cash view: the difference array of the seat paid in full from its start (dense). */
  fullDiff: Float64Array[];
  /** Per checkpoint: the cash differences of "missed at d, refilled" minus "not missed". */
  missDelta: ViewsSparse[];
  /** The largest monthly cash of any view, in cents. */
  maxMonthly: number;
}

/**
 * The seat's §3.3 monthly cash in cents for each view's base salary (the offer's, then each
 * compareAt percentile's band value), through month R. `schedules` caches them by cash terms:
 * plan hires often share the market views' terms.
 */
function viewSchedules(
  hire: SimulationHire,
  compareAt: readonly string[],
  R: number,
  schedules: Map<string, number[]>,
): number[][] {
  const o = hire.offer;
  const bands = hire.bandValues as Record<string, Decimal>;
  return [o.baseSalary, ...compareAt.map((p) => bands[p] as Decimal)].map((b) => {
    const terms = cashTermsOf(o, b);
    const key = Object.values(terms).map(String).join('|');
    let cents = schedules.get(key);
    if (!cents) {
      cents = [0, ...hireCostSchedule(terms, R).map((m) => toCents(m.hireCash))];
      schedules.set(key, cents);
    }
    return cents;
  });
}

/**
 * The cash variants of a seat starting at plan month `start`: in full, and per checkpoint missed
 * at hire month d with the replacement starting at `replStart[ci]` (its own month 1 terms).
 */
export function seatCashVariants(
  input: SimulationInput,
  hire: SimulationHire,
  checkpoints: readonly number[],
  replStart: readonly number[],
  schedules: Map<string, number[]>,
): SeatCashVariants {
  const R = input.runwayHorizonMonths;
  const s = hire.startMonth;
  const views = viewSchedules(hire, input.compareAt, R, schedules);
  const fullDiff = views.map((hc) => {
    const full = new Float64Array(R + 1);
    seatCash(hc, s, R, R, full);
    return diffOf(full);
  });
  const missDelta = checkpoints.map((d, ci) =>
    viewsSparse(
      views.map((hc, v) => {
        const missed = new Float64Array(R + 1);
        seatCash(hc, s, d, R, missed);
        seatCash(hc, replStart[ci] as number, R, R, missed);
        const dm = diffOf(missed);
        const df = fullDiff[v] as Float64Array;
        for (let k = 0; k < dm.length; k++) dm[k] = (dm[k] as number) - (df[k] as number);
        return dm;
      }),
    ),
  );
  let maxMonthly = 0;
  for (const hc of views) for (const c of hc) if (c > maxMonthly) maxMonthly = c;
  return { fullDiff, missDelta, maxMonthly };
}
