/**
 * What the golden test hashes (issue 8: "the house changes, behaviour does not").
 *
 * For the default scenario, the packages example and 100 generated scenarios (fixed seed): the
 * sha256 of (a) the `--json` report text (buildReport → stringifyReport) and (b) the single-offer
 * workbook plan (buildWorkbookPlan), serialised as JSON with object keys sorted so that only
 * content — not the order a builder happens to assign properties in — is locked.
 *
 * Re-record after a deliberate output change: `GOLDEN_UPDATE=1 npx vitest run test/golden`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runModel } from '../../src/model/model.js';
import { buildReport, stringifyReport } from '../../src/model/report.js';
import { parseScenarioText, type Scenario } from '../../src/model/scenario.js';
import { buildPlanReport, parsePlanText, runPlan } from '../../src/model/plan/index.js';
import { buildWorkbookPlan } from '../../src/workbook/build.js';
import { buildPlanWorkbookPlan } from '../../src/workbook/hiring-plan/index.js';
import { generateScenarios } from '../parity/generate.js';
import { generatedPlans } from '../parity/generate-plans.js';
import { defaultBands } from '../support/bands.js';

export const GOLDEN_FILE = 'test/golden/golden-hashes.json';
export const GOLDEN_SEED = 20_261_202;
export const GOLDEN_GENERATED = 100;
/** The hiring plans' lock, recorded on 2026-12-02 from main at 5bf172e, before the plan sheets were split. */
export const GOLDEN_PLAN_FILE = 'test/golden/golden-plan-hashes.json';
export const GOLDEN_GENERATED_PLANS = 20;
const TODAY = '2026-11-26';

export interface GoldenHashes {
  /** sha256 of the `--json` report text. */
  json: string;
  /** sha256 of the workbook plan, keys sorted. */
  workbook: string;
}

/** JSON with object keys sorted (arrays keep their order); `undefined` properties left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function fixedScenario(path: string): Scenario {
  return parseScenarioText(readFileSync(path, 'utf8'), { today: TODAY }, path);
}

/** The scenarios the golden file covers, by label, in a fixed order. */
export function goldenScenarios(): { label: string; scenario: Scenario }[] {
  return [
    { label: 'default', scenario: fixedScenario('templates/scenarios/default.json') },
    { label: 'packages', scenario: fixedScenario('templates/scenarios/packages.json') },
    ...generateScenarios(GOLDEN_GENERATED, GOLDEN_SEED).map((g, i) => ({
      label: `generated #${i + 1}`,
      scenario: g.scenario,
    })),
  ];
}

/** Hashes of every golden scenario's two outputs, by label. */
export function computeGoldenHashes(): Record<string, GoldenHashes> {
  const bands = defaultBands();
  const out: Record<string, GoldenHashes> = {};
  for (const { label, scenario } of goldenScenarios()) {
    const result = runModel(scenario, bands);
    out[label] = {
      json: sha256(stringifyReport(buildReport(result))),
      workbook: sha256(canonicalJson(buildWorkbookPlan(result, bands))),
    };
  }
  return out;
}

/**
 * The same lock for hiring plans: the default plan and 20 generated ones (2–5 hires each), the
 * plan's `--json` report (buildPlanReport) and its workbook plan (buildPlanWorkbookPlan).
 */
export function computeGoldenPlanHashes(): Record<string, GoldenHashes> {
  const bands = defaultBands();
  const plans = [
    { label: 'default plan', text: readFileSync('templates/plans/default-plan.json', 'utf8') },
    ...generatedPlans(GOLDEN_GENERATED_PLANS, GOLDEN_SEED),
  ];
  const out: Record<string, GoldenHashes> = {};
  for (const { label, text } of plans) {
    const plan = parsePlanText(text, { today: TODAY }, label);
    const result = runPlan(plan, bands, label);
    out[label] = {
      json: sha256(stringifyReport(buildPlanReport(result))),
      workbook: sha256(canonicalJson(buildPlanWorkbookPlan(plan, result, bands))),
    };
  }
  return out;
}
