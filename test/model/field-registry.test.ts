// The field registry (src/model/field-registry.ts) against every place a scenario field lives.
// Each check compares two independent lists — the registry and what the schema, the sheet, the
// pane or the docs actually hold — and fails naming the fields one has and the other lacks.
// Checked to fail (by hand, issue 8): adding an entry for a made-up offer field fails every check
// but the first (schema, sheet, read-back, screen, scenarioToInput, docs); removing the
// `offer.missProbability` entry fails the schema, sheet, read-back and scenarioToInput checks
// (and test/taskpane/packages-risk-pane.test.ts, whose Risk routing now comes from the registry).
// Changing a field's kind (grossMargin to money, cliffMonths to days) fails the kind check; its
// default (employerLoadPct 0.2, revenueGrowthMonthly "required") fails the default check.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { INPUT_FIELDS } from '../../src/excel/inputs.js';
import { Decimal } from '../../src/model/decimal.js';
import {
  FIELD_REGISTRY,
  packageSettableKeys,
  type FieldKind,
} from '../../src/model/field-registry.js';
import { PLAIN_OFFER_FIELDS } from '../../src/model/plain-offer-fields.js';
import { PACKAGE_FIELDS, scenarioSchema } from '../../src/model/schema.js';
import { parseScenario, scenarioToInput } from '../../src/model/scenario.js';
import { screenOf } from '../../src/taskpane/problems.js';
import { TODAY, defaultInput, modelOf } from '../excel/plans.js';
import { ROOT } from '../support/run-cli.js';
import { FIELD_DOCS_PATH, fieldReference } from '../../scripts/field-docs.js';

const registered = FIELD_REGISTRY.map((f) => f.path);

/** Names in `a` that are not in `b`, sorted (the failure message names them). */
const missing = (a: Iterable<string>, b: Iterable<string>) => {
  const inB = new Set(b);
  return [...new Set(a)].filter((x) => !inB.has(x)).sort();
};

type AnyZod = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/**
 * Leaf paths of a zod schema, walked through the wrappers fields.ts uses: `record` (a pipe into a
 * strict object), `list` (a pipe into an array), defaults and optionals. A pipe whose output is a
 * transform (every number field) is a leaf. Package override keys (`z.unknown()`) are reported
 * as `packages[].<key>` and checked against the package-settable fields apart.
 */
function leafPaths(schema: AnyZod, at: string): string[] {
  return leafSchemas(schema, at).map(([path]) => path);
}

/** The leaf validators of a zod schema by path (as {@link leafPaths}, with the leaf itself). */
function leafSchemas(schema: AnyZod, at: string): [string, AnyZod][] {
  const def = schema._zod.def;
  const join = (k: string) => (at === '' ? k : `${at}.${k}`);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, AnyZod>).flatMap(([k, v]) =>
        leafSchemas(v, join(k)),
      );
    case 'pipe':
      return (def.out as AnyZod)._zod.def.type === 'transform'
        ? [[at, schema]]
        : leafSchemas(def.out as AnyZod, at);
    case 'array':
      return leafSchemas(def.element as AnyZod, `${at}[]`);
    case 'default':
    case 'optional':
    case 'nullable':
      return leafSchemas(def.innerType as AnyZod, at);
    default:
      return [[at, schema]];
  }
}

/**
 * What each kind accepts and refuses, from fields.ts's documented rules (docs/cli.md "money is
 * ≥ 0 with at most two decimals; prices are > 0 with at most four; share counts, months and days
 * are whole numbers").
 */
const PROBES: Record<FieldKind, { accept: unknown[]; refuse: unknown[] }> = {
  version: { accept: [1], refuse: [2] },
  text: { accept: ['x'], refuse: ['', 5] },
  currency: { accept: ['EUR'], refuse: ['eur', 'EURO'] },
  date: { accept: ['2027-01-01'], refuse: ['2027-02-30', 20270101] },
  enum: { accept: [], refuse: ['nonsense', 1] },
  money: { accept: [0, 1.25], refuse: [-1, 1.001, 'x'] },
  exitPrice: { accept: [0, 1.25], refuse: [-1, 1.001] },
  price: { accept: [1.2345], refuse: [0, 1.23456] },
  fraction: { accept: [0, 0.5, 1], refuse: [-0.1, 1.5] },
  fdFraction: { accept: [0.001, 1], refuse: [0, 1.1] },
  growth: { accept: [-0.5, 2], refuse: [-1] },
  rate: { accept: [0, 2.5], refuse: [-0.1] },
  points: { accept: [0, 3.5], refuse: [-1] },
  shares: { accept: [1000], refuse: [1.5] },
  months: { accept: [1, 12], refuse: [1.5, 1201] },
  days: { accept: [0, 60, 1201], refuse: [-1, 1.5, 37201] },
  strike: { accept: [0, 1.23456], refuse: [-1] },
};

describe('the field registry', () => {
  it('has each path once', () => {
    expect(registered.filter((p, i) => registered.indexOf(p) !== i)).toEqual([]);
  });

  it('matches the zod schema field for field', () => {
    const inSchema = leafPaths(scenarioSchema as unknown as AnyZod, '');
    const packageKeys = inSchema.filter((p) => /^packages\[\]\.(?!name$)/.test(p));
    const fields = inSchema.filter((p) => !packageKeys.includes(p));
    expect({
      inSchemaNotRegistered: missing(fields, registered),
      registeredNotInSchema: missing(registered, fields),
    }).toEqual({ inSchemaNotRegistered: [], registeredNotInSchema: [] });
    // the keys a package may override are the registry's package-settable offer keys
    expect(packageKeys.map((p) => p.replace('packages[].', ''))).toEqual(packageSettableKeys());
    expect([...PACKAGE_FIELDS]).toEqual(packageSettableKeys());
  });

  it("each field's kind is what its validator accepts and refuses", () => {
    const wrong: string[] = [];
    for (const [path, leaf] of leafSchemas(scenarioSchema as unknown as AnyZod, '')) {
      const spec = FIELD_REGISTRY.find((f) => f.path === path);
      if (!spec) continue; // the schema check names it
      const { accept, refuse } = PROBES[spec.kind];
      for (const v of accept)
        if (!leaf.safeParse(v).success) wrong.push(`${path} (${spec.kind}) refuses ${String(v)}`);
      for (const v of refuse)
        if (leaf.safeParse(v).success) wrong.push(`${path} (${spec.kind}) accepts ${String(v)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("each field's documented default is the schema's default", () => {
    /** Defaults the schema itself applies, by path (cross-field defaults are resolve's). */
    const found = new Map<string, string>();
    const walk = (schema: AnyZod, at: string): void => {
      const def = schema._zod.def;
      const join = (k: string) => (at === '' ? k : `${at}.${k}`);
      if (def.type === 'object')
        for (const [k, v] of Object.entries(def.shape as Record<string, AnyZod>)) walk(v, join(k));
      else if (def.type === 'pipe') walk(def.out as AnyZod, at);
      else if (def.type === 'array') walk(def.element as AnyZod, `${at}[]`);
      else if (def.type === 'optional' || def.type === 'nullable')
        walk(def.innerType as AnyZod, at);
      else if (def.type === 'default') {
        const v = def.defaultValue as unknown;
        // a Decimal default is compared as the number it is; a whole-object default is skipped
        const plain = v instanceof Decimal ? Number(v.toString()) : v;
        if (typeof plain !== 'object' || Array.isArray(plain)) found.set(at, JSON.stringify(plain));
        walk(def.innerType as AnyZod, at);
      }
    };
    walk(scenarioSchema as unknown as AnyZod, '');
    const wrong: string[] = [];
    for (const f of FIELD_REGISTRY) {
      const inSchema = found.get(f.path.replace(/\[\]$/, ''));
      let documented: string | undefined;
      try {
        documented = JSON.stringify(JSON.parse(f.default));
      } catch {
        documented = undefined; // "required", or a default resolve computes ("409A FMV")
      }
      if (documented !== inSchema)
        wrong.push(`${f.path}: registry ${f.default}, schema ${inSchema ?? 'none'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('names every sheet cell the Inputs sheet and Packages sheet define', () => {
    // the default scenario has every optional block (margin gain, refresh with milestones and a
    // margin rule, exit prices); with two packages so the Packages sheet exists.
    const input = {
      ...defaultInput(),
      exitPrices: [2, 4],
      packages: [{ name: 'Cash' }, { name: 'Equity', baseSalary: 140000 }],
    };
    const { plan } = modelOf(input);
    // a numbered name In_ExitPrice2 is the registry's In_ExitPrice{n}
    const pattern = (n: string) => n.replace(/\d+(?=_|$)/g, '{n}');
    const onInputs = plan.names
      .filter((n) => n.name.startsWith('In_') && n.sheet === 'Inputs')
      .map((n) => pattern(n.name));
    // In_Equity_SizeBy says which of the three registered grant sizes In_Equity_Size holds
    const auxiliary = ['In_Equity_SizeBy'];
    const sheetNames = [
      ...onInputs,
      ...plan.names.filter((n) => n.name.startsWith('In_Pkg')).map((n) => pattern(n.name)),
    ];
    const withName = FIELD_REGISTRY.flatMap((f) => (f.inName ? [f.inName] : []));
    expect({
      onSheetNotRegistered: missing(onInputs, [...withName, ...auxiliary]),
      registeredNotOnSheet: missing(withName, sheetNames),
    }).toEqual({ onSheetNotRegistered: [], registeredNotOnSheet: [] });
  });

  it('reads back every cell of its own the Inputs sheet defines (INPUT_FIELDS)', () => {
    const { plan } = modelOf(defaultInput());
    // numbered cells (exit prices, detection months, milestone rows) and the grant size are
    // read apart (src/excel/inputs.ts)
    const single = plan.names
      .filter((n) => n.sheet === 'Inputs' && n.name.startsWith('In_') && !/\d(_|$)/.test(n.name))
      .map((n) => n.name)
      .filter((n) => n !== 'In_Equity_SizeBy' && n !== 'In_Equity_Size');
    expect([...INPUT_FIELDS.map((f) => f.name)].sort()).toEqual(single.sort());
    for (const f of INPUT_FIELDS)
      expect(FIELD_REGISTRY.find((g) => g.inName === f.name)?.path.replace(/\[\]$/, '')).toBe(
        f.path.join('.'),
      );
  });

  /**
   * The parts a mode hands to a screen (the offer mode gives the Risk view its miss-probability
   * inputs from risk/offer-risk.tsx; App.tsx passes them in).
   */
  const handedIn: Record<string, string[]> = { RiskScreen: ['risk/offer-risk.tsx'] };

  /** A screen's source with the shared components it imports, directly or through another. */
  const screenSource = (screen: string): string => {
    const sources = [`screens/${screen}.tsx`, ...(handedIn[screen] ?? [])].map((f) =>
      readFileSync(`${ROOT}src/taskpane/${f}`, 'utf8'),
    );
    const seen = new Set<string>();
    for (let i = 0; i < sources.length; i++)
      for (const m of sources[i]!.matchAll(/from '(?:\.\.\/components)?\.?\/(\w+)\.js'/g)) {
        const file = `${ROOT}src/taskpane/components/${m[1]}.tsx`;
        if (seen.has(file) || !existsSync(file)) continue;
        seen.add(file);
        sources.push(readFileSync(file, 'utf8'));
      }
    return sources.join('\n');
  };

  it("sends each field's problems to the screen that edits it, and that screen binds it", () => {
    const screenFile: Record<string, string> = {
      offer: 'OfferScreen',
      refresh: 'RefreshScreen',
      company: 'CompanyScreen',
      market: 'MarketScreen',
      packages: 'PackagesScreen',
      risk: 'RiskScreen',
    };
    const unbound: string[] = [];
    for (const f of FIELD_REGISTRY) {
      const concrete = f.path.replace(/\[\]/g, '[0]');
      expect(screenOf(concrete), f.path).toBe(f.screen ?? 'offer');
      if (!f.screen) continue;
      const src = screenSource(screenFile[f.screen]!);
      const key = /([A-Za-z0-9]+)(\[\])?$/.exec(f.path)![1]!;
      // A plain offer field the screen does not lay out is drawn from the registry by
      // RegisteredOfferFields (test/taskpane/registered-fields.test.tsx renders the screen).
      const drawn =
        PLAIN_OFFER_FIELDS.some((p) => p.path === f.path) &&
        src.includes(`<RegisteredOfferFields`) &&
        src.includes(`screen="${f.screen}"`);
      if (!src.includes(`'${key}'`) && !drawn) unbound.push(`${f.path} (${f.screen})`);
    }
    expect(unbound).toEqual([]);
    // paths above the fields: test/taskpane/problem-routing.test.ts
  });

  it('scenarioToInput writes every registered field (the document the pane saves)', () => {
    /** Leaf paths of a JSON document, list items as `[]`; a package's overrides are skipped. */
    const paths = (v: unknown, at: string): string[] => {
      if (Array.isArray(v)) return v.flatMap((x) => paths(x, `${at}[]`));
      if (v !== null && typeof v === 'object' && !('text' in v))
        return Object.entries(v).flatMap(([k, x]) =>
          at === 'packages[]' && k !== 'name' ? [] : paths(x, at === '' ? k : `${at}.${k}`),
        );
      return [at];
    };
    const base = defaultInput() as { offer: { equity: Record<string, unknown> } };
    const written = new Set<string>();
    // the three grant sizes are exclusive: one document each
    for (const size of [{ shares: 1000 }, { value: 50000 }, { percentOfFullyDiluted: 0.001 }]) {
      const { shares: _, ...equity } = base.offer.equity;
      const input = {
        ...base,
        exitPrices: [2],
        offer: { ...base.offer, equity: { ...equity, ...size } },
        packages: [{ name: 'Cash' }],
      };
      for (const p of paths(scenarioToInput(parseScenario(input, TODAY)), '')) written.add(p);
    }
    expect({
      registeredNotWritten: missing(registered, written),
      writtenNotRegistered: missing(written, registered),
    }).toEqual({ registeredNotWritten: [], writtenNotRegistered: [] });
  });

  it('docs/fields.md is the registry written out (npm run docs:fields)', async () => {
    // Fails when a registry entry was added, removed or reworded without re-running the script.
    const committed = readFileSync(FIELD_DOCS_PATH, 'utf8');
    expect(committed, 'docs/fields.md is out of date: run npm run docs:fields').toBe(
      await fieldReference(),
    );
    for (const f of FIELD_REGISTRY) expect(committed).toContain(`| \`${f.path}\``);
  });

  it('docs/cli.md\'s "scenario format" table names only registered fields', () => {
    const md = readFileSync(`${ROOT}docs/cli.md`, 'utf8');
    const start = md.indexOf('## The scenario format');
    const rows = md
      .slice(start, md.indexOf('\n\n', md.indexOf('| field', start)))
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    // A row's first cell lists a path and its siblings by their last key
    // ("`offer.candidate`, `role`", "`offer.equity.shares` / `value`").
    const documented = new Set<string>();
    for (const row of rows) {
      const [, first = ''] = row.split('|');
      const ticks = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\[\]$/, ''));
      const head = ticks[0]!;
      const parent = head.includes('.') ? head.slice(0, head.lastIndexOf('.')) : '';
      for (const t of ticks) documented.add(t === head || parent === '' ? t : `${parent}.${t}`);
    }
    // The prose table may group fields under their block (`offer.refresh`) or list
    // (`exitPrices`); every path it names must be a registered field or the block holding one.
    const plain = registered.map((p) => p.replace(/\[\]/g, ''));
    const unknown = [...documented].filter(
      (d) => !plain.some((p) => p === d || p.startsWith(`${d}.`)),
    );
    expect(unknown).toEqual([]);
    expect(documented.size).toBeGreaterThan(40);
  });
});
