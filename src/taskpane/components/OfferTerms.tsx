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

/** The offer's cash terms (model.md §3.3: CASH_TERM_KEYS), in the order the offer's Cash section shows them. */
export const CASH_TERMS: readonly (NumberTerm & { key: CashTerm })[] = [
  { key: 'baseSalary', label: 'Base salary (per year)', unit: '$' },
  { key: 'annualRaise', label: 'Annual raise', kind: 'percent' },
  {
    key: 'targetBonusPct',
    label: 'Target bonus',
    kind: 'percent',
    hint: 'of base, paid each 12th month',
  },
  { key: 'bonusPayoutPct', label: 'Bonus payout', kind: 'percent' },
  { key: 'signOnBonus', label: 'Sign-on bonus', unit: '$' },
  {
    key: 'employerLoadPct',
    label: 'Employer load',
    kind: 'percent',
    hint: 'taxes and benefits: an assumption',
  },
  { key: 'recruitingFeePct', label: 'Recruiting fee', kind: 'percent', hint: 'of first-year base' },
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
