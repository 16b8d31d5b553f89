import { ZERO, n } from '../support/reference-decimal.js';
import { companyRules, gainHitAt, hireCashParts } from '../support/reference-rules.js';
import type { HandCashTerms, HandCompany, HandGain } from './hand-terms.js';

/**
 * model.md §3.3–3.4 (cash cost, company, gain path, runway days) for the e2e tests, read through
 * the independent reference rules (test/support/reference-rules.ts): it does not import
 * src/model, so the pane's figure is checked against a second path, not against itself.
 */

/** One offer in its company, over a runway horizon of R months. */
export interface HandScenario extends HandCompany, HandCashTerms {
  gain: HandGain;
  R: number;
}

/** The default scenario (templates/scenarios/default.json) as the by-hand model reads it. */
export const DEFAULT_HAND_SCENARIO: HandScenario = {
  cash: '40000000',
  monthlyRevenue: '1500000',
  revenueGrowthMonthly: '0.01',
  grossMargin: '0.72',
  monthlyOpex: '3200000',
  opexGrowthMonthly: '0',
  baseSalary: '150000',
  annualRaise: '0.03',
  targetBonusPct: '0.1',
  bonusPayoutPct: '1',
  signOnBonus: '20000',
  employerLoadPct: '0.25',
  recruitingFeePct: '0.2',
  gain: { points: '3', startMonth: 4, fullMonth: 12, probability: '0.6' },
  R: 120,
};

/** Runway days (ROUND(runway × 30.4375, 0)) or null beyond R, for a hire paid `base` (null: no hire). */
export function runwayDaysByHand(
  s: HandScenario,
  base: string | null,
  gainWeight: 'expected' | 'none',
): number | null {
  const { runway } = companyRules(s, undefined, s.R);
  const hireCash = (k: number) => (base === null ? ZERO : hireCashParts(s, n(base), k).total);
  const gain = (k: number) =>
    s.gain && gainWeight === 'expected' ? gainHitAt(s.gain, k).times(n(s.gain.probability)) : ZERO;
  return runway(hireCash, gain).days;
}
