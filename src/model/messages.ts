import type { z } from 'zod';
import { shown } from './fields.js';

/**
 * Every validation message in one place: a zod issue becomes "path: what is wrong, what was given"
 * (for example `offer.refresh.milestones[1].probability: must be between 0 and 1, got 1.5`).
 */

/** `['offer','milestones',1,'probability']` → `offer.milestones[1].probability`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

const article = (what: string) => (/^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`);

/** Per-parse error map: plain words for zod's own issues (types of objects, lists, text). */
export function zodErrorMap(iss: {
  code?: string;
  input?: unknown;
  expected?: string;
}): string | undefined {
  if (iss.code === 'invalid_type') {
    if (iss.input === undefined) return 'is required';
    const expected = iss.expected === 'array' ? 'list' : (iss.expected ?? 'value');
    return `must be ${article(expected)}, got ${shown(iss.input)}`;
  }
  return undefined;
}

/** One readable line per problem. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        lines.push(
          `${formatPath([...issue.path, key])}: is not a field of scenario schema 1 (check the spelling)`,
        );
      }
    } else {
      lines.push(`${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  return lines;
}

/** Bad input: the CLI exits 2 with these lines; the pane shows them beside the fields. */
export class InputError extends Error {
  constructor(
    /** Where the input came from: a file name, "scenario", "bands". */
    readonly source: string,
    /** One line per problem, each starting with the JSON path or the CSV line. */
    readonly problems: readonly string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
    this.name = 'InputError';
  }
}
