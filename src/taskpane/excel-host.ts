import { workbookHost } from '../excel/host.js';
import type { WorkbookActions } from './actions.js';

/**
 * The Office.js side of the pane, loaded only inside Excel (a plain browser never downloads it):
 * src/excel's host, over Excel.run and the document settings.
 */
export function excelActions(): WorkbookActions {
  return workbookHost();
}
