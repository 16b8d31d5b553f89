import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { InputError } from '../../model/messages.js';
import { readableError } from '../actions.js';
import { DataTable, type DataRow } from './DataTable.js';
import { HiddenFileInput } from './FileInput.js';
import { ListMessage } from './ListMessage.js';

/**
 * A CSV import, as the Market screen (band sets) and the plan's Hires screen do it: a button opens
 * the file picker; a file with any bad line is rejected whole and its problems listed; a good one
 * is previewed (first 20 rows) and used only when the user says so.
 */

const useStyles = makeStyles({
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
});

/** How many rows a preview lists. */
const PREVIEW_ROWS = 20;

type Pending<T> =
  { kind: 'ok'; data: T } | { kind: 'error'; file: string; problems: readonly string[] };

/**
 * The import button, the hidden file input and what the last file gave: its problems, or the
 * preview `children` draws (with `close` to drop it once used or discarded).
 */
export function CsvImport<T>({
  fileTestId,
  buttonLabel,
  read,
  errorTestId,
  errorTitle,
  problemLimit = Infinity,
  children,
}: {
  fileTestId: string;
  buttonLabel: string;
  /** Reads the file's text; throws an InputError naming the bad lines. */
  read: (text: string, fileName: string) => T;
  errorTestId: string;
  errorTitle: (fileName: string) => string;
  /** At most this many problems are listed. */
  problemLimit?: number;
  children: (data: T, close: () => void) => ReactNode;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const readFile = async (file: File) => {
    try {
      const text = await file.text();
      setPending({ kind: 'ok', data: read(text, file.name) });
    } catch (err) {
      setPending({
        kind: 'error',
        file: file.name,
        problems: err instanceof InputError ? err.problems : [readableError(err)],
      });
    }
  };
  return (
    <>
      <HiddenFileInput
        inputRef={fileInput}
        accept=".csv,text/csv"
        testId={fileTestId}
        onFile={(f) => void readFile(f)}
      />
      <div>
        <Button onClick={() => fileInput.current?.click()}>{buttonLabel}</Button>
      </div>
      {pending?.kind === 'error' && (
        <ListMessage
          intent="error"
          testId={errorTestId}
          title={errorTitle(pending.file)}
          lines={pending.problems}
          limit={problemLimit}
        />
      )}
      {pending?.kind === 'ok' && children(pending.data, () => setPending(null))}
    </>
  );
}

/**
 * A good file's preview: what was read, a table of its first rows, and the buttons that use it or
 * discard it.
 */
export function CsvPreview({
  testId,
  summary,
  tableLabel,
  headers,
  rows,
  use,
  onDiscard,
}: {
  testId: string;
  summary: ReactNode;
  tableLabel: string;
  headers: readonly string[];
  rows: readonly DataRow[];
  use: { label: string; testId: string; onClick: () => void };
  onDiscard: () => void;
}) {
  const s = useStyles();
  return (
    <div data-testid={testId}>
      <p className={s.small}>{summary}</p>
      <DataTable
        label={tableLabel}
        columns={headers.map((header) => ({ header }))}
        rows={rows.slice(0, PREVIEW_ROWS)}
      />
      {rows.length > PREVIEW_ROWS && (
        <p className={s.small}>…and {rows.length - PREVIEW_ROWS} more.</p>
      )}
      <div className={s.actions}>
        <Button appearance="primary" onClick={use.onClick} data-testid={use.testId}>
          {use.label}
        </Button>
        <Button onClick={onDiscard}>Discard</Button>
      </div>
    </div>
  );
}
