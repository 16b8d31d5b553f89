/**
 * `offer-runway model PLAN.json [--hires HIRES.csv]`: the hiring plan of docs/model.md §10.
 * main.ts reads the file once here to tell a plan (schema 2) from a scenario (schema 1).
 */
import { JsonNumber } from '../model/json-text.js';
import { InputError } from '../model/messages.js';
import {
  atCsvLines,
  buildPlanReport,
  hireScenario,
  parseHiresCsv,
  parsePlan,
  readModelDocument,
  runPlan,
  withHiresCsv,
  type HiresCsv,
  type ModelDocument,
  type Plan,
  type PlanResult,
} from '../model/plan/index.js';
import { stringifyReport } from '../model/report.js';
import type { BandSet } from '../model/bands.js';
import { loadBands, localToday, readInput } from './load.js';
import { renderPlanSummary } from './plan-summary.js';
import { DEFAULT_SCENARIO_PATH } from './templates.js';

/** The model file (or the embedded default scenario) read exactly, with its schema. */
export async function readModelFile(
  path: string | null,
): Promise<ModelDocument & { source: string }> {
  const source = path ?? 'default scenario';
  const text = await readInput(path ?? DEFAULT_SCENARIO_PATH);
  return { ...readModelDocument(text, source), source };
}

type Doc = Record<string, unknown>;
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a hires CSV is checked against, read leniently from the raw plan (the plan's own rules come after). */
function csvContext(doc: unknown) {
  const d = isDoc(doc) ? doc : {};
  const currency = typeof d.currency === 'string' ? d.currency : 'USD';
  const r = d.runwayHorizonMonths;
  const rText = r instanceof JsonNumber ? r.text : typeof r === 'number' ? String(r) : null;
  const runwayHorizonMonths =
    r === undefined ? 120 : rText !== null && /^\d+$/.test(rText) ? Number(rText) : null;
  const templates = isDoc(d.templates) ? Object.keys(d.templates) : [];
  return { currency, runwayHorizonMonths, templates };
}

/** Validates the plan (with the CSV's hires when given) and finds every hire's band row. */
export async function loadPlan(
  file: ModelDocument & { source: string },
  hiresPath: string | null,
  bandsPath: string | null,
): Promise<{ plan: Plan; bands: BandSet; csv: HiresCsv | null }> {
  let doc = file.value;
  let csv: HiresCsv | null = null;
  if (hiresPath !== null) {
    csv = parseHiresCsv(await readInput(hiresPath), hiresPath, csvContext(doc));
    doc = withHiresCsv(doc, csv);
  }
  const atCsv = (err: unknown) =>
    csv !== null && err instanceof InputError ? atCsvLines(err, csv) : err;
  let plan: Plan;
  try {
    plan = parsePlan(doc, { today: localToday() }, file.source);
  } catch (err) {
    throw atCsv(err);
  }
  const bands = await loadBands(hireScenario(plan, 0), bandsPath, file.source);
  return { plan, bands, csv };
}

/** Runs the plan; a hire's missing band row is named at its CSV line when the hires came from one. */
export function runPlanAt(
  plan: Plan,
  bands: BandSet,
  source: string,
  csv: HiresCsv | null,
): PlanResult {
  try {
    return runPlan(plan, bands, source);
  } catch (err) {
    throw csv !== null && err instanceof InputError ? atCsvLines(err, csv) : err;
  }
}

/** The plan's stdout: the §10 JSON or the ten-second summary. */
export function planOutput(result: PlanResult, json: boolean): string {
  return json ? stringifyReport(buildPlanReport(result)) : renderPlanSummary(result);
}
