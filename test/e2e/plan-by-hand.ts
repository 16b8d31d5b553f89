import { ZERO, n, type N } from '../support/reference-decimal.js';
import { companyRules, gainHitAt, hireCashParts } from '../support/reference-rules.js';
import type { HandCashTerms, HandCompany, HandGain } from './hand-terms.js';

/**
 * An independent reading of docs/model.md §10's runway (with §3.3–§3.4) for the Plan mode e2e:
 * every hire's cash from its own start month, the company's expected gain as the sum of each
 * hire's probability-weighted ramp, one gross profit per month, read through the independent
 * reference rules (test/support/reference-rules.ts). It imports nothing from src/ — the pane's
 * figure is checked against a second implementation, not against itself.
 */

export type { HandCompany } from './hand-terms.js';

/** One hire's cash terms and gain, as merged from its template and its own fields. */
export interface HandHire extends HandCashTerms {
  startMonth: number;
  gain: HandGain;
}

/** planExpected runway days (ROUND(months × 30.4375, 0)), or null beyond R. */
export function planRunwayDaysByHand(c: HandCompany, hires: readonly HandHire[], R: number) {
  const { runway } = companyRules(c, undefined, R);
  // Each hire in its own month j = k − start + 1 (nothing before it starts).
  const sumHires = (k: number, fn: (h: HandHire, j: number) => N) =>
    hires.reduce((a, h) => {
      const j = k - h.startMonth + 1;
      return j < 1 ? a : a.plus(fn(h, j));
    }, ZERO);
  const pay = (k: number) => sumHires(k, (h, j) => hireCashParts(h, n(h.baseSalary), j).total);
  const points = (k: number) =>
    sumHires(k, (h, j) => (h.gain ? gainHitAt(h.gain, j).times(n(h.gain.probability)) : ZERO));
  return runway(pay, points).days;
}

type Json = Record<string, unknown>;

/** The hires of a plan file (templates merged field by field for the cash terms used here). */
export function handHires(plan: Json): HandHire[] {
  const templates = (plan.templates ?? {}) as Record<string, Json>;
  return (plan.hires as Json[]).map((h) => {
    const offer = {
      ...(templates[h.template as string] ?? {}),
      ...(h.offer as Json),
    } as Record<string, unknown>;
    const t = (k: string) => String(offer[k] ?? 0);
    const g = offer.marginGain as Json | undefined;
    return {
      startMonth: Number(h.startMonth),
      baseSalary: t('baseSalary'),
      annualRaise: t('annualRaise'),
      targetBonusPct: t('targetBonusPct'),
      bonusPayoutPct: String(offer.bonusPayoutPct ?? 1),
      signOnBonus: t('signOnBonus'),
      employerLoadPct: t('employerLoadPct'),
      recruitingFeePct: t('recruitingFeePct'),
      gain: g
        ? {
            points: String(g.points),
            startMonth: Number(g.startMonth),
            fullMonth: Number(g.fullMonth),
            probability: String(g.probability ?? 1),
          }
        : null,
    };
  });
}
