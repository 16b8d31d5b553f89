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
