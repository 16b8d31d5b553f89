import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBandsCsv } from '../../src/model/bands-csv.js';
import { setAt, toDraft, type Draft } from '../../src/taskpane/draft.js';
import { JsonNumber } from '../../src/model/json-text.js';
import { planCheckpoints, planRiskSubject } from '../../src/taskpane/plan/plan-risk.js';
import type { RiskRequest, RiskSummary } from '../../src/taskpane/risk/protocol.js';
import { riskReplies } from '../support/risk-run.js';
import { handHires, planRunwayDaysByHand, type HandCompany } from '../e2e/plan-by-hand.js';

/**
 * Plan mode's Risk view (docs/model.md §11 on a plan): the subject the pane builds from the plan
 * draft and the worker's run of it, against a tiny plan enumerated by hand with the independent
 * plan runway of test/e2e/plan-by-hand.ts.
 */
type Json = Record<string, unknown>;
const ROOT = new URL('../../', import.meta.url);
const PLAN = JSON.parse(
  readFileSync(new URL('templates/plans/default-plan.json', ROOT), 'utf8'),
) as Json & { hires: Json[]; company: Json };
const bls = parseBandsCsv(
  readFileSync(new URL('templates/bands/bls-oews-2024.csv', ROOT), 'utf8'),
  'bls-oews-2024',
);
const bandSets = { 'bls-oews-2024': bls };
const company = Object.fromEntries(
  Object.entries(PLAN.company).map(([k, v]) => [k, String(v)]),
) as unknown as HandCompany;
const R = PLAN.runwayHorizonMonths as number;

/**
 * Two hires of the default plan: Alex Kim (earned-equity: two milestones and a 3-point gain with
 * probability 0.6, from month 1) and Jordan Lee (cash-heavy: a 2-point gain with probability 0.6,
 * no refresh program, from month 3). Their templates' miss probability is set to 0 here, so the
 * events are four, 16 outcomes: exact enumeration.
 */
const noMisses = (templates: Json) =>
  Object.fromEntries(
    Object.entries(templates).map(([name, t]) => [name, { ...(t as Json), missProbability: 0 }]),
  );
const TINY = {
  ...PLAN,
  templates: noMisses(PLAN.templates as Json),
  hires: [PLAN.hires[0], PLAN.hires[2]],
};
const tinyDraft = (): Draft => toDraft(TINY);

function simulateDraft(draft: Draft, options: RiskRequest['options']): RiskSummary {
  const replies = riskReplies({
    type: 'run',
    id: 1,
    subject: planRiskSubject(draft, bandSets),
    today: '2026-12-02',
    options,
  });
  const done = replies.at(-1);
  if (done?.type !== 'done') throw new Error(JSON.stringify(done));
  return done.summary;
}

/** Smallest x with P(days ≤ x) ≥ q over (days, probability) outcomes (a lower quantile). */
function lowerQuantile(outcomes: [number, number][], q: number): number {
  const sorted = [...outcomes].sort((a, b) => a[0] - b[0]);
  let cdf = 0;
  for (const [days, p] of sorted) {
    cdf += p;
    if (cdf >= q - 1e-12) return days;
  }
  throw new Error('no mass');
}

describe('Plan mode Risk: the worker simulates the plan the pane holds', () => {
  it('the subject is the plan text with the band set its hires read', () => {
    const s = planRiskSubject(tinyDraft(), bandSets);
    expect(s.kind).toBe('plan');
    expect(JSON.parse(s.text).hires).toHaveLength(2);
    expect(s.bandSet.name).toBe('bls-oews-2024');
    expect(s.bandSet.rows.map((r) => [r.role, r.values.p75])).toEqual([
      ['Data Scientists', '155810'],
      ['Software Developers', '169000'],
    ]);
    expect(structuredClone(s)).toEqual(s);
    expect(planCheckpoints(tinyDraft())).toEqual({ early: 2, late: 9, timeToFillDays: 105 });
  });

  it('a two-hire plan, enumerated by hand: P10/P50/P90 of the plan and the P75 cash match, and the chance the plan lasts as long', () => {
    const r = simulateDraft(tinyDraft(), { method: 'auto', paths: 20000, seed: 1 });
    // Misses 0: events are Alex's two milestones and the two gains: 2^4 = 16 outcomes.
    expect([r.method, r.paths, r.seed, r.events]).toEqual(['exact', 16, null, 4]);
    expect(r.hires).toEqual([
      { candidate: 'Alex Kim', missProbability: '0' },
      { candidate: 'Jordan Lee', missProbability: '0' },
    ]);
    // Runway depends only on which gains land (milestones move equity, not cash): four cases
    // with probabilities none 0.4 × 0.4 = 0.16, Alex only 0.6 × 0.4 = 0.24, Jordan only 0.24,
    // both 0.36. Each case's runway is the by-hand plan runway with those gains at probability
    // 1 and the others at 0; the P75 cash match pays each hire its band's P75 base instead.
    const [alex, jordan] = handHires(TINY);
    const cases: [boolean, boolean, number][] = [
      [false, false, 0.16],
      [true, false, 0.24],
      [false, true, 0.24],
      [true, true, 0.36],
    ];
    const days = (baseAlex: string, baseJordan: string) =>
      cases.map(([a, j, p]): [number, number] => [
        planRunwayDaysByHand(
          company,
          [
            {
              ...alex!,
              baseSalary: baseAlex,
              gain: { ...alex!.gain!, probability: a ? '1' : '0' },
            },
            {
              ...jordan!,
              baseSalary: baseJordan,
              gain: { ...jordan!.gain!, probability: j ? '1' : '0' },
            },
          ],
          R,
        ) as number,
        p,
      ]);
    const plan = days(alex!.baseSalary, jordan!.baseSalary);
    const p75 = days('155810', '169000'); // BLS P75: Data Scientists, Software Developers
    // P(plan ≥ match) over the same draws (the same gains on both sides).
    const beats = plan.reduce((sum, [d, p], i) => (d >= p75[i]![0] ? sum + p : sum), 0);
    for (const c of r.checkpoints) {
      for (const [q, key] of [
        [0.1, 'p10'],
        [0.5, 'p50'],
        [0.9, 'p90'],
      ] as const) {
        expect(c.plan[key], `plan ${key} month ${c.month}`).toBe(lowerQuantile(plan, q));
        expect(c.market.p75?.[key], `P75 ${key} month ${c.month}`).toBe(lowerQuantile(p75, q));
      }
      expect(c.plan.beyondR).toBe('0.0000');
      expect(c.pBeatsMarket.p75).toBe(beats.toFixed(4));
    }
    // No misses: both checkpoints agree, so the earlier one is worth nothing.
    expect(r.worth).toEqual({ early: 2, late: 9, p50: 0, p10: 0 });
  });

  it('miss probabilities per template and per hire reach the run; a bad one is named at its hire', () => {
    let draft = setAt(
      tinyDraft(),
      ['templates', 'earned-equity', 'missProbability'],
      new JsonNumber('0.25'),
    );
    draft = setAt(draft, ['hires', 1, 'offer', 'missProbability'], new JsonNumber('0.5'));
    const r = simulateDraft(draft, { method: 'monte-carlo', paths: 3000, seed: 5 });
    expect([r.method, r.paths, r.seed]).toEqual(['monte-carlo', 3000, 5]);
    expect(r.hires).toEqual([
      { candidate: 'Alex Kim', missProbability: '0.25' },
      { candidate: 'Jordan Lee', missProbability: '0.5' },
    ]);
    const bad = setAt(draft, ['hires', 1, 'offer', 'missProbability'], new JsonNumber('2'));
    const [reply] = riskReplies({
      type: 'run',
      id: 2,
      subject: planRiskSubject(bad, bandSets),
      today: '2026-12-02',
      options: { method: 'auto', paths: 10, seed: 1 },
    });
    expect(reply?.type).toBe('error');
    expect(reply?.type === 'error' && reply.problems.join('\n')).toMatch(
      /hires\[1\]\.offer\.missProbability/,
    );
  });

  it('a plan whose band set is not loaded is named at market, not thrown', () => {
    const [reply] = riskReplies({
      type: 'run',
      id: 3,
      subject: planRiskSubject(tinyDraft(), {}),
      today: '2026-12-02',
      options: { method: 'auto', paths: 10, seed: 1 },
    });
    expect(reply?.type).toBe('error');
  });
});
