/** The error of type `type` that `f` throws; any other error is rethrown, a result fails. */
export function thrownBy<E extends Error>(
  type: abstract new (...args: never[]) => E,
  f: () => unknown,
  expected: string,
): E {
  try {
    f();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected ${expected}, got a result`);
}
