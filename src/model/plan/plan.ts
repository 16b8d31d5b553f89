import { z } from 'zod';
import { Decimal, ZERO } from '../decimal.js';
import { count, shown, text } from '../fields.js';
import { JsonNumber, JsonSyntaxError, parseJsonText } from '../json-text.js';
import { InputError, formatIssues, zodErrorMap } from '../messages.js';
import { mergeOfferInput } from '../offer-merge.js';
import { MAX_MONTHS, scenarioSchema, type Percentile } from '../schema.js';
import { defaultStartDate, parseScenario, type ParseOptions, type Scenario } from '../scenario.js';

/**
 * The hiring plan file, `"schema": 2` (docs/model.md §10): a company and the hires it intends to
 * make. Every plan-wide field is read by the schema-1 field rules (the same zod pieces), every
 * hire's offer is its template merged with its overrides by {@link mergeOfferInput} and then
 * validated as a complete schema-1 scenario by {@link parseScenario}: there is one set of offer
 * rules, and a plan's problems are named at the plan's paths (`hires[3].offer.equity.cliffMonths`).
 */

/** A plan holds 1..MAX_HIRES hires. */
export const MAX_HIRES = 200;

/** Raw JSON objects as written (numbers are {@link JsonNumber}s when read from a file). */
export type Doc = Record<string, unknown>;

/** One hire of a plan, resolved. */
export interface PlanHire {
  /** Position in the plan's `hires` (0-based). */
  index: number;
  /** Plan month of the hire's month 1 (1..R). */
  startMonth: number;
  /** The template the hire's offer starts from, or null (a complete offer). */
  template: string | null;
  /** The hire's `offer` overrides as written (merged onto the template). */
  offerInput: Doc;
  /** The hire's band row keys as written. */
  market: { role: string; level: string; location: string };
  /**
   * The hire's own schema-1 scenario (§10): its merged offer, the plan's company, market
   * settings, exit prices and miss cost, H and R as the plan's, `startDate` = plan startDate +
   * (startMonth − 1) calendar months (day clamped to the month's end), `name` "plan — candidate".
   */
  scenario: Scenario;
}

/** A validated plan with every default resolved. The plan engine reads only this. */
export interface Plan {
  schema: 2;
  name: string;
  currency: string;
  startDate: string;
  horizonMonths: number;
  runwayHorizonMonths: number;
  company: Scenario['company'];
  market: { bandSet: string; compareAt: Percentile[] };
  exitPrices: Decimal[];
  missCost: Scenario['missCost'];
  /** The templates as written (for editors; hires already carry their merged offers). */
  templates: Record<string, Doc>;
  hires: PlanHire[];
}

const S = scenarioSchema.out.shape;

function isDoc(v: unknown): v is Doc {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonNumber);
}

/** A JSON object: "is required" when absent, "must be an object" when something else. */
const anObject = () =>
  z.custom<Doc>(isDoc, {
    error: (iss) => (iss.input === undefined ? 'is required' : 'must be an object'),
  });

/** A JSON object with exactly the given fields (unknown keys are errors). */
const objectOf = <Shape extends z.ZodRawShape>(shape: Shape) =>
  anObject().pipe(z.strictObject(shape));

/** `refresh: null` (no refresh program, docs/model.md §9) is an override, not a field value. */
function withoutNullRefresh(offer: Doc): Doc {
  if (offer.refresh !== null) return offer;
  const { refresh: _none, ...rest } = offer;
  return rest;
}

/** Any offer field, each checked by its schema-1 rule; unknown keys are errors. */
const partialOffer = S.offer.out.partial();
const offerPart = anObject().transform(withoutNullRefresh).pipe(partialOffer);

const hireSchema = objectOf({
  startMonth: count(1, MAX_MONTHS),
  template: text().optional(),
  offer: offerPart.optional(),
  market: objectOf({
    role: S.market.out.shape.role,
    level: S.market.out.shape.level,
    location: S.market.out.shape.location,
  }),
});

const planSchema = z.custom<Doc>(isDoc, { error: 'a plan must be a JSON object' }).pipe(
  z.strictObject({
    schema: z.custom<2>((v) => v === 2 || (v instanceof JsonNumber && v.text === '2'), {
      error: 'must be 2: a hiring plan is schema 2',
    }),
    name: S.name,
    currency: S.currency,
    startDate: S.startDate,
    horizonMonths: S.horizonMonths,
    runwayHorizonMonths: S.runwayHorizonMonths,
    company: S.company,
    market: objectOf({
      bandSet: S.market.out.shape.bandSet,
      compareAt: S.market.out.shape.compareAt,
    }),
    exitPrices: S.exitPrices,
    missCost: S.missCost,
    templates: z
      .custom<Doc>(isDoc, {
        error: (iss) => `must be an object of named offer templates, got ${shown(iss.input)}`,
      })
      .pipe(z.record(z.string(), offerPart))
      .optional(),
    hires: z
      .custom<unknown[]>(Array.isArray, {
        error: (iss) => (iss.input === undefined ? 'is required' : 'must be a list of hires'),
      })
      .pipe(
        z
          .array(hireSchema)
          .min(1, { error: 'must list at least one hire' })
          .max(MAX_HIRES, { error: `must list at most ${MAX_HIRES} hires` }),
      ),
  }),
);

/** `YYYY-MM-DD` plus whole calendar months, the day clamped to the target month's last day. */
export function addMonthsClamped(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}

/** The schema-1 message for an unknown key, reworded for a plan. */
function planWording(line: string): string {
  return line.replace('is not a field of scenario schema 1', 'is not a field of plan schema 2');
}

const PLAN_WIDE_MARKET = /^market\.(bandSet|compareAt)\b/;

/**
 * A problem of a hire's synthesized schema-1 scenario, at the plan's path: `offer…` and the
 * band-row keys belong to the hire; plan-wide paths (company, exitPrices, …) stay as they are.
 * A problem in a field the hire takes from its template says so.
 */
function hirePath(line: string, hire: number, template: string | null, override: Doc): string {
  const cut = line.indexOf(': ');
  const path = cut < 0 ? line : line.slice(0, cut);
  const isOffer = path === 'offer' || path.startsWith('offer.') || path.startsWith('offer[');
  const isMarket =
    (path === 'market' || path.startsWith('market.')) && !PLAN_WIDE_MARKET.test(path);
  if (!isOffer && !isMarket) return planWording(line);
  let out = `hires[${hire}].${planWording(line)}`;
  // `equity` merges field by field (§9): its fields may come from the template too.
  const [, key, sub] =
    (isOffer && /^offer\.([A-Za-z0-9_]+)(?:\.([A-Za-z0-9_]+))?/.exec(path)) || [];
  const equity = override.equity;
  const fromTemplate =
    key !== undefined &&
    (!(key in override) ||
      (key === 'equity' && sub !== undefined && isDoc(equity) && !(sub in equity)));
  if (template !== null && fromTemplate) out += ` (from template "${template}")`;
  return out;
}

/** Resolves one hire: merge, then validate as a complete schema-1 scenario. */
function resolveHire(
  raw: Doc,
  index: number,
  hire: { startMonth: number; template?: string | undefined },
  hireRaw: Doc,
  templates: Record<string, Doc>,
  planStart: string,
  options: ParseOptions,
  problems: Set<string>,
): PlanHire | null {
  const template = hire.template ?? null;
  const override = isDoc(hireRaw.offer) ? hireRaw.offer : {};
  let offer: Doc;
  if (template !== null) {
    const base = Object.prototype.hasOwnProperty.call(templates, template)
      ? templates[template]
      : undefined;
    if (base === undefined) {
      const names = Object.keys(templates);
      problems.add(
        `hires[${index}].template: no template is named "${template}" (${names.length ? `templates: ${names.map((n) => `"${n}"`).join(', ')}` : 'the plan has no templates'})`,
      );
      return null;
    }
    offer = mergeOfferInput(withoutNullRefresh(base), override);
  } else if (isDoc(hireRaw.offer)) {
    offer = withoutNullRefresh(override);
  } else {
    problems.add(`hires[${index}].offer: is required (or name a template)`);
    return null;
  }
  const market = hireRaw.market as { role: string; level: string; location: string };
  const rawMarket = isDoc(raw.market) ? raw.market : {};
  const doc: Doc = {
    schema: 1,
    name: raw.name,
    ...('currency' in raw ? { currency: raw.currency } : {}),
    startDate: addMonthsClamped(planStart, hire.startMonth - 1),
    ...('horizonMonths' in raw ? { horizonMonths: raw.horizonMonths } : {}),
    ...('runwayHorizonMonths' in raw ? { runwayHorizonMonths: raw.runwayHorizonMonths } : {}),
    company: raw.company,
    offer,
    market: {
      bandSet: rawMarket.bandSet,
      role: market.role,
      level: market.level,
      location: market.location,
      ...('compareAt' in rawMarket ? { compareAt: rawMarket.compareAt } : {}),
    },
    ...('exitPrices' in raw ? { exitPrices: raw.exitPrices } : {}),
    ...('missCost' in raw ? { missCost: raw.missCost } : {}),
  };
  try {
    const scenario = parseScenario(doc, options);
    const candidate = scenario.offer.candidate;
    return {
      index,
      startMonth: hire.startMonth,
      template,
      offerInput: override,
      market: { role: market.role, level: market.level, location: market.location },
      scenario: { ...scenario, name: `${scenario.name} — ${candidate}` },
    };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const line of err.problems) problems.add(hirePath(line, index, template, override));
    return null;
  }
}

/**
 * Validates a plan value (from {@link parseJsonText} or built by the pane) and resolves every
 * default and every hire's offer. Throws {@link InputError} listing every problem as
 * "path: reason".
 */
export function parsePlan(input: unknown, options: ParseOptions, source = 'plan'): Plan {
  // A list far beyond the limit is refused before any hire is read (time stays linear and small).
  if (isDoc(input) && Array.isArray(input.hires) && input.hires.length > MAX_HIRES)
    throw new InputError(source, [
      `hires: must list at most ${MAX_HIRES} hires, got ${input.hires.length}`,
    ]);
  const parsed = planSchema.safeParse(input, { error: zodErrorMap });
  if (!parsed.success)
    throw new InputError(source, formatIssues(parsed.error.issues).map(planWording));
  const p = parsed.data;
  const raw = input as Doc;
  const rawHires = raw.hires as Doc[];
  const templates = (isDoc(raw.templates) ? raw.templates : {}) as Record<string, Doc>;
  const planStart = p.startDate ?? defaultStartDate(options.today);
  const R = p.runwayHorizonMonths;

  const problems = new Set<string>();
  const hires: PlanHire[] = [];
  p.hires.forEach((h, i) => {
    if (h.startMonth > R) {
      problems.add(
        `hires[${i}].startMonth: must be within the runway horizon 1..${R}, got ${h.startMonth}`,
      );
      return;
    }
    const hire = resolveHire(
      raw,
      i,
      h,
      rawHires[i] as Doc,
      templates,
      planStart,
      options,
      problems,
    );
    if (hire) hires.push(hire);
  });
  if (problems.size > 0) throw new InputError(source, [...problems]);

  // §10: the hires' margin gains together must not take gross margin above 100 %.
  let points = ZERO;
  for (const h of hires) points = points.plus(h.scenario.offer.marginGain?.points ?? ZERO);
  if (points.plus(p.company.grossMargin.times(100)).greaterThan(100))
    throw new InputError(source, [
      `hires: the hires' margin gains add up to ${points.toString()} points, which would take gross margin above 100 %`,
    ]);

  const first = (hires[0] as PlanHire).scenario;
  return {
    schema: 2,
    name: p.name,
    currency: first.currency,
    startDate: planStart,
    horizonMonths: first.horizonMonths,
    runwayHorizonMonths: first.runwayHorizonMonths,
    company: first.company,
    market: { bandSet: first.market.bandSet, compareAt: first.market.compareAt },
    exitPrices: first.exitPrices,
    missCost: first.missCost,
    templates,
    hires,
  };
}

/** Parses plan JSON text exactly (numbers as written) and validates it. */
export function parsePlanText(text: string, options: ParseOptions, source = 'plan'): Plan {
  return parsePlan(readJson(text, source), options, source);
}

/** JSON text to a raw document (numbers exact), or an input error with line and column. */
export function readJson(text: string, source: string): unknown {
  try {
    return parseJsonText(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError)
      throw new InputError(source, [`not valid JSON: ${err.message}`]);
    throw err;
  }
}

/**
 * The hire's own schema-1 scenario (docs/model.md §10): what its Offer Sheet and its one-offer
 * result come from. `i` is the hire's position in `plan.hires`.
 */
export function hireScenario(plan: Plan, i: number): Scenario {
  const hire = plan.hires[i];
  if (!hire) throw new RangeError(`the plan has no hire ${i} (it has ${plan.hires.length})`);
  return hire.scenario;
}
