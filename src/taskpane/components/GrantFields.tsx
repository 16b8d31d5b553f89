import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { Decimal } from '../../model/decimal.js';
import { sizePrice } from '../../model/grants.js';
import { JsonNumber, type JsonValue } from '../../model/json-text.js';
import type { ModelResult } from '../../model/model.js';
import { GRANT_SIZE_KEYS } from '../../model/offer-merge.js';
import { getAt, setAt, type Draft, type Path } from '../draft.js';
import { ChoiceField, FieldGrid, NumberField } from './Fields.js';
import { useDraft } from '../state.js';

/**
 * What the offer's grant editor (OfferScreen) and a package's (PackageEditor) share: the three
 * units a grant size is given in, the size field of each, and the grant terms' labels.
 */

export type GrantSizeKey = (typeof GRANT_SIZE_KEYS)[number];

export const GRANT_SIZE_LABEL: Record<GrantSizeKey, string> = {
  shares: 'Shares',
  value: 'Dollar value',
  percentOfFullyDiluted: '% of fully diluted',
};

/** The unit the grant at `equity` is sized in (undefined while it gives no size). */
export function grantSizeKind(draft: Draft, equity: Path): GrantSizeKey | undefined {
  return GRANT_SIZE_KEYS.find((k) => getAt(draft, [...equity, k]) !== undefined);
}

/** The grant at `equity` sized in `kind` only (the sizes are exclusive): `size` in that unit. */
export function withGrantSize(
  draft: Draft,
  equity: Path,
  kind: GrantSizeKey,
  size: JsonValue,
): Draft {
  return setAt(withoutGrantSize(draft, equity), [...equity, kind], size);
}

/** The grant at `equity` with no size of its own. */
export function withoutGrantSize(draft: Draft, equity: Path): Draft {
  let out = draft;
  for (const k of GRANT_SIZE_KEYS) out = setAt(out, [...equity, k], undefined);
  return out;
}

/** The size field of a grant sized in `kind`. */
export function GrantSizeField({
  equity,
  kind,
  sharesTestId,
}: {
  equity: Path;
  kind: GrantSizeKey;
  sharesTestId: string;
}) {
  if (kind === 'shares')
    return <NumberField path={[...equity, 'shares']} label="Shares" testId={sharesTestId} />;
  if (kind === 'value')
    return (
      <NumberField
        path={[...equity, 'value']}
        label="Grant value"
        unit="$"
        hint="sized at the sizing price"
      />
    );
  return (
    <NumberField
      path={[...equity, 'percentOfFullyDiluted']}
      label="Share of fully diluted"
      kind="percent"
    />
  );
}

export const INSTRUMENT_OPTIONS = [
  { value: 'option', label: 'Stock options' },
  { value: 'rsu', label: 'RSUs' },
] as const;

/** A grant's vesting terms (initial grant and refreshes), in the order the pane shows them. */
export const VESTING_TERMS = [
  { key: 'vestingMonths', label: 'Vesting (months)' },
  { key: 'cliffMonths', label: 'Cliff (months)' },
  { key: 'vestEveryMonths', label: 'Vests every (months)' },
] as const;

const OFFER_EQUITY = ['offer', 'equity'] as const;

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

/**
 * The offer's initial grant: the unit its size is given in (switching converts the size from the
 * last result), the size, instrument, strike, fair value, sizing price and vesting.
 */
export function InitialGrantFields({ result }: { result: ModelResult | null }) {
  const { draft, update } = useDraft();
  const kind = grantSizeKind(draft, OFFER_EQUITY) ?? 'shares';
  return (
    <>
      <Field label="Grant size given as">
        <RadioGroup
          value={kind}
          onChange={(_, d) => {
            const next = d.value as GrantSizeKey;
            if (next === kind) return;
            update((dr) => withGrantSize(dr, OFFER_EQUITY, next, convertedSize(next, result)));
          }}
        >
          {GRANT_SIZE_KEYS.map((k) => (
            <Radio key={k} value={k} label={GRANT_SIZE_LABEL[k]} />
          ))}
        </RadioGroup>
      </Field>
      <FieldGrid>
        <GrantSizeField equity={OFFER_EQUITY} kind={kind} sharesTestId="grant-shares" />
        <ChoiceField
          path={[...OFFER_EQUITY, 'instrument']}
          label="Instrument"
          options={INSTRUMENT_OPTIONS}
        />
        <NumberField
          path={[...OFFER_EQUITY, 'strike']}
          label="Strike price"
          unit="$"
          hint="treated as 0 for RSUs"
        />
        <NumberField path={[...OFFER_EQUITY, 'grantFairValue']} label="Grant fair value" unit="$" />
        <ChoiceField
          path={['offer', 'sizingPrice']}
          label="Size dollar grants at"
          options={[
            { value: 'preferred', label: 'Preferred price' },
            { value: 'fmv', label: '409A fair market value' },
          ]}
        />
        {VESTING_TERMS.map((t) => (
          <NumberField key={t.key} path={[...OFFER_EQUITY, t.key]} label={t.label} />
        ))}
      </FieldGrid>
    </>
  );
}
