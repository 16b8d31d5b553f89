import type { WorkbookActions } from './actions.js';

// TEMPORARY until src/excel lands.
export function excelActions(): WorkbookActions {
  const no = () => Promise.reject(new Error('not wired yet'));
  return {
    buildModel: no,
    readInputs: no,
    showOfferSheet: no,
    loadSaved: () => Promise.resolve(null),
  };
}
