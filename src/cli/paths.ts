import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../model/messages.js';
import type { ModelArgs } from './args.js';

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a, { throwIfNoEntry: false });
    const sb = statSync(b, { throwIfNoEntry: false });
    return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** An output that would replace an input (same path, link or hard link) is refused: exit 2. */
export function refuseOutputOverInput(args: ModelArgs): void {
  const inputs: [string, string | null][] = [
    ['the scenario file', args.scenario],
    ['the --bands file', args.bands],
    ['the --hires file', args.hires],
  ];
  for (const [flag, out] of [
    ['--xlsx', args.xlsx],
    ['--pdf', args.pdf],
  ] as const) {
    if (out === null) continue;
    for (const [what, input] of inputs)
      if (input !== null && sameFile(out, input))
        throw new InputError(flag, [
          `"${out}" is ${what}; writing there would destroy the input, choose another output name`,
        ]);
  }
}
