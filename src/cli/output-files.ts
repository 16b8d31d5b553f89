import type { PlanSheet } from '../workbook/plan.js';

/**
 * The files `offer-runway model` is asked to write: the workbook (--xlsx), the PDF (--pdf), and
 * the Risk sheet of a --simulate run, which goes last in the workbook.
 */
export interface OutputFiles {
  xlsx: string | null;
  pdf: string | null;
  risk?: PlanSheet;
}
