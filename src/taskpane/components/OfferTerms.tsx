import type { CASH_TERM_KEYS } from '../../model/hire-cost.js';
import type { NumberKind, Path } from '../draft.js';
import { TextField } from './Fields.js';

/**
 * How the pane shows an offer's terms wherever they are edited: the offer itself (OfferScreen),
 * a package (PackageEditor, which inherits the offer's value while empty) and a plan's hire.
 */

/** A number term's label and how it is typed. */
export interface NumberTerm {
  label: string;
  kind?: NumberKind;
  unit?: string;
  /** Under the offer's own field (a package's field says what it inherits instead). */
  hint?: string;
}

export type CashTerm = (typeof CASH_TERM_KEYS)[number];

type ShownCashTerm = NumberTerm & { key: CashTerm };

/** A money term, typed in dollars. */
function money(key: CashTerm, label: string): ShownCashTerm {
  return { key, label, unit: '$' };
}

/** A percent term, typed as a percentage of the fraction it stores. */
function percent(key: CashTerm, label: string, hint?: string): ShownCashTerm {
  return { key, label, kind: 'percent', hint };
}

/** The offer's cash terms (model.md §3.3, CASH_TERM_KEYS), in the Cash section's order. */
export const CASH_TERMS: readonly ShownCashTerm[] = [
  money('baseSalary', 'Base salary (per year)'),
  percent('annualRaise', 'Annual raise'),
  percent('targetBonusPct', 'Target bonus', 'of base, paid each 12th month'),
  percent('bonusPayoutPct', 'Bonus payout'),
  money('signOnBonus', 'Sign-on bonus'),
  percent('employerLoadPct', 'Employer load', 'taxes and benefits: an assumption'),
  percent('recruitingFeePct', 'Recruiting fee', 'of first-year base'),
];

/** How the pane shows cash term `key`. */
export function cashTerm(key: CashTerm): NumberTerm {
  return CASH_TERMS.find((t) => t.key === key) as NumberTerm;
}

/** Who the offer is for: candidate, title, level and location (text fields under `offer`). */
export function CandidateFields({
  offer,
  candidateTestId,
}: {
  offer: Path;
  candidateTestId?: string;
}) {
  return (
    <>
      <TextField path={[...offer, 'candidate']} label="Candidate" testId={candidateTestId} />
      <TextField path={[...offer, 'role']} label="Role (title)" />
      <TextField path={[...offer, 'level']} label="Level" />
      <TextField path={[...offer, 'location']} label="Location" />
    </>
  );
}
