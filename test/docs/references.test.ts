import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The specification lives in docs/model.md. Code, tests and docs cite its sections
 * ("model.md §3.4"); a citation of a section that does not exist, a reference to the old design
 * file that is not in the repository, or a documentation link to a missing file or heading fails
 * here.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED_DIRS = ['src', 'test', 'docs', 'bench', 'scripts', 'templates'];
const SCANNED_FILES = ['README.md', 'CONTRIBUTING.md'];
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|css|csv|xml|txt)$/;
/** Written in two parts so that this file does not match itself. */
const OLD_REFERENCE = 'DESIGN' + ' §';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (TEXT.test(name)) out.push(path);
  }
  return out;
}

function scannedFiles(): string[] {
  return [
    ...SCANNED_DIRS.filter((d) => existsSync(join(ROOT, d))).flatMap((d) => walk(join(ROOT, d))),
    ...SCANNED_FILES.map((f) => join(ROOT, f)),
  ];
}

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen, -1 for repeats. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6} (.+)$/.exec(line);
    if (!m) continue;
    const base = (m[1] as string)
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

const model = readFileSync(join(ROOT, 'docs/model.md'), 'utf8');
/** Section numbers of docs/model.md: "## 3. One offer" → 3, "### 3.4 Company …" → 3.4. */
const sections = new Set(
  [...model.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1] as string),
);

/** Every section a citation names: "model.md §3.3–3.4", "model.md §9, §10", "model.md §3". */
function citedSections(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /model\.md §(\d+(?:\.\d+)?)((?:(?:, | and |–|-)§?\d+(?:\.\d+)?)*)/g,
  )) {
    out.push(m[1] as string);
    for (const more of (m[2] as string).matchAll(/\d+(?:\.\d+)?/g)) out.push(more[0]);
  }
  return out;
}

describe('references to the model specification', () => {
  it('docs/model.md has the sections others cite (§3.1–§3.7, §4, §5, §9, §10, §11)', () => {
    for (const s of [
      '3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '3.6',
      '3.7',
      '4',
      '5',
      '9',
      '10',
      '11',
    ])
      expect(sections, `§${s}`).toContain(s);
  });

  it('nothing cites the old design document', () => {
    const hits = scannedFiles().flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          line.includes(OLD_REFERENCE) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it('every "model.md §N" citation names a section of docs/model.md', () => {
    const files = scannedFiles();
    const bad = files.flatMap((f) =>
      citedSections(readFileSync(f, 'utf8'))
        .filter((s) => !sections.has(s))
        .map((s) => `${relative(ROOT, f)}: §${s}`),
    );
    // Inside docs/model.md a bare "§N" is a citation of its own section.
    for (const m of model.matchAll(/§(\d+(?:\.\d+)?)/g))
      if (!sections.has(m[1] as string)) bad.push(`docs/model.md: §${m[1]}`);
    expect(bad).toEqual([]);
    // The scan really reads the tree (a broken walk or pattern must not pass vacuously).
    expect(files.flatMap((f) => citedSections(readFileSync(f, 'utf8'))).length).toBeGreaterThan(50);
  });

  it('links between README, CONTRIBUTING and docs/*.md reach a file and, with #, a heading', () => {
    const docs = [
      ...SCANNED_FILES.map((f) => join(ROOT, f)),
      ...walk(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')),
    ];
    const bad: string[] = [];
    for (const file of docs) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const href = m[1] as string;
        if (/^[a-z]+:/i.test(href)) continue; // https:, mailto:
        const [path, anchor] = href.split('#') as [string, string | undefined];
        const target = path === '' ? file : resolve(dirname(file), path);
        if (!existsSync(target)) {
          bad.push(`${relative(ROOT, file)}: ${href} (no such file)`);
          continue;
        }
        if (anchor !== undefined && target.endsWith('.md')) {
          if (!anchorsOf(readFileSync(target, 'utf8')).has(anchor))
            bad.push(`${relative(ROOT, file)}: ${href} (no such heading)`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the anchor rule used above', () => {
  it('matches GitHub for the headings this repository links to', () => {
    // Worked by hand from GitHub's rule: lower case, drop punctuation, spaces become hyphens.
    const a = anchorsOf(
      [
        '## The scenario format (`"schema": 1`)',
        "### 3.3 The hire's cash cost",
        '## Notes',
        '## Notes',
      ].join('\n'),
    );
    expect([...a]).toEqual([
      'the-scenario-format-schema-1',
      '33-the-hires-cash-cost',
      'notes',
      'notes-1',
    ]);
  });

  it('reads ranges and lists of sections in one citation', () => {
    expect(citedSections('see model.md §3.3–3.4 and docs/model.md §9, §10')).toEqual([
      '3.3',
      '3.4',
      '9',
      '10',
    ]);
  });
});
