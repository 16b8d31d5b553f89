/**
 * The Plan Runway sheet: plan months 1..R of revenue, opex, the company's margin gain (Σ over
 * hires), gross profit, the plan's hire cash per cost view (the Hire Months totals), and the net
 * burn, cash and cash-below-zero flag of every plan view (docs/model.md §10); the runway summary
 * (Out_RunwayDays_*) and a line chart of cash for baseline, plan (expected gain) and the P75
 * cash match above them.
 */
import type { Decimal } from '../../model/decimal.js';
import type { RunwayView } from '../../model/model.js';
import { writeRunwaySummaryRow } from '../runway-summary-row.js';
import { SheetBuilder } from '../builder.js';
import {
  PLAN_VIEW_LABEL,
  PLAN_VIEW_SUFFIX,
  marketSuffix,
  pctLabel,
  planMarketViewLabel,
} from '../../model/words.js';
import { FORMATS, a1, absRange } from '../plan.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import { costViews } from './hire-months-sheet.js';

export interface PlanViewRef {
  key: string;
  /** Out_RunwayDays_<suffix>. */
  suffix: string;
  label: string;
  view: RunwayView;
}

export { PLAN_VIEW_SUFFIX };

export function buildPlanRunwaySheet(ctx: PlanCtx): { sheet: SheetBuilder; views: PlanViewRef[] } {
  const { result, names, money0 } = ctx;
  const plan = result.plan;
  const R = plan.runwayHorizonMonths;
  const compareAt = plan.market.compareAt;
  const run = new SheetBuilder(PLAN_SHEETS.runway, names);
  run.extra.tabColor = '4472C4';
  let col = 0;
  const C = {
    k: col++,
    rev: col++,
    opex: col++,
    gainHit: col++,
    gainExp: col++,
    gp0: col++,
    gpExp: col++,
    gpHit: col++,
  };
  const cost = costViews(compareAt).map((v) => ({ ...v, c: col++ }));
  const views: (PlanViewRef & { hire: string | null; gp: number })[] = [
    {
      key: 'baseline',
      suffix: PLAN_VIEW_SUFFIX.baseline,
      label: PLAN_VIEW_LABEL.baseline,
      view: result.views.baseline,
      hire: null,
      gp: C.gp0,
    },
    {
      key: 'planNoGain',
      suffix: PLAN_VIEW_SUFFIX.planNoGain,
      label: PLAN_VIEW_LABEL.planNoGain,
      view: result.views.planNoGain,
      hire: 'Offer',
      gp: C.gp0,
    },
    {
      key: 'planExpected',
      suffix: PLAN_VIEW_SUFFIX.planExpected,
      label: PLAN_VIEW_LABEL.planExpected,
      view: result.views.planExpected,
      hire: 'Offer',
      gp: C.gpExp,
    },
    {
      key: 'planHit',
      suffix: PLAN_VIEW_SUFFIX.planHit,
      label: PLAN_VIEW_LABEL.planHit,
      view: result.views.planHit,
      hire: 'Offer',
      gp: C.gpHit,
    },
    ...compareAt.map((p) => ({
      key: `market_${p}`,
      suffix: marketSuffix(p),
      label: planMarketViewLabel(p),
      view: result.market[p] as RunwayView,
      hire: `Market_${pctLabel(p)}`,
      gp: C.gpExp,
    })),
  ];
  const viewCols = views.map((v) => ({ ...v, burn: col++, cash: col++, flag: col++ }));
  const lastCol = col - 1;

  const hdr = 4 + views.length + 22; // the summary and the chart above the month table
  const rowOf = (k: number) => hdr + 1 + k;
  const head = (cc: number, t: string) => run.text(hdr, cc, t, cc ? 'headerNum' : 'header');
  head(C.k, 'Plan month');
  head(C.rev, 'Revenue');
  head(C.opex, 'Opex');
  head(C.gainHit, 'Gain if every hire hits (pts)');
  head(C.gainExp, 'Expected gain (pts)');
  head(C.gp0, 'Gross profit, no gain');
  head(C.gpExp, 'Gross profit, expected');
  head(C.gpHit, 'Gross profit, hit');
  for (const cv of cost) head(cv.c, `${cv.label}: hire cash, all hires`);
  for (const v of viewCols) {
    head(v.burn, `${v.label}: net burn`);
    head(v.cash, `${v.label}: cash`);
    run.text(hdr, v.flag, `${v.label}: cash < 0`, 'helper');
  }
  const rangeName = (name: string, cc: number) => run.define(name, rowOf(1), cc, rowOf(R), cc);
  rangeName('Run_Month', C.k);
  rangeName('Run_Revenue', C.rev);
  rangeName('Run_Opex', C.opex);
  for (const cv of cost) rangeName(`Run_HireCash_${cv.key}`, cv.c);

  run.num(rowOf(0), C.k, 0, FORMATS.integer, 'label');
  for (const v of viewCols)
    run.formula(rowOf(0), v.cash, 'In_Cash', plan.company.cash, money0, 'calc');
  for (let k = 1; k <= R; k++) {
    const r = rowOf(k);
    const i = k - 1;
    const K = a1(r, C.k);
    run.num(r, C.k, k, FORMATS.integer, 'label');
    run.formula(
      r,
      C.rev,
      `ROUND(In_MonthlyRevenue*(1+In_RevenueGrowth)^(${K}-1),2)`,
      result.revenue[i] as Decimal,
      money0,
      'calc',
    );
    run.formula(
      r,
      C.opex,
      `ROUND(In_MonthlyOpex*(1+In_OpexGrowth)^(${K}-1),2)`,
      result.opex[i] as Decimal,
      money0,
      'calc',
    );
    run.formula(
      r,
      C.gainHit,
      `INDEX(Hm_GainHit,${K})`,
      result.gainHit[i] as Decimal,
      FORMATS.decimal4,
      'calc',
    );
    run.formula(
      r,
      C.gainExp,
      `INDEX(Hm_GainExpected,${K})`,
      result.gainExpected[i] as Decimal,
      FORMATS.decimal4,
      'calc',
    );
    const rev = a1(r, C.rev);
    run.formula(
      r,
      C.gp0,
      `ROUND(${rev}*In_GrossMargin,2)`,
      result.views.baseline.grossProfit[i] as Decimal,
      money0,
      'calc',
    );
    run.formula(
      r,
      C.gpExp,
      `ROUND(${rev}*(In_GrossMargin+${a1(r, C.gainExp)}/100),2)`,
      result.views.planExpected.grossProfit[i] as Decimal,
      money0,
      'calc',
    );
    run.formula(
      r,
      C.gpHit,
      `ROUND(${rev}*(In_GrossMargin+${a1(r, C.gainHit)}/100),2)`,
      result.views.planHit.grossProfit[i] as Decimal,
      money0,
      'calc',
    );
    for (const cv of cost) {
      const series = cv.pct ? result.market[cv.pct]!.hireCash : result.hireCash;
      run.formula(r, cv.c, `INDEX(Hm_Cash_${cv.key},${K})`, series[i] as Decimal, money0, 'calc');
    }
    for (const v of viewCols) {
      const hireCol = v.hire ? cost.find((cv) => cv.key === v.hire)?.c : undefined;
      const burn = `${a1(r, C.opex)}${hireCol !== undefined ? `+${a1(r, hireCol)}` : ''}-${a1(r, v.gp)}`;
      run.formula(r, v.burn, burn, v.view.netBurn[i] as Decimal, money0, 'calc');
      run.formula(
        r,
        v.cash,
        `${a1(r - 1, v.cash)}-${a1(r, v.burn)}`,
        v.view.cash[k] as Decimal,
        money0,
        'calc',
      );
      run.formula(
        r,
        v.flag,
        `IF(${a1(r, v.cash)}<0,1,0)`,
        (v.view.cash[k] as Decimal).lessThan(0) ? 1 : 0,
        FORMATS.integer,
        'helper',
      );
    }
  }
  for (const v of viewCols) {
    rangeName(`Run_Cash_${v.suffix}`, v.cash);
    rangeName(`Run_NetBurn_${v.suffix}`, v.burn);
    rangeName(`Run_Flag_${v.suffix}`, v.flag);
  }

  run.text(0, 0, 'Plan runway', 'title');
  run.text(
    1,
    0,
    `Plan months 1..${R} from ${plan.startDate}, every hire starting in its own month. Runway = (k − 1) + cash(k−1) ÷ net burn(k) at the first month k whose closing cash is negative; days = ROUND(months × 30.4375, 0). Empty = cash lasts beyond month ${R}.`,
    'note',
  );
  const sh = 3;
  [
    'View',
    'First month with cash < 0',
    'Runway (months)',
    'Runway (days)',
    'Cash-out date',
  ].forEach((t, i) => run.text(sh, i, t, i ? 'headerNum' : 'header'));
  viewCols.forEach((v, i) => {
    const r = sh + 1 + i;
    const cashRange = absRange(rowOf(0), v.cash, rowOf(R), v.cash);
    writeRunwaySummaryRow(run, r, { ...v, runway: v.view.runway, cashRange }, R);
  });
  const chartTop = sh + 2 + viewCols.length;
  run.widths(...Array.from({ length: lastCol + 1 }, (_, i) => (i === 0 ? 34 : i === 1 ? 12 : 15)));
  run.extra.freeze = { rows: hdr + 1, cols: 1 };
  const series: { name: string; suffix: string; color: string }[] = [
    { name: PLAN_VIEW_LABEL.baseline, suffix: PLAN_VIEW_SUFFIX.baseline, color: '7F7F7F' },
    { name: PLAN_VIEW_LABEL.planExpected, suffix: PLAN_VIEW_SUFFIX.planExpected, color: '2E75B6' },
  ];
  if (compareAt.includes('p75'))
    series.push({
      name: planMarketViewLabel('p75'),
      suffix: marketSuffix('p75'),
      color: 'C00000',
    });
  run.extra.charts = [
    {
      kind: 'line',
      title: 'Cash balance by plan month',
      from: { row: chartTop, col: 0 },
      to: { row: hdr - 2, col: 7 },
      categories: { sheet: PLAN_SHEETS.runway, range: absRange(rowOf(1), C.k, rowOf(R), C.k) },
      series: series.map((cs) => {
        const v = viewCols.find((x) => x.suffix === cs.suffix)!;
        return {
          name: cs.name,
          sheet: PLAN_SHEETS.runway,
          range: absRange(rowOf(1), v.cash, rowOf(R), v.cash),
          color: cs.color,
        };
      }),
      xAxisTitle: 'Plan month',
      yAxisTitle: `Cash (${plan.currency})`,
    },
  ];
  return { sheet: run, views: viewCols };
}
