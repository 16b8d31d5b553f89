import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Draft, Path } from '../draft.js';
import { getAt } from '../draft.js';
import type { JsonValue } from '../../model/json-text.js';
import { useDraft } from '../state.js';
import { OptionalPart } from './Fields.js';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** A titled group of fields. */
export function Section({
  title,
  note,
  action,
  children,
}: {
  title: string;
  note?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
}) {
  const s = useStyles();
  return (
    <section className={s.section} aria-label={title}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 className={s.heading}>{title}</h2>
        {action}
      </div>
      {note && <p className={s.note}>{note}</p>}
      {children}
    </section>
  );
}

/**
 * A section for an optional part of the scenario: its switch (see {@link OptionalPart}) and,
 * while the part is there, `children` (its fields).
 */
export function OptionalSection({
  title,
  note,
  path,
  switchLabel,
  fresh,
  children,
}: {
  title: string;
  note: ReactNode;
  path: Path;
  switchLabel: string;
  fresh: (draft: Draft) => JsonValue;
  children: ReactNode;
}) {
  const { draft } = useDraft();
  return (
    <Section title={title} note={note}>
      <OptionalPart path={path} label={switchLabel} fresh={fresh} />
      {getAt(draft, path) !== undefined && children}
    </Section>
  );
}
