/** One path of the simulation (docs/model.md §11): outcomes, granted shares and runway days. */
import { gainHit, grossProfit } from '../company.js';
import { ZERO, type Decimal } from '../decimal.js';
import {
  ALWAYS,
  toCents,
  type EventRef,
  type GainSlot,
  type HirePre,
  type Prepared,
  type Sparse,
} from './prepare.js';

/** The sentinel for "beyond R" in the per-path day arrays: larger than any number of days. */
export const BEYOND = 2 ** 30;

/** `ROUND(((k − 1) + cashPrev / burn) × 30.4375, 0)` exactly (cashPrev ≥ 0, burn > 0, cents). */
export function runwayDays(k: number, cashPrev: number, burn: number): number {
  const q = (k - 1 + cashPrev / burn) * 30.4375;
  const frac = q - Math.floor(q);
  if (Math.abs(frac - 0.5) > 1e-7) return Math.floor(q + 0.5);
  // ((k − 1)·burn + cashPrev) × 487 / (16 × burn), half away from zero, in integers.
  const num = (BigInt(k - 1) * BigInt(burn) + BigInt(cashPrev)) * BigInt(487);
  const den = BigInt(16) * BigInt(burn);
  return Number((BigInt(2) * num + den) / (BigInt(2) * den));
}

export interface PathOutputs {
  /** [checkpoint][view][path] */
  days: Int32Array[][];
  /** [checkpoint][path] */
  granted: Float64Array[];
  /** [hire][path]: the original hire's outcome code at the earliest checkpoint. */
  codes: Float64Array[];
}

export class PathEvaluator {
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
