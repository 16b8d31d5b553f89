/**
 * fast-check arbitrary of VALID scenarios: builds schema-1 input objects (as JSON text, so every
 * number is the decimal written) and passes them through the real parser.
 */
import fc from 'fast-check';
import { parseScenarioText, type Scenario } from '../../src/model/scenario.js';

const cents = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const frac = (maxBasisPoints: number) =>
  fc.integer({ min: 0, max: maxBasisPoints }).map((b) => b / 10_000);
const priceArb = (min: number, max: number) =>
  fc.integer({ min: min * 10_000, max: max * 10_000 }).map((x) => x / 10_000);

/** Names that a spreadsheet would take for formulas if written carelessly. */
export const HOSTILE = [
  '=1+1',
  '+SUM(1,2)',
  '-3-4',
  '@NOW()',
  '\t=A1',
  '=HYPERLINK("http://x","y")',
];

const text = fc.oneof(
  fc.constantFrom('Alex Kim', 'Sam Lee', 'Jordan Diaz', 'Priya N.'),
  fc.constantFrom(...HOSTILE),
);

const schedule = (vesting: number[]) =>
  fc
    .record({
      every: fc.constantFrom(1, 1, 3, 6),
      units: fc.constantFrom(...vesting),
      cliffUnits: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ every, units, cliffUnits }) => {
      const vestingMonths = units * every;
      const cliff = Math.min(cliffUnits, units) * every;
      return { vestingMonths, cliffMonths: cliff, vestEveryMonths: every };
    });

export const scenarioInput = fc
  .record({
    H: fc.constantFrom(12, 24, 30, 36, 48),
    extraR: fc.constantFrom(0, 6, 24, 60),
    cash: cents(500_000, 60_000_000),
    monthlyRevenue: cents(0, 3_000_000),
    revenueGrowth: frac(300),
    grossMargin: frac(10_000),
    monthlyOpex: cents(50_000, 4_000_000),
    opexGrowth: frac(150),
    fd: fc.integer({ min: 1_000_000, max: 200_000_000 }),
    poolPct: fc.integer({ min: 1, max: 15 }),
    preferred: priceArb(0.5, 20),
    fmvRatio: fc.integer({ min: 10, max: 100 }),
    candidate: text,
    role: text,
    base: cents(60_000, 450_000),
    raise: frac(800),
    bonus: frac(3000),
    payout: frac(15_000),
    signOn: cents(0, 60_000),
    load: frac(4500),
    fee: frac(3000),
    sizing: fc.constantFrom('preferred', 'fmv'),
    gain: fc.option(
      fc.record({
        points: fc.integer({ min: 0, max: 800 }).map((x) => x / 100),
        start: fc.integer({ min: 1, max: 18 }),
        ramp: fc.integer({ min: 0, max: 18 }),
        probability: frac(10_000),
      }),
      { nil: undefined },
    ),
    instrument: fc.constantFrom('option', 'rsu'),
    size: fc.oneof(
      fc.record({ shares: fc.integer({ min: 0, max: 500_000 }) }),
      fc.record({ value: cents(10_000, 900_000) }),
      fc.record({
        percentOfFullyDiluted: fc.integer({ min: 1, max: 300 }).map((b) => b / 100_000),
      }),
    ),
    gfv: priceArb(0.05, 5),
    equitySchedule: schedule([12, 16, 24, 48]),
    refresh: fc.option(
      fc.record({
        gfv: priceArb(0.05, 5),
        schedule: schedule([4, 8, 12, 24]),
        milestones: fc.array(
          fc.record({
            name: text,
            dueDay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2000 })),
            probability: frac(10_000),
            value: cents(0, 120_000),
          }),
          { maxLength: 3 },
        ),
        margin: fc.option(
          fc.record({
            valuePerPoint: cents(1000, 60_000),
            every: fc.constantFrom(1, 2, 3, 4, 6, 12),
            cap: fc.option(cents(0, 150_000), { nil: undefined }),
          }),
          { nil: undefined },
        ),
      }),
      { nil: undefined },
    ),
    marketRole: fc.constantFrom('Data Scientists', 'Software Developers'),
    compareAt: fc.subarray(['p10', 'p25', 'p50', 'p75', 'p90'], { minLength: 1 }),
    exitPrices: fc.uniqueArray(
      fc.integer({ min: 0, max: 6000 }).map((c) => c / 100),
      { maxLength: 4 },
    ),
    idle: cents(0, 40_000),
    ttf: fc.integer({ min: 0, max: 200 }),
    delay: cents(0, 5000),
    detect: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
  })
  .map((x) => {
    const R = x.H + x.extraR;
    const fmv = Math.max(0.0001, Math.round(((x.preferred * x.fmvRatio) / 100) * 10_000) / 10_000);
    const input: Record<string, unknown> = {
      schema: 1,
      name: `Generated — ${x.candidate}`,
      currency: 'USD',
      startDate: '2027-03-01',
      horizonMonths: x.H,
      runwayHorizonMonths: R,
      company: {
        cash: x.cash,
        monthlyRevenue: x.monthlyRevenue,
        revenueGrowthMonthly: x.revenueGrowth,
        grossMargin: x.grossMargin,
        monthlyOpex: x.monthlyOpex,
        opexGrowthMonthly: x.opexGrowth,
        fullyDilutedShares: x.fd,
        unallocatedPoolShares: Math.max(1, Math.floor((x.fd * x.poolPct) / 100)),
        preferredPrice: x.preferred,
        fmv409a: fmv,
      },
      offer: {
        candidate: x.candidate,
        role: x.role,
        level: 'Senior',
        location: 'US',
        baseSalary: x.base,
        annualRaise: x.raise,
        targetBonusPct: x.bonus,
        bonusPayoutPct: x.payout,
        signOnBonus: x.signOn,
        employerLoadPct: x.load,
        recruitingFeePct: x.fee,
        sizingPrice: x.sizing,
        ...(x.gain
          ? {
              marginGain: {
                points: x.gain.points,
                startMonth: x.gain.start,
                fullMonth: x.gain.start + x.gain.ramp,
                probability: x.gain.probability,
              },
            }
          : {}),
        equity: {
          instrument: x.instrument,
          ...x.size,
          ...(x.instrument === 'option' ? { strike: fmv } : {}),
          grantFairValue: x.gfv,
          ...x.equitySchedule,
        },
        ...(x.refresh
          ? {
              refresh: {
                grantFairValue: x.refresh.gfv,
                ...x.refresh.schedule,
                milestones: x.refresh.milestones,
                ...(x.refresh.margin
                  ? {
                      margin: {
                        valuePerPoint: x.refresh.margin.valuePerPoint,
                        measureEveryMonths: x.refresh.margin.every,
                        ...(x.refresh.margin.cap !== undefined
                          ? { capPerYear: x.refresh.margin.cap }
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
        role: x.marketRole,
        level: 'All',
        location: 'US',
        compareAt: x.compareAt,
      },
      exitPrices: x.exitPrices,
      missCost: {
        idleComputeMonthly: x.idle,
        timeToFillDays: x.ttf,
        roadmapDelayCostPerDay: x.delay,
        detectAtMonths: x.detect.filter((d) => d <= R),
      },
    };
    return input;
  });

/** `count` valid scenarios from a fixed seed (reproducible). */
export function generateScenarios(
  count: number,
  seed: number,
): { input: Record<string, unknown>; scenario: Scenario }[] {
  const inputs = fc.sample(scenarioInput, { numRuns: count, seed });
  return inputs.map((input, i) => ({
    input,
    scenario: parseScenarioText(
      JSON.stringify(input),
      { today: '2026-11-26' },
      `generated scenario ${i + 1}`,
    ),
  }));
}
