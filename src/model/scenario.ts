import type { z } from 'zod';
import { dateLimitProblems } from './limits.js';
import { Decimal, ONE, ZERO } from './decimal.js';
import { InputError, formatIssues, formatPath, zodErrorMap } from './messages.js';
import { JsonNumber, parseJsonText, JsonSyntaxError } from './json-text.js';
import { mergeOfferInput } from './offer-merge.js';
import { scheduleBreaks } from './vesting.js';
import {
  pickPlainOfferFields,
  plainOfferInput,
  type PlainOfferFields,
} from './plain-offer-fields.js';
import {
  MAX_PACKAGES,
  PACKAGE_FIELDS,
  offerSchema,
  scenarioSchema,
  type PackageField,
  type ParsedScenario,
  type Percentile,
} from './schema.js';

/** A vesting schedule (months). */
export interface VestingSchedule {
  vestingMonths: number;
  cliffMonths: number;
  vestEveryMonths: number;
}

export type InitialGrantSize =
  | { kind: 'shares'; shares: Decimal }
  | { kind: 'value'; value: Decimal }
  | { kind: 'percentOfFullyDiluted'; fraction: Decimal };

export interface Milestone {
  name: string;
  dueDay: number;
  probability: Decimal;
  value: Decimal;
}

/** A validated scenario with every default resolved. The engine reads only this. */
export interface Scenario {
  schema: 1;
  name: string;
  currency: string;
  startDate: string;
  horizonMonths: number;
  runwayHorizonMonths: number;
  company: ParsedScenario['company'];
  /**
   * The offer: its plain fields (typed from the field registry; the cash terms of model.md §3.3,
   * the sizing price, the miss probability of §11, the texts) and its blocks.
   */
  offer: PlainOfferFields & {
    marginGain: {
      points: Decimal;
      startMonth: number;
      fullMonth: number;
      probability: Decimal;
    } | null;
    equity: {
      instrument: 'option' | 'rsu';
      size: InitialGrantSize;
      /** Resolved: 0 for RSUs, else the given strike or the 409A FMV. */
      strike: Decimal;
      grantFairValue: Decimal;
      schedule: VestingSchedule;
    };
    refresh: {
      strike: Decimal;
      grantFairValue: Decimal;
      schedule: VestingSchedule;
      milestones: Milestone[];
      margin: {
        valuePerPoint: Decimal;
        measureEveryMonths: number;
        capPerYear: Decimal | null;
      } | null;
    } | null;
  };
  market: {
    bandSet: string;
    role: string;
    level: string;
    location: string;
    compareAt: Percentile[];
  };
  exitPrices: Decimal[];
  missCost: {
    idleComputeMonthly: Decimal;
    timeToFillDays: number;
    roadmapDelayCostPerDay: Decimal;
    detectAtMonths: number[];
  };
  /**
   * docs/model.md §9: the packages shown to the candidate, in input order (empty when the file has
   * none). `offer` is the package's offer (the scenario's offer with the overrides merged on).
   */
  packages: OfferPackage[];
}

/**
 * A package's fields as written (exact numbers as {@link JsonNumber} or plain numbers):
 * {@link scenarioToInput} writes them back as they are, so a package that sets only `baseSalary`
 * keeps inheriting every other term from the offer.
 */
export type PackageOverrides = Partial<Record<PackageField, unknown>>;

export interface OfferPackage {
  name: string;
  overrides: PackageOverrides;
  offer: Scenario['offer'];
}

export interface ParseOptions {
  /** Today's local date (YYYY-MM-DD), for the `startDate` default. */
  today: string;
}

/** The first day of the month after `today` (model.md §3.1 default for startDate). */
export function defaultStartDate(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

type Problem = [path: string, message: string];

function scheduleProblems(prefix: string, s: VestingSchedule): Problem[] {
  return scheduleBreaks(s).map((b) => [
    `${prefix}.${b.field}`,
    b.rule === 'cliffBeyondVesting'
      ? `must not exceed vestingMonths (${s.vestingMonths}), got ${b.value}`
      : `must be a multiple of vestEveryMonths (${s.vestEveryMonths}), got ${b.value}`,
  ]);
}

function duplicates<T>(items: readonly T[], key: (t: T) => string): number[] {
  const seen = new Set<string>();
  const dups: number[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) dups.push(i);
    seen.add(k);
  });
  return dups;
}

type ParsedOffer = ParsedScenario['offer'];

type ParsedEquity = ParsedOffer['equity'];
type ParsedRefresh = NonNullable<ParsedOffer['refresh']>;

const scheduleOf = (x: ParsedEquity | ParsedRefresh) => ({
  vestingMonths: x.vestingMonths,
  cliffMonths: x.cliffMonths,
  vestEveryMonths: x.vestEveryMonths,
});

/** An option's strike, when given, is above 0 with at most four decimals. */
function strikeProblems(path: string, strike: Decimal | undefined, isOption: boolean): Problem[] {
  if (!isOption || strike === undefined) return [];
  if (strike.lessThanOrEqualTo(0))
    return [[path, `must be greater than 0 for options, got ${strike.toString()}`]];
  if (strike.decimalPlaces() > 4)
    return [[path, `must have at most four decimals, got ${strike.toString()}`]];
  return [];
}

/** The initial grant: exactly one size, an option's fair value and strike, its schedule. */
function equityProblems(e: ParsedEquity, prefix: string): Problem[] {
  const problems: Problem[] = [];
  const given = (['shares', 'value', 'percentOfFullyDiluted'] as const).filter(
    (k) => e[k] !== undefined,
  );
  if (given.length !== 1)
    problems.push([
      `${prefix}.equity`,
      `give exactly one of "shares", "value" or "percentOfFullyDiluted" for the initial grant, got ${given.length === 0 ? 'none' : given.map((g) => `"${g}"`).join(' and ')}`,
    ]);
  const isOption = e.instrument === 'option';
  if (isOption && e.grantFairValue === undefined)
    problems.push([
      `${prefix}.equity.grantFairValue`,
      'is required for options (the grant-date fair value per option; a silent 0 would zero the expense)',
    ]);
  problems.push(...strikeProblems(`${prefix}.equity.strike`, e.strike, isOption));
  problems.push(...scheduleProblems(`${prefix}.equity`, scheduleOf(e)));
  return problems;
}

/** A refresh program of options: its strike and fair value; any program: its schedule. */
function refreshProblems(r: ParsedRefresh, isOption: boolean, prefix: string): Problem[] {
  const problems = strikeProblems(`${prefix}.refresh.strike`, r.strike, isOption);
  if (isOption && r.grantFairValue === undefined)
    problems.push([
      `${prefix}.refresh.grantFairValue`,
      'is required for options when a refresh program is present (a silent 0 would zero the expense)',
    ]);
  problems.push(...scheduleProblems(`${prefix}.refresh`, scheduleOf(r)));
  return problems;
}

/**
 * The checks of docs/model.md §3.1 that span several fields of one offer, and the offer with its
 * defaults resolved. `prefix` names the offer in messages (`offer`).
 */
function resolveOffer(
  o: ParsedOffer,
  fmv: Decimal,
  prefix = 'offer',
): { offer?: Scenario['offer']; problems: Problem[] } {
  const isOption = o.equity.instrument === 'option';
  const g = o.marginGain;
  const problems = [
    ...equityProblems(o.equity, prefix),
    ...(o.refresh ? refreshProblems(o.refresh, isOption, prefix) : []),
  ];
  if (g && g.startMonth > g.fullMonth)
    problems.push([
      `${prefix}.marginGain.startMonth`,
      `must not be after fullMonth (${g.fullMonth}), got ${g.startMonth}`,
    ]);
  if (problems.length > 0) return { problems };

  const strikeOf = (strike: Decimal | undefined) => (isOption ? (strike ?? fmv) : ZERO);
  const offer: Scenario['offer'] = {
    ...pickPlainOfferFields(o),
    marginGain: g ?? null,
    equity: {
      instrument: o.equity.instrument,
      size: grantSize(o.equity),
      strike: strikeOf(o.equity.strike),
      grantFairValue: o.equity.grantFairValue ?? fmv,
      schedule: scheduleOf(o.equity),
    },
    refresh: o.refresh ? resolvedRefresh(o.refresh, strikeOf(o.refresh.strike), fmv) : null,
  };
  return { offer, problems };
}

/** The one size of the initial grant that was given. */
function grantSize(e: ParsedEquity): Scenario['offer']['equity']['size'] {
  if (e.shares !== undefined) return { kind: 'shares', shares: e.shares };
  if (e.value !== undefined) return { kind: 'value', value: e.value };
  return { kind: 'percentOfFullyDiluted', fraction: e.percentOfFullyDiluted as Decimal };
}

function resolvedRefresh(
  r: ParsedRefresh,
  strike: Decimal,
  fmv: Decimal,
): NonNullable<Scenario['offer']['refresh']> {
  return {
    strike,
    grantFairValue: r.grantFairValue ?? fmv,
    schedule: scheduleOf(r),
    milestones: r.milestones,
    margin: r.margin
      ? {
          valuePerPoint: r.margin.valuePerPoint,
          measureEveryMonths: r.margin.measureEveryMonths,
          capPerYear: r.margin.capPerYear ?? null,
        }
      : null,
  };
}

function resolve(
  p: ParsedScenario,
  options: ParseOptions,
): { scenario?: Scenario; problems: Problem[] } {
  const problems: Problem[] = [];
  const H = p.horizonMonths;
  const R = p.runwayHorizonMonths;
  if (R < H)
    problems.push(['runwayHorizonMonths', `must be at least horizonMonths (${H}), got ${R}`]);

  const { offer, problems: offerProblems } = resolveOffer(p.offer, p.company.fmv409a);
  problems.push(...offerProblems);

  for (const i of duplicates(p.exitPrices, (d) => d.toString()))
    problems.push([
      `exitPrices[${i}]`,
      `duplicates an earlier exit price, got ${p.exitPrices[i]?.toString()}`,
    ]);
  if (p.market.compareAt.length === 0)
    problems.push(['market.compareAt', 'must name at least one percentile such as "p75"']);
  for (const i of duplicates(p.market.compareAt, (s) => s))
    problems.push([
      `market.compareAt[${i}]`,
      `duplicates an earlier entry, got "${p.market.compareAt[i]}"`,
    ]);
  const d = p.missCost.detectAtMonths;
  if (d.length === 0)
    problems.push(['missCost.detectAtMonths', 'must name at least one detection month']);
  d.forEach((m, i) => {
    if (m > R)
      problems.push([
        `missCost.detectAtMonths[${i}]`,
        `must be within the runway horizon 1..${R}, got ${m}`,
      ]);
  });
  for (const i of duplicates(d, String))
    problems.push([`missCost.detectAtMonths[${i}]`, `duplicates an earlier month, got ${d[i]}`]);
  problems.push(...dateLimitProblems(p.startDate ?? defaultStartDate(options.today), R));

  if (problems.length > 0 || !offer) return { problems };

  const scenario: Scenario = {
    schema: 1,
    name: p.name,
    currency: p.currency,
    startDate: p.startDate ?? defaultStartDate(options.today),
    horizonMonths: H,
    runwayHorizonMonths: R,
    company: p.company,
    offer,
    market: p.market,
    exitPrices: p.exitPrices,
    missCost: p.missCost,
    packages: [],
  };
  return { scenario, problems };
}

type Doc = Record<string, unknown>;
const isDoc = (x: unknown): x is Doc =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof JsonNumber);

/** A copy of a raw JSON document (exact numbers kept as they are). */
function copyDoc(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(copyDoc);
  if (isDoc(x)) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, copyDoc(v)]));
  return x;
}

/** Problem lines for zod issues; an unknown key of a package says which keys a package may set. */
function issueLines(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (
      issue.code === 'unrecognized_keys' &&
      head === 'packages' &&
      typeof index === 'number' &&
      issue.path.length === 2
    ) {
      for (const key of issue.keys)
        lines.push(
          `${formatPath([...issue.path, key])}: is not a field a package may set (a package may set only name, ${PACKAGE_FIELDS.join(', ')})`,
        );
    } else lines.push(...formatIssues([issue]));
  }
  return lines;
}

/** A package's overrides: the package as written, without its name and unknown keys. */
function overridesOf(pkg: Doc): PackageOverrides {
  const out: Doc = {};
  for (const k of PACKAGE_FIELDS) if (k in pkg && pkg[k] !== undefined) out[k] = copyDoc(pkg[k]);
  return out as PackageOverrides;
}

/**
 * docs/model.md §9: each package's offer is `offer` with the package's fields merged on
 * ({@link mergeOfferInput}), validated by every schema-1 offer rule; problems are named at the
 * package's path. A problem the top-level offer already has (a field the package inherits) is
 * reported once, at `offer.…`. Returns the problem lines and, per package, the parsed offer.
 */
function checkPackages(input: unknown): { lines: string[]; offers: (ParsedOffer | undefined)[] } {
  const lines: string[] = [];
  const offers: (ParsedOffer | undefined)[] = [];
  if (!isDoc(input) || !Array.isArray(input.packages)) return { lines, offers };
  const packages = input.packages as unknown[];
  if (packages.length < 1 || packages.length > MAX_PACKAGES)
    lines.push(
      `packages: must hold 1 to ${MAX_PACKAGES} packages (the candidate chooses one), got ${packages.length}`,
    );
  const seen = new Map<string, number>();
  packages.forEach((pkg, i) => {
    if (!isDoc(pkg) || typeof pkg.name !== 'string') return;
    const key = pkg.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      lines.push(
        `packages[${i}].name: must differ from every other package's name ignoring case, got ${JSON.stringify(pkg.name)}, the name of packages[${first}]`,
      );
    else seen.set(key, i);
  });
  const baseOffer = isDoc(input.offer) ? input.offer : null;
  if (baseOffer === null) return { lines, offers };
  const top = new Set(checkOffer(baseOffer).lines);
  packages.forEach((pkg, i) => {
    offers.push(undefined);
    if (!isDoc(pkg)) return;
    const checked = checkOffer(mergeOfferInput(baseOffer, overridesOf(pkg)));
    offers[i] = checked.offer;
    for (const line of checked.lines)
      if (!top.has(line)) lines.push(line.replace(/^offer/, `packages[${i}]`));
  });
  return { lines, offers };
}

/** One raw offer checked by every schema-1 offer rule, problems named at `offer.…`. */
function checkOffer(raw: Doc): { lines: string[]; offer?: ParsedOffer } {
  const parsed = offerSchema.safeParse(raw, { error: zodErrorMap });
  if (!parsed.success)
    return {
      lines: issueLines(
        parsed.error.issues.map((iss) => ({ ...iss, path: ['offer', ...iss.path] })),
      ),
    };
  // The fmv only resolves default strikes; the checks do not read it.
  const lines = resolveOffer(parsed.data, ONE).problems.map(([p, m]) => `${p}: ${m}`);
  return lines.length > 0 ? { lines } : { lines, offer: parsed.data };
}

/**
 * Validates a scenario value (from {@link parseJsonText} or built by the pane) and resolves every
 * default. Throws {@link InputError} listing every problem as "path: reason".
 */
export function parseScenario(
  input: unknown,
  options: ParseOptions,
  source = 'scenario',
): Scenario {
  const parsed = scenarioSchema.safeParse(input, { error: zodErrorMap });
  let topLines: string[];
  let resolved: Scenario | undefined;
  if (!parsed.success) topLines = issueLines(parsed.error.issues);
  else {
    const { scenario, problems } = resolve(parsed.data, options);
    resolved = scenario;
    topLines = problems.map(([path, msg]) => `${path}: ${msg}`);
  }
  const packages = checkPackages(input);
  const lines = [...topLines, ...packages.lines];
  if (!resolved || lines.length > 0) throw new InputError(source, lines);
  const raw = (input as Doc).packages as Doc[] | undefined;
  resolved.packages = (raw ?? []).map((pkg, i) => ({
    name: pkg.name as string,
    overrides: overridesOf(pkg),
    offer: resolveOffer(packages.offers[i] as ParsedOffer, resolved.company.fmv409a)
      .offer as Scenario['offer'],
  }));
  return resolved;
}

/** Parses scenario JSON text exactly (numbers as written) and validates it. */
export function parseScenarioText(
  text: string,
  options: ParseOptions,
  source = 'scenario',
): Scenario {
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError)
      throw new InputError(source, [`not valid JSON: ${err.message}`]);
    throw err;
  }
  return parseScenario(value, options, source);
}

/** A number for a scenario JSON document: exact text when it cannot round-trip through a float. */
function num(d: Decimal): number | JsonNumber {
  const n = d.toNumber();
  return new Decimal(String(n)).equals(d) ? n : new JsonNumber(d.toString());
}

/**
 * The scenario as a complete, explicit schema-1 document (every default written out). Parsing the
 * result gives back an equal scenario: this is how the pane and the workbook persist it.
 */
export function scenarioToInput(s: Scenario): Record<string, unknown> {
  const o = s.offer;
  return {
    schema: 1,
    name: s.name,
    currency: s.currency,
    startDate: s.startDate,
    horizonMonths: s.horizonMonths,
    runwayHorizonMonths: s.runwayHorizonMonths,
    company: companyInput(s.company),
    offer: {
      ...plainOfferInput(o, num),
      ...(o.marginGain
        ? {
            marginGain: {
              points: num(o.marginGain.points),
              startMonth: o.marginGain.startMonth,
              fullMonth: o.marginGain.fullMonth,
              probability: num(o.marginGain.probability),
            },
          }
        : {}),
      equity: equityInput(o.equity),
      ...(o.refresh ? { refresh: refreshInput(o.refresh) } : {}),
    },
    market: { ...s.market, compareAt: [...s.market.compareAt] },
    exitPrices: s.exitPrices.map(num),
    missCost: {
      idleComputeMonthly: num(s.missCost.idleComputeMonthly),
      timeToFillDays: s.missCost.timeToFillDays,
      roadmapDelayCostPerDay: num(s.missCost.roadmapDelayCostPerDay),
      detectAtMonths: [...s.missCost.detectAtMonths],
    },
    // Packages as written: their overrides, not full offers (docs/model.md §9).
    ...(s.packages.length > 0
      ? { packages: s.packages.map((p) => ({ name: p.name, ...(copyDoc(p.overrides) as Doc) })) }
      : {}),
  };
}

function companyInput(c: Scenario['company']) {
  return {
    cash: num(c.cash),
    monthlyRevenue: num(c.monthlyRevenue),
    revenueGrowthMonthly: num(c.revenueGrowthMonthly),
    grossMargin: num(c.grossMargin),
    monthlyOpex: num(c.monthlyOpex),
    opexGrowthMonthly: num(c.opexGrowthMonthly),
    fullyDilutedShares: num(c.fullyDilutedShares),
    unallocatedPoolShares: num(c.unallocatedPoolShares),
    preferredPrice: num(c.preferredPrice),
    fmv409a: num(c.fmv409a),
  };
}

function equityInput(e: Scenario['offer']['equity']) {
  const size =
    e.size.kind === 'shares'
      ? { shares: num(e.size.shares) }
      : e.size.kind === 'value'
        ? { value: num(e.size.value) }
        : { percentOfFullyDiluted: num(e.size.fraction) };
  return {
    instrument: e.instrument,
    ...size,
    strike: num(e.strike),
    grantFairValue: num(e.grantFairValue),
    ...e.schedule,
  };
}

function refreshInput(r: NonNullable<Scenario['offer']['refresh']>) {
  return {
    strike: num(r.strike),
    grantFairValue: num(r.grantFairValue),
    ...r.schedule,
    milestones: r.milestones.map((m) => ({
      name: m.name,
      dueDay: m.dueDay,
      probability: num(m.probability),
      value: num(m.value),
    })),
    ...(r.margin
      ? {
          margin: {
            valuePerPoint: num(r.margin.valuePerPoint),
            measureEveryMonths: r.margin.measureEveryMonths,
            ...(r.margin.capPerYear ? { capPerYear: num(r.margin.capPerYear) } : {}),
          },
        }
      : {}),
  };
}
