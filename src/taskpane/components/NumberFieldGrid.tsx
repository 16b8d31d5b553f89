import type { ReactNode } from 'react';
import type { NumberKind, Path } from '../draft.js';
import { FieldGrid, NumberField } from './Fields.js';

/** One number field of a grid: its key under the grid's path, its label and how it is typed. */
export interface GridNumber {
  key: string;
  label: string;
  kind?: NumberKind;
  unit?: string;
  hint?: string;
}

/**
 * A grid of number fields written as a table: each field at `[...under, field.key]`, in the
 * table's order, then `children` (fields of other kinds).
 */
export function NumberFieldGrid({
  under,
  fields,
  children,
}: {
  under: Path;
  fields: readonly GridNumber[];
  children?: ReactNode;
}) {
  return (
    <FieldGrid>
      {fields.map(({ key, ...field }) => (
        <NumberField key={key} path={[...under, key]} {...field} />
      ))}
      {children}
    </FieldGrid>
  );
}
