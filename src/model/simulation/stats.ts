/**
 * Statistics over simulated paths (docs/model.md §11): lower quantiles and probabilities.
 *
 * Monte Carlo paths each weigh 1/N, so every mass is a count and every comparison is exact
 * integer arithmetic. Exact enumeration weighs each outcome by its probability: the sums are done
 * in Float64 for speed, and whenever a float sum lands within 1e-9 of a decision (a quantile's
 * `P(X ≤ x) ≥ q`, or the fifth decimal of a reported probability) the mass is recomputed exactly
 * from the events' decimal probabilities as BigInt fractions. The reported figures are therefore
 * those of exact rational arithmetic.
 */

/** The reported quantiles as tenths (p10, p50, p90). */
export const QUANTILES = [
  ['p10', 1],
  ['p50', 5],
  ['p90', 9],
] as const;
export type QuantileKey = (typeof QUANTILES)[number][0];

/** Probability mass of the paths. */
export interface PathWeights {
  n: number;
  /** Float weight per path (exact mode); null: every path weighs 1/n (Monte Carlo). */
  w: Float64Array | null;
  /** Exact weights as numerators over one denominator (exact mode), built on first use. */
  exact: (() => { num: readonly bigint[]; den: bigint }) | null;
}

/** A probability: its value and its report text (four decimals, half away from zero). */
export interface Probability {
  value: number;
  text: string;
}

const TIE = 1e-9;

function exactMass(weights: PathWeights, pred: (i: number) => boolean): [bigint, bigint] {
  if (!weights.exact) {
    let count = 0;
    for (let i = 0; i < weights.n; i++) if (pred(i)) count++;
    return [BigInt(count), BigInt(weights.n)];
  }
  const { num, den } = weights.exact();
  let total = BigInt(0);
  for (let i = 0; i < weights.n; i++) if (pred(i)) total += num[i] as bigint;
  return [total, den];
}

/** ROUND(num/den, 4) as text, num/den in [0, 1]. */
function fourDecimals(num: bigint, den: bigint): string {
  const r = (num * BigInt(20000) + den) / (BigInt(2) * den); // half away from zero for non-negative values
  const whole = r / BigInt(10000);
  return `${whole}.${String(r % BigInt(10000)).padStart(4, '0')}`;
}

/** The probability of the paths for which `pred` holds, given their float mass `mass`. */
export function probability(
  weights: PathWeights,
  mass: number,
  pred: (i: number) => boolean,
): Probability {
  if (!weights.w) {
    // Monte Carlo: `mass` is a count, exact.
    return { value: mass / weights.n, text: fourDecimals(BigInt(mass), BigInt(weights.n)) };
  }
  // None or all of the paths: exactly 0 or 1 (no float sum needed).
  let count = 0;
  for (let i = 0; i < weights.n; i++) if (pred(i)) count++;
  if (count === 0) return { value: 0, text: '0.0000' };
  if (count === weights.n) return { value: 1, text: '1.0000' };
  const v = mass * 10000;
  const frac = v - Math.floor(v);
  if (Math.abs(frac - 0.5) > 1e-6) {
    const r = Math.floor(v + 0.5);
    return { value: mass, text: `${Math.floor(r / 10000)}.${String(r % 10000).padStart(4, '0')}` };
  }
  const [num, den] = exactMass(weights, pred);
  return { value: Number(num) / Number(den), text: fourDecimals(num, den) };
}

/** A weighted table of distinct keys, ascending: `keys[i]` with mass `mass[i]`. */
export interface Table {
  keys: Float64Array;
  mass: Float64Array;
}

/** Keys below this are tallied in an array by {@link tableOf}. */
const SMALL_KEYS = 1 << 16;
const isSmall = (k: number) => k >= 0 && k < SMALL_KEYS && (k | 0) === k;

/**
 * Distinct per-path keys with their summed weights, ascending by key. Small non-negative integer
 * keys (days, outcome codes) are summed in an array indexed by key, the others in a map (which,
 * like the array, takes -0 as 0); either way each key's mass is summed in path order.
 */
export function tableOf(keys: ArrayLike<number>, weights: PathWeights): Table {
  const n = weights.n;
  let top = -1;
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    if (isSmall(k) && k > top) top = k;
  }
  const small = new Float64Array(top + 1);
  const seen = new Uint8Array(top + 1);
  const others = new Map<number, number>();
  const w = weights.w;
  for (let i = 0; i < n; i++) {
    const k = keys[i] as number;
    const mass = w ? (w[i] as number) : 1;
    if (isSmall(k)) {
      small[k] = (small[k] as number) + mass;
      seen[k] = 1;
    } else others.set(k, (others.get(k) ?? 0) + mass);
  }
  let count = others.size;
  for (let k = 0; k <= top; k++) count += seen[k] as number;
  const table: Table = { keys: new Float64Array(count), mass: new Float64Array(count) };
  // Merge the map's keys (sorted) with the array's (ascending); they never coincide.
  const rest = Float64Array.from(others.keys()).sort();
  let r = 0;
  let t = 0;
  const put = (key: number, mass: number) => {
    table.keys[t] = key;
    table.mass[t++] = mass;
  };
  for (let k = 0; k <= top; k++) {
    if (seen[k] !== 1) continue;
    for (; r < rest.length && (rest[r] as number) < k; r++)
      put(rest[r] as number, others.get(rest[r] as number) as number);
    put(k, small[k] as number);
  }
  for (; r < rest.length; r++) put(rest[r] as number, others.get(rest[r] as number) as number);
  return table;
}

/**
 * Exact mass per group of paths (`groupOfPath`), summed once on first use: the exact recount of
 * a decision then adds up groups instead of paths.
 */
export function exactGroups(
  weights: PathWeights,
  groupOfPath: (i: number) => number,
): () => Map<number, bigint> {
  let groups: Map<number, bigint> | null = null;
  return () => {
    if (groups) return groups;
    groups = new Map();
    if (!weights.exact) {
      for (let i = 0; i < weights.n; i++) {
        const g = groupOfPath(i);
        groups.set(g, (groups.get(g) ?? BigInt(0)) + BigInt(1));
      }
      return groups;
    }
    const { num } = weights.exact();
    for (let i = 0; i < weights.n; i++) {
      const g = groupOfPath(i);
      groups.set(g, (groups.get(g) ?? BigInt(0)) + (num[i] as bigint));
    }
    return groups;
  };
}

/**
 * Lower quantiles (docs/model.md §11): for each q the smallest key x with `P(X ≤ x) ≥ q`.
 * `keyOfPath` gives a path's key, for the exact recount near a decision; or give `exact`, the
 * exact masses of groups of paths and each group's key (see {@link exactGroups}).
 */
export function lowerQuantiles(
  table: Table,
  weights: PathWeights,
  keyOfPath: (i: number) => number,
  exact?: { groups: () => Map<number, bigint>; keyOfGroup: (g: number) => number },
): Record<QuantileKey, number> {
  const byKey = exact ?? {
    groups: exactGroups(weights, keyOfPath),
    keyOfGroup: (g: number) => g,
  };
  const out = {} as Record<QuantileKey, number>;
  for (const [name, tenths] of QUANTILES) {
    let cum = 0;
    let found: number | null = null;
    for (let t = 0; t < table.keys.length; t++) {
      const key = table.keys[t] as number;
      cum += table.mass[t] as number;
      if (!weights.w) {
        if (cum * 10 >= tenths * weights.n) {
          found = key;
          break;
        }
        continue;
      }
      const target = tenths / 10;
      if (cum > target + TIE) {
        found = key;
        break;
      }
      if (cum < target - TIE) continue;
      let num = BigInt(0);
      for (const [g, m] of byKey.groups()) if (byKey.keyOfGroup(g) <= key) num += m;
      const den = weights.exact ? weights.exact().den : BigInt(weights.n);
      if (num * BigInt(10) >= BigInt(tenths) * den) {
        found = key;
        break;
      }
    }
    out[name] = found ?? (table.keys[table.keys.length - 1] as number);
  }
  return out;
}
