import { z } from 'zod';
import { Decimal } from './decimal.js';
import {
  anyNonNegative,
  count,
  exitPrice,
  fdFraction,
  fraction,
  growthRate,
  isoDate,
  list,
  record,
  money,
  oneOf,
  points,
  price,
  shareCount,
  shown,
  text,
} from './fields.js';
import { plainOfferShape } from './plain-offer-fields.js';

/**
 * The scenario file, `schema: 1` (model.md §3.1). Every leaf field has an entry in the field
 * registry (field-registry.ts) and a row in docs/cli.md's "scenario format" table;
 * test/model/field-registry.test.ts fails when the three disagree. Validation messages are plain
 * words; defaults are applied here, except
 * those that depend on other fields or on today's date, which {@link ./scenario.ts} applies.
 */

/** Months and days are bounded so that a typo cannot ask for a million-row workbook. */
export const MAX_MONTHS = 1200;

/**
 * List limits (docs/cli.md "Limits"): the workbook lays these out as columns and rows, and each
 * multiplies the engine's work, so they are bounded well inside Excel's 16,384 columns and the
 * workbook's 2,000,000-cell guard.
 */
export const MAX_MILESTONES = 100;
export const MAX_EXIT_PRICES = 20;
export const MAX_DETECT_MONTHS = 24;

const zero = () => new Decimal(0);
const one = () => new Decimal(1);

export const PERCENTILES = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type Percentile = (typeof PERCENTILES)[number];

const company = record({
  cash: money(),
  monthlyRevenue: money(),
  revenueGrowthMonthly: growthRate().default(zero),
  grossMargin: fraction(),
  monthlyOpex: money(),
  opexGrowthMonthly: growthRate().default(zero),
  fullyDilutedShares: shareCount(1),
  unallocatedPoolShares: shareCount(1),
  preferredPrice: price(),
  fmv409a: price(),
});

const marginGain = record({
  points: points(),
  startMonth: count(1, MAX_MONTHS),
  fullMonth: count(1, MAX_MONTHS),
  probability: fraction().default(one),
});

const schedule = (vesting: number, cliff: number) => ({
  vestingMonths: count(1, MAX_MONTHS).default(vesting),
  cliffMonths: count(0, MAX_MONTHS).default(cliff),
  vestEveryMonths: count(1, MAX_MONTHS).default(1),
});

const equity = record({
  instrument: oneOf(['option', 'rsu'] as const).default('option'),
  shares: shareCount(0).optional(),
  value: money().optional(),
  percentOfFullyDiluted: fdFraction().optional(),
  strike: anyNonNegative().optional(),
  grantFairValue: price().optional(),
  ...schedule(48, 12),
});

const milestone = record({
  name: text(),
  dueDay: count(0, MAX_MONTHS * 31),
  probability: fraction().default(one),
  value: money(),
});

const marginRefresh = record({
  valuePerPoint: money(),
  measureEveryMonths: count(1, MAX_MONTHS).default(3),
  capPerYear: money().optional(),
});

const refresh = record({
  strike: anyNonNegative().optional(),
  grantFairValue: price().optional(),
  ...schedule(24, 0),
  milestones: list(milestone, MAX_MILESTONES).default([]),
  margin: marginRefresh.optional(),
});

export const offerSchema = record({
  /** candidate … missProbability: built from their field-registry entries (plain-offer-fields.ts). */
  ...plainOfferShape(),
  marginGain: marginGain.optional(),
  equity,
  refresh: refresh.optional(),
});

/** The offer fields a package may set (docs/model.md §9); any other key is an error at its path. */
export const PACKAGE_FIELDS = [
  'baseSalary',
  'annualRaise',
  'targetBonusPct',
  'bonusPayoutPct',
  'signOnBonus',
  'equity',
  'refresh',
] as const;
export type PackageField = (typeof PACKAGE_FIELDS)[number];
/** At most this many packages are shown to a candidate (docs/model.md §9). */
export const MAX_PACKAGES = 4;
export const PACKAGE_NAME_MAX = 60;

/**
 * One package as written: its name and the offer fields it replaces. Only the keys are checked
 * here; the values are checked on the merged offer by {@link offerSchema}, so that every schema-1
 * offer rule applies and each problem is named at the package's path.
 */
const offerPackage = record({
  name: z.custom<string>(
    (v) => typeof v === 'string' && v.trim().length > 0 && [...v].length <= PACKAGE_NAME_MAX,
    {
      error: (iss) =>
        iss.input === undefined
          ? 'is required'
          : typeof iss.input !== 'string'
            ? `must be text, got ${shown(iss.input)}`
            : iss.input.trim().length === 0
              ? 'must not be empty'
              : `must be at most ${PACKAGE_NAME_MAX} characters, got ${[...iss.input].length}`,
    },
  ),
  ...(Object.fromEntries(PACKAGE_FIELDS.map((k) => [k, z.unknown().optional()])) as Record<
    PackageField,
    z.ZodOptional<z.ZodUnknown>
  >),
});

const market = record({
  bandSet: text(),
  role: text(),
  level: text(),
  location: text(),
  compareAt: list(oneOf(PERCENTILES), PERCENTILES.length).default(['p50', 'p75', 'p90']),
});

const missCost = record({
  idleComputeMonthly: money().default(zero),
  timeToFillDays: count(0, MAX_MONTHS * 31).default(0),
  roadmapDelayCostPerDay: money().default(zero),
  detectAtMonths: list(count(1, MAX_MONTHS), MAX_DETECT_MONTHS).default([2, 9]),
});

export const scenarioSchema = record({
  schema: z
    .custom<1>(
      (v) => v === 1 || (typeof v === 'object' && v !== null && 'text' in v && v.text === '1'),
      {
        error: (iss) =>
          iss.input === undefined
            ? 'is required (this program reads "schema": 1)'
            : 'must be 1: this program reads scenario schema 1',
      },
    )
    .transform(() => 1 as const),
  name: text(),
  currency: z
    .custom<string>((v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v), {
      error: 'must be a three-letter ISO currency code such as "USD"',
    })
    .default('USD'),
  startDate: isoDate().optional(),
  horizonMonths: count(1, MAX_MONTHS).default(48),
  runwayHorizonMonths: count(1, MAX_MONTHS).default(120),
  company,
  offer: offerSchema,
  market,
  exitPrices: list(exitPrice(), MAX_EXIT_PRICES).default([]),
  missCost: missCost.default(() => ({
    idleComputeMonthly: zero(),
    timeToFillDays: 0,
    roadmapDelayCostPerDay: zero(),
    detectAtMonths: [2, 9],
  })),
  packages: list(offerPackage).optional(),
});

/** A scenario as written (file or pane), before validation. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after zod, before the cross-field defaults. */
export type ParsedScenario = z.output<typeof scenarioSchema>;
