import { findBand, type BandSet } from '../../model/bands.js';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import { InputError } from '../../model/messages.js';
import {
  atCsvLines,
  parseHiresCsv,
  parsePlan,
  withHiresCsv,
  type HiresCsv,
} from '../../model/plan/index.js';
import { getAt, type Draft } from '../draft.js';
import { templateNames } from './plan-draft.js';

/** A hires CSV read and checked against the plan, ready to preview and then replace `hires`. */
export interface HiresImport {
  file: string;
  rows: {
    line: number;
    candidate: string;
    role: string;
    template: string;
    startMonth: string;
    baseSalary: string;
  }[];
  /** The plan's new `hires` (numbers exact). */
  hires: JsonValue[];
}

const num = (v: unknown) => (v instanceof JsonNumber ? v.text : String(v));

/** What the CSV is read against, taken leniently from the draft (its own rules come after). */
function csvContext(draft: Draft) {
  const currency = getAt(draft, ['currency']);
  const r = getAt(draft, ['runwayHorizonMonths']);
  const rText = r instanceof JsonNumber ? r.text : null;
  return {
    currency: typeof currency === 'string' ? currency : 'USD',
    runwayHorizonMonths:
      r === undefined ? 120 : rText !== null && /^\d+$/.test(rText) ? Number(rText) : null,
    templates: templateNames(draft),
  };
}

/**
 * Reads a hires CSV for the pane (docs/model.md §10): strict, every bad cell named by line and
 * column (parseHiresCsv); then the plan with these hires is validated by the engine, and each
 * hire's problem — a bad merged offer, a band row the plan's band set lacks — is named at its
 * CSV line (atCsvLines). Problems of the plan itself (not of the CSV's hires) do not stop the
 * import: they are the pane's to show. Throws InputError; nothing is changed here.
 */
export function readHiresCsv(
  text: string,
  file: string,
  draft: Draft,
  bandSets: Readonly<Record<string, BandSet>>,
  today: string,
): HiresImport {
  const csv: HiresCsv = parseHiresCsv(text, file, csvContext(draft));
  const doc = withHiresCsv(draft, csv);
  const hireProblems: string[] = [];
  try {
    parsePlan(doc, { today }, file);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    hireProblems.push(...err.problems.filter((p) => p.startsWith('hires')));
  }
  const setName = getAt(draft, ['market', 'bandSet']);
  const set = typeof setName === 'string' ? bandSets[setName] : undefined;
  if (set)
    csv.hires.forEach((h, i) => {
      const m = h.market as { role: string; level: string; location: string };
      if (!findBand(set, m.role, m.level, m.location))
        hireProblems.push(
          `hires[${i}].market: no band row "${m.role} / ${m.level} / ${m.location}" in the band set "${set.name}"`,
        );
    });
  if (hireProblems.length > 0) throw atCsvLines(new InputError(file, hireProblems), csv);
  return {
    file,
    rows: csv.hires.map((h, i) => {
      const offer = h.offer as Record<string, unknown>;
      return {
        line: csv.lines[i] as number,
        candidate: String(offer.candidate),
        role: String(offer.role),
        template: String(h.template),
        startMonth: num(h.startMonth),
        baseSalary: num(offer.baseSalary),
      };
    }),
    hires: csv.hires as JsonValue[],
  };
}
