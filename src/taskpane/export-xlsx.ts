import type { BandSet } from '../model/bands.js';
import type { ModelResult } from '../model/model.js';
import { buildWorkbookPlan } from '../workbook/index.js';
import { localToday } from './engine.js';
import { planToXlsxBuffer } from '../xlsx/index.js';

/**
 * The live-formula workbook for a result, as .xlsx bytes. This module is loaded on demand (it
 * pulls in ExcelJS), so the pane's first load stays small.
 */
export async function workbookBytes(result: ModelResult, bands?: BandSet): Promise<Uint8Array> {
  return planToXlsxBuffer(buildWorkbookPlan(result, bands, { today: localToday() }));
}
