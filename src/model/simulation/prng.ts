/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): one 32-bit state, a few integer
 * operations per number. Pure integer arithmetic (Math.imul, >>>), so the same seed gives the
 * same sequence on every JavaScript engine and machine.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same generator drawing a path's binary events in one loop: `draws[e] = 1` when the e-th
 * number is below `p[e]`, exactly as `mulberry32(seed)() < p[e]` in turn. The state is kept in an
 * Int32Array (no boxed number per step) and the number compared as the 32-bit integer it is
 * (`x / 2^32 < p` ⇔ `x < p × 2^32`, both sides exact).
 */
export class Mulberry32Draws {
  private readonly state = new Int32Array(1);
  private readonly thresholds: Float64Array;

  constructor(seed: number, probabilities: readonly number[]) {
    this.state[0] = seed >>> 0;
    this.thresholds = Float64Array.from(probabilities, (p) => p * 4294967296);
  }

  next(draws: Uint8Array): void {
    const thresholds = this.thresholds;
    let a = this.state[0] as number;
    for (let e = 0; e < thresholds.length; e++) {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      draws[e] = (t ^ (t >>> 14)) >>> 0 < (thresholds[e] as number) ? 1 : 0;
    }
    this.state[0] = a;
  }
}
