import type { ModelResult } from '../model/model.js';

// TEMPORARY until src/workbook + src/xlsx land.
export async function workbookBytes(_result: ModelResult): Promise<Uint8Array> {
  throw new Error('Export is not wired yet');
}
