import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/messages.js';
import { JsonNumber } from '../../src/model/json-text.js';
import { getAt, setAt, toDraft, type Draft } from '../../src/taskpane/draft.js';
import { readHiresCsv } from '../../src/taskpane/plan/hires-import.js';
import {
  addHire,
  addTemplate,
  duplicateHire,
  hiresOf,
  hiresUsing,
  moveHire,
  planText,
  removeHire,
} from '../../src/taskpane/plan/plan-draft.js';
import {
  evaluatePlanText,
  fromPlainBandSet,
  toPlainBandSet,
  type PlanEvaluation,
} from '../../src/taskpane/plan/plan-eval.js';
import { templateProblems } from '../../src/taskpane/plan/plan-problems.js';
import { PlanRunner } from '../../src/taskpane/plan/plan-runner.js';
import { defaultBands } from '../support/bands.js';

const ROOT = new URL('../../', import.meta.url);
const TODAY = '2026-11-26';
const planJson = JSON.parse(
  readFileSync(new URL('templates/plans/default-plan.json', ROOT), 'utf8'),
) as Record<string, unknown>;
const plan = (): Draft => toDraft(planJson);
const bls = defaultBands();
const bands = { 'bls-oews-2024': bls };
const candidates = (d: Draft) => hiresOf(d).map((h) => getAt(h, ['offer', 'candidate']));

describe('Plan mode: the pane evaluates the plan draft with the engine (docs/model.md §10)', () => {
  it('the default plan runs; the summary is plain data a worker message can carry', () => {
    const ev = evaluatePlanText(planText(plan()), bands, TODAY);
    expect(ev.ok).toBe(true);
    if (!ev.ok) return;
    const s = ev.summary;
    expect(s.hires.map((h) => h.candidate)).toEqual(candidates(plan()));
    expect(s.compareAt).toEqual(['p50', 'p75', 'p90']);
    // Structured-clone safe: nothing but plain objects, arrays, strings, numbers and null.
    expect(structuredClone(s)).toEqual(s);
    // cash_0 is the company's cash today (the chart's first point).
    expect(s.cash.baseline[0]).toBe(40_000_000);
    expect(s.cash.planExpected).toHaveLength((planJson.runwayHorizonMonths as number) + 1);
    // daysGained = planExpected.days − market.pNN.days (§10).
    for (const p of s.compareAt)
      expect(s.daysGained[p]).toBe(s.views.planExpected.days! - s.market[p]!.days!);
  });

  it('a bad value comes back at its plan path, never thrown', () => {
    const bad = setAt(plan(), ['hires', 3, 'offer', 'baseSalary'], '15O000');
    const ev = evaluatePlanText(planText(bad), bands, TODAY);
    expect(ev.ok).toBe(false);
    if (!ev.ok)
      expect(ev.problems).toContainEqual({
        path: 'hires[3].offer.baseSalary',
        reason: 'must be a number, got "15O000"',
      });
    const noSet = evaluatePlanText(planText(plan()), {}, TODAY) as PlanEvaluation & { ok: false };
    expect(noSet.problems[0]!.path).toBe('market.bandSet');
  });

  it('band sets survive the trip to the worker exactly', () => {
    const back = fromPlainBandSet(structuredClone(toPlainBandSet(bls)));
    expect(back.rows.map((r) => r.values.p75.toString())).toEqual(
      bls.rows.map((r) => r.values.p75.toString()),
    );
  });
});

describe('Plan mode: the hires list', () => {
  it('adds a hire after the last one (its template, band row and base), a month later', () => {
    const d = addHire(plan());
    const hires = hiresOf(d);
    expect(hires).toHaveLength(9);
    const added = hires[8]!;
    expect(getAt(added, ['template'])).toBe('cash-heavy');
    expect((getAt(added, ['startMonth']) as JsonNumber).text).toBe('12');
    expect((getAt(added, ['offer', 'baseSalary']) as JsonNumber).text).toBe('170000');
    expect(getAt(added, ['offer', 'candidate'])).toBe('New hire 9');
    expect(getAt(added, ['market', 'role'])).toBe('Software Developers');
    expect(evaluatePlanText(planText(d), bands, TODAY).ok).toBe(true);
  });

  it('duplicates, reorders and removes without touching the other hires', () => {
    const d0 = plan();
    const dup = duplicateHire(d0, 1);
    expect(candidates(dup).slice(0, 4)).toEqual([
      'Alex Kim',
      'Priya Raman',
      'Priya Raman (copy)',
      'Jordan Lee',
    ]);
    // The copy is deep: editing it leaves the original alone.
    const edited = setAt(dup, ['hires', 2, 'offer', 'equity', 'shares'], new JsonNumber('1'));
    expect((getAt(edited, ['hires', 1, 'offer', 'equity', 'shares']) as JsonNumber).text).toBe(
      '180000',
    );
    const moved = moveHire(d0, 0, 2);
    expect(candidates(moved).slice(0, 3)).toEqual(['Priya Raman', 'Jordan Lee', 'Alex Kim']);
    expect(moveHire(d0, 0, -1)).toBe(d0);
    const removed = removeHire(d0, 0);
    expect(candidates(removed)[0]).toBe('Priya Raman');
    expect(hiresOf(removed)).toHaveLength(7);
    // The untouched hires are the same objects (their rows are not re-rendered).
    expect(hiresOf(moved)[3]).toBe(hiresOf(d0)[3]);
  });

  it('templates: a copy gets a free name; the hires using one are listed', () => {
    const { draft, name } = addTemplate(plan(), 'cash-heavy');
    expect(name).toBe('cash-heavy-copy');
    expect(addTemplate(draft, 'cash-heavy').name).toBe('cash-heavy-copy-2');
    expect(hiresUsing(draft, 'cash-heavy')).toEqual([2, 4, 7]);
    expect(hiresUsing(draft, name)).toEqual([]);
  });
});

describe('Plan mode: problems go to their screen and, for a template, to its offer fields', () => {
  it("a template's own problems and a hire's problem in a field from the template", () => {
    const m = templateProblems(
      new Map([
        ['templates.cash-heavy.signOnBonus', 'must be at least 0, got -3'],
        ['templates.earned-equity.annualRaise', 'x'],
        [
          'hires[2].offer.equity.cliffMonths',
          'must be at most the vesting months (from template "cash-heavy")',
        ],
        ['hires[3].offer.baseSalary', 'must be a number'],
        ['company.cash', 'must be at least 0'],
      ]),
      'cash-heavy',
    );
    expect([...m.entries()]).toEqual([
      ['offer.signOnBonus', 'must be at least 0, got -3'],
      [
        'offer.equity.cliffMonths',
        'hires[2]: must be at most the vesting months (from template "cash-heavy")',
      ],
      ['company.cash', 'must be at least 0'],
    ]);
  });
});

describe('Plan mode: hires from a CSV (docs/model.md §10), checked against the plan', () => {
  const header =
    'candidate,role,level,location,bandRole,bandLevel,bandLocation,startMonth,baseSalary,template';
  it('a good file gives the preview rows and the new hires, numbers exact', () => {
    const csv = `${header}\nAda Park,ML Engineer,Senior,US,Data Scientists,All,US,2,"$150,000.50",earned-equity\n`;
    const r = readHiresCsv(csv, 'ats.csv', plan(), bands, TODAY);
    expect(r.rows).toEqual([
      {
        line: 2,
        candidate: 'Ada Park',
        role: 'ML Engineer',
        template: 'earned-equity',
        startMonth: '2',
        baseSalary: '150000.5',
      },
    ]);
    const d = setAt(plan(), ['hires'], r.hires);
    expect(evaluatePlanText(planText(d), bands, TODAY).ok).toBe(true);
  });

  it('a bad cell is named by line and column; an unknown band row at its line', () => {
    const bad = `${header}\nAda Park,ML Engineer,Senior,US,Data Scientists,All,US,1,abc,earned-equity\n`;
    expect(() => readHiresCsv(bad, 'ats.csv', plan(), bands, TODAY)).toThrow(
      /line 2, column 9 \(baseSalary\)/,
    );
    const noRow = `${header}\nAda Park,ML Engineer,Senior,US,Astronauts,All,US,1,100000,earned-equity\n`;
    try {
      readHiresCsv(noRow, 'ats.csv', plan(), bands, TODAY);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).problems[0]).toMatch(
        /^line 2, columns 5 \(bandRole\), 6 \(bandLevel\), 7 \(bandLocation\): hires\[0\]\.market: no band row/,
      );
    }
  });
});

describe('Plan mode: the runner (in-process where there are no workers)', () => {
  it('coalesces a burst of requests into the first and the newest', async () => {
    const results: PlanEvaluation[] = [];
    const runner = new PlanRunner(
      {
        onResult: (ev) => results.push(ev),
        onError: (m) => results.push({ ok: false, problems: [{ path: 'bug', reason: m }], ms: 0 }),
      },
      null,
    );
    expect(runner.offMainThread).toBe(false);
    const texts = [1, 2, 3].map((n) =>
      planText(setAt(plan(), ['hires', 0, 'offer', 'baseSalary'], new JsonNumber(`${n}00000`))),
    );
    for (const t of texts) runner.request(t, bands, TODAY);
    await new Promise((r) => setTimeout(r, 50));
    for (let i = 0; i < 200 && results.length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    // The first request started at once; the second was superseded by the third while it ran.
    // The first answer is dropped (a newer one waits), so only the newest is reported.
    expect(results).toHaveLength(1);
    const ev = results[0]!;
    expect(ev.ok).toBe(true);
    if (ev.ok) expect(ev.summary.hires[0]!.baseSalary).toBe('300000');
    runner.dispose();
  });
});
