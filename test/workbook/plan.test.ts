import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runModel } from '../../src/model/model.js';
import { parseScenarioText } from '../../src/model/scenario.js';
import { buildWorkbookPlan, SHEETS } from '../../src/workbook/build.js';
import {
  a1,
  colLetter,
  dateSerial,
  sheetCells,
  styleRuns,
  type WorkbookPlan,
} from '../../src/workbook/plan.js';
import { generateScenarios } from '../parity/generate.js';
import { defaultBands } from '../support/bands.js';

const BANDS = defaultBands();
const DEFAULT = parseScenarioText(
  readFileSync('templates/scenarios/default.json', 'utf8'),
  { today: '2026-11-26' },
  'default',
);
const plan = buildWorkbookPlan(runModel(DEFAULT, BANDS), BANDS);
const generated = generateScenarios(12, 7).map((g) =>
  buildWorkbookPlan(runModel(g.scenario, BANDS), BANDS),
);

/** Functions both Excel and LibreOffice 7.4 evaluate, and all the plan may use. */
const ALLOWED = new Set([
  'ROUND',
  'ROUNDUP',
  'INT',
  'MIN',
  'MAX',
  'IF',
  'AND',
  'OR',
  'SUM',
  'SUMIF',
  'SUMPRODUCT',
  'COUNTIF',
  'MATCH',
  'INDEX',
  'MOD',
  'ISNUMBER',
  'TEXT',
]);

const stripStrings = (f: string) => f.replace(/"(?:[^"]|"")*"/g, '""');

function formulas(p: WorkbookPlan) {
  const out: { sheet: string; cell: string; formula: string }[] = [];
  for (const s of p.sheets)
    for (const { row, col, cell } of sheetCells(s))
      if (cell.kind === 'formula')
        out.push({ sheet: s.name, cell: a1(row, col), formula: cell.formula });
  return out;
}

describe('workbook plan', () => {
  it('has the sheets of model.md §5, the Offer Sheet first', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      SHEETS.offer,
      SHEETS.summary,
      SHEETS.inputs,
      SHEETS.runway,
      SHEETS.schedule,
      SHEETS.bands,
      SHEETS.miss,
    ]);
  });

  it('defines the required public names, each on one cell', () => {
    const required = [
      'Out_RunwayDays_Baseline',
      'Out_RunwayDays_OfferNoGain',
      'Out_RunwayDays_OfferExpected',
      'Out_RunwayDays_OfferHit',
      'Out_RunwayDays_Market_P50',
      'Out_RunwayDays_Market_P75',
      'Out_RunwayDays_Market_P90',
      'Out_CashCost_Offer',
      'Out_Dilution_Hit',
      'Out_Dilution_Expected',
      'Out_BandPercentile',
      'Out_MarginRoi',
      'Out_MissCost_Savings',
      'In_BaseSalary',
      'In_Cash',
      'In_GrossMargin',
    ];
    for (const n of required) {
      const def = plan.names.find((d) => d.name === n);
      expect(def, n).toBeDefined();
      expect(def?.range, n).toMatch(/^\$[A-Z]+\$\d+$/);
    }
    expect(new Set(plan.names.map((n) => n.name)).size).toBe(plan.names.length);
  });

  it('names a market runway for every compareAt entry (p10 included)', () => {
    for (const [i, p] of generated.entries()) {
      const g = generateScenarios(12, 7)[i]?.scenario;
      for (const pc of g?.market.compareAt ?? [])
        expect(p.names.some((n) => n.name === `Out_RunwayDays_Market_${pc.toUpperCase()}`)).toBe(
          true,
        );
    }
  });

  it('every input name points at a literal cell; every Out_ name at a formula', () => {
    for (const p of [plan, ...generated])
      for (const n of p.names) {
        if (!/^(In|Out)_/.test(n.name) || n.range.includes(':')) continue;
        const sheet = p.sheets.find((s) => s.name === n.sheet);
        const [, col, row] = /^\$([A-Z]+)\$(\d+)$/.exec(n.range) as RegExpExecArray;
        const cell = [...sheetCells(sheet!)].find(
          (c) => colLetter(c.col) === col && c.row + 1 === Number(row),
        )?.cell;
        if (n.name.startsWith('In_'))
          expect(['number', 'text', 'date', 'empty'], n.name).toContain(cell?.kind);
        else expect(cell?.kind, n.name).toBe('formula');
      }
  });

  it('uses only functions Excel and LibreOffice 7.4 both evaluate', () => {
    for (const p of [plan, ...generated])
      for (const f of formulas(p)) {
        expect(f.formula.startsWith('=')).toBe(false);
        for (const m of stripStrings(f.formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g))
          expect(ALLOWED.has(m[1] as string), `${f.sheet}!${f.cell}: ${f.formula}`).toBe(true);
      }
  });

  it('every name a formula uses is defined', () => {
    for (const p of [plan, ...generated]) {
      const defined = new Set(p.names.map((n) => n.name));
      for (const f of formulas(p))
        for (const m of stripStrings(f.formula).matchAll(
          /\b(?:In|Out|Run|Sch|Band|Calc)_[A-Za-z0-9_]+\b/g,
        ))
          expect(defined.has(m[0]), `${f.sheet}!${f.cell} uses ${m[0]}`).toBe(true);
    }
  });

  it('derives every number on the output sheets by formula (inputs live only on Inputs and Bands)', () => {
    for (const s of plan.sheets) {
      if (s.name === SHEETS.inputs || s.name === SHEETS.bands) continue;
      for (const { row, col, cell } of sheetCells(s)) {
        if (cell.kind !== 'number') continue;
        // Literal numbers elsewhere are only labels: month/year indexes and the initial grant's
        // month 0 and weight 1.
        const label =
          cell.style === 'label' ||
          (s.name === SHEETS.schedule && (cell.value === 0 || cell.value === 1));
        expect(label, `${s.name}!${a1(row, col)} = ${cell.value}`).toBe(true);
      }
    }
  });

  it('writes blocks as dense rectangles and text as text', () => {
    for (const p of [plan, ...generated])
      for (const s of p.sheets)
        for (const b of s.blocks) {
          const w = b.cells[0]?.length ?? 0;
          expect(w).toBeGreaterThan(0);
          for (const line of b.cells) expect(line.length).toBe(w);
          for (const line of b.cells)
            for (const c of line) if (c.kind === 'text') expect(c.format).toBe('@');
        }
  });

  it('writes each sheet in few blocks', () => {
    const runway = plan.sheets.find((s) => s.name === SHEETS.runway)!;
    expect(runway.blocks.length).toBeLessThanOrEqual(5);
    const all = plan.sheets.reduce((n, s) => n + s.blocks.length, 0);
    expect(all).toBeLessThan(80);
  });

  it('style runs cover exactly the styled cells', () => {
    for (const s of plan.sheets)
      for (const b of s.blocks) {
        const covered = new Map<string, string>();
        for (const run of styleRuns(b))
          for (let r = run.row0; r <= run.row1; r++)
            for (let c = run.col0; c <= run.col1; c++) {
              expect(covered.has(`${r}:${c}`)).toBe(false);
              covered.set(`${r}:${c}`, run.style);
            }
        b.cells.forEach((line, r) =>
          line.forEach((cell, c) =>
            expect(covered.get(`${b.anchor.row + r}:${b.anchor.col + c}`)).toBe(cell.style),
          ),
        );
      }
  });

  it('sets up the Offer Sheet for print: area, portrait, one page wide', () => {
    const offer = plan.sheets.find((s) => s.name === SHEETS.offer)!;
    expect(offer.print?.fitToWidth).toBe(1);
    expect(offer.print?.orientation).toBe('portrait');
    expect(offer.print?.area).toMatch(/^\$A\$1:\$[A-Z]+\$\d+$/);
    const texts = [...sheetCells(offer)].flatMap(({ cell }) =>
      cell.kind === 'text' ? [cell.text] : [],
    );
    expect(texts.join('\n')).toMatch(/cut off by the yearly cap are not carried forward/);
    expect(texts.join('\n')).toMatch(/Refresh strikes are today’s 409A/);
    expect(texts).toContain('How refreshes are earned');
    expect(texts).toContain(DEFAULT.offer.refresh!.milestones[0]!.name);
  });

  it('has a runway line chart of baseline, offer expected and market P75 cash', () => {
    const runway = plan.sheets.find((s) => s.name === SHEETS.runway)!;
    const chart = runway.charts?.[0];
    expect(chart?.kind).toBe('line');
    expect(chart?.series.map((s) => s.name)).toEqual([
      'Baseline (no hire)',
      'Offer, expected gain',
      'Cash match at market P75',
    ]);
    const cash = (suffix: string) => plan.names.find((n) => n.name === `Run_Cash_${suffix}`)?.range;
    expect(chart?.series.map((s) => s.range)).toEqual([
      cash('Baseline'),
      cash('OfferExpected'),
      cash('Market_P75'),
    ]);
  });

  it('marks a runway beyond the horizon as empty, with a "beyond" note', () => {
    const rich = parseScenarioText(
      readFileSync('templates/scenarios/default.json', 'utf8').replace(
        '"cash": 40000000',
        '"cash": 900000000',
      ),
      { today: '2026-11-26' },
      'rich',
    );
    const p = buildWorkbookPlan(runModel(rich, BANDS), BANDS);
    const def = p.names.find((n) => n.name === 'Out_RunwayDays_Baseline')!;
    const sheet = p.sheets.find((s) => s.name === def.sheet)!;
    const cells = [...sheetCells(sheet)];
    const at = (col: number, row: number) =>
      cells.find((c) => c.col === col && c.row === row)?.cell;
    const [, col, row] = /^\$([A-Z]+)\$(\d+)$/.exec(def.range)!;
    const c = cells.find((x) => colLetter(x.col) === col && x.row + 1 === Number(row))!;
    expect(c.cell.kind === 'formula' && c.cell.cached).toBe('');
    const note = at(c.col + 2, c.row);
    expect(note?.kind === 'formula' && note.cached).toBe('beyond month 120');
  });

  it('dates are Excel serials', () => {
    expect(dateSerial('1900-03-01')).toBe(61);
    expect(dateSerial('2027-01-01')).toBe(46388);
  });
});

describe('layering', () => {
  it('src/workbook is pure and src/xlsx runs in a browser (no Node, no Office imports)', () => {
    for (const [dir, banned] of [
      ['src/workbook', /from '(node:[^']*|fs|path|os|exceljs|jszip|react[^']*|@fluentui\/[^']*)'/],
      ['src/xlsx', /from '(node:[^']*|fs|path|os|child_process)'/],
    ] as const)
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) =>
        x.endsWith('.ts'),
      )) {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        expect(banned.test(text), `${dir}/${f}`).toBe(false);
        expect(
          /\b(Excel|Office)\.\w/.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
          `${dir}/${f}`,
        ).toBe(false);
      }
  });
});

describe('size guard', () => {
  it('refuses a workbook too big to open, naming the fields to change', () => {
    const big = JSON.parse(readFileSync('templates/scenarios/default.json', 'utf8'));
    big.horizonMonths = 1200;
    big.runwayHorizonMonths = 1200;
    big.offer.refresh.margin.measureEveryMonths = 1;
    const s = parseScenarioText(JSON.stringify(big), { today: '2026-11-26' }, 'big');
    // Runway 1,200 × (9 + 7×4 + 3×7) = 69,600; Schedule 1,200 × (14 + 2×1,203 grant columns) = 2,904,000.
    expect(() => buildWorkbookPlan(runModel(s, BANDS), BANDS)).toThrow(
      /horizonMonths: the workbook would need about 2,973,600 formula cells/,
    );
  });
});

describe('formulas use defined names, not magic addresses (model.md §5)', () => {
  it('no formula reaches another sheet by a cell address', () => {
    const plans = [
      buildWorkbookPlan(
        runModel(
          parseScenarioText(readFileSync('templates/scenarios/default.json', 'utf8'), {
            today: '2026-11-26',
          }),
          BANDS,
        ),
        BANDS,
      ),
    ];
    let formulas = 0;
    for (const plan of plans)
      for (const sheet of plan.sheets)
        for (const block of sheet.blocks)
          for (const row of block.cells)
            for (const c of row) {
              if (c.kind !== 'formula') continue;
              formulas++;
              const outsideStrings = c.formula.replace(/"[^"]*"/g, '""');
              expect(
                /(?:'[^']+'|[A-Za-z][\w ]*)!\$?[A-Z]{1,3}\$?\d/.test(outsideStrings),
                `${sheet.name}: ${c.formula}`,
              ).toBe(false);
            }
    expect(formulas).toBeGreaterThan(9000);
  });
});
