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

export const CASH_TERMS = {
  baseSalary: { label: 'Base salary (per year)', unit: '$' },
  annualRaise: { label: 'Annual raise', kind: 'percent' },
  targetBonusPct: { label: 'Target bonus', kind: 'percent', hint: 'of base, paid each 12th month' },
  bonusPayoutPct: { label: 'Bonus payout', kind: 'percent' },
  signOnBonus: { label: 'Sign-on bonus', unit: '$' },
  employerLoadPct: {
    label: 'Employer load',
    kind: 'percent',
    hint: 'taxes and benefits: an assumption',
  },
  recruitingFeePct: { label: 'Recruiting fee', kind: 'percent', hint: 'of first-year base' },
} as const satisfies Record<string, NumberTerm>;

export type CashTerm = keyof typeof CASH_TERMS;

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
