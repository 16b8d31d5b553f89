/**
 * docs/fields.md, written from the field registry (src/model/field-registry.ts): every scenario
 * field with its kind, default, Inputs-sheet name, pane screen and meaning.
 *
 *   npm run docs:fields          rewrite docs/fields.md
 *
 * test/model/field-registry.test.ts fails when the committed file differs from what this writes,
 * so a new registry entry is documented by running the command, not by editing the table.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { FIELD_REGISTRY, type FieldKind, type FieldSpec } from '../src/model/field-registry.js';

/** What each kind accepts, in the words the validators' messages use. */
const KIND_WORDS: Record<FieldKind, string> = {
  version: 'the format version',
  text: 'text, 1–1,000 characters',
  currency: 'three-letter ISO code',
  date: 'date YYYY-MM-DD',
  enum: 'one of a list',
  money: 'money ≥ 0, two decimals',
  price: 'price > 0, four decimals',
  exitPrice: 'price ≥ 0, two decimals',
  fraction: 'fraction 0–1',
  fdFraction: 'fraction of fully diluted, (0, 1]',
  growth: 'rate > −1',
  rate: 'rate ≥ 0',
  points: 'margin points ≥ 0',
  shares: 'whole shares',
  months: 'whole months',
  days: 'whole days',
  strike: 'strike ≥ 0',
};

export const FIELD_DOCS_PATH = fileURLToPath(new URL('../docs/fields.md', import.meta.url));

const cell = (s: string) => s.replace(/\|/g, '\\|');

function kindOf(f: FieldSpec): string {
  const words = KIND_WORDS[f.kind];
  return f.options ? `${words}: ${f.options.map((o) => `\`"${o}"\``).join(', ')}` : words;
}

function row(f: FieldSpec): string {
  const cells = [
    `\`${f.path}\``,
    kindOf(f),
    f.default,
    f.inName ? `\`${f.inName}\`` : '—',
    f.screen ?? '—',
    f.help + (f.packageSettable ? ' A package may set it.' : ''),
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

/** The whole of docs/fields.md, formatted as the repository's prettier formats Markdown. */
export async function fieldReference(): Promise<string> {
  const text = [
    '# Scenario fields',
    '',
    '<!-- Written by `npm run docs:fields` from src/model/field-registry.ts: do not edit by hand. -->',
    '',
    'Every field of a scenario file (`"schema": 1`), from the field registry. `[]` stands for each',
    'item of a list; `{n}` in an Inputs name for its item number. The screen is the task-pane',
    "screen that edits the field. How the fields are used: [model.md](model.md); the file's rules",
    'in prose: [cli.md](cli.md#the-scenario-format-schema-1).',
    '',
    '| field | kind | default | Inputs name | screen | meaning |',
    '| --- | --- | --- | --- | --- | --- |',
    ...FIELD_REGISTRY.map(row),
    '',
  ].join('\n');
  const options = await prettier.resolveConfig(FIELD_DOCS_PATH);
  return prettier.format(text, { ...options, parser: 'markdown' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(FIELD_DOCS_PATH, await fieldReference());
  console.log(`wrote ${FIELD_DOCS_PATH} (${FIELD_REGISTRY.length} fields)`);
}
