/** Each hire's candidate value per outcome (docs/model.md §3.5, §11), in exact cents. */
import { ZERO, max, round } from '../decimal.js';
import type { Grant } from '../grants.js';
import { vestedShares } from '../vesting.js';
import { toCents, type HirePre, type Prepared } from './prepare.js';

/**
 * Per grant and exit price, the original hire's value term `vested_H × MAX(0, P − strike)` in
 * units of 1/10,000 of a currency unit (an integer: prices have at most two decimals and strikes
 * at most four), so an outcome's candidate value is an integer sum rounded to the cent.
 */
export interface ValueTerms {
  /** The initial grant, served to plan month H, and as kept after a miss at the earliest checkpoint. */
  initial: number[];
  missed: number[];
  /** Per milestone whose grant exists (in order), per price. */
  milestones: number[][];
  /** All margin-refresh grants together, per price. */
  margin: number[];
}

function valueTerms(p: Prepared, x: HirePre): ValueTerms | null {
  const H = p.H;
  const served = H - (x.start - 1); // months from the initial grant to plan month H
  const units = (g: Grant | undefined, t: number) =>
    p.input.exitPrices.map((price) =>
      g
        ? vestedShares(g.shares, g.schedule, t)
            .times(max(ZERO, price.minus(g.strike)))
            .times(10000)
            .toNumber()
        : 0,
    );
  const tOf = (g: Grant) => H - (x.start - 1 + g.month);
  const initial = x.origGrants[0];
  const terms: ValueTerms = {
    initial: units(initial, served),
    missed: units(initial, Math.min(served, p.checkpoints[0] as number)),
    milestones: x.origMilestoneGrant.filter((g) => g !== null).map((g) => units(g, tOf(g))),
    margin: p.input.exitPrices.map((_, i) =>
      x.origMarginGrants.reduce((n, g) => n + (units(g, tOf(g))[i] as number), 0),
    ),
  };
  // Integer sums are exact only below 2^53: otherwise fall back to decimal arithmetic.
  const all = [terms.initial, terms.missed, terms.margin, ...terms.milestones].flat();
  const bound = all.reduce((n, u) => n + u, 0);
  return all.every(Number.isInteger) && bound < 2 ** 52 ? terms : null;
}

/** ROUND(units / 10,000, 2) in cents for a non-negative integer number of units. */
const unitsToCents = (u: number) => {
  // u − floor(u / 100) × 100 is exact below 2^52 (the quotient's error is under 0.01) and much
  // faster than a float `%`.
  const whole = Math.floor(u / 100);
  return whole + (u - whole * 100 >= 50 ? 1 : 0);
};

/**
 * The original hire's candidate value in cents per exit price for each outcome code, at plan
 * month H (§3.5: ROUND(Σ vested_H × MAX(0, P − strike), 2)), as `[slot × prices + price]` for
 * the codes in order. Code 0: the hire missed at the earliest checkpoint d and keeps the initial
 * grant's part vested when they leave (vested at MIN(d, months served by plan month H));
 * otherwise 1 + (gain landed) + 2 × (mask of the milestones hit, over the milestones whose grant
 * exists in the plan). Integer sums in one tight loop, or decimal arithmetic for huge grants.
 */
export function valuesOfCodes(p: Prepared, x: HirePre, codes: ArrayLike<number>): Float64Array {
  const nP = p.input.exitPrices.length;
  const out = new Float64Array(codes.length * nP);
  if (x.terms === undefined) x.terms = valueTerms(p, x);
  const terms = x.terms;
  for (let slot = 0; slot < codes.length; slot++) {
    const code = codes[slot] as number;
    if (!terms) out.set(candidateValuesDecimal(p, x, code), slot * nP);
    else integerValues(terms, code, out, slot * nP);
  }
  return out;
}

/** The candidate values in cents at every price for an outcome code, from integer value terms. */
function integerValues(terms: ValueTerms, code: number, out: Float64Array, at: number): void {
  const nP = terms.initial.length;
  if (code === 0) {
    for (let i = 0; i < nP; i++) out[at + i] = unitsToCents(terms.missed[i] as number);
    return;
  }
  // Integer units below 2^52: the sums are exact in any order.
  for (let i = 0; i < nP; i++) out[at + i] = terms.initial[i] as number;
  if ((code - 1) % 2 === 1)
    for (let i = 0; i < nP; i++)
      out[at + i] = (out[at + i] as number) + (terms.margin[i] as number);
  const ms = terms.milestones;
  let mask = Math.floor((code - 1) / 2);
  for (let m = 0; m < ms.length && mask > 0; m++) {
    if (mask % 2 === 1) {
      const add = ms[m] as number[];
      for (let i = 0; i < nP; i++) out[at + i] = (out[at + i] as number) + (add[i] as number);
    }
    mask = Math.floor(mask / 2);
  }
  for (let i = 0; i < nP; i++) out[at + i] = unitsToCents(out[at + i] as number);
}

/** A code's candidate values (cents per price) in decimal arithmetic, for grants too large for exact integer sums. */
function candidateValuesDecimal(p: Prepared, x: HirePre, code: number): number[] {
  const H = p.H;
  const served = H - (x.start - 1);
  const held: { grant: Grant; t: number }[] = [];
  const initial = x.origGrants[0];
  if (code === 0) {
    if (initial) held.push({ grant: initial, t: Math.min(served, p.checkpoints[0] as number) });
  } else {
    const landed = (code - 1) % 2 === 1;
    let mask = Math.floor((code - 1) / 2);
    const tOf = (g: Grant) => H - (x.start - 1 + g.month);
    if (initial) held.push({ grant: initial, t: tOf(initial) });
    for (const g of x.origMilestoneGrant) {
      if (g === null) continue;
      if (mask % 2 === 1) held.push({ grant: g, t: tOf(g) });
      mask = Math.floor(mask / 2);
    }
    if (landed) for (const g of x.origMarginGrants) held.push({ grant: g, t: tOf(g) });
  }
  return p.input.exitPrices.map((price) => {
    let total = ZERO;
    for (const { grant, t } of held) {
      const v = vestedShares(grant.shares, grant.schedule, t);
      total = total.plus(v.times(max(ZERO, price.minus(grant.strike))));
    }
    return toCents(round(total, 2));
  });
}
