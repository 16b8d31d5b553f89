import { InputError } from '../model/messages.js';
import { parseScenarioText, scenarioToInput } from '../model/scenario.js';
import type { WorkbookActions } from './actions.js';
import { stringifyDraft, toDraft } from './draft.js';
import { evaluate } from './engine.js';
import { fileStem } from './files.js';
import {
  buildReportLines,
  documentActions,
  downloadXlsx,
  type ActionContext,
} from './shell/documents.js';
import { useRestoreSaved } from './shell/pane-hooks.js';

/** The source name of problems in the pane's own inputs (as opposed to a file or the sheet). */
export const CURRENT_INPUTS = 'current inputs';

/** The current inputs, validated now (not the debounced result), or an error saying what to fix. */
function current({ draftRef, bandSets, today }: ActionContext) {
  const ev = evaluate(draftRef.current, bandSets, today);
  if (!ev.ok)
    throw new InputError(
      CURRENT_INPUTS,
      ev.problems.map((p) => `${p.path}: ${p.reason}`),
    );
  return ev;
}

/** Export .xlsx, and Save scenario and Open scenario (anywhere: no workbook needed). */
export function offerFileActions(ctx: ActionContext) {
  const { run, today, setDraft, bandSets } = ctx;
  const exportXlsx = () =>
    run('Export .xlsx', async () => {
      const ev = current(ctx);
      const { workbookBytes } = await import(
        /* webpackChunkName: "export-xlsx" */ './export-xlsx.js'
      );
      const bytes = await workbookBytes(ev.result, bandSets[ev.scenario.market.bandSet]);
      const name = `${fileStem(ev.scenario.offer.candidate, 'offer')}-offer-runway.xlsx`;
      downloadXlsx(name, bytes);
      return { intent: 'success', title: `Exported ${name}` };
    });
  return {
    exportXlsx,
    document: documentActions(run, {
      noun: 'scenario',
      unchanged: 'your inputs are unchanged',
      current: () => {
        const { scenario } = current(ctx);
        return {
          name: scenario.name,
          text: `${stringifyDraft(toDraft(scenarioToInput(scenario)))}\n`,
        };
      },
      load: (text, fileName) => {
        setDraft(toDraft(scenarioToInput(parseScenarioText(text, { today }, fileName))));
        return null;
      },
    }),
  };
}

/**
 * Offer mode's workbook actions inside Excel (build the model, read the Inputs sheet back, show
 * the Offer Sheet; null outside Excel) and its persistence: once connected, the scenario saved
 * in the workbook is restored and the model sheets checked (a rebuild is offered when they need
 * one).
 */
export function useOfferWorkbook(ctx: ActionContext, actions: WorkbookActions | null) {
  const { run, today, setDraft, bandSets } = ctx;
  const buildInWorkbook = () =>
    run('Build model in workbook', async () => {
      if (!actions) return null;
      const ev = current(ctx);
      const report = await actions.buildModel(ev.result, bandSets[ev.scenario.market.bandSet]);
      return {
        intent: 'success',
        // Office's settings.saveAsync stores the scenario in the document: it is kept when the
        // workbook itself is saved, not before.
        title:
          'Model written to the workbook; the scenario is kept in it when you save the workbook',
        lines: buildReportLines(report),
      };
    });
  const updateFromWorkbook = () =>
    run('Update from workbook', async () => {
      if (!actions) return null;
      setDraft(toDraft(await actions.readInputs({ today })));
      return { intent: 'success', title: 'Inputs read from the Inputs sheet' };
    });
  const offerSheet = () =>
    run('Offer sheet', async () => {
      if (!actions) return null;
      await actions.showOfferSheet();
      return {
        intent: 'info',
        title: 'Offer Sheet selected: print it or save it as PDF from Excel (File › Print)',
      };
    });
  useRestoreSaved(actions, () => {
    if (!actions) return;
    void run('Open saved scenario', async () => {
      const saved = await actions.loadSaved();
      if (saved == null) return null;
      const restored = toDraft(saved.scenario);
      setDraft(restored);
      const title = `Restored the scenario saved in this workbook${saved.migratedFrom ? ` (updated from schema ${saved.migratedFrom})` : ''}`;
      const ev = evaluate(restored, bandSets, today);
      if (!ev.ok) return { intent: 'info', title };
      const health = await actions.checkModel(ev.result, bandSets[ev.scenario.market.bandSet]);
      if (health.ok) return { intent: 'info', title };
      return {
        intent: 'warning',
        title: `${title}. The model sheets need a rebuild`,
        lines: health.problems,
        action: { label: 'Rebuild', run: () => void buildInWorkbook() },
      };
    });
  });
  return actions && { buildInWorkbook, updateFromWorkbook, offerSheet };
}
