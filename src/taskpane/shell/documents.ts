import type { Dispatch, MutableRefObject, SetStateAction } from 'react';
import type { BandSet } from '../../model/bands.js';
import { InputError } from '../../model/messages.js';
import type { Notice } from '../action-runner.js';
import type { Draft } from '../draft.js';
import { downloadFile } from '../files.js';

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

/** Offers a scenario or plan document as a .json download. */
export function downloadJson(name: string, text: string): void {
  downloadFile(name, new Blob([text], { type: 'application/json' }));
}

/**
 * Opens a scenario or plan file: `load` reads its text into the pane (or returns a notice that
 * refuses it). A file with bad input is refused with its problems and `unchanged` said.
 */
export async function openDocumentFile(
  file: File,
  unchanged: string,
  load: (text: string) => Notice | null,
): Promise<Notice> {
  const text = await file.text();
  try {
    return load(text) ?? { intent: 'success', title: `Opened ${file.name}` };
  } catch (err) {
    if (err instanceof InputError)
      return {
        intent: 'error',
        title: `${file.name} was not opened; ${unchanged}`,
        lines: err.problems,
      };
    throw err;
  }
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
