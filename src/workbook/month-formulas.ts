/**
 * Formula text for the engine's month rules (docs/model.md §3), so that each rule is spelled once
 * in the sheets: the hire year of a month, the grant month of a milestone, the margin gain by a
 * month. The engine's own functions (src/model) give the cached values.
 */
import { DPM } from '../model/decimal.js';

/** `CEILING(k/12)` as a formula over the cell or name `monthRef` (model.md §3.3, yearOfMonth). */
export const yearOfMonthFormula = (monthRef: string): string => `INT((${monthRef}+11)/12)`;

/** The month of a milestone grant due on day `dueDayRef` (model.md §3.2, milestoneGrantMonth). */
export const milestoneGrantMonthFormula = (dueDayRef: string): string =>
  `ROUNDUP(${dueDayRef}/${DPM},0)`;

/** Margin points gained by month `kRef` if the gain is hit (a formula over the Inputs). */
export const gainHitFormula = (kRef: string): string =>
  `In_MarginGain_Points*MIN(1,MAX(0,(${kRef}-In_MarginGain_StartMonth+1)/(In_MarginGain_FullMonth-In_MarginGain_StartMonth+1)))`;
