import {
  Field,
  Input,
  type InputProps,
  Select,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import type { JsonValue } from '../../model/json-text.js';
import {
  getAt,
  numberFromText,
  setAt,
  numberListFromText,
  sameValue,
  textFromList,
  textFromValue,
  type Draft,
  type NumberKind,
  type Path,
} from '../draft.js';
import { useDraft, useField } from '../state.js';

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

/** The labelled Fluent field around every control: label, hint and the schema's message. */
function FieldShell({
  label,
  hint,
  error,
  wide,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Field
      label={label}
      hint={hint}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
      className={mergeClasses(styles.field, wide && styles.wide)}
    >
      {children}
    </Field>
  );
}

/**
 * The text a user is typing for a draft value. It keeps what was typed ("1." or "12,5" stay on
 * screen) and follows outside changes (open file, update from workbook) only when the draft value
 * changes to something the typed text does not say.
 */
function useTypedText<T>(
  value: T,
  show: (v: T) => string,
  says: (text: string, v: T) => boolean,
): [string, (t: string) => void] {
  const [text, setText] = useState(() => show(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!says(text, value)) setText(show(value));
  }
  return [text, setText];
}

/**
 * The text input of a field bound to a draft path: `text` is what it shows, `onText` what typing
 * does; `input` adds the control's own props (placeholder, unit adornments…).
 */
function BoundInput({
  common,
  pathKey,
  error,
  text,
  onText,
  input,
}: {
  common: CommonProps;
  pathKey: string;
  error: string | undefined;
  text: string;
  onText: (text: string) => void;
  input?: Partial<InputProps>;
}) {
  const styles = useStyles();
  return (
    <FieldShell label={common.label} hint={common.hint} error={error} wide={common.wide}>
      <Input
        {...input}
        className={styles.control}
        value={text}
        autoComplete="off"
        data-testid={common.testId}
        data-path={pathKey}
        onChange={(_, d) => onText(d.value)}
      />
    </FieldShell>
  );
}

/**
 * A number bound to a draft path. Keeps the text as typed (so "1." or "12,5" stay on screen)
 * and writes exact decimal text to the draft; the schema's message appears under the field.
 */
export function NumberField({
  kind = 'plain',
  unit,
  placeholder,
  ...common
}: CommonProps & {
  kind?: NumberKind;
  unit?: string;
  /** Shown while empty (e.g. the value a package inherits from the offer). */
  placeholder?: string;
}) {
  const f = useField(common.path);
  const [text, setText] = useTypedText(
    f.value,
    (v) => textFromValue(v, kind),
    (t, v) => sameValue(numberFromText(t, kind), v),
  );
  const suffix = kind === 'percent' ? '%' : unit;
  const error =
    f.error && kind === 'percent' && text.trim() !== ''
      ? `${f.error} (as a fraction: you entered ${text.trim()} %)`
      : f.error;
  return (
    <BoundInput
      common={common}
      pathKey={f.key}
      error={error}
      text={text}
      onText={(t) => {
        setText(t);
        f.set(numberFromText(t, kind));
      }}
      input={{
        placeholder,
        inputMode: 'decimal',
        contentBefore: unit === '$' ? <span aria-hidden="true">$</span> : undefined,
        contentAfter:
          suffix && suffix !== '$' ? <span aria-hidden="true">{suffix}</span> : undefined,
      }}
    />
  );
}

/** Free text bound to a draft path (always stored as text, never a formula). */
export function TextField(common: CommonProps) {
  const f = useField(common.path);
  return (
    <BoundInput
      common={common}
      pathKey={f.key}
      error={f.error}
      text={typeof f.value === 'string' ? f.value : ''}
      onText={(t) => f.set(t)}
    />
  );
}

/** A comma-separated list of numbers ("2, 4, 12"). */
export function NumberListField(common: CommonProps) {
  const f = useField(common.path);
  const [text, setText] = useTypedText(
    f.value,
    textFromList,
    (t, v) => textFromList(numberListFromText(t)) === textFromList(v),
  );
  return (
    <BoundInput
      common={common}
      pathKey={f.key}
      error={f.error}
      text={text}
      onText={(t) => {
        setText(t);
        f.set(numberListFromText(t));
      }}
    />
  );
}

/** Choice options for the distinct values of a list, in first-seen order (band roles, levels…). */
export function distinctOptions(values: readonly string[]): { value: string; label: string }[] {
  return [...new Set(values)].map((x) => ({ value: x, label: x }));
}

/**
 * One of a few strings. With `emptyOption` the field may also be left empty (the value absent),
 * shown as that option first (a package's "As the offer (Stock options)").
 */
export function ChoiceField({
  path,
  label,
  hint,
  testId,
  wide,
  options,
  emptyOption,
}: CommonProps & { options: readonly { value: string; label: string }[]; emptyOption?: string }) {
  const f = useField(path);
  const styles = useStyles();
  const value = typeof f.value === 'string' ? f.value : '';
  const mayBeEmpty = emptyOption !== undefined;
  const known = (mayBeEmpty && value === '') || options.some((o) => o.value === value);
  return (
    <FieldShell label={label} hint={hint} error={f.error} wide={wide}>
      <Select
        className={styles.control}
        value={value}
        data-testid={testId}
        data-path={f.key}
        onChange={(_, d) => f.set(mayBeEmpty && d.value === '' ? undefined : d.value)}
      >
        {mayBeEmpty && <option value="">{emptyOption}</option>}
        {!known && <option value={value}>{value || '—'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FieldShell>
  );
}

/**
 * A switch that adds or removes an optional part of the scenario (a refresh program, a margin
 * rule, the gain path). Switching off keeps what was there, so switching back on restores it
 * (nothing typed is lost); the first time on, the part starts as `fresh(draft)`.
 */
export function OptionalPart({
  path,
  label,
  fresh,
}: {
  path: Path;
  label: string;
  fresh: (draft: Draft) => JsonValue;
}) {
  const { draft, update } = useDraft();
  const kept = useRef<JsonValue | undefined>(undefined);
  const on = getAt(draft, path) !== undefined;
  return (
    <Switch
      label={label}
      checked={on}
      onChange={(_, d) =>
        update((dr) => {
          if (d.checked) return setAt(dr, path, kept.current ?? fresh(dr));
          kept.current = getAt(dr, path);
          return setAt(dr, path, undefined);
        })
      }
    />
  );
}
