import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { Decimal } from '../../model/decimal.js';
import { sizePrice } from '../../model/grants.js';
import { JsonNumber } from '../../model/json-text.js';
import type { ModelResult } from '../../model/model.js';
import { GRANT_SIZE_KEYS } from '../../model/offer-merge.js';
import { ChoiceField, FieldGrid, NumberField, TextField } from '../components/Fields.js';
import { Section } from '../components/Section.js';
import {
  GRANT_SIZE_LABEL,
  GrantSizeField,
  INSTRUMENT_OPTIONS,
  VESTING_TERMS,
  grantSizeKind,
  withGrantSize,
  type GrantSizeKey,
} from '../components/GrantFields.js';
import { useDraft } from '../state.js';

const EQUITY = ['offer', 'equity'] as const;

/** The same grant in another unit, from the last valid result (a starting point to edit). */
function convertedSize(kind: GrantSizeKey, result: ModelResult | null): JsonNumber {
  const initial = result?.grants.find((g) => g.grant.kind === 'initial')?.grant;
  const s = result?.scenario;
  if (!initial || !s) return new JsonNumber(kind === 'percentOfFullyDiluted' ? '0.001' : '100000');
  const price = sizePrice(s);
  if (kind === 'shares') return new JsonNumber(initial.shares.toString());
  if (kind === 'value')
    return new JsonNumber(initial.shares.times(price).toDecimalPlaces(2).toString());
  return new JsonNumber(
    Decimal.max(
      initial.shares.div(s.company.fullyDilutedShares).toDecimalPlaces(6),
      new Decimal('0.000001'),
    ).toString(),
  );
}

/** Offer: who, cash terms and the initial grant. */
export function OfferScreen({ result }: { result: ModelResult | null }) {
  const { draft, update } = useDraft();
  const kind = grantSizeKind(draft, EQUITY) ?? 'shares';
  return (
    <>
      <Section title="Candidate and role">
        <FieldGrid>
          <TextField path={['offer', 'candidate']} label="Candidate" />
          <TextField path={['offer', 'role']} label="Role (title)" />
          <TextField path={['offer', 'level']} label="Level" />
          <TextField path={['offer', 'location']} label="Location" />
          <TextField path={['startDate']} label="Start date" hint="YYYY-MM-DD" />
          <TextField path={['name']} label="Scenario name" wide />
        </FieldGrid>
      </Section>
      <Section title="Cash">
        <FieldGrid>
          <NumberField
            path={['offer', 'baseSalary']}
            label="Base salary (per year)"
            testId="base-salary"
            unit="$"
          />
          <NumberField path={['offer', 'annualRaise']} label="Annual raise" kind="percent" />
          <NumberField
            path={['offer', 'targetBonusPct']}
            label="Target bonus"
            kind="percent"
            hint="of base, paid each 12th month"
          />
          <NumberField path={['offer', 'bonusPayoutPct']} label="Bonus payout" kind="percent" />
          <NumberField path={['offer', 'signOnBonus']} label="Sign-on bonus" unit="$" />
          <NumberField
            path={['offer', 'employerLoadPct']}
            label="Employer load"
            kind="percent"
            hint="taxes and benefits: an assumption"
          />
          <NumberField
            path={['offer', 'recruitingFeePct']}
            label="Recruiting fee"
            kind="percent"
            hint="of first-year base"
          />
        </FieldGrid>
      </Section>
      <Section title="Initial grant">
        <Field label="Grant size given as">
          <RadioGroup
            value={kind}
            onChange={(_, d) => {
              const next = d.value as GrantSizeKey;
              if (next === kind) return;
              update((dr) => withGrantSize(dr, EQUITY, next, convertedSize(next, result)));
            }}
          >
            {GRANT_SIZE_KEYS.map((k) => (
              <Radio key={k} value={k} label={GRANT_SIZE_LABEL[k]} />
            ))}
          </RadioGroup>
        </Field>
        <FieldGrid>
          <GrantSizeField equity={EQUITY} kind={kind} sharesTestId="grant-shares" />
          <ChoiceField
            path={[...EQUITY, 'instrument']}
            label="Instrument"
            options={INSTRUMENT_OPTIONS}
          />
          <NumberField
            path={[...EQUITY, 'strike']}
            label="Strike price"
            unit="$"
            hint="treated as 0 for RSUs"
          />
          <NumberField path={[...EQUITY, 'grantFairValue']} label="Grant fair value" unit="$" />
          <ChoiceField
            path={['offer', 'sizingPrice']}
            label="Size dollar grants at"
            options={[
              { value: 'preferred', label: 'Preferred price' },
              { value: 'fmv', label: '409A fair market value' },
            ]}
          />
          {VESTING_TERMS.map((t) => (
            <NumberField key={t.key} path={[...EQUITY, t.key]} label={t.label} />
          ))}
        </FieldGrid>
      </Section>
    </>
  );
}
