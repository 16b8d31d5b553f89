/**
 * The Cost of a Miss sheet: what finding out at each checkpoint month that the hire is not
 * working costs, and what the earliest checkpoint saves against the latest.
 */
import { DPM } from '../model/decimal.js';
import { missCostParts } from '../model/miss-cost.js';
import { missCostInputs } from '../model/model.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, a1, absRange } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { MISS_COST_SAVINGS, SHEETS } from './naming.js';

export interface MissCostInputs {
  /** The Inputs sheet's names of the detection checkpoints, in scenario order. */
  detectNames: string[];
}

export function buildMissCostSheet(
  { result, names, money0 }: SheetContext,
  { detectNames }: MissCostInputs,
): SheetBuilder {
  const s = result.scenario;
  const miss = new SheetBuilder(SHEETS.miss, names);
  miss.extra.tabColor = 'C00000';
  miss.widths(34, 16, 16, 16, 16, 16, 16, 18);
  miss.text(0, 0, 'Cost of a miss', 'title');
  miss.text(
    1,
    0,
    'What it costs to find out at month d that the hire is not working: the cash paid so far, idle compute, a replacement’s recruiting fee, and roadmap delay until a replacement is in seat.',
    'note',
  );
  [
    'Detected at month',
    'Hire cash paid',
    'Idle compute',
    'Replacement fee',
    'Delay (days)',
    'Delay cost',
    'Cost of the miss',
  ].forEach((t, i) => miss.text(3, i, t, 'headerNum'));
  const mr0 = 4;
  const inputs = missCostInputs(
    s,
    result.offerCost.map((m) => m.hireCash),
  );
  s.missCost.detectAtMonths.forEach((d, i) => {
    const r = mr0 + i;
    const D = a1(r, 0);
    const parts = missCostParts(inputs, d);
    miss.formula(r, 0, detectNames[i] as string, d, FORMATS.integer, 'label');
    const paid = `SUMIF(Run_Month,"<="&${D},Run_Offer_HireCash)`;
    miss.formula(r, 1, paid, parts.hireCashPaid, money0, 'calc');
    const idle = `In_Miss_IdleComputeMonthly*${D}`;
    miss.formula(r, 2, idle, parts.idleCompute, money0, 'calc');
    const fee = 'ROUND(In_BaseSalary*In_RecruitingFeePct,2)';
    miss.formula(r, 3, fee, parts.replacementFee, money0, 'calc');
    const delayDays = `ROUND(${D}*${DPM}+In_Miss_TimeToFillDays,0)`;
    miss.formula(r, 4, delayDays, parts.delayDays, FORMATS.shares, 'calc');
    const delayCost = `In_Miss_RoadmapDelayPerDay*${a1(r, 4)}`;
    miss.formula(r, 5, delayCost, parts.delayCost, money0, 'calc');
    miss.formula(
      r,
      6,
      `${a1(r, 1)}+${a1(r, 2)}+${a1(r, 3)}+${a1(r, 5)}`,
      result.missCost[i]?.cost ?? null,
      money0,
      'output',
    );
    miss.define(`Out_MissCost_${i + 1}`, r, 6);
  });
  const mr1 = mr0 + s.missCost.detectAtMonths.length - 1;
  const dR = absRange(mr0, 0, mr1, 0);
  const cR = absRange(mr0, 6, mr1, 6);
  const svr = mr1 + 2;
  miss.text(svr, 0, 'Saved by detecting at the earliest checkpoint instead of the latest', 'label');
  miss.formula(
    svr,
    6,
    `SUMIF(${dR},MAX(${dR}),${cR})-SUMIF(${dR},MIN(${dR}),${cR})`,
    result.missCostSavings,
    money0,
    'total',
  );
  miss.define(MISS_COST_SAVINGS, svr, 6);
  return miss;
}
