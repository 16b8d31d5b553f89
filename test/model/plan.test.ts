import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/messages.js';
import {
  addMonthsClamped,
  hireModel,
  hireScenario,
  parsePlan,
  readModelDocument,
  runPlan,
} from '../../src/model/plan/index.js';
import { defaultBands } from '../support/bands.js';
import { ROOT } from '../support/run-cli.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const today = { today: '2026-11-26' };
const base = (): any =>
  JSON.parse(readFileSync(`${ROOT}templates/plans/default-plan.json`, 'utf8'));
const problems = (doc: unknown): string[] => {
  try {
    parsePlan(doc, today);
  } catch (err) {
    if (err instanceof InputError) return [...err.problems];
    throw err;
  }
  return [];
};

describe('a hire’s own scenario (model.md §10 “Per hire”)', () => {
  it('starts s − 1 calendar months after the plan, the day clamped to the month’s end', () => {
    expect(addMonthsClamped('2027-01-31', 0)).toBe('2027-01-31');
    expect(addMonthsClamped('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2027-01-31', 2)).toBe('2027-03-31');
    expect(addMonthsClamped('2027-05-31', 1)).toBe('2027-06-30');
    expect(addMonthsClamped('2027-11-15', 2)).toBe('2028-01-15');
    expect(addMonthsClamped('2027-01-01', 119)).toBe('2036-12-01');
  });

  it('carries the merged offer, the plan’s company and horizons, and its own band row', () => {
    const doc = base();
    doc.startDate = '2027-01-31';
    const plan = parsePlan(doc, today);
    const s = hireScenario(plan, 1); // Priya Raman, month 2, earned-equity with 180,000 shares
    expect(s.startDate).toBe('2027-02-28');
    expect(s.name).toBe('ML team 2027 — Series C — Priya Raman');
    expect(s.offer.equity.size).toEqual({ kind: 'shares', shares: expect.anything() });
    expect(s.offer.equity.size.kind === 'shares' && s.offer.equity.size.shares.toNumber()).toBe(
      180000,
    );
    expect(s.offer.equity.grantFairValue.toString()).toBe('0.65'); // kept from the template
    expect(s.offer.refresh?.milestones).toHaveLength(2);
    expect(s.market).toMatchObject({ role: 'Software Developers', level: 'All', location: 'US' });
    expect(s.horizonMonths).toBe(48);
    expect(s.runwayHorizonMonths).toBe(120);
    expect(s.company.cash.toNumber()).toBe(40000000);
    // Its one-offer result (its Offer Sheet) runs on demand.
    expect(hireModel(plan, 1, defaultBands()).scenario).toBe(s);
  });

  it('a plan without startDate starts on the first of next month', () => {
    const doc = base();
    delete doc.startDate;
    expect(parsePlan(doc, today).startDate).toBe('2026-12-01');
    expect(hireScenario(parsePlan(doc, today), 4).startDate).toBe('2027-05-01');
  });
});

describe('merging hires onto templates (model.md §9 rules)', () => {
  it('refresh: null removes the template’s refresh program', () => {
    const doc = base();
    doc.hires[0].offer.refresh = null;
    const plan = parsePlan(doc, today);
    expect(plan.hires[0]!.scenario.offer.refresh).toBeNull();
    const r = runPlan(plan, defaultBands());
    expect(r.hires[0]!.equity.hit.grantedShares.toNumber()).toBe(120000);
    expect(r.hires[0]!.grants).toHaveLength(1);
  });

  it('names a problem that comes from the template', () => {
    const doc = base();
    doc.templates['cash-heavy'].equity.cliffMonths = 60;
    expect(problems(doc)).toContain(
      'hires[2].offer.equity.cliffMonths: must not exceed vestingMonths (48), got 60 (from template "cash-heavy")',
    );
  });

  it('names an equity field that comes from the template when the hire overrides others', () => {
    const doc = base();
    doc.templates['earned-equity'].equity.cliffMonths = 60;
    // Priya Raman (hires[1]) sets only equity.shares: the cliff is the template's.
    expect(problems(doc)).toContain(
      'hires[1].offer.equity.cliffMonths: must not exceed vestingMonths (48), got 60 (from template "earned-equity")',
    );
    doc.hires[1].offer.equity.cliffMonths = 60;
    expect(problems(doc)).toContain(
      'hires[1].offer.equity.cliffMonths: must not exceed vestingMonths (48), got 60',
    );
    expect(problems(doc)).not.toContain(
      'hires[1].offer.equity.cliffMonths: must not exceed vestingMonths (48), got 60 (from template "earned-equity")',
    );
  });

  it('a template is checked field by field on its own, at its own path', () => {
    const doc = base();
    doc.templates['cash-heavy'].equity.shares = -3;
    expect(problems(doc)).toEqual([
      'templates.cash-heavy.equity.shares: must be at least 0, got -3',
    ]);
  });
});

describe('reading a model file', () => {
  it('dispatches on "schema"', () => {
    expect(readModelDocument('{"schema": 2}', 'f').schema).toBe(2);
    expect(readModelDocument('{"schema": 1}', 'f').schema).toBe(1);
    expect(readModelDocument('{"name": "x"}', 'f').schema).toBe(1);
    expect(() => readModelDocument('{"schema": "2"}', 'f')).toThrow(
      'schema: must be 1 (one offer) or 2 (a hiring plan), got "2"',
    );
    expect(() => readModelDocument('{"schema": 2,}', 'f')).toThrow('not valid JSON: line 1');
  });
});
