import defaultScenario from '../../templates/scenarios/default.json';
import { toDraft, type Draft } from './draft.js';

/** The scenario the pane opens with outside a saved workbook (the CLI's default). */
export function defaultDraft(): Draft {
  return toDraft(defaultScenario);
}
