import type { ModelResult } from '../../model/model.js';
import { FieldGrid, NumberField, TextField } from '../components/Fields.js';
import { Section } from '../components/Section.js';
import { InitialGrantFields } from '../components/GrantFields.js';
import { CASH_TERMS, CandidateFields } from '../components/OfferTerms.js';
import { RegisteredOfferFields } from '../components/RegisteredFields.js';

const OFFER = ['offer'] as const;

/** The plain offer fields this screen lays out itself; any other goes under Cash by the registry. */
const LAID_OUT = [
  ...CASH_TERMS.map((t) => t.key),
  'candidate',
  'role',
  'level',
  'location',
  'sizingPrice',
];

/** Offer: who, cash terms and the initial grant. */
export function OfferScreen({ result }: { result: ModelResult | null }) {
  return (
    <>
      <Section title="Candidate and role">
        <FieldGrid>
          <CandidateFields offer={OFFER} />
          <TextField path={['startDate']} label="Start date" hint="YYYY-MM-DD" />
          <TextField path={['name']} label="Scenario name" wide />
        </FieldGrid>
      </Section>
      <Section title="Cash">
        <FieldGrid>
          {CASH_TERMS.map(({ key, ...shown }) => (
            <NumberField
              key={key}
              path={[...OFFER, key]}
              {...shown}
              testId={key === 'baseSalary' ? 'base-salary' : undefined}
            />
          ))}
          <RegisteredOfferFields offer={OFFER} screen="offer" laidOut={LAID_OUT} />
        </FieldGrid>
      </Section>
      <Section title="Initial grant">
        <InitialGrantFields result={result} />
      </Section>
    </>
  );
}
