/**
 * `offer-runway model PLAN.json --xlsx OUT.xlsx --pdf OUT.pdf`: the hiring-plan workbook
 * (docs/workbook.md "The hiring-plan workbook") and the recruiter's PDF — every hire's Offer
 * Sheet in hire order, then the Plan Summary page — each written whole or not at all.
 */
import type { BandSet } from '../model/bands.js';
import type { PlanResult } from '../model/plan/index.js';
import { buildPlanWorkbookPlan, PLAN_SHEETS } from '../workbook/hiring-plan/index.js';
import type { WorkbookPlan } from '../workbook/plan.js';
import type { OutputFiles } from './output-files.js';
import { MissingLibreOfficeError } from './errors.js';
import { findSoffice } from './libreoffice.js';
import { writePdf, writeXlsx } from './write-outputs.js';

/** The sheets the plan's PDF prints, in print order: the hires' Offer Sheets, then the summary. */
export function planPdfSheets(plan: WorkbookPlan): string[] {
  const offers = plan.sheets.filter((s) => /^Offer \d+/.test(s.name)).map((s) => s.name);
  return [...offers, PLAN_SHEETS.summary];
}

/** The same workbook with the printed sheets first, in print order (LibreOffice prints tab order). */
export function printOrder(plan: WorkbookPlan, sheets: string[]): WorkbookPlan {
  const first = sheets.map((n) => plan.sheets.find((s) => s.name === n)!);
  return { ...plan, sheets: [...first, ...plan.sheets.filter((s) => !sheets.includes(s.name))] };
}

export async function writePlanWorkbook(
  result: PlanResult,
  bands: BandSet,
  out: OutputFiles,
): Promise<string[]> {
  if (out.pdf && !findSoffice()) throw new MissingLibreOfficeError();
  const plan = buildPlanWorkbookPlan(result.plan, result, bands);
  const written: string[] = [];
  if (out.xlsx) {
    // --simulate: the Risk sheet of values (docs/model.md §11) goes last, in the .xlsx only.
    await writeXlsx(out.risk ? { ...plan, sheets: [...plan.sheets, out.risk] } : plan, out.xlsx);
    written.push(out.xlsx);
  }
  if (out.pdf) {
    const sheets = planPdfSheets(plan);
    await writePdf(printOrder(plan, sheets), out.pdf, sheets);
    written.push(out.pdf);
  }
  return written;
}
