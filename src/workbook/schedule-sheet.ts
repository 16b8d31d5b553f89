/**
 * The Schedule sheet: months 1..H of the hire's cash cost, shares vested and SBC expense per
 * grant (grant parameters above the month table), the margin-refresh measurements and the
 * candidate value of vested equity at each exit price.
 */
import { type Decimal, ZERO, max } from '../model/decimal.js';
import { milestoneGrantMonth } from '../model/grants.js';
import { yearOfMonth } from '../model/hire-cost.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, a1, abs, absRange, type StyleName } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { SHEETS, valueBlockName } from './naming.js';
import { EQUITY_VIEWS } from '../model/equity.js';
import { EQUITY_VIEW_LABEL, EQUITY_VIEW_SUFFIX } from '../model/words.js';
import { valueAt } from './offer-sheet.js';
import { gainHitFormula } from './month-formulas.js';

export interface ScheduleSheet {
  sheet: SheetBuilder;
  /** The months of the candidate-value table (each year end within H, and month H). */
  valueMonths: number[];
}

export function buildScheduleSheet({
  result,
  names,
  money,
  money0,
  price,
}: SheetContext): ScheduleSheet {
  const s = result.scenario;
  const H = s.horizonMonths;
  const rf = s.offer.refresh;
  const sch = new SheetBuilder(SHEETS.schedule, names);
  sch.extra.tabColor = 'ED7D31';
  sch.text(0, 0, 'Schedule', 'title');
  sch.text(
    1,
    0,
    `Months 1..${H}: the hire's cash cost, shares vested per grant (if every target is hit) and stock-based-compensation expense. Grants are columns; the expected view weights each grant by its probability.`,
    'note',
  );
  const grants = result.grants;
  const n = grants.length;
  // Month table columns.
  const S = { k: 0, year: 1, base: 2, bonus: 3, signOn: 4, load: 5, fee: 6, hire: 7 };
  const gv0 = 8; // first vested-per-grant column
  const vHit = gv0 + n;
  const vExp = vHit + 1;
  const vNone = vHit + 2;
  const ge0 = vNone + 1; // first expense-per-grant column
  const eHit = ge0 + n;
  const eExp = eHit + 1;
  const eNone = eHit + 2;
  const schLast = eNone;
  // Margin measurements (needed by the grant parameters).
  const meas = result.marginMeasurements;
  const pr = 3; // first parameter row
  const P = {
    label: pr,
    kind: pr + 1,
    month: pr + 2,
    shares: pr + 3,
    weight: pr + 4,
    strike: pr + 5,
    gfv: pr + 6,
    N: pr + 7,
    cliff: pr + 8,
    every: pr + 9,
    total: pr + 10,
  };
  const intrinsicRow0 = pr + 11;
  const paramEnd = intrinsicRow0 + s.exitPrices.length - 1;
  const sHdr = Math.max(paramEnd, P.total) + 2;
  const sRow = (k: number) => sHdr + k;
  const measTop = sRow(H) + 3; // measurement table header row
  const measRow = (j: number) => measTop + 1 + j;
  const measC = { q: 0, year: 1, gain: 2, hwm: 3, newPts: 4, raw: 5, value: 6, shares: 7 };

  const pLabels: [number, string][] = [
    [P.label, 'Grant'],
    [P.kind, 'Kind'],
    [P.month, 'Grant month'],
    [P.shares, 'Shares if earned'],
    [P.weight, 'Weight (probability)'],
    [P.strike, 'Strike'],
    [P.gfv, 'Grant-date fair value'],
    [P.N, 'Vesting months'],
    [P.cliff, 'Cliff months'],
    [P.every, 'Vests every (months)'],
    [P.total, 'SBC total'],
  ];
  for (const [r, t] of pLabels) sch.text(r, gv0 - 1, t, 'label');
  s.exitPrices.forEach((_, j) =>
    sch.formula(
      intrinsicRow0 + j,
      gv0 - 1,
      `"Value per share at "&TEXT(In_ExitPrice${j + 1},"0.00")`,
      `Value per share at ${(s.exitPrices[j] as Decimal).toFixed(2)}`,
      FORMATS.general,
      'label',
    ),
  );
  const msIndex: number[] = []; // scenario milestone index for each milestone grant
  rf?.milestones.forEach((m, i) => {
    if (milestoneGrantMonth(m.dueDay) <= H) msIndex.push(i);
  });
  let msSeen = 0;
  let measSeen = 0;
  grants.forEach((g, j) => {
    const cc = gv0 + j;
    const ref = (r: number) => abs(r, cc);
    sch.text(P.label, cc, g.grant.label, 'header');
    sch.text(P.kind, cc, g.grant.kind, 'helper');
    if (g.grant.kind === 'initial') {
      sch.num(P.month, cc, 0, FORMATS.integer, 'calc');
      sch.formula(
        P.shares,
        cc,
        'IF(In_Equity_SizeBy="shares",In_Equity_Size,IF(In_Equity_SizeBy="value",INT(ROUND(In_Equity_Size/Calc_SizePrice,6)),INT(ROUND(In_Equity_Size*In_FullyDilutedShares,6))))',
        g.grant.shares,
        FORMATS.shares,
        'calc',
      );
      sch.num(P.weight, cc, 1, FORMATS.percent, 'calc');
    } else {
      if (g.grant.kind === 'milestone') {
        const mi = (msIndex[msSeen++] as number) + 1;
        sch.formula(
          P.month,
          cc,
          `ROUNDUP(In_Milestone${mi}_DueDay/30.4375,0)`,
          g.grant.month,
          FORMATS.integer,
          'calc',
        );
        sch.formula(
          P.shares,
          cc,
          `IF(${ref(P.month)}>In_H,0,INT(ROUND(In_Milestone${mi}_Value/Calc_SizePrice,6)))`,
          g.grant.shares,
          FORMATS.shares,
          'calc',
        );
        sch.formula(
          P.weight,
          cc,
          `In_Milestone${mi}_Probability`,
          g.grant.weight,
          FORMATS.percent,
          'calc',
        );
      } else {
        const mr = measRow(measSeen++);
        sch.formula(P.month, cc, a1(mr, measC.q), g.grant.month, FORMATS.integer, 'calc');
        sch.formula(P.shares, cc, a1(mr, measC.shares), g.grant.shares, FORMATS.shares, 'calc');
        sch.formula(
          P.weight,
          cc,
          'In_MarginGain_Probability',
          g.grant.weight,
          FORMATS.percent,
          'calc',
        );
      }
    }
    // The grant's terms: the initial grant's from In_Equity_*, every refresh's from In_Refresh_*.
    const terms = g.grant.kind === 'initial' ? 'Equity' : 'Refresh';
    sch.formula(
      P.strike,
      cc,
      `IF(In_Instrument="rsu",0,In_${terms}_Strike)`,
      g.grant.strike,
      price,
      'calc',
    );
    sch.formula(P.gfv, cc, `In_${terms}_GrantFairValue`, g.grant.grantFairValue, price, 'calc');
    for (const [row, field, value] of [
      [P.N, 'VestingMonths', g.grant.schedule.vestingMonths],
      [P.cliff, 'CliffMonths', g.grant.schedule.cliffMonths],
      [P.every, 'VestEvery', g.grant.schedule.vestEveryMonths],
    ] as const)
      sch.formula(row, cc, `In_${terms}_${field}`, value, FORMATS.integer, 'calc');
    sch.formula(P.total, cc, `ROUND(${ref(P.shares)}*${ref(P.gfv)},2)`, g.sbcTotal, money, 'calc');
    s.exitPrices.forEach((px, jx) =>
      sch.formula(
        intrinsicRow0 + jx,
        cc,
        `MAX(0,In_ExitPrice${jx + 1}-${ref(P.strike)})`,
        max(ZERO, px.minus(g.grant.strike)),
        price,
        'calc',
      ),
    );
  });
  const gRow = (r: number) => absRange(r, gv0, r, gv0 + n - 1);
  sch.define('Sch_Grant_Shares', P.shares, gv0, P.shares, gv0 + n - 1);
  sch.define('Sch_Grant_Weight', P.weight, gv0, P.weight, gv0 + n - 1);
  sch.define('Sch_Grant_Month', P.month, gv0, P.month, gv0 + n - 1);
  sch.define('Sch_Grant_Kind', P.kind, gv0, P.kind, gv0 + n - 1);

  // Month table header.
  const sHead: [number, string, StyleName][] = [
    [S.k, 'Month', 'header'],
    [S.year, 'Year', 'header'],
    [S.base, 'Base', 'header'],
    [S.bonus, 'Bonus', 'header'],
    [S.signOn, 'Sign-on', 'header'],
    [S.load, 'Employer load', 'header'],
    [S.fee, 'Recruiting fee', 'header'],
    [S.hire, 'Hire cash', 'header'],
    [vHit, 'Vested shares, all hit', 'header'],
    [vExp, 'Vested shares, expected', 'header'],
    [vNone, 'Vested shares, initial only', 'header'],
    [eHit, 'SBC expense, all hit', 'header'],
    [eExp, 'SBC expense, probability-weighted forecast (not GAAP)', 'header'],
    [eNone, 'SBC expense, initial only', 'header'],
  ];
  for (const [cc, t, st] of sHead) sch.text(sHdr, cc, t, st);
  grants.forEach((g, j) => {
    sch.text(sHdr, gv0 + j, `Vested: ${g.grant.label}`, 'header');
    sch.text(sHdr, ge0 + j, `Expense: ${g.grant.label}`, 'header');
  });
  const wRow = gRow(P.weight);
  for (let k = 1; k <= H; k++) {
    const r = sRow(k);
    const i = k - 1;
    const K = a1(r, S.k);
    sch.num(r, S.k, k, FORMATS.integer, 'label');
    sch.formula(r, S.year, `INT((${K}+11)/12)`, yearOfMonth(k), FORMATS.integer, 'calc');
    const oc = result.offerCost[i];
    if (!oc) throw new Error('offer cost');
    for (const [cc, part, v] of [
      [S.base, 'Base', oc.base],
      [S.bonus, 'Bonus', oc.bonus],
      [S.signOn, 'SignOn', oc.signOn],
      [S.load, 'Load', oc.load],
      [S.fee, 'Fee', oc.fee],
      [S.hire, 'HireCash', oc.hireCash],
    ] as const)
      sch.formula(r, cc, `INDEX(Run_Offer_${part},${K})`, v, money, 'calc');
    grants.forEach((g, j) => {
      const cc = gv0 + j;
      const gp = (pr2: number) => abs(pr2, cc);
      const t = `(${K}-${gp(P.month)})`;
      sch.formula(
        r,
        cc,
        `IF(OR(${t}<=0,${t}<${gp(P.cliff)}),0,INT(ROUND(${gp(P.shares)}*MIN(INT(${t}/${gp(P.every)})*${gp(P.every)},${gp(P.N)})/${gp(P.N)},6)))`,
        g.vested[i] as Decimal,
        FORMATS.shares,
        'calc',
      );
      const cum = (tt: string) =>
        `IF(${tt}<=0,0,ROUND(${gp(P.total)}*MIN(${tt},${gp(P.N)})/${gp(P.N)},2))`;
      sch.formula(
        r,
        ge0 + j,
        `${cum(t)}-${cum(`(${t}-1)`)}`,
        g.expense[i] as Decimal,
        money,
        'calc',
      );
    });
    const vRange = absRange(r, gv0, r, gv0 + n - 1).replace(/\$(\d)/g, '$1');
    const eRange = absRange(r, ge0, r, ge0 + n - 1).replace(/\$(\d)/g, '$1');
    sch.formula(
      r,
      vHit,
      `SUM(${vRange})`,
      result.vested.hit[i] as Decimal,
      FORMATS.shares,
      'output',
    );
    sch.formula(
      r,
      vExp,
      `SUMPRODUCT(${vRange},${wRow})`,
      result.vested.expected[i] as Decimal,
      FORMATS.sharesWeighted,
      'output',
    );
    sch.formula(r, vNone, a1(r, gv0), result.vested.none[i] as Decimal, FORMATS.shares, 'output');
    sch.formula(r, eHit, `ROUND(SUM(${eRange}),2)`, result.sbc.hit[i] as Decimal, money, 'output');
    sch.formula(
      r,
      eExp,
      `ROUND(SUMPRODUCT(${eRange},${wRow}),2)`,
      result.sbc.expected[i] as Decimal,
      money,
      'output',
    );
    sch.formula(r, eNone, `ROUND(${a1(r, ge0)},2)`, result.sbc.none[i] as Decimal, money, 'output');
  }
  const schRange = (name: string, cc: number) => sch.define(name, sRow(1), cc, sRow(H), cc);
  schRange('Sch_Month', S.k);
  schRange('Sch_Year', S.year);
  schRange('Sch_Vested_Hit', vHit);
  schRange('Sch_Vested_Expected', vExp);
  schRange('Sch_Vested_None', vNone);
  schRange('Sch_Sbc_Hit', eHit);
  schRange('Sch_Sbc_Expected', eExp);
  schRange('Sch_Sbc_None', eNone);

  // Margin measurements (hit path).
  if (rf?.margin) {
    sch.text(measTop - 1, 0, 'Margin-refresh measurements (if the gain is hit)', 'section');
    [
      'Month q',
      'Year',
      'Gain if hit (pts)',
      'High-water mark',
      'New points',
      'Raw value',
      'Value after cap',
      'Shares',
    ].forEach((t, i) => sch.text(measTop, i, t, 'headerNum'));
    meas.forEach((m, j) => {
      const r = measRow(j);
      const Q = a1(r, measC.q);
      sch.formula(r, measC.q, `${j + 1}*In_Refresh_MeasureEvery`, m.month, FORMATS.integer, 'calc');
      sch.formula(
        r,
        measC.year,
        `INT((${Q}+11)/12)`,
        yearOfMonth(m.month),
        FORMATS.integer,
        'calc',
      );
      sch.formula(r, measC.gain, gainHitFormula(Q), m.gainHit, FORMATS.decimal4, 'calc');
      sch.formula(
        r,
        measC.hwm,
        j === 0 ? '0' : `MAX(${abs(measRow(0), measC.gain)}:${a1(r - 1, measC.gain)})`,
        m.highWaterMark,
        FORMATS.decimal4,
        'calc',
      );
      sch.formula(
        r,
        measC.newPts,
        `MAX(0,${a1(r, measC.gain)}-${a1(r, measC.hwm)})`,
        m.newPoints,
        FORMATS.decimal4,
        'calc',
      );
      sch.formula(
        r,
        measC.raw,
        `ROUND(${a1(r, measC.newPts)}*In_Refresh_ValuePerPoint,2)`,
        m.rawValue,
        money,
        'calc',
      );
      const paid =
        j === 0
          ? '0'
          : `SUMIF(${abs(measRow(0), measC.year)}:${a1(r - 1, measC.year)},${a1(r, measC.year)},${abs(measRow(0), measC.value)}:${a1(r - 1, measC.value)})`;
      sch.formula(
        r,
        measC.value,
        `IF(ISNUMBER(In_Refresh_CapPerYear),MIN(${a1(r, measC.raw)},In_Refresh_CapPerYear-${paid}),${a1(r, measC.raw)})`,
        m.value,
        money,
        'calc',
      );
      sch.formula(
        r,
        measC.shares,
        `INT(ROUND(${a1(r, measC.value)}/Calc_SizePrice,6))`,
        m.shares,
        FORMATS.shares,
        'calc',
      );
    });
    sch.text(
      measRow(meas.length),
      0,
      'Points cut off by the yearly cap are not carried forward to later measurements.',
      'note',
    );
  }

  // Candidate value by year (end of each year within H, and month H) at each exit price.
  const valueTop = (rf?.margin ? measRow(meas.length) + 3 : measTop) as number;
  const valueMonths: number[] = [];
  for (let m = 12; m <= H; m += 12) valueMonths.push(m);
  if (valueMonths[valueMonths.length - 1] !== H) valueMonths.push(H);
  sch.text(valueTop - 1, 0, 'Candidate value of vested equity at exit prices', 'section');
  sch.text(valueTop, 0, 'View', 'header');
  sch.text(valueTop, 1, 'Month', 'header');
  s.exitPrices.forEach((px, j) =>
    sch.formula(
      valueTop,
      2 + j,
      `"At "&TEXT(In_ExitPrice${j + 1},"0.00")`,
      `At ${px.toFixed(2)}`,
      FORMATS.general,
      'header',
    ),
  );
  let vr = valueTop + 1;
  for (const view of EQUITY_VIEWS) {
    const label = EQUITY_VIEW_LABEL[view];
    // One name per view over its block (years × exit prices): the Offer Sheet reads it by INDEX.
    if (s.exitPrices.length > 0)
      sch.define(
        valueBlockName(view),
        vr,
        2,
        vr + valueMonths.length - 1,
        2 + s.exitPrices.length - 1,
      );
    for (const m of valueMonths) {
      sch.text(vr, 0, label, 'label');
      sch.num(vr, 1, m, FORMATS.integer, 'label');
      const vRow = absRange(sRow(m), gv0, sRow(m), gv0 + n - 1);
      s.exitPrices.forEach((px, j) => {
        const iRow = gRow(intrinsicRow0 + j);
        const formula =
          view === 'hit'
            ? `ROUND(SUMPRODUCT(${vRow},${iRow}),2)`
            : view === 'expected'
              ? `ROUND(SUMPRODUCT(${vRow},${iRow},${wRow}),2)`
              : `ROUND(${abs(sRow(m), gv0)}*${abs(intrinsicRow0 + j, gv0)},2)`;
        const cached =
          m === H ? (result.exitValue[view][j] as Decimal) : valueAt(result, view, m, j);
        sch.formula(vr, 2 + j, formula, cached, money0, m === H ? 'output' : 'calc');
        if (m === H) sch.define(`Out_ExitValue_${EQUITY_VIEW_SUFFIX[view]}_${j + 1}`, vr, 2 + j);
      });
      vr++;
    }
  }
  sch.widths(
    ...Array.from({ length: schLast + 1 }, (_, i) => (i === 0 ? 24 : i === gv0 - 1 ? 24 : 14)),
  );
  sch.extra.freeze = { rows: 0, cols: 1 };

  return { sheet: sch, valueMonths };
}
