import { useRef } from 'react';
import { InputError } from '../../model/messages.js';
import { parsePlanText, readJson, readModelDocument, runPlan } from '../../model/plan/index.js';
import type { PlanWorkbookHost } from '../../excel/plan-host.js';
import { toDraft } from '../draft.js';
import { fileStem } from '../files.js';
import {
  buildReportLines,
  documentActions,
  downloadXlsx,
  type ActionContext,
} from '../shell/documents.js';
import { useRestoreSaved } from '../shell/pane-hooks.js';
import { PLAN_SOURCE } from './plan-eval.js';
import { planText } from './plan-draft.js';

/** The source name of problems in the pane's own plan (as opposed to a file). */
export const CURRENT_PLAN = 'current plan';

/**
 * The plan as it is now, validated and run (for the workbook), or an error saying what to fix:
 * its problems come from {@link CURRENT_PLAN}, so the action runner says "fix the plan below first".
 */
function current({ draftRef, bandSets, today }: ActionContext) {
  const text = planText(draftRef.current);
  const plan = parsePlanText(text, { today }, CURRENT_PLAN);
  const bands = bandSets[plan.market.bandSet];
  if (!bands)
    throw new InputError(CURRENT_PLAN, [
      `market.bandSet: no band set named "${plan.market.bandSet}" is loaded`,
    ]);
  return { plan, bands, result: runPlan(plan, bands, CURRENT_PLAN), text };
}

/** Export plan .xlsx (with or without the note about Offer Sheets), and Save plan and Open plan. */
export function planFileActions(ctx: ActionContext) {
  const { run, today, setDraft } = ctx;
  const exportXlsx = (offerSheets: boolean) =>
    run(offerSheets ? 'Offer sheets for all hires' : 'Export plan .xlsx', async () => {
      const cur = current(ctx);
      const { planWorkbookBytes } = await import(
        /* webpackChunkName: "plan-workbook" */ './plan-workbook.js'
      );
      const name = `${fileStem(cur.plan.name, 'plan')}-plan.xlsx`;
      downloadXlsx(name, await planWorkbookBytes(cur.plan, cur.result, cur.bands));
      return {
        intent: 'success',
        title: offerSheets
          ? `Exported ${name}: one Offer Sheet per hire, print areas set — open it and print the workbook`
          : `Exported ${name}`,
      };
    });
  return {
    exportXlsx,
    document: documentActions(run, {
      noun: 'plan',
      unchanged: 'your plan is unchanged',
      current: () => {
        const { plan, text } = current(ctx);
        return { name: plan.name, text };
      },
      load: (text, fileName) => {
        const doc = readModelDocument(text, fileName);
        if (doc.schema !== 2)
          return {
            intent: 'error',
            title: `${fileName} is a single-offer scenario (schema 1): open it in Offer mode`,
          };
        parsePlanText(text, { today }, fileName);
        setDraft(toDraft(doc.value));
        return null;
      },
    }),
  };
}

/**
 * Plan mode inside Excel: the Office.js side of plans (loaded on demand) builds the plan's sheets
 * or every hire's Offer Sheet (null outside Excel, where `excel` is null); its persistence
 * restores, once connected, the plan saved in the workbook.
 */
export function usePlanWorkbook(ctx: ActionContext, excel: unknown) {
  const { run, setDraft } = ctx;
  const planHost = useRef<Promise<PlanWorkbookHost> | null>(null);
  const getPlanHost = () => {
    planHost.current ??= import(
      /* webpackChunkName: "plan-excel-host" */ '../../excel/plan-host.js'
    ).then((m) => m.planWorkbookHost());
    return planHost.current;
  };
  const buildInWorkbook = (offerSheets: boolean) =>
    run(offerSheets ? 'Offer sheets for all hires' : 'Build plan in workbook', async () => {
      const cur = current(ctx);
      const { planWorkbookPlan, firstOfferSheet } = await import(
        /* webpackChunkName: "plan-workbook" */ './plan-workbook.js'
      );
      const ph = await getPlanHost();
      // The plan document exactly as written (numbers as their decimal text).
      const doc = readJson(cur.text, PLAN_SOURCE) as Record<string, unknown>;
      const report = await ph.buildPlan(planWorkbookPlan(cur.plan, cur.result, cur.bands), doc);
      if (!offerSheets)
        return {
          intent: 'success',
          title: 'Plan written to the workbook; plan saved in it',
          lines: buildReportLines(report),
        };
      const first = firstOfferSheet(cur.plan);
      await ph.showSheet(first);
      return {
        intent: 'info',
        title: `Every hire's Offer Sheet is in the workbook${first ? ` ("${first}" is selected)` : ''}: print them from Excel (File › Print › Print Entire Workbook, or select the Offer Sheets)`,
      };
    });
  useRestoreSaved(
    excel,
    () =>
      void run('Open saved plan', async () => {
        const saved = await (await getPlanHost()).loadSavedPlan();
        if (!saved) return null;
        setDraft(toDraft(saved.scenario));
        return { intent: 'info', title: 'Restored the plan saved in this workbook' };
      }),
  );
  return excel ? { buildInWorkbook } : null;
}
