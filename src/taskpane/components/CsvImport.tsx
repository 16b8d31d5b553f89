import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { InputError } from '../../model/messages.js';
import { readableError } from '../actions.js';
import { HiddenFileInput } from './FileInput.js';

/**
 * A CSV import, as the Market screen (band sets) and the plan's Hires screen do it: a button opens
 * the file picker; a file with any bad line is rejected whole and its problems listed; a good one
 * is previewed (first 20 rows) and used only when the user says so.
 */

const useStyles = makeStyles({
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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

/** The problems of a rejected file: its title, then at most `limit` of them and a count of the rest. */
function RejectedFile({
  testId,
  title,
  problems,
  limit,
}: {
  testId: string;
  title: string;
  problems: readonly string[];
  limit: number;
}) {
  const s = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={s.problems}>
          {problems.slice(0, limit).map((p) => (
            <li key={p}>{p}</li>
          ))}
          {problems.length > limit && <li>… and {problems.length - limit} more problems</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

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
        <RejectedFile
          testId={errorTestId}
          title={errorTitle(pending.file)}
          problems={pending.problems}
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
  rows: readonly { key: string | number; cells: readonly ReactNode[] }[];
  use: { label: string; testId: string; onClick: () => void };
  onDiscard: () => void;
}) {
  const s = useStyles();
  return (
    <div data-testid={testId}>
      <p className={s.small}>{summary}</p>
      <div className={s.tableWrap}>
        <Table size="extra-small" aria-label={tableLabel}>
          <TableHeader>
            <TableRow>
              {headers.map((h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, PREVIEW_ROWS).map((r) => (
              <TableRow key={r.key}>
                {r.cells.map((c, i) => (
                  <TableCell key={i}>{c}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
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
