import fc from 'fast-check';

/**
 * Valid schema-1 scenario inputs for property and parity tests: plain JSON numbers with the
 * decimals the schema allows, every cross-field rule respected, the built-in BLS band row.
 */
const money = (lo: number, hi: number) =>
  fc.integer({ min: lo * 100, max: hi * 100 }).map((c) => c / 100);
const wholeMoney = (lo: number, hi: number) => fc.integer({ min: lo, max: hi });
const frac = (places: number, lo = 0, hi = 1) =>
  fc
    .integer({ min: Math.round(lo * 10 ** places), max: Math.round(hi * 10 ** places) })
    .map((n) => n / 10 ** places);
const price = (lo: number, hi: number) =>
  fc.integer({ min: lo * 10000, max: hi * 10000 }).map((n) => n / 10000);

const schedule = (maxMonths: number) =>
  fc
    .record({
      every: fc.constantFrom(1, 1, 3),
      periods: fc.integer({ min: 1, max: Math.floor(maxMonths / 3) }),
    })
    .chain(({ every, periods }) =>
      fc.integer({ min: 0, max: periods }).map((cliffPeriods) => ({
        vestingMonths: periods * every,
        cliffMonths: cliffPeriods * every,
        vestEveryMonths: every,
      })),
    );

export interface ArbOptions {
  maxHorizon?: number;
  maxRunway?: number;
}

export const scenarioInputArb = (opts: ArbOptions = {}) =>
  fc
    .record({
      H: fc.integer({ min: 6, max: opts.maxHorizon ?? 48 }),
      extraR: fc.integer({ min: 0, max: (opts.maxRunway ?? 120) - (opts.maxHorizon ?? 48) }),
      instrument: fc.constantFrom('option', 'rsu'),
      sizeKind: fc.constantFrom('shares', 'value', 'percentOfFullyDiluted'),
      shares: fc.integer({ min: 0, max: 400_000 }),
      value: wholeMoney(0, 800_000),
      pct: frac(4, 0.0001, 0.01),
      sizing: fc.constantFrom('preferred', 'fmv'),
      company: fc.record({
        cash: wholeMoney(0, 80_000_000),
        monthlyRevenue: money(0, 3_000_000),
        revenueGrowthMonthly: frac(4, -0.02, 0.05),
        grossMargin: frac(3, 0.2, 0.9),
        monthlyOpex: money(100_000, 5_000_000),
        opexGrowthMonthly: frac(4, -0.01, 0.02),
        fullyDilutedShares: fc.integer({ min: 10_000_000, max: 200_000_000 }),
        unallocatedPoolShares: fc.integer({ min: 50_000, max: 10_000_000 }),
        preferredPrice: price(1, 20),
        fmv409a: price(0.1, 5),
      }),
      base: wholeMoney(60_000, 400_000),
      annualRaise: frac(3, 0, 0.1),
      targetBonusPct: frac(2, 0, 0.3),
      bonusPayoutPct: frac(2, 0, 1.5),
      signOnBonus: wholeMoney(0, 50_000),
      employerLoadPct: frac(3, 0, 0.45),
      recruitingFeePct: frac(2, 0, 0.25),
      gain: fc.option(
        fc.record({
          points: frac(1, 0, 8),
          start: fc.integer({ min: 1, max: 12 }),
          ramp: fc.integer({ min: 0, max: 18 }),
          probability: frac(2),
        }),
        { nil: undefined },
      ),
      equitySchedule: schedule(48),
      grantFairValue: price(0.05, 4),
      strike: price(0.05, 5),
      refresh: fc.option(
        fc.record({
          schedule: schedule(36),
          grantFairValue: price(0.05, 4),
          milestones: fc.array(
            fc.record({
              dueDay: fc.integer({ min: 0, max: 900 }),
              probability: frac(2),
              value: wholeMoney(0, 120_000),
            }),
            { maxLength: 4 },
          ),
          margin: fc.option(
            fc.record({
              valuePerPoint: wholeMoney(0, 60_000),
              measureEveryMonths: fc.constantFrom(1, 3, 6, 12),
              capPerYear: fc.option(wholeMoney(0, 200_000), { nil: undefined }),
            }),
            { nil: undefined },
          ),
        }),
        { nil: undefined },
      ),
      compareAt: fc.subarray(['p10', 'p25', 'p50', 'p75', 'p90'], { minLength: 1 }),
      exitPrices: fc.uniqueArray(money(0, 60), { maxLength: 4 }),
      detect: fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 3 }),
      missCost: fc.record({
        idle: wholeMoney(0, 30_000),
        fill: fc.integer({ min: 0, max: 200 }),
        delay: wholeMoney(0, 5_000),
      }),
      role: fc.constantFrom('Data Scientists', 'Software Developers'),
    })
    .map((a) => {
      const R = a.H + a.extraR;
      return {
        schema: 1,
        name: 'Generated scenario',
        startDate: '2027-01-01',
        horizonMonths: a.H,
        runwayHorizonMonths: R,
        company: a.company,
        offer: {
          candidate: 'Generated Candidate',
          role: 'Engineer',
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
                  points: a.gain.points,
                  startMonth: a.gain.start,
                  fullMonth: a.gain.start + a.gain.ramp,
                  probability: a.gain.probability,
                },
              }
            : {}),
          equity: {
            instrument: a.instrument,
            ...(a.sizeKind === 'shares'
              ? { shares: a.shares }
              : a.sizeKind === 'value'
                ? { value: a.value }
                : { percentOfFullyDiluted: a.pct }),
            ...(a.instrument === 'option'
              ? { strike: a.strike, grantFairValue: a.grantFairValue }
              : {}),
            ...a.equitySchedule,
          },
          ...(a.refresh
            ? {
                refresh: {
                  ...(a.instrument === 'option'
                    ? { grantFairValue: a.refresh.grantFairValue }
                    : {}),
                  ...a.refresh.schedule,
                  milestones: a.refresh.milestones.map((m, i) => ({
                    name: `Milestone ${i + 1}`,
                    ...m,
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
          role: a.role,
          level: 'All',
          location: 'US',
          compareAt: a.compareAt,
        },
        exitPrices: a.exitPrices,
        missCost: {
          idleComputeMonthly: a.missCost.idle,
          timeToFillDays: a.missCost.fill,
          roadmapDelayCostPerDay: a.missCost.delay,
          detectAtMonths: a.detect.filter((d) => d <= R).length
            ? a.detect.filter((d) => d <= R)
            : [1],
        },
      };
    });
