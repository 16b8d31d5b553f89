/**
 * The Grants sheet: one row per grant of every hire — the initial grant, each milestone (its
 * name, due day, probability and value are the inputs, edited here) and each margin-refresh
 * measurement — dated in the hire's months and in PLAN months (plan month = start month − 1 +
 * hire month, docs/model.md §10). A grant exists in the plan only when its plan month is ≤ H
 * ("Shares in plan" is 0 otherwise); it exists for the hire's own Offer Sheet when its hire month
 * is ≤ H ("Own shares"). Vested shares and SBC expense per plan month 1..H are grids; three rows
 * above them total the plan per equity view. Each hire's first row also carries the hire's own
 * figures: SBC expected (rounded per hire, §10), granted shares, value at plan month H, and the
 * Offer Sheet's vested shares and value by year.
 */
import { type Decimal, ZERO, max } from '../../model/decimal.js';
import {
  exitValueAt,
  grantSchedule,
  type EquityView,
  type GrantSchedule,
} from '../../model/equity.js';
import {
  grantsOf,
  marginMeasurements,
  milestoneGrantMonth,
  sizePrice,
  type Grant,
} from '../../model/grants.js';
import type { ModelResult } from '../../model/model.js';
import { SheetBuilder } from '../builder.js';
import { ColumnCursor } from '../columns.js';
import { milestoneGrantMonthFormula } from '../month-formulas.js';
import { FORMATS, abs, colLetter } from '../plan.js';
import { PLAN_SHEETS, type PlanCtx } from './context.js';
import { EQUITY_VIEW_SUFFIX } from '../../model/words.js';
import { hireInput } from './hires-sheet.js';

/** Where one hire's grants sit on the Grants sheet (1-based positions within the Gr_* names). */
export interface HireGrantRows {
  /** Position of the hire's first (initial-grant) row. */
  first: number;
  /** Position of each of the hire's own grants (`hireModel(…).grants`, in that order). */
  ownGrant: number[];
  /** Position of each milestone of the hire's refresh program (all of them, in order). */
  milestone: number[];
}

export interface GrantsSheet {
  sheet: SheetBuilder;
  hires: HireGrantRows[];
}

interface Row {
  kind: 'initial' | 'milestone' | 'margin';
  label: string;
  grant: Grant;
  milestone?: number;
  ordinal?: number;
  measurement?: ReturnType<typeof marginMeasurements>[number];
}

const VIEW_NAME: Record<EquityView, string> = EQUITY_VIEW_SUFFIX;

export function buildGrantsSheet(ctx: PlanCtx, own: ModelResult[]): GrantsSheet {
  const { result, names, money, money0, price, valueMonths } = ctx;
  const plan = result.plan;
  const H = plan.horizonMonths;
  const nP = plan.exitPrices.length;
  const nV = valueMonths.length;
  const sh = new SheetBuilder(PLAN_SHEETS.grants, names);
  sh.extra.tabColor = 'ED7D31';
  sh.text(0, 0, 'Grants', 'title');
  sh.text(
    1,
    0,
    `Every hire's grants, dated in plan months (plan month = start month − 1 + hire month). Only grants made in plan months ≤ ${H} exist in the plan; vesting and expense count from the plan month. The three rows above the grants are the plan's totals. Milestone names, due days, probabilities and values are inputs.`,
    'note',
  );
  const titleRow = 3;
  const hr = 4;
  const tot: Record<EquityView, number> = { hit: 5, expected: 6, none: 7 };
  const g0 = 8;

  const cursor = new ColumnCursor();
  const C = cursor.named([
    'no',
    'kind',
    'label',
    'start',
    'due',
    'probability',
    'value',
    'hireMonth',
    'planMonth',
    'year',
    'gain',
    'highWaterMark',
    'newPoints',
    'raw',
    'capped',
    'size',
    'own',
    'shares',
    'weight',
    'strike',
    'grantFairValue',
    'vestingMonths',
    'cliff',
    'every',
    'total',
  ] as const);
  const intr = cursor.take(nP);
  const ownV = cursor.take(nV);
  const vest0 = cursor.take(H);
  const exp0 = cursor.take(H);
  const sbcE0 = cursor.take(H);
  const granted = cursor.named(['hit', 'expected', 'none'] as const);
  const exitC = { hit: cursor.take(nP), expected: cursor.take(nP), none: cursor.take(nP) };
  const ownVHit = cursor.take(nV);
  const ownValHit = cursor.take(nV * nP);
  const ownValNone = cursor.take(nV * nP);
  const lastCol = cursor.last;

  const heads: [number, string][] = [
    [C.no, 'Hire'],
    [C.kind, 'Kind'],
    [C.label, 'Grant'],
    [C.start, 'Start month'],
    [C.due, 'Due by (day)'],
    [C.probability, 'Probability'],
    [C.value, 'Refresh value'],
    [C.hireMonth, 'Hire month'],
    [C.planMonth, 'Plan month'],
    [C.year, 'Hire year'],
    [C.gain, 'Gain if hit (pts)'],
    [C.highWaterMark, 'High-water mark'],
    [C.newPoints, 'New points'],
    [C.raw, 'Raw value'],
    [C.capped, 'Value after cap'],
    [C.size, 'Sizing price'],
    [C.own, 'Own shares (hire month ≤ H)'],
    [C.shares, 'Shares in plan (plan month ≤ H)'],
    [C.weight, 'Weight'],
    [C.strike, 'Strike'],
    [C.grantFairValue, 'Grant fair value'],
    [C.vestingMonths, 'Vesting months'],
    [C.cliff, 'Cliff'],
    [C.every, 'Every'],
    [C.total, 'SBC total'],
    [granted.hit, 'Hire: granted, all hit'],
    [granted.expected, 'Hire: granted, expected'],
    [granted.none, 'Hire: granted, initial only'],
  ];
  for (const [c, t] of heads) sh.text(hr, c, t, c <= C.label ? 'header' : 'headerNum');
  plan.exitPrices.forEach((px, j) => {
    const p = px.toFixed(2);
    sh.text(hr, intr + j, `Value per share at ${p}`, 'headerNum');
    sh.text(hr, exitC.hit + j, `Hire: value at ${p}, all hit`, 'headerNum');
    sh.text(hr, exitC.expected + j, `Hire: value at ${p}, expected`, 'headerNum');
    sh.text(hr, exitC.none + j, `Hire: value at ${p}, initial only`, 'headerNum');
    valueMonths.forEach((m, i) => {
      sh.text(hr, ownValHit + i * nP + j, `Own: value at ${p}, month ${m}, all hit`, 'headerNum');
      sh.text(hr, ownValNone + i * nP + j, `Own: value at ${p}, month ${m}, initial`, 'headerNum');
    });
  });
  valueMonths.forEach((m, i) => {
    sh.text(hr, ownV + i, `Own vested, hire month ${m}`, 'headerNum');
    sh.text(hr, ownVHit + i, `Own: vested all hit, month ${m}`, 'headerNum');
  });
  for (let k = 1; k <= H; k++) {
    sh.num(hr, vest0 + k - 1, k, FORMATS.integer, 'headerNum');
    sh.num(hr, exp0 + k - 1, k, FORMATS.integer, 'headerNum');
    sh.num(hr, sbcE0 + k - 1, k, FORMATS.integer, 'headerNum');
  }
  sh.text(titleRow, C.due, 'Milestone inputs', 'section');
  sh.text(titleRow, C.year, 'Margin-refresh measurements (hit path)', 'section');
  sh.text(titleRow, C.size, 'Grant terms', 'section');
  sh.text(titleRow, vest0, 'Vested shares by plan month', 'section');
  sh.text(titleRow, exp0, 'SBC expense by plan month', 'section');
  sh.text(
    titleRow,
    sbcE0,
    'Hire: SBC expense, probability-weighted forecast (not GAAP), rounded per hire',
    'section',
  );
  sh.text(titleRow, granted.hit, 'The hire’s own figures (on its first row)', 'section');
  sh.text(tot.hit, C.label, 'Plan: all hit', 'total');
  sh.text(tot.expected, C.label, 'Plan: expected', 'total');
  sh.text(tot.none, C.label, 'Plan: initial grants only', 'total');

  const vest = (G: string, t: string, r: number) => {
    const c = (cc: number) => `$${colLetter(cc)}${r + 1}`;
    return `IF(OR(${t}<=0,${t}<${c(C.cliff)}),0,INT(ROUND(${G}*MIN(INT(${t}/${c(C.every)})*${c(C.every)},${c(C.vestingMonths)})/${c(C.vestingMonths)},6)))`;
  };

  const layout: HireGrantRows[] = [];
  let r = g0;
  result.hires.forEach((h, hi) => {
    const s = h.hire.scenario;
    const o = s.offer;
    const rf = o.refresh;
    const start = h.hire.startMonth;
    const model = own[hi] as ModelResult;
    const ownGrants = grantsOf(s);
    const rows: Row[] = [{ kind: 'initial', label: 'Initial grant', grant: ownGrants[0] as Grant }];
    const ownIndexOfRow: number[] = [0];
    let gi = 1;
    rf?.milestones.forEach((m, mi) => {
      const month = milestoneGrantMonth(m.dueDay);
      if (month <= H) {
        rows.push({
          kind: 'milestone',
          label: m.name,
          grant: ownGrants[gi] as Grant,
          milestone: mi,
        });
        ownIndexOfRow.push(gi++);
      } else {
        const g = ownGrants[0] as Grant;
        rows.push({
          kind: 'milestone',
          label: m.name,
          milestone: mi,
          grant: {
            ...g,
            kind: 'milestone',
            label: m.name,
            month,
            shares: ZERO,
            value: m.value,
            weight: m.probability,
            strike: rf.strike,
            grantFairValue: rf.grantFairValue,
            schedule: rf.schedule,
          },
        });
        ownIndexOfRow.push(-1);
      }
    });
    if (rf?.margin) {
      const meas = marginMeasurements(o.marginGain, rf.margin, H, sizePrice(s));
      meas.forEach((q, qi) => {
        rows.push({
          kind: 'margin',
          label: 'Margin refresh',
          grant: ownGrants[gi] as Grant,
          ordinal: qi + 1,
          measurement: q,
        });
        ownIndexOfRow.push(gi++);
      });
    }
    const a = r;
    const b = r + rows.length - 1;
    const pos = (row: number) => row - g0 + 1;
    const hireRows: HireGrantRows = { first: pos(a), ownGrant: [], milestone: [] };
    ownIndexOfRow.forEach((oi, k) => {
      if (oi >= 0) hireRows.ownGrant[oi] = pos(a + k);
    });
    rows.forEach((row, k) => {
      if (row.kind === 'milestone') hireRows.milestone[row.milestone as number] = pos(a + k);
    });
    layout.push(hireRows);
    const firstMargin = a + rows.findIndex((x) => x.kind === 'margin');

    rows.forEach((row) => {
      const c = (cc: number) => `$${colLetter(cc)}${r + 1}`;
      const N = c(C.no);
      const I = (name: string) => hireInput(name, N);
      const g = row.grant;
      const planMonth = start - 1 + g.month;
      const planShares = planMonth <= H ? g.shares : ZERO;
      const planSched: GrantSchedule = grantSchedule(
        { ...g, month: planMonth, shares: planShares },
        H,
      );
      const ownSched: GrantSchedule = grantSchedule(g, H);
      const refresh = row.kind !== 'initial';
      sh.num(r, C.no, hi + 1, FORMATS.integer, 'label');
      sh.text(r, C.kind, row.kind, 'helper');
      if (row.kind === 'milestone') {
        const m = rf!.milestones[row.milestone as number]!;
        sh.text(r, C.label, m.name, 'input');
        sh.num(r, C.due, m.dueDay, FORMATS.integer, 'input');
        sh.num(r, C.probability, m.probability, FORMATS.percent, 'input');
        sh.num(r, C.value, m.value, money0, 'input');
      } else sh.text(r, C.label, row.label, 'label');
      sh.formula(r, C.start, I('Hire_StartMonth'), start, FORMATS.integer, 'helper');
      if (row.kind === 'initial') sh.num(r, C.hireMonth, 0, FORMATS.integer, 'label');
      else if (row.kind === 'milestone')
        sh.formula(
          r,
          C.hireMonth,
          milestoneGrantMonthFormula(c(C.due)),
          g.month,
          FORMATS.integer,
          'calc',
        );
      else
        sh.formula(
          r,
          C.hireMonth,
          // M, then the previous measurement + M: rows that fill down in Excel (Office.js).
          `${r === firstMargin ? '' : `$${colLetter(C.hireMonth)}${r}+`}${I('Hire_Refresh_MeasureEvery')}`,
          g.month,
          FORMATS.integer,
          'calc',
        );
      sh.formula(
        r,
        C.planMonth,
        `${c(C.start)}-1+${c(C.hireMonth)}`,
        planMonth,
        FORMATS.integer,
        'calc',
      );
      let ownShares: string;
      const P = c(C.size);
      if (row.kind === 'margin') {
        const q = row.measurement!;
        sh.formula(
          r,
          C.year,
          `INT((${c(C.hireMonth)}+11)/12)`,
          Math.floor((q.month + 11) / 12),
          FORMATS.integer,
          'calc',
        );
        sh.formula(
          r,
          C.gain,
          `${I('Hire_Gain_Points')}*MIN(1,MAX(0,(${c(C.hireMonth)}-${I('Hire_Gain_StartMonth')}+1)/(${I('Hire_Gain_FullMonth')}-${I('Hire_Gain_StartMonth')}+1)))`,
          q.gainHit,
          FORMATS.decimal4,
          'calc',
        );
        const prev = (cc: number) => `$${colLetter(cc)}$${firstMargin + 1}:$${colLetter(cc)}${r}`;
        sh.formula(
          r,
          C.highWaterMark,
          r === firstMargin ? '0' : `MAX(${prev(C.gain)})`,
          q.highWaterMark,
          FORMATS.decimal4,
          'calc',
        );
        sh.formula(
          r,
          C.newPoints,
          `MAX(0,${c(C.gain)}-${c(C.highWaterMark)})`,
          q.newPoints,
          FORMATS.decimal4,
          'calc',
        );
        sh.formula(
          r,
          C.raw,
          `ROUND(${c(C.newPoints)}*${I('Hire_Refresh_ValuePerPoint')},2)`,
          q.rawValue,
          money,
          'calc',
        );
        const cap = I('Hire_Refresh_CapPerYear');
        const paid =
          r === firstMargin ? '0' : `SUMIF(${prev(C.year)},${c(C.year)},${prev(C.capped)})`;
        sh.formula(
          r,
          C.capped,
          `IF(ISNUMBER(${cap}),MIN(${c(C.raw)},${cap}-${paid}),${c(C.raw)})`,
          q.value,
          money,
          'calc',
        );
        ownShares = `IF(${c(C.hireMonth)}>In_H,0,INT(ROUND(${c(C.capped)}/${P},6)))`;
      } else if (row.kind === 'milestone')
        ownShares = `IF(${c(C.hireMonth)}>In_H,0,INT(ROUND(${c(C.value)}/${P},6)))`;
      else {
        const by = I('Hire_Equity_SizeBy');
        const size = I('Hire_Equity_Size');
        ownShares = `IF(${by}="shares",${size},IF(${by}="value",INT(ROUND(${size}/${P},6)),INT(ROUND(${size}*In_FullyDilutedShares,6))))`;
      }
      sh.formula(
        r,
        C.size,
        `IF(${I('Hire_SizingPrice')}="fmv",In_Fmv409a,In_PreferredPrice)`,
        sizePrice(s),
        price,
        'helper',
      );
      sh.formula(r, C.own, ownShares, g.shares, FORMATS.shares, 'calc');
      sh.formula(
        r,
        C.shares,
        `IF(${c(C.planMonth)}>In_H,0,${c(C.own)})`,
        planShares,
        FORMATS.shares,
        'output',
      );
      if (row.kind === 'initial') sh.num(r, C.weight, 1, FORMATS.percent, 'label');
      else if (row.kind === 'milestone')
        sh.formula(r, C.weight, c(C.probability), g.weight, FORMATS.percent, 'calc');
      else sh.formula(r, C.weight, I('Hire_Gain_Probability'), g.weight, FORMATS.percent, 'calc');
      const pre = refresh ? 'Hire_Refresh_' : 'Hire_Equity_';
      sh.formula(
        r,
        C.strike,
        `IF(${I('Hire_Instrument')}="rsu",0,${I(`${pre}Strike`)})`,
        g.strike,
        price,
        'calc',
      );
      sh.formula(r, C.grantFairValue, I(`${pre}GrantFairValue`), g.grantFairValue, price, 'calc');
      sh.formula(
        r,
        C.vestingMonths,
        I(`${pre}VestingMonths`),
        g.schedule.vestingMonths,
        FORMATS.integer,
        'calc',
      );
      sh.formula(
        r,
        C.cliff,
        I(`${pre}CliffMonths`),
        g.schedule.cliffMonths,
        FORMATS.integer,
        'calc',
      );
      sh.formula(
        r,
        C.every,
        I(`${pre}VestEvery`),
        g.schedule.vestEveryMonths,
        FORMATS.integer,
        'calc',
      );
      sh.formula(
        r,
        C.total,
        `ROUND(${c(C.shares)}*${c(C.grantFairValue)},2)`,
        planSched.sbcTotal,
        money,
        'calc',
      );
      plan.exitPrices.forEach((px, j) =>
        sh.formula(
          r,
          intr + j,
          `MAX(0,In_ExitPrice${j + 1}-${c(C.strike)})`,
          max(ZERO, px.minus(g.strike)),
          price,
          'calc',
        ),
      );
      valueMonths.forEach((m, i) =>
        sh.formula(
          r,
          ownV + i,
          vest(c(C.own), `(${m}-${c(C.hireMonth)})`, r),
          ownSched.vested[m - 1] as Decimal,
          FORMATS.shares,
          'calc',
        ),
      );
      for (let k = 1; k <= H; k++) {
        const t = `(${colLetter(vest0 + k - 1)}$${hr + 1}-${c(C.planMonth)})`;
        sh.formula(
          r,
          vest0 + k - 1,
          vest(c(C.shares), t, r),
          planSched.vested[k - 1] as Decimal,
          FORMATS.shares,
          'calc',
        );
        const te = `(${colLetter(exp0 + k - 1)}$${hr + 1}-${c(C.planMonth)})`;
        const cum = (tt: string) =>
          `IF(${tt}<=0,0,ROUND(${c(C.total)}*MIN(${tt},${c(C.vestingMonths)})/${c(C.vestingMonths)},2))`;
        sh.formula(
          r,
          exp0 + k - 1,
          `${cum(te)}-${cum(`(${te}-1)`)}`,
          planSched.expense[k - 1] as Decimal,
          money,
          'calc',
        );
      }
      r++;
    });

    // The hire's own figures, on its first row.
    const span = (cc: number) => `${abs(a, cc)}:${abs(b, cc)}`;
    const W = span(C.weight);
    for (let k = 1; k <= H; k++)
      sh.formula(
        a,
        sbcE0 + k - 1,
        `ROUND(SUMPRODUCT(${span(exp0 + k - 1)},${W}),2)`,
        h.sbc.expected[k - 1] as Decimal,
        money,
        'calc',
      );
    sh.formula(
      a,
      granted.hit,
      `SUM(${span(C.shares)})`,
      h.equity.hit.grantedShares,
      FORMATS.shares,
      'output',
    );
    sh.formula(
      a,
      granted.expected,
      `SUMPRODUCT(${span(C.shares)},${W})`,
      h.equity.expected.grantedShares,
      FORMATS.sharesWeighted,
      'output',
    );
    sh.formula(
      a,
      granted.none,
      abs(a, C.shares),
      h.equity.none.grantedShares,
      FORMATS.shares,
      'output',
    );
    const vH = vest0 + H - 1;
    plan.exitPrices.forEach((_, j) => {
      sh.formula(
        a,
        exitC.hit + j,
        `ROUND(SUMPRODUCT(${span(vH)},${span(intr + j)}),2)`,
        h.exitValue.hit[j] as Decimal,
        money0,
        'calc',
      );
      sh.formula(
        a,
        exitC.expected + j,
        `ROUND(SUMPRODUCT(${span(vH)},${span(intr + j)},${W}),2)`,
        h.exitValue.expected[j] as Decimal,
        money0,
        'calc',
      );
      sh.formula(
        a,
        exitC.none + j,
        `ROUND(${abs(a, vH)}*${abs(a, intr + j)},2)`,
        h.exitValue.none[j] as Decimal,
        money0,
        'calc',
      );
    });
    valueMonths.forEach((m, i) => {
      sh.formula(
        a,
        ownVHit + i,
        `SUM(${span(ownV + i)})`,
        model.vested.hit[m - 1] as Decimal,
        FORMATS.shares,
        'calc',
      );
      model.scenario.exitPrices.forEach((px, j) => {
        const hit = exitValueAt(model.grants, 'hit', m, px);
        const none = exitValueAt(model.grants, 'none', m, px);
        sh.formula(
          a,
          ownValHit + i * nP + j,
          `ROUND(SUMPRODUCT(${span(ownV + i)},${span(intr + j)}),2)`,
          hit,
          money0,
          'calc',
        );
        sh.formula(
          a,
          ownValNone + i * nP + j,
          `ROUND(${abs(a, ownV + i)}*${abs(a, intr + j)},2)`,
          none,
          money0,
          'calc',
        );
      });
    });
  });
  const gLast = r - 1;

  // The plan's totals per equity view.
  const all = (cc: number) => `${colLetter(cc)}${g0 + 1}:${colLetter(cc)}${gLast + 1}`;
  const allAbs = (cc: number) => `${abs(g0, cc)}:${abs(gLast, cc)}`;
  for (let k = 1; k <= H; k++) {
    const v = vest0 + k - 1;
    const e = exp0 + k - 1;
    sh.formula(
      tot.hit,
      v,
      `SUM(${all(v)})`,
      result.vested.hit[k - 1] as Decimal,
      FORMATS.shares,
      'total',
    );
    sh.formula(
      tot.expected,
      v,
      `SUMPRODUCT(${all(v)},${allAbs(C.weight)})`,
      result.vested.expected[k - 1] as Decimal,
      FORMATS.sharesWeighted,
      'total',
    );
    sh.formula(
      tot.none,
      v,
      `SUMIF(${allAbs(C.kind)},"initial",${all(v)})`,
      result.vested.none[k - 1] as Decimal,
      FORMATS.shares,
      'total',
    );
    sh.formula(
      tot.hit,
      e,
      `ROUND(SUM(${all(e)}),2)`,
      result.sbc.hit[k - 1] as Decimal,
      money,
      'total',
    );
    sh.formula(
      tot.expected,
      e,
      `ROUND(SUM(${all(sbcE0 + k - 1)}),2)`,
      result.sbc.expected[k - 1] as Decimal,
      money,
      'total',
    );
    sh.formula(
      tot.none,
      e,
      `ROUND(SUMIF(${allAbs(C.kind)},"initial",${all(e)}),2)`,
      result.sbc.none[k - 1] as Decimal,
      money,
      'total',
    );
  }
  for (const v of ['hit', 'expected', 'none'] as const) {
    sh.define(`Gr_Vested_${VIEW_NAME[v]}`, tot[v], vest0, tot[v], vest0 + H - 1);
    sh.define(`Gr_Sbc_${VIEW_NAME[v]}`, tot[v], exp0, tot[v], exp0 + H - 1);
    sh.define(`Gr_HireGranted_${VIEW_NAME[v]}`, g0, granted[v], gLast, granted[v]);
    plan.exitPrices.forEach((_, j) =>
      sh.define(`Gr_HireExitValue_${VIEW_NAME[v]}_${j + 1}`, g0, exitC[v] + j, gLast, exitC[v] + j),
    );
  }
  const named = (name: string, cc: number, c1 = cc) => sh.define(name, g0, cc, gLast, c1);
  sh.define('Gr_Month', hr, exp0, hr, exp0 + H - 1);
  named('Gr_Kind', C.kind);
  named('Gr_Shares', C.shares);
  named('Gr_Weight', C.weight);
  named('Gr_OwnShares', C.own);
  named('Gr_HireMonth', C.hireMonth);
  named('Gr_DueDay', C.due);
  named('Gr_Value', C.value);
  named('Gr_Probability', C.probability);
  named('Gr_OwnVested', ownV, ownV + Math.max(nV, 1) - 1);
  named('Gr_OwnVestedHit', ownVHit, ownVHit + Math.max(nV, 1) - 1);
  if (nP > 0) {
    named('Gr_OwnValueHit', ownValHit, ownValHit + nV * nP - 1);
    named('Gr_OwnValueNone', ownValNone, ownValNone + nV * nP - 1);
  }
  const widths: number[] = [];
  for (let cc = 0; cc <= lastCol; cc++) widths.push(cc === C.label ? 30 : cc === C.no ? 6 : 11);
  sh.widths(...widths);
  sh.extra.freeze = { rows: hr + 1, cols: 3 };
  return { sheet: sh, hires: layout };
}
