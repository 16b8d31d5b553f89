import type { BreakCase } from './cli-in-process.js';

/**
 * A break case for a scenario or a hiring plan (both have company.revenueGrowthMonthly and
 * runwayHorizonMonths): monthly revenue growth `growth` compounded over a 1,200-month runway
 * horizon takes revenue past the largest number a spreadsheet holds, and the refusal names the
 * growth field.
 */
export const revenuePastSpreadsheet = (why: string, growth: number): BreakCase => [
  why,
  (doc) => {
    doc.company.revenueGrowthMonthly = growth;
    doc.runwayHorizonMonths = 1200;
  },
  'company.revenueGrowthMonthly: makes revenue reach',
];
