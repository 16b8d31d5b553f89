/**
 * A small seeded generator for a test's own choices (never the engine's): a linear congruential
 * generator, so a seed always draws the same plans and scenarios.
 */
export function seededChoices(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)] as T;
  return { next, int, pick };
}

export type SeededChoices = ReturnType<typeof seededChoices>;
