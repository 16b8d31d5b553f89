/**
 * The company's monthly net burn `opex_k − gp_k(G_k)` on one path at one checkpoint, in cents
 * (docs/model.md §3.4, §11). Gross profit is not additive over hires: `gp_k = ROUND(rev_k ×
 * (grossMargin + G_k/100), 2)` depends on the path's total gain points G_k, summed in Float64 (or
 * exact integer units) from the landed hires' gain ramps. Near a half cent the month is recomputed
 * in decimal arithmetic from the exact gains (and cached), so every figure is the decimal
 * engine's. Months are computed only as far as a runway scan asks ({@link NetBurn.extend}).
 */
import { gainHit, grossProfit } from '../company.js';
import { ZERO, type Decimal } from '../decimal.js';
import { toCents, type GainSlot, type HirePre, type Prepared, type Sparse } from './prepare.js';

export class NetBurn {
  /** net[k] for k ≤ upTo; read `series` (net0 when no gain landed). */
  private readonly net: Float64Array;
  private readonly gDiff: Float64Array;
  /** The landed ramps of the current path and checkpoint: the first `count` entries. */
  private readonly active: GainSlot[];
  private readonly activeIds: Int32Array;
  /** Per active ramp: its entries (units when the run has them, else points) and its hire. */
  private readonly ramps: Sparse[];
  private readonly rampHire: Int32Array;
  private count = 0;
  /** Per hire: how many entries of its active ramp are scattered into gDiff. */
  private readonly cursor: Int32Array;
  private readonly gpCache = new Map<number | string, number>();
  private ci = 0;
  private G = 0;
  private first = 0;
  /** The months computed so far (R when no gain landed: net0 is complete). */
  upTo = 0;
  series: Float64Array;

  constructor(private readonly p: Prepared) {
    this.net = new Float64Array(p.R + 1);
    this.gDiff = new Float64Array(p.R + 2);
    this.cursor = new Int32Array(p.hires.length);
    // Fixed capacity (never shrunk, so never reallocated): one ramp per hire at most.
    this.active = new Array<GainSlot>(p.hires.length);
    this.activeIds = new Int32Array(p.hires.length);
    this.ramps = new Array<Sparse>(p.hires.length);
    this.rampHire = new Int32Array(p.hires.length);
    this.series = p.net0;
  }

  /**
   * Starts checkpoint ci of a path with the landed gain ramps (per hire: the original's, or the
   * replacement's at this checkpoint); {@link extend} scatters them as far as it computes. With
   * integer units the originals' entries stay scattered from one checkpoint to the next (exact
   * integer sums), and only the replacements' are taken out ({@link finish}, {@link finishPath}).
   */
  start(ci: number, landed: Uint8Array, replLanded: Uint8Array): void {
    const hires = this.p.hires;
    const active = this.active;
    const ids = this.activeIds;
    let count = 0;
    for (let h = 0; h < hires.length; h++) {
      const x = hires[h] as HirePre;
      if (landed[h] === 1 && x.origGainSlot) {
        active[count] = x.origGainSlot;
        ids[count++] = 2 * h;
      } else if (replLanded[h] === 1) {
        const slot = x.replGainSlot[ci];
        if (slot) {
          active[count] = slot;
          ids[count++] = 2 * h + 1;
        }
      }
    }
    this.count = count;
    this.ci = ci;
    this.G = 0;
    this.upTo = 0;
    this.series = this.net;
    let first = this.p.R + 1;
    for (let j = 0; j < count; j++) {
      const slot = active[j] as GainSlot;
      first = Math.min(first, slot.start);
      this.ramps[j] = slot.units ?? slot.diff;
      this.rampHire[j] = (ids[j] as number) >> 1;
    }
    this.first = first;
    if (count === 0) {
      this.series = this.p.net0;
      this.upTo = this.p.R;
    }
  }

  /** Ends a checkpoint: takes the scattered entries out (with integer units, the replacements' only). */
  finish(): void {
    const g = this.gDiff;
    const keepOriginals = this.p.unitsPerPoint !== null;
    for (let j = 0; j < this.count; j++) {
      const id = this.activeIds[j] as number;
      if (keepOriginals && (id & 1) === 0) continue;
      const { idx, val } = this.rampOf(j);
      const h = id >> 1;
      const scattered = this.cursor[h] as number;
      if (keepOriginals)
        for (let i = 0; i < scattered; i++)
          g[idx[i] as number] = (g[idx[i] as number] as number) - (val[i] as number);
      else for (let i = 0; i < scattered; i++) g[idx[i] as number] = 0;
      this.cursor[h] = 0;
    }
  }

  /** Ends a path: puts the gain difference array back to zeros. */
  finishPath(): void {
    const g = this.gDiff;
    for (let j = 0; j < this.count; j++) {
      const h = (this.activeIds[j] as number) >> 1;
      const idx = this.rampOf(j).idx;
      for (let i = 0; i < (this.cursor[h] as number); i++) g[idx[i] as number] = 0;
      this.cursor[h] = 0;
    }
    this.count = 0;
  }

  /** The entries of active ramp j: integer units when the run has them, else points. */
  private rampOf(j: number): Sparse {
    return this.ramps[j] as Sparse;
  }

  /**
   * Adds the active ramps' entries up to month `to` into gDiff. Each month's entries are added in
   * the order of the active ramps, all in one call: the same sums as scattering them at once.
   */
  private scatter(to: number): void {
    const g = this.gDiff;
    const { ramps, rampHire, cursor } = this;
    for (let j = 0; j < this.count; j++) {
      const { idx, val } = ramps[j] as Sparse;
      const h = rampHire[j] as number;
      let c = cursor[h] as number;
      for (; c < idx.length && (idx[c] as number) <= to; c++)
        g[idx[c] as number] = (g[idx[c] as number] as number) + (val[c] as number);
      cursor[h] = c;
    }
  }

  /** Computes `net[k] = opex_k − gp_k(G_k)` for months upTo + 1 .. `to`. */
  extend(to: number): void {
    const { opexC, revC, revGmC, gp0C, unitsPerPoint: D } = this.p;
    const g = this.gDiff;
    const net = this.net;
    const first = this.first;
    // With integer units G is exact and x carries a few roundings only; else G itself carries
    // the rounding of up to a few hundred additions.
    const rel = D === null ? 4e-12 : 1e-14;
    const perPoint = D === null ? 100 : 100 * D;
    this.scatter(to);
    let G = this.G;
    for (let k = this.upTo + 1; k <= to; k++) {
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
      else gp = this.exactGp(k, D === null ? null : G);
      net[k] = (opexC[k] as number) - gp;
    }
    this.G = G;
    this.upTo = to;
  }

  /** gp_k in cents from the exact gains of the active hires (decimal, as §3.4), cached. */
  private exactGp(k: number, units: number | null): number {
    const p = this.p;
    const ci = this.ci;
    // With integer units the total gain identifies gp_k; else the set of active ramps does.
    const key =
      units !== null && units * (p.R + 1) < 2 ** 53
        ? units * (p.R + 1) + k
        : `${units ?? ci}:${k}:${units === null ? this.partsAt(k).join(',') : ''}`;
    const hit = this.gpCache.get(key);
    if (hit !== undefined) return hit;
    const parts = this.partsAt(k);
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

  /** The ids (2h: original, 2h + 1: replacement) of the active ramps started by month k. */
  private partsAt(k: number): number[] {
    const parts: number[] = [];
    for (let i = 0; i < this.count; i++)
      if ((this.active[i] as GainSlot).start <= k) parts.push(this.activeIds[i] as number);
    return parts;
  }
}
