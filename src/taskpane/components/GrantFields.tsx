import type { JsonValue } from '../../model/json-text.js';
import { GRANT_SIZE_KEYS } from '../../model/offer-merge.js';
import { getAt, setAt, type Draft, type Path } from '../draft.js';
import { NumberField } from './Fields.js';

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
