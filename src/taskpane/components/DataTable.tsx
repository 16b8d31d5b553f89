import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A small read-only table that scrolls sideways in a narrow pane: a CSV file's preview, the
 * plan's per-hire figures. Numeric columns are right-aligned with tabular figures.
 */

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

export interface DataColumn {
  header: string;
  numeric?: boolean;
}

export interface DataRow {
  key: string | number;
  testId?: string;
  cells: readonly ReactNode[];
}

export function DataTable({
  label,
  columns,
  rows,
}: {
  label: string;
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
}) {
  const s = useStyles();
  const align = (c: DataColumn | undefined) => (c?.numeric ? s.num : undefined);
  return (
    <div className={s.wrap}>
      <Table size="extra-small" aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.header} className={align(c)}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} data-testid={r.testId}>
              {r.cells.map((cell, i) => (
                <TableCell key={i} className={align(columns[i])}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
