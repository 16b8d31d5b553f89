import type { ModelResult } from '../model/model.js';

/**
 * What the pane can ask of a live workbook. The Excel host (excel-host.ts) implements it over
 * src/excel; in a plain browser there is none and those buttons are not offered. Components
 * receive it as a prop and never call Office.js themselves.
 */
export interface WorkbookActions {
  /** Writes (or updates in place) every sheet of the model and saves the scenario in the file. */
  buildModel(result: ModelResult, scenarioInput: Record<string, unknown>): Promise<void>;
  /** Reads the Inputs sheet back: a scenario document (validated by the pane). */
  readInputs(): Promise<unknown>;
  /** Activates the Offer Sheet, ready to print. */
  showOfferSheet(): Promise<void>;
  /** The scenario saved in this workbook, or null when there is none. */
  loadSaved(): Promise<unknown>;
}

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
