/**
 * The Runway sheet: months 1..R of revenue, opex, gross profit and each cost view's hire cash,
 * the net burn and cash of every runway view, the runway summary above them and the cash chart.
 */
import { type Decimal, ZERO } from '../model/decimal.js';
import { baseAnnual, yearOfMonth } from '../model/hire-cost.js';
import { cashTerms, type ModelResult, type RunwayView } from '../model/model.js';
import { writeRunwaySummaryRow } from './runway-summary-row.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, a1, absRange } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { SHEETS, VIEW_SUFFIX, pctLabel } from './naming.js';
import { OFFER_VIEW_LABEL, marketSuffix, marketViewLabel } from '../model/words.js';

/** A runway view as the Runway sheet lays it out (Out_RunwayDays_<suffix> and the like). */
export interface RunwayViewRef {
  key: string;
  suffix: string;
  label: string;
  view: RunwayView;
}

export interface RunwaySheet {
  sheet: SheetBuilder;
  /** The views in the order of the runway summary rows. */
  views: RunwayViewRef[];
}

/** Margin points gained by month `kRef` if the gain is hit (a formula over the Inputs). */
export const gainHitFormula = (kRef: string) =>
  `In_MarginGain_Points*MIN(1,MAX(0,(${kRef}-In_MarginGain_StartMonth+1)/(In_MarginGain_FullMonth-In_MarginGain_StartMonth+1)))`;

export function buildRunwaySheet({ result, names, money, money0 }: SheetContext): RunwaySheet {
  const s = result.scenario;
  const R = s.runwayHorizonMonths;
  const mg = s.offer.marginGain;
  const run = new SheetBuilder(SHEETS.runway, names);
  run.extra.tabColor = '4472C4';
  // Column allocation of the month table.
  let col = 0;
  const C = {
    k: col++,
    year: col++,
    rev: col++,
    opex: col++,
    gainHit: col++,
    gainExp: col++,
    gp0: col++,
    gpExp: col++,
    gpHit: col++,
  };
  interface CostCols {
    key: string;
    label: string;
    base: string; // formula for the annual base salary input
    annual: number;
    month: number;
    bonus: number;
    signOn: number;
    load: number;
    fee: number;
    hire: number;
    cost: ModelResult['offerCost'];
    terms: ReturnType<typeof cashTerms>;
  }
  const costViews: CostCols[] = [];
  const addCost = (
    key: string,
    label: string,
    base: string,
    cost: ModelResult['offerCost'],
    terms: ReturnType<typeof cashTerms>,
  ) => {
    costViews.push({
      key,
      label,
      base,
      annual: col++,
      month: col++,
      bonus: col++,
      signOn: col++,
      load: col++,
      fee: col++,
      hire: col++,
      cost,
      terms,
    });
  };
  addCost('Offer', 'Offer', 'In_BaseSalary', result.offerCost, cashTerms(s));
  for (const p of s.market.compareAt)
    addCost(
      `Market_${pctLabel(p)}`,
      `Market ${pctLabel(p)}`,
      `Band_${pctLabel(p)}`,
      result.marketCost[p] ?? [],
      cashTerms(s, result.band.row.values[p]),
    );
  const runTop = 5 + 4 + s.market.compareAt.length + 20; // leaves room for the summary + chart
  const hdr = runTop; // header row
  const r0 = hdr + 1; // month 0 row
  const rowOf = (k: number) => r0 + k;
  const rK = (k: number, cc: number) => a1(rowOf(k), cc);
  const rangeName = (name: string, cc: number) => run.define(name, rowOf(1), cc, rowOf(R), cc);

  run.define('Run_Month', rowOf(1), C.k, rowOf(R), C.k);
  rangeName('Run_Revenue', C.rev);
  rangeName('Run_Opex', C.opex);
  rangeName('Run_GainHit', C.gainHit);
  rangeName('Run_GP_NoGain', C.gp0);
  rangeName('Run_GP_Expected', C.gpExp);
  rangeName('Run_GP_Hit', C.gpHit);
  const head = (cc: number, t: string) => run.text(hdr, cc, t, cc ? 'headerNum' : 'header');
  head(C.k, 'Month');
  head(C.year, 'Year');
  head(C.rev, 'Revenue');
  head(C.opex, 'Opex');
  head(C.gainHit, 'Gain if hit (pts)');
  head(C.gainExp, 'Expected gain (pts)');
  head(C.gp0, 'Gross profit, no gain');
  head(C.gpExp, 'Gross profit, expected');
  head(C.gpHit, 'Gross profit, hit');
  for (const v of costViews) {
    head(v.annual, `${v.label}: base salary (annual)`);
    head(v.month, `${v.label}: base`);
    head(v.bonus, `${v.label}: bonus`);
    head(v.signOn, `${v.label}: sign-on`);
    head(v.load, `${v.label}: employer load`);
    head(v.fee, `${v.label}: recruiting fee`);
    head(v.hire, `${v.label}: hire cash`);
    for (const [part, cc] of [
      ['Base', v.month],
      ['Bonus', v.bonus],
      ['SignOn', v.signOn],
      ['Load', v.load],
      ['Fee', v.fee],
      ['HireCash', v.hire],
    ] as const)
      rangeName(`Run_${v.key}_${part}`, cc);
  }
  const p = mg?.probability ?? ZERO;
  const views: [string, string, string, RunwayView, string | null, string][] = [
    [
      'baseline',
      VIEW_SUFFIX.baseline,
      OFFER_VIEW_LABEL.baseline,
      result.views.baseline,
      null,
      'gp0',
    ],
    [
      'offerNoGain',
      VIEW_SUFFIX.offerNoGain,
      OFFER_VIEW_LABEL.offerNoGain,
      result.views.offerNoGain,
      'Offer',
      'gp0',
    ],
    [
      'offerExpected',
      VIEW_SUFFIX.offerExpected,
      OFFER_VIEW_LABEL.offerExpected,
      result.views.offerExpected,
      'Offer',
      'gpExp',
    ],
    [
      'offerHit',
      VIEW_SUFFIX.offerHit,
      OFFER_VIEW_LABEL.offerHit,
      result.views.offerHit,
      'Offer',
      'gpHit',
    ],
  ];
  for (const pc of s.market.compareAt)
    views.push([
      `market_${pc}`,
      marketSuffix(pc),
      marketViewLabel(pc),
      result.market[pc] as RunwayView,
      marketSuffix(pc),
      'gpExp',
    ]);
  const viewCols = views.map(([key, suffix, label, view, hire, gp]) => {
    const vc = { key, suffix, label, view, hire, gp, burn: col++, cash: col++, flag: col++ };
    head(vc.burn, `${label}: net burn`);
    head(vc.cash, `${label}: cash`);
    run.text(hdr, vc.flag, `${label}: cash < 0`, 'helper');
    return vc;
  });
  const lastCol = col - 1;

  // Month 0 row.
  run.num(rowOf(0), C.k, 0, FORMATS.integer, 'label');
  for (const v of viewCols)
    run.formula(rowOf(0), v.cash, 'In_Cash', s.company.cash, money0, 'calc');
  // Months 1..R.
  for (let k = 1; k <= R; k++) {
    const r = rowOf(k);
    const i = k - 1;
    const K = a1(r, C.k);
    const Y = a1(r, C.year);
    run.num(r, C.k, k, FORMATS.integer, 'label');
    run.formula(r, C.year, `INT((${K}+11)/12)`, yearOfMonth(k), FORMATS.integer, 'calc');
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
    const gh = result.gainHit[i] as Decimal;
    run.formula(r, C.gainHit, gainHitFormula(K), gh, FORMATS.decimal4, 'calc');
    run.formula(
      r,
      C.gainExp,
      `In_MarginGain_Probability*${a1(r, C.gainHit)}`,
      p.times(gh),
      FORMATS.decimal4,
      'calc',
    );
    const rev = a1(r, C.rev);
    // Gross profit with no gain, the expected gain and the gain hit.
    for (const [col, margin, view] of [
      [C.gp0, 'In_GrossMargin', 'baseline'],
      [C.gpExp, `(In_GrossMargin+${a1(r, C.gainExp)}/100)`, 'offerExpected'],
      [C.gpHit, `(In_GrossMargin+${a1(r, C.gainHit)}/100)`, 'offerHit'],
    ] as const)
      run.formula(
        r,
        col,
        `ROUND(${rev}*${margin},2)`,
        result.views[view].grossProfit[i] as Decimal,
        money0,
        'calc',
      );
    for (const v of costViews) {
      const m = v.cost[i];
      if (!m) throw new Error(`missing hire cost for ${v.key} month ${k}`);
      const A = a1(r, v.annual);
      run.formula(
        r,
        v.annual,
        `ROUND(${v.base}*(1+In_AnnualRaise)^(${Y}-1),2)`,
        baseAnnual(v.terms, yearOfMonth(k)),
        money,
        'calc',
      );
      run.formula(r, v.month, `ROUND(${A}/12,2)`, m.base, money, 'calc');
      run.formula(
        r,
        v.bonus,
        `IF(MOD(${K},12)=0,ROUND(${A}*In_TargetBonusPct*In_BonusPayoutPct,2),0)`,
        m.bonus,
        money,
        'calc',
      );
      run.formula(r, v.signOn, `IF(${K}=1,In_SignOnBonus,0)`, m.signOn, money, 'calc');
      run.formula(
        r,
        v.load,
        `ROUND((${a1(r, v.month)}+${a1(r, v.bonus)}+${a1(r, v.signOn)})*In_EmployerLoadPct,2)`,
        m.load,
        money,
        'calc',
      );
      run.formula(
        r,
        v.fee,
        `IF(${K}=1,ROUND(${v.base}*In_RecruitingFeePct,2),0)`,
        m.fee,
        money,
        'calc',
      );
      run.formula(
        r,
        v.hire,
        `${a1(r, v.month)}+${a1(r, v.bonus)}+${a1(r, v.signOn)}+${a1(r, v.load)}+${a1(r, v.fee)}`,
        m.hireCash,
        money,
        'calc',
      );
    }
    for (const v of viewCols) {
      const hireCol = v.hire ? costViews.find((cv) => cv.key === v.hire)?.hire : undefined;
      const gpCol = v.gp === 'gp0' ? C.gp0 : v.gp === 'gpExp' ? C.gpExp : C.gpHit;
      const burn = `${a1(r, C.opex)}${hireCol !== undefined ? `+${a1(r, hireCol)}` : ''}-${a1(r, gpCol)}`;
      run.formula(r, v.burn, burn, v.view.netBurn[i] as Decimal, money0, 'calc');
      run.formula(
        r,
        v.cash,
        `${rK(k - 1, v.cash)}-${a1(r, v.burn)}`,
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

  // Runway summary at the top of the Runway sheet.
  run.text(0, 0, 'Runway', 'title');
  run.text(
    1,
    0,
    `Months 1..${R} from ${s.startDate}. Runway = (k − 1) + cash(k−1) ÷ net burn(k) at the first month k whose closing cash is negative; days = ROUND(months × 30.4375, 0). Empty = cash lasts beyond month ${R}.`,
    'note',
  );
  const sh = 3;
  [
    'View',
    'First month with cash < 0',
    'Runway (months)',
    'Runway (days)',
    'Cash-out date',
    '',
  ].forEach((t, i) => {
    if (t) run.text(sh, i, t, i ? 'headerNum' : 'header');
  });
  viewCols.forEach((v, i) => {
    const r = sh + 1 + i;
    const cashRange = absRange(rowOf(0), v.cash, rowOf(R), v.cash);
    writeRunwaySummaryRow(run, r, { ...v, runway: v.view.runway, cashRange }, R);
  });
  const chartTop = sh + 2 + viewCols.length;
  run.widths(...Array.from({ length: lastCol + 1 }, (_, i) => (i === 0 ? 34 : i === 1 ? 12 : 15)));
  run.extra.freeze = { rows: hdr + 1, cols: 1 };
  const chartSeries: { name: string; suffix: string; color: string }[] = [
    { name: OFFER_VIEW_LABEL.baseline, suffix: VIEW_SUFFIX.baseline, color: '7F7F7F' },
    { name: OFFER_VIEW_LABEL.offerExpected, suffix: VIEW_SUFFIX.offerExpected, color: '2E75B6' },
  ];
  if (s.market.compareAt.includes('p75'))
    chartSeries.push({
      name: marketViewLabel('p75'),
      suffix: marketSuffix('p75'),
      color: 'C00000',
    });
  run.extra.charts = [
    {
      kind: 'line',
      title: 'Cash balance by month',
      from: { row: chartTop, col: 0 },
      to: { row: hdr - 2, col: 7 },
      categories: { sheet: SHEETS.runway, range: absRange(rowOf(1), C.k, rowOf(R), C.k) },
      series: chartSeries.map((cs) => {
        const v = viewCols.find((x) => x.suffix === cs.suffix);
        if (!v) throw new Error(`chart series ${cs.suffix}`);
        return {
          name: cs.name,
          sheet: SHEETS.runway,
          range: absRange(rowOf(1), v.cash, rowOf(R), v.cash),
          color: cs.color,
        };
      }),
      xAxisTitle: 'Month',
      yAxisTitle: `Cash (${s.currency})`,
    },
  ];

  return { sheet: run, views: viewCols };
}
