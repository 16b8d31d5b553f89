import { Field, Input, Select, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import {
  numberFromText,
  numberListFromText,
  sameValue,
  textFromList,
  textFromValue,
  type NumberKind,
  type Path,
} from '../draft.js';
import { useField } from '../state.js';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
  },
  wide: { gridColumnStart: '1', gridColumnEnd: '-1' },
  field: { minWidth: 0 },
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

/** A responsive grid of fields (one column at 320 px, two from ~300 px of content). */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={useStyles().grid}>{children}</div>;
}

interface CommonProps {
  path: Path;
  label: string;
  hint?: string;
  testId?: string;
  wide?: boolean;
}

/**
 * A number bound to a draft path. Keeps the text as typed (so "1." or "12,5" stay on screen)
 * and writes exact decimal text to the draft; the schema's message appears under the field.
 */
export function NumberField({
  path,
  label,
  hint,
  testId,
  wide,
  kind = 'plain',
  unit,
}: CommonProps & { kind?: NumberKind; unit?: string }) {
  const f = useField(path);
  const [text, setText] = useState(() => textFromValue(f.value, kind));
  // Follow outside changes (open file, update from workbook) without fighting the user's typing:
  // when the draft value changes to something the typed text does not say, show the new value.
  const [seen, setSeen] = useState(f.value);
  if (seen !== f.value) {
    setSeen(f.value);
    if (!sameValue(numberFromText(text, kind), f.value)) setText(textFromValue(f.value, kind));
  }
  const styles = useStyles();
  const suffix = kind === 'percent' ? '%' : unit;
  const error =
    f.error && kind === 'percent' && text.trim() !== ''
      ? `${f.error} (as a fraction: you entered ${text.trim()} %)`
      : f.error;
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
      className={mergeClasses(styles.field, wide && styles.wide)}
    >
      <Input
        className={styles.control}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        data-testid={testId}
        data-path={f.key}
        contentBefore={unit === '$' ? <span aria-hidden="true">$</span> : undefined}
        contentAfter={
          suffix && suffix !== '$' ? <span aria-hidden="true">{suffix}</span> : undefined
        }
        onChange={(_, d) => {
          setText(d.value);
          f.set(numberFromText(d.value, kind));
        }}
      />
    </Field>
  );
}

/** Free text bound to a draft path (always stored as text, never a formula). */
export function TextField({ path, label, hint, testId, wide }: CommonProps) {
  const f = useField(path);
  const styles = useStyles();
  const value = typeof f.value === 'string' ? f.value : '';
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={f.error}
      validationState={f.error ? 'error' : 'none'}
      className={mergeClasses(styles.field, wide && styles.wide)}
    >
      <Input
        className={styles.control}
        value={value}
        autoComplete="off"
        data-testid={testId}
        data-path={f.key}
        onChange={(_, d) => f.set(d.value)}
      />
    </Field>
  );
}

/** A comma-separated list of numbers ("2, 4, 12"). */
export function NumberListField({ path, label, hint, testId, wide }: CommonProps) {
  const f = useField(path);
  const [text, setText] = useState(() => textFromList(f.value));
  const [seen, setSeen] = useState(f.value);
  if (seen !== f.value) {
    setSeen(f.value);
    if (textFromList(numberListFromText(text)) !== textFromList(f.value))
      setText(textFromList(f.value));
  }
  const styles = useStyles();
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={f.error}
      validationState={f.error ? 'error' : 'none'}
      className={mergeClasses(styles.field, wide && styles.wide)}
    >
      <Input
        className={styles.control}
        value={text}
        autoComplete="off"
        data-testid={testId}
        data-path={f.key}
        onChange={(_, d) => {
          setText(d.value);
          f.set(numberListFromText(d.value));
        }}
      />
    </Field>
  );
}

/** One of a few strings. */
export function ChoiceField({
  path,
  label,
  hint,
  testId,
  wide,
  options,
}: CommonProps & { options: readonly { value: string; label: string }[] }) {
  const f = useField(path);
  const styles = useStyles();
  const value = typeof f.value === 'string' ? f.value : '';
  const known = options.some((o) => o.value === value);
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={f.error}
      validationState={f.error ? 'error' : 'none'}
      className={mergeClasses(styles.field, wide && styles.wide)}
    >
      <Select
        className={styles.control}
        value={value}
        data-testid={testId}
        data-path={f.key}
        onChange={(_, d) => f.set(d.value)}
      >
        {!known && <option value={value}>{value || '—'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
