import type { Dispatch, MutableRefObject, SetStateAction } from 'react';
import type { BandSet } from '../../model/bands.js';
import { InputError } from '../../model/messages.js';
import type { Notice } from '../action-runner.js';
import type { Draft } from '../draft.js';
import { downloadFile, fileStem } from '../files.js';

/** What a mode's actions work on: its draft, the band sets, today and the action runner. */
export interface ActionContext {
  draftRef: MutableRefObject<Draft>;
  setDraft: Dispatch<SetStateAction<Draft>>;
  bandSets: Readonly<Record<string, BandSet>>;
  today: string;
  run: (label: string, work: () => Promise<Notice | null>) => Promise<void>;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Offers workbook bytes as an .xlsx download. */
export function downloadXlsx(name: string, bytes: Uint8Array): void {
  downloadFile(name, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}

/** A mode's document (the scenario or the plan) as Save and Open handle it. */
export interface PaneDocument {
  noun: 'scenario' | 'plan';
  /** Said when an opened file is refused: "your inputs are unchanged". */
  unchanged: string;
  /** The document as it is now, validated (or an InputError): its name and its text as saved. */
  current: () => { name: string; text: string };
  /** Reads an opened file's text into the pane, or returns the notice that refuses it. */
  load: (text: string, fileName: string) => Notice | null;
}

/** "Save scenario" / "Save plan" and "Open …" of a mode's document, run by the mode's runner. */
export interface DocumentActions {
  noun: PaneDocument['noun'];
  save: () => Promise<void>;
  open: (file: File) => Promise<void>;
}

/**
 * Save downloads the document as it is now as `<its name>.json`; Open reads a file into the
 * pane, and refuses a file with bad input with its problems and `unchanged` said.
 */
export function documentActions(run: ActionContext['run'], doc: PaneDocument): DocumentActions {
  const save = () =>
    run(`Save ${doc.noun}`, async () => {
      const { name, text } = doc.current();
      const fileName = `${fileStem(name, doc.noun)}.json`;
      downloadFile(fileName, new Blob([text], { type: 'application/json' }));
      return { intent: 'success', title: `Saved ${fileName}` };
    });
  const open = (file: File) =>
    run(`Open ${doc.noun}`, async () => {
      const text = await file.text();
      try {
        return doc.load(text, file.name) ?? { intent: 'success', title: `Opened ${file.name}` };
      } catch (err) {
        if (err instanceof InputError)
          return {
            intent: 'error',
            title: `${file.name} was not opened; ${doc.unchanged}`,
            lines: err.problems,
          };
        throw err;
      }
    });
  return { noun: doc.noun, save, open };
}

/** The lines of a workbook build's report: sheets created, updated in place and renamed back. */
export function buildReportLines(report: {
  created: readonly string[];
  updated: readonly string[];
  renamed?: readonly { from: string; to: string }[];
}): string[] {
  return [
    report.created.length ? `Created: ${report.created.join(', ')}` : '',
    report.updated.length ? `Updated in place: ${report.updated.join(', ')}` : '',
    ...(report.renamed ?? []).map((r) => `Renamed the sheet "${r.from}" back to "${r.to}"`),
  ].filter(Boolean);
}
