/**
 * The Hire Months sheet: one row per hire, the hire's cash in every PLAN month k = 1..R for the
 * offer and for each market percentile, and its margin gain if hit — with the hire month
 * j = k − startMonth + 1 computed by formula, so editing a start month on the Hires sheet shifts
 * the hire's columns (docs/model.md §10). Two "All hires" rows above the hires sum each plan
 * month: the plan's month grids (named Hm_*), which the Plan Runway sheet reads.
 *
 * §3.3 per hire year y: the annual base `A_y`, an ordinary month's cash `O_y` (base + load), a
 * bonus month's cash `B_y` (base + bonus + load on both) and the first month's `F` (base +
 * sign-on + load + recruiting fee). Month j costs F when j = 1, B_y when j is a multiple of 12,
 * else O_y — the same figures §3.3 gives month by month.
 */
import { type Decimal } from '../../model/decimal.js';
import { baseAnnual, hireCostMonth, type CashTerms } from '../../model/hire-cost.js';
import { cashTerms } from '../../model/model.js';
import type { Percentile } from '../../model/schema.js';
import { SheetBuilder } from '../builder.js';
import { ColumnCursor } from '../columns.js';
import { pctLabel } from '../naming.js';
import { FORMATS, abs, colLetter } from '../plan.js';
import { PLAN_SHEETS, hireYears, type PlanCtx } from './context.js';
import { hireInput } from './hires-sheet.js';

export interface CostView {
  /** `Offer` or `Market_P75`. */
  key: string;
  label: string;
  /** The Hires column holding this view's base salary. */
  baseName: string;
  pct: Percentile | null;
}

export function costViews(compareAt: readonly Percentile[]): CostView[] {
  return [
    { key: 'Offer', label: 'Offer', baseName: 'Hire_BaseSalary', pct: null },
    ...compareAt.map((p) => ({
      key: `Market_${pctLabel(p)}`,
      label: `Cash match at ${pctLabel(p)}`,
      baseName: `Hire_Band_${pctLabel(p)}`,
      pct: p,
    })),
  ];
}

export function buildHireMonthsSheet(ctx: PlanCtx): SheetBuilder {
  const { result, names, money, money0 } = ctx;
  const plan = result.plan;
  const R = plan.runwayHorizonMonths;
  const Y = hireYears(R);
  const views = costViews(plan.market.compareAt);
  const sh = new SheetBuilder(PLAN_SHEETS.months, names);
  sh.extra.tabColor = '4472C4';
  sh.text(0, 0, 'Hire months', 'title');
  sh.text(
    1,
    0,
    `Each hire's cash in plan months 1..${R}: hire month j = plan month − start month + 1 (nothing before the hire starts); raises and bonuses follow the hire's own years. The "All hires" rows are the plan's totals.`,
    'note',
  );
  const titleRow = 3;
  const hr = 4;
  const totHit = 5;
  const totExp = 6;
  const h0 = 7;
  const n = plan.hires.length;
  const hLast = h0 + n - 1;

  const cursor = new ColumnCursor();
  const C = cursor.named([
    'no',
    'name',
    'start',
    'raise',
    'targetBonus',
    'bonusPayout',
    'signOn',
    'load',
    'fee',
    'gainPoints',
    'gainStart',
    'gainFull',
    'gainProbability',
  ] as const);
  const pulled: [number, string, string, string][] = [
    [C.start, 'Start month', 'Hire_StartMonth', FORMATS.integer],
    [C.raise, 'Raise', 'Hire_AnnualRaise', FORMATS.percent2],
    [C.targetBonus, 'Target bonus', 'Hire_TargetBonusPct', FORMATS.percent2],
    [C.bonusPayout, 'Payout', 'Hire_BonusPayoutPct', FORMATS.percent2],
    [C.signOn, 'Sign-on', 'Hire_SignOnBonus', money],
    [C.load, 'Load', 'Hire_EmployerLoadPct', FORMATS.percent2],
    [C.fee, 'Fee', 'Hire_RecruitingFeePct', FORMATS.percent2],
    [C.gainPoints, 'Gain pts', 'Hire_Gain_Points', FORMATS.decimal2],
    [C.gainStart, 'Gain from', 'Hire_Gain_StartMonth', FORMATS.integer],
    [C.gainFull, 'Full gain', 'Hire_Gain_FullMonth', FORMATS.integer],
    [C.gainProbability, 'Gain p', 'Hire_Gain_Probability', FORMATS.percent],
  ];
  const yearCols = views.map((v) => {
    const base = cursor.take();
    const A = cursor.take(Y);
    const O = cursor.take(Y);
    const B = cursor.take(Y);
    const F = cursor.take();
    return { v, base, A, O, B, F };
  });
  const gridCols = views.map((v) => ({ v, c0: cursor.take(R) }));
  const gain0 = cursor.take(R);
  const costCols = views.map((v) => ({ v, c: cursor.take() }));

  // Headers.
  sh.text(hr, C.no, 'No.', 'header');
  sh.text(hr, C.name, 'Candidate', 'header');
  for (const [c, t] of pulled) sh.text(hr, c, t, 'headerNum');
  sh.text(titleRow, C.start, 'The hire’s terms (from the Hires sheet)', 'section');
  for (const yc of yearCols) {
    sh.text(titleRow, yc.base, `${yc.v.label}: §3.3 by hire year`, 'section');
    sh.text(hr, yc.base, 'Base salary', 'headerNum');
    for (let y = 1; y <= Y; y++) {
      sh.text(hr, yc.A + y - 1, `Y${y} annual base`, 'headerNum');
      sh.text(hr, yc.O + y - 1, `Y${y} month`, 'headerNum');
      sh.text(hr, yc.B + y - 1, `Y${y} bonus month`, 'headerNum');
    }
    sh.text(hr, yc.F, 'First month', 'headerNum');
  }
  const monthHeader = (c0: number, title: string) => {
    sh.text(titleRow, c0, title, 'section');
    for (let k = 1; k <= R; k++) sh.num(hr, c0 + k - 1, k, FORMATS.integer, 'headerNum');
  };
  for (const g of gridCols) monthHeader(g.c0, `${g.v.label}: hire cash by plan month`);
  monthHeader(gain0, 'Margin gain if hit (points) by plan month');
  for (const cc of costCols)
    sh.text(hr, cc.c, `${cc.v.label}: cash, plan months 1..H`, 'headerNum');
  sh.text(titleRow, costCols[0]!.c, 'Cash cost', 'section');
  sh.text(totHit, C.name, 'All hires', 'total');
  sh.text(totExp, C.name, 'All hires, expected gain', 'total');

  // One row per hire.
  result.hires.forEach((h, i) => {
    const r = h0 + i;
    const s = h.hire.scenario;
    const o = s.offer;
    sh.num(r, C.no, i + 1, FORMATS.integer, 'label');
    const N = `$${colLetter(C.no)}${r + 1}`;
    sh.formula(r, C.name, hireInput('Hire_Candidate', N), o.candidate, FORMATS.general, 'calc');
    const pulledValue: Record<string, Decimal | number> = {
      Hire_StartMonth: h.hire.startMonth,
      Hire_AnnualRaise: o.annualRaise,
      Hire_TargetBonusPct: o.targetBonusPct,
      Hire_BonusPayoutPct: o.bonusPayoutPct,
      Hire_SignOnBonus: o.signOnBonus,
      Hire_EmployerLoadPct: o.employerLoadPct,
      Hire_RecruitingFeePct: o.recruitingFeePct,
      Hire_Gain_Points: o.marginGain?.points ?? 0,
      Hire_Gain_StartMonth: o.marginGain?.startMonth ?? 1,
      Hire_Gain_FullMonth: o.marginGain?.fullMonth ?? 1,
      Hire_Gain_Probability: o.marginGain?.probability ?? 1,
    };
    for (const [c, , name, format] of pulled)
      sh.formula(r, c, hireInput(name, N), pulledValue[name] as Decimal | number, format, 'helper');
    const cell = (c: number) => `$${colLetter(c)}${r + 1}`; // column-absolute, row-relative
    const L = cell(C.load);
    for (const yc of yearCols) {
      const terms: CashTerms = cashTerms(s, yc.v.pct ? h.band.row.values[yc.v.pct] : o.baseSalary);
      const base = cell(yc.base);
      sh.formula(r, yc.base, hireInput(yc.v.baseName, N), terms.baseSalary, money0, 'calc');
      for (let y = 1; y <= Y; y++) {
        const A = cell(yc.A + y - 1);
        const b = `ROUND(${A}/12,2)`;
        const bon = `ROUND(${A}*${cell(C.targetBonus)}*${cell(C.bonusPayout)},2)`;
        sh.formula(
          r,
          yc.A + y - 1,
          `ROUND(${base}*(1+${cell(C.raise)})^${y - 1},2)`,
          baseAnnual(terms, y),
          money0,
          'calc',
        );
        sh.formula(
          r,
          yc.O + y - 1,
          `${b}+ROUND(${b}*${L},2)`,
          hireCostMonth(terms, y === 1 ? 2 : 12 * (y - 1) + 1).hireCash,
          money,
          'calc',
        );
        sh.formula(
          r,
          yc.B + y - 1,
          `${b}+${bon}+ROUND((${b}+${bon})*${L},2)`,
          hireCostMonth(terms, 12 * y).hireCash,
          money,
          'calc',
        );
      }
      const b1 = `ROUND(${cell(yc.A)}/12,2)`;
      const so = cell(C.signOn);
      sh.formula(
        r,
        yc.F,
        `${b1}+${so}+ROUND((${b1}+${so})*${L},2)+ROUND(${base}*${cell(C.fee)},2)`,
        hireCostMonth(terms, 1).hireCash,
        money,
        'calc',
      );
    }
    const S = cell(C.start);
    for (const g of gridCols) {
      const yc = yearCols.find((x) => x.v.key === g.v.key)!;
      const O = `${cell(yc.O)}:${cell(yc.O + Y - 1)}`;
      const B = `${cell(yc.B)}:${cell(yc.B + Y - 1)}`;
      const series = g.v.pct ? (h.marketCash[g.v.pct] as Decimal[]) : h.hireCash;
      for (let k = 1; k <= R; k++) {
        const K = `${colLetter(g.c0 + k - 1)}$${hr + 1}`;
        const j = `(${K}-${S}+1)`;
        const y = `INT((${K}-${S}+12)/12)`;
        sh.formula(
          r,
          g.c0 + k - 1,
          `IF(${j}<1,0,IF(${j}=1,${cell(yc.F)},IF(MOD(${j},12)=0,INDEX(${B},${y}),INDEX(${O},${y}))))`,
          series[k - 1] as Decimal,
          money0,
          'calc',
        );
      }
    }
    for (let k = 1; k <= R; k++) {
      const K = `${colLetter(gain0 + k - 1)}$${hr + 1}`;
      // gainHit_j with j = k − s + 1: 0 before the gain starts, and so before the hire starts.
      sh.formula(
        r,
        gain0 + k - 1,
        `${cell(C.gainPoints)}*MIN(1,MAX(0,(${K}-${S}+2-${cell(C.gainStart)})/(${cell(C.gainFull)}-${cell(C.gainStart)}+1)))`,
        h.gainHit[k - 1] as Decimal,
        FORMATS.decimal4,
        'calc',
      );
    }
    for (const cc of costCols) {
      const g = gridCols.find((x) => x.v.key === cc.v.key)!;
      const months = `${abs(hr, g.c0)}:${abs(hr, g.c0 + R - 1)}`;
      const row = `${cell(g.c0)}:${cell(g.c0 + R - 1)}`;
      sh.formula(
        r,
        cc.c,
        `SUMIF(${months},"<="&In_H,${row})`,
        cc.v.pct ? (h.cashCost.market[cc.v.pct] as Decimal) : h.cashCost.offer,
        money0,
        'output',
      );
    }
  });

  // The plan's month grids: the sum over hires of each plan month.
  const colRange = (c: number) => `${abs(h0, c)}:${abs(hLast, c)}`;
  for (const g of gridCols) {
    const total = g.v.pct ? result.market[g.v.pct]!.hireCash : result.hireCash;
    for (let k = 1; k <= R; k++) {
      const c = g.c0 + k - 1;
      sh.formula(
        totHit,
        c,
        `SUM(${colRange(c).replace(/\$(?=[A-Z])/g, '')})`,
        total[k - 1] as Decimal,
        money0,
        'total',
      );
    }
    sh.define(
      `Hm_Cash_${g.v.key}`,
      totHit,
      g.c0,
      totHit,
      g.c0 + R - 1,
      `Σ over hires of hire cash (${g.v.label}) per plan month`,
    );
  }
  for (let k = 1; k <= R; k++) {
    const c = gain0 + k - 1;
    const rng = colRange(c).replace(/\$(?=[A-Z])/g, '');
    sh.formula(
      totHit,
      c,
      `SUM(${rng})`,
      result.gainHit[k - 1] as Decimal,
      FORMATS.decimal4,
      'total',
    );
    sh.formula(
      totExp,
      c,
      `SUMPRODUCT(${rng},${colRange(C.gainProbability)})`,
      result.gainExpected[k - 1] as Decimal,
      FORMATS.decimal4,
      'total',
    );
  }
  sh.define('Hm_GainHit', totHit, gain0, totHit, gain0 + R - 1);
  sh.define('Hm_GainExpected', totExp, gain0, totExp, gain0 + R - 1);
  for (const cc of costCols) {
    sh.formula(
      totHit,
      cc.c,
      `SUM(${colRange(cc.c)})`,
      cc.v.pct ? (result.cashCost.market[cc.v.pct] as Decimal) : result.cashCost.plan,
      money0,
      'total',
    );
    sh.define(`Hm_CashCost_${cc.v.key}`, h0, cc.c, hLast, cc.c);
    sh.define(`Hm_CashCostTotal_${cc.v.key}`, totHit, cc.c);
  }
  sh.define('Hm_No', h0, C.no, hLast, C.no);

  const widths: number[] = [];
  for (let c = 0; c < cursor.used; c++) widths.push(c === C.name ? 20 : c === C.no ? 5 : 10);
  sh.widths(...widths);
  sh.extra.freeze = { rows: hr + 1, cols: 2 };
  return sh;
}
