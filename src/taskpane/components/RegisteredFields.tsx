import type { FieldScreen } from '../../model/field-registry.js';
import { PLAIN_OFFER_FIELDS } from '../../model/plain-offer-fields.js';
import type { Path } from '../draft.js';
import { ChoiceField, NumberField, TextField } from './Fields.js';

/**
 * The plain offer fields (src/model/plain-offer-fields.ts) that a screen edits but does not lay
 * out by hand, each drawn from its field-registry entry: label, help and an input for its kind.
 * A field added to the registry with `screen: 'offer'` appears here with no pane change; a screen
 * that lays a field out itself lists its key in `laidOut`.
 */
export function RegisteredOfferFields({
  offer,
  screen,
  laidOut,
}: {
  /** Where the offer lives in the draft (`['offer']`). */
  offer: Path;
  screen: FieldScreen;
  laidOut: readonly string[];
}) {
  const fields = PLAIN_OFFER_FIELDS.filter((f) => f.screen === screen && !laidOut.includes(f.key));
  return (
    <>
      {fields.map((f) => {
        const common = { path: [...offer, f.key], label: f.label, hint: f.help };
        if (f.kind === 'text') return <TextField key={f.key} {...common} />;
        if (f.kind === 'enum')
          return (
            <ChoiceField
              key={f.key}
              {...common}
              options={(f.options ?? []).map((o) => ({ value: o, label: o }))}
            />
          );
        const percent = f.kind === 'rate' || f.kind === 'growth' || f.kind === 'fraction';
        return (
          <NumberField
            key={f.key}
            {...common}
            kind={percent ? 'percent' : 'plain'}
            unit={f.kind === 'money' ? '$' : undefined}
          />
        );
      })}
    </>
  );
}
