/** One path of the simulation (docs/model.md §11): outcomes, granted shares and runway days. */
import { NetBurn } from './net.js';
import { ALWAYS, type EventRef, type HirePre, type Prepared } from './prepare.js';
import type { ViewsSparse } from './variants.js';

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
  codes: (Int32Array | Float64Array)[];
}

/** Whether event `r` happened on a path with these draws. */
const happened = (draws: Uint8Array, r: EventRef): boolean =>
  r >= 0 ? draws[r] === 1 : r === ALWAYS;

/** Months of deviant cash deltas scattered ahead of a runway scan at a time, after the first block. */
const BLOCK = 6;

/**
 * Evaluates paths one at a time into {@link PathOutputs}. Runway days per checkpoint and cash
 * view: the baseline difference array (every hire in its more likely miss state) plus the sparse
 * miss deltas of the hires that deviate from it, scattered a block of months ahead of the scan
 * (and consumed by it), so a scan that stops at month K touches only the deltas up to ~K.
 */
export class PathEvaluator {
  private readonly net: NetBurn;
  /** The current path's hires whose miss state differs from the baseline's. */
  private readonly deviants: Int32Array;
  private deviantCount = 0;
  /** Per deviant (same order): its delta for the view being scanned, the sign, the next entry. */
  private readonly lists: ViewsSparse[];
  private readonly signs: Float64Array;
  private readonly cursor: Int32Array;
  /** Deviant deltas scattered ahead of the scan (zero elsewhere), `[k × nViews + v]`. */
  private readonly pending: Float64Array;
  /** Per view during a scan: the hires' cash this month, the cash left, still scanning (1). */
  private readonly hc: Float64Array;
  private readonly cash: Float64Array;
  private readonly open: Uint8Array;
  private readonly granted = new Float64Array(2);
  /** Runway days per hire-state key, when states repeat (at most 15 hires, 4^hires ≤ paths). */
  private readonly memo: Map<number, Int32Array> | null;
  /** Per hire: missed / gain landed / replacement gain landed, for the current path. */
  private readonly missed: Uint8Array;
  private readonly landed: Uint8Array;
  private readonly replLanded: Uint8Array;

  constructor(
    private readonly p: Prepared,
    private readonly out: PathOutputs,
  ) {
    const n = p.hires.length;
    this.net = new NetBurn(p);
    // Worth it only when states repeat: at most 4^hires distinct, against the number of paths.
    this.memo = n <= 15 && 4 ** n <= p.paths ? new Map() : null;
    this.deviants = new Int32Array(n);
    this.lists = new Array<ViewsSparse>(n);
    this.signs = new Float64Array(n);
    this.cursor = new Int32Array(n);
    this.pending = new Float64Array((p.R + 2) * p.nViews);
    this.hc = new Float64Array(p.nViews);
    this.cash = new Float64Array(p.nViews);
    this.open = new Uint8Array(p.nViews);
    this.missed = new Uint8Array(n);
    this.landed = new Uint8Array(n);
    this.replLanded = new Uint8Array(n);
  }

  /** Evaluates one path from its draws (1 = the event happened). */
  run(path: number, draws: Uint8Array): void {
    const nc = this.p.checkpoints.length;
    const granted = this.granted;
    granted[0] = 0;
    granted[1] = 0;
    this.deviantCount = 0;
    for (let h = 0; h < this.p.hires.length; h++) this.hireOutcome(h, path, draws);
    for (let ci = 0; ci < nc; ci++)
      (this.out.granted[ci] as Float64Array)[path] = granted[ci] as number;
    this.runways(path);
  }

  /** Hire h's states, its outcome code and its granted shares per checkpoint on this path. */
  private hireOutcome(h: number, path: number, draws: Uint8Array): void {
    const x = this.p.hires[h] as HirePre;
    const granted = this.granted;
    const nc = this.p.checkpoints.length;
    const missed = happened(draws, x.miss);
    const landed = !missed && happened(draws, x.gain);
    const replLanded = missed && happened(draws, x.replGain);
    if (missed !== x.modalMissed) this.deviants[this.deviantCount++] = h;
    this.missed[h] = missed ? 1 : 0;
    this.landed[h] = landed ? 1 : 0;
    this.replLanded[h] = replLanded ? 1 : 0;
    if (!missed) {
      let shares = x.orig.initial + (landed ? x.orig.margin : 0);
      let code = 1 + (landed ? 1 : 0);
      const refs = x.grantedMilestoneRefs;
      for (let i = 0, bit = 2; i < refs.length; i++, bit *= 2)
        if (happened(draws, refs[i] as EventRef)) {
          shares += x.grantedMilestoneShares[i] as number;
          code += bit;
        }
      for (let ci = 0; ci < nc; ci++) granted[ci] = (granted[ci] as number) + shares;
      (this.out.codes[h] as Int32Array | Float64Array)[path] = code;
      return;
    }
    (this.out.codes[h] as Int32Array | Float64Array)[path] = 0;
    for (let ci = 0; ci < nc; ci++) {
      let shares = x.vestedInitialAt[ci] as number;
      const r = x.repl[ci];
      if (r) {
        shares += r.initial + (replLanded ? r.margin : 0);
        for (let i = 0; i < x.replMilestones.length; i++)
          if (happened(draws, x.replMilestones[i] as EventRef)) shares += r.milestones[i] as number;
      }
      granted[ci] = (granted[ci] as number) + shares;
    }
  }

  /**
   * Runway days of every checkpoint and view. They depend only on each hire's (missed, gain
   * landed) state: with few hires the days of a state already met are reused (exact enumeration
   * repeats states many times). With no miss on the path the later checkpoint copies the first.
   */
  private runways(path: number): void {
    const p = this.p;
    const nc = p.checkpoints.length;
    let key = -1;
    if (this.memo) {
      key = 0;
      for (let h = 0; h < p.hires.length; h++)
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
    const anyMissed = this.missed.includes(1);
    for (let ci = 0; ci < nc; ci++) {
      const days = this.out.days[ci] as Int32Array[];
      if (ci > 0 && !anyMissed) {
        const first = this.out.days[0] as Int32Array[];
        for (let v = 0; v < p.nViews; v++)
          (days[v] as Int32Array)[path] = (first[v] as Int32Array)[path] as number;
        continue;
      }
      this.net.start(ci, this.landed, this.replLanded);
      this.viewRunways(ci, path);
      this.net.finish();
    }
    this.net.finishPath();
    if (this.memo) {
      const found = new Int32Array(nc * p.nViews);
      for (let ci = 0, i = 0; ci < nc; ci++)
        for (let v = 0; v < p.nViews; v++)
          found[i++] = ((this.out.days[ci] as Int32Array[])[v] as Int32Array)[path] as number;
      this.memo.set(key, found);
    }
  }

  /**
   * Runway days of every cash view at checkpoint ci for the current path, into the outputs
   * (BEYOND when beyond R). The views are scanned side by side, month by month, until each has
   * run out of cash: they share the month's net burn and the deviants' delta entries.
   */
  private viewRunways(ci: number, path: number): void {
    const p = this.p;
    const nV = p.nViews;
    const base = p.baseDiff[ci] as Float64Array;
    const { pending, hc, cash, open } = this;
    const days = this.out.days[ci] as Int32Array[];
    hc.fill(0);
    cash.fill(p.cash0);
    open.fill(1);
    let left = nV;
    this.openDeviants(ci);
    for (let k = 1; k <= p.R && left > 0;) {
      const end = k === 1 ? (p.firstBlock[ci] as number) : Math.min(p.R, k + BLOCK - 1);
      this.scatterDeviants(end);
      if (end > this.net.upTo) this.net.extend(end);
      const series = this.net.series;
      for (; k <= end; k++) {
        for (let v = 0, i = k * nV; v < nV; v++, i++) {
          // Integer cents: the sums are exact in any order.
          const h = (hc[v] as number) + (base[i] as number) + (pending[i] as number);
          pending[i] = 0;
          if (open[v] === 0) continue;
          hc[v] = h;
          const burn = (series[k] as number) + h;
          const next = (cash[v] as number) - burn;
          if (next >= 0) cash[v] = next;
          else {
            (days[v] as Int32Array)[path] = runwayDays(k, cash[v] as number, burn);
            open[v] = 0;
            left--;
          }
        }
        if (left === 0) {
          pending.fill(0, (k + 1) * nV, (end + 1) * nV);
          break;
        }
      }
    }
    for (let v = 0; v < nV; v++) if (open[v] === 1) (days[v] as Int32Array)[path] = BEYOND;
  }

  /** Points the deviants' cursors at the start of their miss deltas at checkpoint ci. */
  private openDeviants(ci: number): void {
    const deviants = this.deviants;
    for (let j = 0; j < this.deviantCount; j++) {
      const h = deviants[j] as number;
      this.lists[j] = (this.p.hires[h] as HirePre).missDelta[ci] as ViewsSparse;
      this.signs[j] = this.missed[h] === 1 ? 1 : -1;
      this.cursor[j] = 0;
    }
  }

  /** Adds the deviants' delta entries (every view) up to month `end` into `pending`. */
  private scatterDeviants(end: number): void {
    const pending = this.pending;
    const nV = this.p.nViews;
    const { lists, signs, cursor } = this;
    for (let j = 0; j < this.deviantCount; j++) {
      const { idx, val } = lists[j] as ViewsSparse;
      const s = signs[j] as number;
      let c = cursor[j] as number;
      for (; c < idx.length && (idx[c] as number) <= end; c++) {
        const at = (idx[c] as number) * nV;
        for (let v = 0; v < nV; v++)
          pending[at + v] = (pending[at + v] as number) + s * (val[c * nV + v] as number);
      }
      cursor[j] = c;
    }
  }
}
