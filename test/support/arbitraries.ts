import fc from 'fast-check';
import type { FieldSpec } from '../../src/model/field-registry.js';
import { CASH_TERM_KEYS } from '../../src/model/hire-cost.js';
import { PLAIN_OFFER_FIELDS } from '../../src/model/plain-offer-fields.js';

/**
 * THE scenario generator for tests (issue 8 item 5): valid schema-1 scenario inputs as plain JSON
 * numbers with the decimals the schema allows, every cross-field rule respected, the built-in BLS
 * band row. Property tests, the LibreOffice parity proof (test/parity/generate.ts), the plan and
 * package generators and the golden hashes all draw from it.
 *
 * Its ranges are the union of the two generators it replaced (the property tests' and the parity
 * proof's), so that both kinds of test see every corner either did:
 * - horizons: H 6..maxHorizon months, R = H + 0..(maxRunway − maxHorizon);
 * - company: cash 0..80M to the cent, revenue growth −2 %..5 %, gross margin 0..100 %, opex
 *   50k..5M, opex growth −1 %..2 %, 1M..200M fully diluted shares, a pool of 50k..10M shares or
 *   1..15 % of them (never more than all), preferred 0.50..20, 409A either independent or
 *   10..100 % of the preferred price;
 * - offer: base 60k..450k, raise 0..10 %, bonus 0..30 % paid 0..150 %, sign-on 0..60k, load
 *   0..45 %, fee 0..30 %; a margin gain of 0..8 points (never past 100 % gross margin) from
 *   month 1..18 over a 0..18-month ramp;
 * - equity: 0..500k shares, a value of 0..900k or 0.001..1 % of fully diluted; options struck at
 *   the 409A or at an independent price; a grant fair value on RSUs or not; vesting every 1, 3 or
 *   6 months over 1..48 periods with a cliff of 0..all of them;
 * - refresh: its own schedule (1..24 periods), up to 4 milestones due on day 0..2000, a margin
 *   program paying 0..60k a point measured every 1, 2, 3, 4, 6 or 12 months, capped or not;
 * - names: plain, or (with `hostileText`, the default) text a spreadsheet would take for a
 *   formula ({@link HOSTILE}).
 */
const cents = (lo: number, hi: number) =>
  fc.integer({ min: lo * 100, max: hi * 100 }).map((c) => c / 100);
const frac = (places: number, lo = 0, hi = 1) =>
  fc
    .integer({ min: Math.round(lo * 10 ** places), max: Math.round(hi * 10 ** places) })
    .map((n) => n / 10 ** places);
const price = (lo: number, hi: number) =>
  fc.integer({ min: Math.round(lo * 10000), max: hi * 10000 }).map((n) => n / 10000);

/** Names that a spreadsheet would take for formulas if written carelessly. */
export const HOSTILE = [
  '=1+1',
  '+SUM(1,2)',
  '-3-4',
  '@NOW()',
  '\t=A1',
  '=HYPERLINK("http://x","y")',
];

const schedule = (maxPeriods: number) =>
  fc
    .record({
      every: fc.constantFrom(1, 1, 3, 6),
      periods: fc.integer({ min: 1, max: maxPeriods }),
    })
    .chain(({ every, periods }) =>
      fc.integer({ min: 0, max: periods }).map((cliffPeriods) => ({
        vestingMonths: periods * every,
        cliffMonths: cliffPeriods * every,
        vestEveryMonths: every,
      })),
    );

export interface ArbOptions {
  /** Longest schedule horizon H (default 48). */
  maxHorizon?: number;
  /** Longest runway horizon R (default 120). */
  maxRunway?: number;
  /** Names may be formula-like text (default true). */
  hostileText?: boolean;
}

/**
 * The plain offer fields drawn by hand below, and those deliberately left at their default
 * (`missProbability`: read only by the simulation, whose tests set it themselves).
 */
const DRAWN_BY_HAND: readonly string[] = [
  ...CASH_TERM_KEYS,
  'candidate',
  'role',
  'level',
  'location',
  'sizingPrice',
  'missProbability',
];

/** A value for a plain offer field by its registry kind (a field added to the registry only). */
function byKind(f: FieldSpec): fc.Arbitrary<unknown> {
  if (f.kind === 'money') return cents(0, 100_000);
  if (f.kind === 'growth') return frac(4, 0, 0.1);
  if (f.kind === 'rate' || f.kind === 'fraction') return frac(4, 0, 1);
  if (f.kind === 'enum') return fc.constantFrom(...(f.options ?? []));
  return fc.constantFrom('Generated');
}

/**
 * Adds a drawn value for every plain offer field the generator does not draw by hand, so that a
 * field added to the registry alone is exercised by parity and the properties. With none (today)
 * the scenarios, and the golden hashes over them, are exactly the hand-drawn ones.
 */
function withRegistryOnlyFields<T extends { offer: object }>(
  arb: fc.Arbitrary<T>,
): fc.Arbitrary<T> {
  const extra = PLAIN_OFFER_FIELDS.filter((f) => !DRAWN_BY_HAND.includes(f.key));
  if (extra.length === 0) return arb;
  const values = fc.record(Object.fromEntries(extra.map((f) => [f.key, byKind(f)])));
  return fc
    .tuple(arb, values)
    .map(([doc, drawn]) => ({ ...doc, offer: { ...doc.offer, ...drawn } }));
}

export const scenarioInputArb = (opts: ArbOptions = {}) =>
  withRegistryOnlyFields(handDrawnScenarioArb(opts));

const handDrawnScenarioArb = (opts: ArbOptions) => {
  const maxH = opts.maxHorizon ?? 48;
  const text = (plain: string[]) =>
    opts.hostileText === false
      ? fc.constantFrom(...plain)
      : fc.oneof(fc.constantFrom(...plain), fc.constantFrom(...HOSTILE));
  return fc
    .record({
      H: fc.integer({ min: 6, max: maxH }),
      extraR: fc.integer({ min: 0, max: (opts.maxRunway ?? 120) - maxH }),
      startDate: fc.constantFrom('2027-01-01', '2027-03-01'),
      currency: fc.constantFrom(undefined, 'USD'),
      company: fc.record({
        cash: cents(0, 80_000_000),
        monthlyRevenue: cents(0, 3_000_000),
        revenueGrowthMonthly: frac(4, -0.02, 0.05),
        grossMargin: frac(4),
        monthlyOpex: cents(50_000, 5_000_000),
        opexGrowthMonthly: frac(4, -0.01, 0.02),
        fullyDilutedShares: fc.integer({ min: 1_000_000, max: 200_000_000 }),
      }),
      pool: fc.oneof(
        fc.record({ shares: fc.integer({ min: 50_000, max: 10_000_000 }) }),
        fc.record({ pct: fc.integer({ min: 1, max: 15 }) }),
      ),
      preferred: price(0.5, 20),
      fmv: fc.oneof(
        fc.record({ price: price(0.1, 5) }),
        fc.record({ ratio: fc.integer({ min: 10, max: 100 }) }),
      ),
      candidate: text(['Generated Candidate', 'Alex Kim', 'Sam Lee', 'Jordan Diaz', 'Priya N.']),
      role: text(['Engineer', 'ML Engineer']),
      base: cents(60_000, 450_000),
      annualRaise: frac(4, 0, 0.1),
      targetBonusPct: frac(4, 0, 0.3),
      bonusPayoutPct: frac(4, 0, 1.5),
      signOnBonus: cents(0, 60_000),
      employerLoadPct: frac(4, 0, 0.45),
      recruitingFeePct: frac(4, 0, 0.3),
      sizing: fc.constantFrom('preferred', 'fmv'),
      gain: fc.option(
        fc.record({
          points: frac(2, 0, 8),
          start: fc.integer({ min: 1, max: 18 }),
          ramp: fc.integer({ min: 0, max: 18 }),
          probability: frac(4),
        }),
        { nil: undefined },
      ),
      instrument: fc.constantFrom('option', 'rsu'),
      size: fc.oneof(
        fc.record({ shares: fc.integer({ min: 0, max: 500_000 }) }),
        fc.record({ value: cents(0, 900_000) }),
        fc.record({ percentOfFullyDiluted: frac(5, 0.00001, 0.01) }),
      ),
      strike: fc.option(price(0.05, 5), { nil: undefined }),
      grantFairValue: price(0.05, 5),
      rsuFairValue: fc.boolean(),
      equitySchedule: schedule(48),
      refresh: fc.option(
        fc.record({
          schedule: schedule(24),
          grantFairValue: price(0.05, 5),
          milestones: fc.array(
            fc.record({
              name: text(['Milestone']),
              dueDay: fc.integer({ min: 0, max: 2000 }),
              probability: frac(4),
              value: cents(0, 120_000),
            }),
            { maxLength: 4 },
          ),
          margin: fc.option(
            fc.record({
              valuePerPoint: cents(0, 60_000),
              measureEveryMonths: fc.constantFrom(1, 2, 3, 4, 6, 12),
              capPerYear: fc.option(cents(0, 200_000), { nil: undefined }),
            }),
            { nil: undefined },
          ),
        }),
        { nil: undefined },
      ),
      compareAt: fc.subarray(['p10', 'p25', 'p50', 'p75', 'p90'], { minLength: 1 }),
      exitPrices: fc.uniqueArray(cents(0, 60), { maxLength: 4 }),
      detect: fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 3 }),
      missCost: fc.record({
        idle: cents(0, 40_000),
        fill: fc.integer({ min: 0, max: 200 }),
        delay: cents(0, 5_000),
      }),
      marketRole: fc.constantFrom('Data Scientists', 'Software Developers'),
    })
    .map((a) => {
      const R = a.H + a.extraR;
      const fd = a.company.fullyDilutedShares;
      const fmv =
        'price' in a.fmv
          ? a.fmv.price
          : Math.max(0.0001, Math.round(((a.preferred * a.fmv.ratio) / 100) * 10_000) / 10_000);
      const option = a.instrument === 'option';
      const detect = a.detect.filter((d) => d <= R);
      return {
        schema: 1,
        name: `Generated — ${a.candidate}`,
        ...(a.currency ? { currency: a.currency } : {}),
        startDate: a.startDate,
        horizonMonths: a.H,
        runwayHorizonMonths: R,
        company: {
          ...a.company,
          unallocatedPoolShares:
            'shares' in a.pool
              ? Math.min(fd, a.pool.shares)
              : Math.max(1, Math.floor((fd * a.pool.pct) / 100)),
          preferredPrice: a.preferred,
          fmv409a: fmv,
        },
        offer: {
          candidate: a.candidate,
          role: a.role,
          level: 'Senior',
          location: 'US',
          baseSalary: a.base,
          annualRaise: a.annualRaise,
          targetBonusPct: a.targetBonusPct,
          bonusPayoutPct: a.bonusPayoutPct,
          signOnBonus: a.signOnBonus,
          employerLoadPct: a.employerLoadPct,
          recruitingFeePct: a.recruitingFeePct,
          sizingPrice: a.sizing,
          ...(a.gain
            ? {
                marginGain: {
                  // Gross margin plus the gain stays within 100 % (a plan of this hire needs it).
                  points: Math.min(
                    a.gain.points,
                    Math.floor((100 - 100 * a.company.grossMargin) * 100) / 100,
                  ),
                  startMonth: a.gain.start,
                  fullMonth: a.gain.start + a.gain.ramp,
                  probability: a.gain.probability,
                },
              }
            : {}),
          equity: {
            instrument: a.instrument,
            ...a.size,
            ...(option ? { strike: a.strike ?? fmv } : {}),
            ...(option || a.rsuFairValue ? { grantFairValue: a.grantFairValue } : {}),
            ...a.equitySchedule,
          },
          ...(a.refresh
            ? {
                refresh: {
                  ...(option || a.rsuFairValue ? { grantFairValue: a.refresh.grantFairValue } : {}),
                  ...a.refresh.schedule,
                  milestones: a.refresh.milestones.map((m, i) => ({
                    ...m,
                    name: m.name === 'Milestone' ? `Milestone ${i + 1}` : m.name,
                  })),
                  ...(a.refresh.margin
                    ? {
                        margin: {
                          valuePerPoint: a.refresh.margin.valuePerPoint,
                          measureEveryMonths: a.refresh.margin.measureEveryMonths,
                          ...(a.refresh.margin.capPerYear !== undefined
                            ? { capPerYear: a.refresh.margin.capPerYear }
                            : {}),
                        },
                      }
                    : {}),
                },
              }
            : {}),
        },
        market: {
          bandSet: 'bls-oews-2024',
          role: a.marketRole,
          level: 'All',
          location: 'US',
          compareAt: a.compareAt,
        },
        exitPrices: a.exitPrices,
        missCost: {
          idleComputeMonthly: a.missCost.idle,
          timeToFillDays: a.missCost.fill,
          roadmapDelayCostPerDay: a.missCost.delay,
          detectAtMonths: detect.length ? detect : [1],
        },
      };
    });
};
