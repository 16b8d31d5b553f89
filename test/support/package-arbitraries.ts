import fc from 'fast-check';
import { scenarioInputArb, type ArbOptions } from './arbitraries.js';

/**
 * Valid schema-1 scenarios with 1–4 packages (docs/model.md §9): each package sets a random subset
 * of the fields a package may set, with values the merged offer accepts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
const frac = (places: number, lo: number, hi: number) =>
  fc
    .integer({ min: Math.round(lo * 10 ** places), max: Math.round(hi * 10 ** places) })
    .map((n) => n / 10 ** places);
const price = (lo: number, hi: number) =>
  fc.integer({ min: lo * 10000, max: hi * 10000 }).map((n) => n / 10000);

const scheduleArb = fc
  .record({
    every: fc.constantFrom(1, 3),
    periods: fc.integer({ min: 1, max: 16 }),
  })
  .chain(({ every, periods }) =>
    fc.integer({ min: 0, max: periods }).map((c) => ({
      vestingMonths: periods * every,
      cliffMonths: c * every,
      vestEveryMonths: every,
    })),
  );

function packageArb(offer: any): fc.Arbitrary<Record<string, unknown>> {
  const option = (offer.equity.instrument ?? 'option') === 'option';
  const equity = fc
    .record(
      {
        size: fc.oneof(
          fc.integer({ min: 0, max: 400_000 }).map((shares) => ({ shares })),
          fc.integer({ min: 0, max: 800_000 }).map((value) => ({ value })),
          frac(4, 0.0001, 0.01).map((percentOfFullyDiluted) => ({ percentOfFullyDiluted })),
        ),
        strike: option ? price(0.05, 5) : fc.constant(undefined),
        grantFairValue: price(0.05, 4),
        schedule: scheduleArb,
        rsu: fc.constant(true),
      },
      { requiredKeys: [] },
    )
    .map((e) => ({
      ...(e.size ?? {}),
      ...(e.strike !== undefined ? { strike: e.strike } : {}),
      ...(e.grantFairValue !== undefined ? { grantFairValue: e.grantFairValue } : {}),
      ...(e.schedule ?? {}),
      ...(e.rsu && option ? { instrument: 'rsu' } : {}),
    }));
  const refresh = fc.oneof(
    fc.constant(null),
    fc
      .record({
        schedule: scheduleArb,
        grantFairValue: price(0.05, 4),
        milestones: fc.array(
          fc.record({
            dueDay: fc.integer({ min: 0, max: 900 }),
            probability: frac(2, 0, 1),
            value: fc.integer({ min: 0, max: 120_000 }),
          }),
          { maxLength: 3 },
        ),
        valuePerPoint: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
      })
      .map((r) => ({
        grantFairValue: r.grantFairValue,
        ...r.schedule,
        milestones: r.milestones.map((m, i) => ({ name: `Package milestone ${i + 1}`, ...m })),
        ...(r.valuePerPoint !== undefined ? { margin: { valuePerPoint: r.valuePerPoint } } : {}),
      })),
  );
  return fc
    .record(
      {
        baseSalary: fc.integer({ min: 60_000, max: 400_000 }),
        annualRaise: frac(3, 0, 0.1),
        targetBonusPct: frac(2, 0, 0.3),
        bonusPayoutPct: frac(2, 0, 1.5),
        signOnBonus: fc.integer({ min: 0, max: 50_000 }),
        equity,
        refresh,
      },
      { requiredKeys: [] },
    )
    .map((p) => {
      // An equity override that sets nothing is still a valid (empty) override; keep it.
      return p as Record<string, unknown>;
    });
}

export const withPackagesArb = (opts: ArbOptions = {}, minPackages = 1) =>
  scenarioInputArb(opts).chain((input: any) =>
    fc.array(packageArb(input.offer), { minLength: minPackages, maxLength: 4 }).map((pkgs) => ({
      ...input,
      packages: pkgs.map((p, i) => ({ name: `Package ${i + 1}`, ...p })),
    })),
  );
