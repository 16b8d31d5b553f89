import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { OfferScreen } from '../screens/OfferScreen.js';
import { RefreshScreen } from '../screens/RefreshScreen.js';
import { Section } from '../components/Section.js';
import { useDraft } from '../state.js';
import { addTemplate, hiresUsing, removeTemplate, templateNames } from './plan-draft.js';
import { TemplateScope } from './TemplateScope.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

/** "Used by 3 hires (1, 4, 7)." — the first six hires (by number) that use a template. */
function usersText(users: readonly number[]): string {
  if (users.length === 0) return 'No hire uses this template.';
  const listed = users.slice(0, 6).map((i) => i + 1);
  return `Used by ${users.length} hire${users.length === 1 ? '' : 's'} (${listed.join(', ')}${users.length > 6 ? ', …' : ''}).`;
}

/** The template picker (each name with its problem count) and the Duplicate and Remove buttons. */
function TemplatePicker({
  name,
  users,
  onPick,
}: {
  name: string | null;
  users: readonly number[];
  onPick: (name: string) => void;
}) {
  const s = useStyles();
  const { draft, problems, update } = useDraft();
  const count = (n: string) =>
    [...problems.keys()].filter((p) => p === `templates.${n}` || p.startsWith(`templates.${n}.`))
      .length;
  return (
    <div className={s.row}>
      <Field label="Template" style={{ flex: '1 1 160px', minWidth: 0 }}>
        <Select
          value={name ?? ''}
          data-testid="template-picker"
          onChange={(_, d) => onPick(d.value)}
        >
          {templateNames(draft).map((n) => (
            <option key={n} value={n}>
              {n}
              {count(n) ? ` (${count(n)} problem${count(n) === 1 ? '' : 's'})` : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        size="small"
        onClick={() => {
          // The new name is decided on the draft shown; the update makes the same copy.
          const made = addTemplate(draft, name).name;
          update((d) => addTemplate(d, name).draft);
          onPick(made);
        }}
      >
        Duplicate
      </Button>
      <Button
        size="small"
        disabled={!name || users.length > 0}
        onClick={() => name && update((d) => removeTemplate(d, name))}
        title={users.length ? 'Hires use it: move them to another template first' : undefined}
      >
        Remove
      </Button>
    </div>
  );
}

/**
 * Templates: the plan's named offers, edited with the single-offer Offer and Refresh screens
 * (TemplateScope points them at `templates.name`). A hire takes every term of its template it
 * does not set itself; a template may leave out candidate, title and base.
 */
export function TemplatesScreen() {
  const s = useStyles();
  const { draft } = useDraft();
  const names = templateNames(draft);
  const [picked, setPicked] = useState<string | null>(null);
  const name = picked !== null && names.includes(picked) ? picked : (names[0] ?? null);
  const users = name ? hiresUsing(draft, name) : [];
  return (
    <>
      <Section
        title="Offer templates"
        note="Each hire starts from a template and sets its own name, title and base (and any other term it overrides)."
      >
        <TemplatePicker name={name} users={users} onPick={setPicked} />
        {name && (
          <p className={s.small} data-testid="template-users">
            {usersText(users)}
          </p>
        )}
      </Section>
      {name && (
        <TemplateScope key={name} name={name}>
          <OfferScreen result={null} />
          <RefreshScreen />
        </TemplateScope>
      )}
    </>
  );
}
