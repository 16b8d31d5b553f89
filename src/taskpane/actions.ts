import type { WorkbookHost } from '../excel/host.js';

/**
 * What the pane can ask of a live workbook: src/excel's WorkbookHost (build, read the Inputs sheet
 * back, check the model, show the Offer Sheet, the saved scenario). Inside Excel, excel-host.ts
 * creates it; in a plain browser there is none and those buttons are not offered. Components
 * receive it as a prop and never call Office.js themselves.
 */
export type WorkbookActions = WorkbookHost;

/** Where the pane runs. */
export type HostInfo =
  | { kind: 'excel'; actions: WorkbookActions; dark: boolean }
  | { kind: 'standalone'; reason: string };

/** An error from Office.js (or anything else) as one readable sentence. */
export function readableError(err: unknown): string {
  if (err instanceof Error) {
    const office = err as Error & { code?: string; debugInfo?: { message?: string } };
    const detail = office.debugInfo?.message;
    const msg = err.message || office.code || err.name;
    return detail && detail !== msg ? `${msg} (${detail})` : msg;
  }
  return String(err);
}
