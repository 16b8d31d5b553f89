/**
 * The Packages sheet (docs/model.md §9): the packages shown to the candidate, side by side.
 *
 * - Package inputs: one column per package, one named cell per field a package may set
 *   (`In_Pkg<i>_BaseSalary`, …). An empty cell means "as the offer" and reads the offer's input;
 *   a package with its own refresh program has its own block of refresh inputs.
 * - Effective terms: formulas (`Pkg<i>_*`) that pick the package's value or the offer's.
 * - Per package, months 1..R: hire cash (§3.3 with the package's terms), net burn and cash with the
 *   expected margin gain (the Runway sheet's opex and gross profit), and the runway.
 * - Per package, its grants at month H (initial, milestones, margin refreshes): shares, weight,
 *   strike, vested shares at H, and the candidate's value at each exit price.
 * - The break-even price against package 1, exact: Δ at every strike (kinks sorted with SMALL),
 *   the largest price at which Δ is still negative, rounded up to the cent.
 *
 * Every figure is a formula with the engine's value cached, so the parity test checks each one.
 */
import { type Decimal, DPM, ONE, ZERO, max, round } from '../model/decimal.js';
import { breakEvenDelta, breakEvenSlope } from '../model/candidate-value.js';
import { marginMeasurements, milestoneGrantMonth, sizePrice } from '../model/grants.js';
import { candidateTerms, type PackageResult } from '../model/packages.js';
import { sharesForValue, vestedShares } from '../model/vesting.js';
import { SheetBuilder, type Cached } from './builder.js';
import { FORMATS, a1, absRange } from './plan.js';
import { gainHitFormula, milestoneGrantMonthFormula } from './month-formulas.js';
import type { SheetContext } from './sheet-context.js';
import { pctLabel } from './naming.js';
import { type PackagesContext, RowCursor } from './packages/context.js';
import { refreshInputs, writeOwnRefreshPrograms, writePackageInputs } from './packages/inputs.js';
import { writeEffectiveTerms } from './packages/effective-terms.js';
import { DELTA_PLACES, layoutSummary } from './packages/summary.js';
import { writeMonthsTable } from './packages/months.js';

export const PACKAGES_SHEET = 'Packages';
export { PACKAGE_INPUTS, type RefreshMode, refreshMode } from './packages/inputs.js';

export interface PackagesSheet {
  sheet: SheetBuilder;
  /** Defined names per package (1-based in the names), for the Offer Sheet. */
  refs: {
    baseSalary: string;
    candidateCash: string;
    initialShares: string;
    refreshes: string;
    total: string[];
    breakEven: string;
  }[];
}

export function buildPackagesSheet(ctx: SheetContext): PackagesSheet {
  const { result, names, money, money0, price } = ctx;
  const s = result.scenario;
  const H = s.horizonMonths;
  const pkgs: PackageResult[] = result.packages;
  const n = pkgs.length;
  const sh = new SheetBuilder(PACKAGES_SHEET, names);
  sh.extra.tabColor = '70AD47';
  sh.widths(40, ...Array.from({ length: 60 }, () => 15));
  sh.text(0, 0, 'Packages', 'title');
  sh.text(
    1,
    0,
    'The packages put in front of the candidate, who chooses one. An empty input cell means "as the offer" (the Inputs sheet); type a value to override it. Baseline and market views stay the offer’s.',
    'note',
  );
  const cursor = new RowCursor(sh, n, 3);
  const parts: PackagesContext = {
    sheet: sh,
    scenario: s,
    packages: pkgs,
    money,
    money0,
    price,
    cursor,
  };
  writePackageInputs(parts);
  const modes = writeOwnRefreshPrograms(parts);
  let row = cursor.row;
  const section = (title: string) => {
    row++;
    sh.section(row, title, n);
    row++;
  };

  writeEffectiveTerms(parts);
  const refresh = refreshInputs(modes);
  const rfName = refresh.field;
  const msName = refresh.milestone;
  const summary = layoutSummary(parts);
  const summaryTop = summary.top;
  row = cursor.row;

  cursor.row = row;
  const months = writeMonthsTable(parts);
  row = cursor.row;

  // ---- Grants at month H per package ----------------------------------------------------------
  section(`Grants at month ${H} (expected view: each refresh weighted by its probability)`);
  const G = {
    label: 0,
    month: 1,
    shares: 2,
    weight: 3,
    strike: 4,
    N: 5,
    C: 6,
    f: 7,
    vested: 8,
    wv: 9,
    wvk: 10,
  };
  const valueCol = (j: number) => 11 + j;
  const mCol = 11 + s.exitPrices.length; // margin helper columns: gain, hwm, raw, year, value
  const gHead = [
    'Grant',
    'Grant month',
    'Shares if hit',
    'Weight',
    'Strike',
    'Vesting months',
    'Cliff',
    'Every',
    `Vested at month ${H}`,
    'Weight × vested',
    'Weight × vested × strike',
  ];
  const grantRanges: {
    K: string;
    wv: string;
    wvk: string;
    shares: string;
    weight: string;
    value: string[];
  }[] = [];
  pkgs.forEach((p, i) => {
    const ps = p.model.scenario;
    const o = ps.offer;
    const P = `Pkg${i + 1}_`;
    sh.text(row, 0, p.name, 'section');
    row++;
    gHead.forEach((t, c) => sh.text(row, c, t, c ? 'headerNum' : 'header'));
    s.exitPrices.forEach((_, j) =>
      sh.text(row, valueCol(j), `Value at exit price ${j + 1}`, 'headerNum'),
    );
    ['Gain if hit (pts)', 'High-water mark', 'Raw value', 'Year', 'Value after cap'].forEach(
      (t, c) => sh.text(row, mCol + c, t, 'helper'),
    );
    row++;
    const first = row;
    const price0 = sizePrice(ps);
    const rf = o.refresh;
    const addGrant = (
      label: string,
      month: [string | number, number],
      shares: [string, Decimal],
      weight: [string, Decimal],
      strike: [string, Decimal],
      sched: [string, string, string],
      schedule: { vestingMonths: number; cliffMonths: number; vestEveryMonths: number },
    ) => {
      const r = row;
      const c = (col: number) => a1(r, col);
      sh.text(r, G.label, label, 'label');
      if (typeof month[0] === 'number') sh.num(r, G.month, month[0], FORMATS.integer, 'calc');
      else sh.formula(r, G.month, month[0], month[1], FORMATS.integer, 'calc');
      sh.formula(r, G.shares, shares[0], shares[1], FORMATS.shares, 'calc');
      sh.formula(r, G.weight, weight[0], weight[1], FORMATS.percent, 'calc');
      sh.formula(r, G.strike, strike[0], strike[1], price, 'calc');
      sh.formula(r, G.N, sched[0], schedule.vestingMonths, FORMATS.integer, 'calc');
      sh.formula(r, G.C, sched[1], schedule.cliffMonths, FORMATS.integer, 'calc');
      sh.formula(r, G.f, sched[2], schedule.vestEveryMonths, FORMATS.integer, 'calc');
      const t = `(In_H-${c(G.month)})`;
      const v = vestedShares(shares[1], schedule, H - month[1]);
      sh.formula(
        r,
        G.vested,
        `IF(OR(${t}<${c(G.C)},${t}<=0),0,INT(ROUND(${c(G.shares)}*MIN(INT(${t}/${c(G.f)})*${c(G.f)},${c(G.N)})/${c(G.N)},6)))`,
        v,
        FORMATS.shares,
        'calc',
      );
      const wv = weight[1].times(v);
      sh.formula(r, G.wv, `${c(G.weight)}*${c(G.vested)}`, wv, FORMATS.sharesWeighted, 'calc');
      sh.formula(r, G.wvk, `${c(G.wv)}*${c(G.strike)}`, wv.times(strike[1]), FORMATS.money, 'calc');
      s.exitPrices.forEach((px, j) =>
        sh.formula(
          r,
          valueCol(j),
          `${c(G.wv)}*MAX(0,In_ExitPrice${j + 1}-${c(G.strike)})`,
          wv.times(max(ZERO, px.minus(strike[1]))),
          money,
          'calc',
        ),
      );
      row++;
    };
    const rsu = `${P}Instrument="rsu"`;
    addGrant(
      'Initial grant',
      [0, 0],
      [`${P}InitialShares`, p.model.grants[0]!.grant.shares],
      ['1', ONE],
      [`${P}Strike`, o.equity.strike],
      [`${P}VestingMonths`, `${P}CliffMonths`, `${P}VestEvery`],
      o.equity.schedule,
    );
    if (rf) {
      const sched: [string, string, string] = [
        rfName(i, 'VestingMonths'),
        rfName(i, 'CliffMonths'),
        rfName(i, 'VestEvery'),
      ];
      const strikeF = `IF(${rsu},0,${rfName(i, 'Strike')})`;
      rf.milestones.forEach((m, j) => {
        const g = milestoneGrantMonth(m.dueDay);
        const shares = g <= H ? sharesForValue(m.value, price0) : ZERO;
        const monthCell = a1(row, G.month);
        addGrant(
          m.name,
          [milestoneGrantMonthFormula(msName(i, j, 'DueDay')), g],
          [
            `IF(${monthCell}<=In_H,INT(ROUND(${msName(i, j, 'Value')}/Calc_SizePrice,6)),0)`,
            shares,
          ],
          [msName(i, j, 'Probability'), m.probability],
          [strikeF, rf.strike],
          sched,
          rf.schedule,
        );
      });
      if (rf.margin) {
        const meas = marginMeasurements(o.marginGain, rf.margin, H, price0);
        const mFirst = row;
        meas.forEach((q, idx) => {
          const r = row;
          const mc = (c: number) => a1(r, mCol + c);
          sh.formula(
            r,
            mCol,
            gainHitFormula(String(q.month)),
            q.gainHit,
            FORMATS.decimal4,
            'helper',
          );
          sh.formula(
            r,
            mCol + 1,
            idx === 0 ? '0' : a1(r - 1, mCol),
            q.highWaterMark,
            FORMATS.decimal4,
            'helper',
          );
          sh.formula(
            r,
            mCol + 2,
            `ROUND(MAX(0,${mc(0)}-${mc(1)})*${rfName(i, 'ValuePerPoint')},2)`,
            q.rawValue,
            money,
            'helper',
          );
          sh.num(r, mCol + 3, Math.floor((q.month + 11) / 12), FORMATS.integer, 'helper');
          const earlier =
            idx === 0
              ? '0'
              : `SUMIF(${absRange(mFirst, mCol + 3, r - 1, mCol + 3)},${mc(3)},${absRange(mFirst, mCol + 4, r - 1, mCol + 4)})`;
          const cap = rfName(i, 'CapPerYear');
          sh.formula(
            r,
            mCol + 4,
            `IF(${cap}="",${mc(2)},MIN(${mc(2)},${cap}-${earlier}))`,
            q.value,
            money,
            'helper',
          );
          addGrant(
            `Margin refresh, month ${q.month}`,
            [q.month, q.month],
            [`INT(ROUND(${mc(4)}/Calc_SizePrice,6))`, q.shares],
            ['In_MarginGain_Probability', o.marginGain?.probability ?? ONE],
            [strikeF, rf.strike],
            sched,
            rf.schedule,
          );
        });
      }
    }
    const last = row - 1;
    const rng = (col: number) => absRange(first, col, last, col);
    grantRanges.push({
      K: rng(G.strike),
      wv: rng(G.wv),
      wvk: rng(G.wvk),
      shares: rng(G.shares),
      weight: rng(G.weight),
      value: s.exitPrices.map((_, j) => rng(valueCol(j))),
    });
    row++;
  });

  // ---- Summary cells --------------------------------------------------------------------------
  const refs: PackagesSheet['refs'] = [];
  const candidateCashCell: string[] = [];
  pkgs.forEach((p, i) => {
    const col = 1 + i;
    const m = p.model;
    let r = summaryTop;
    const cell = (
      formula: string,
      cached: Cached,
      fmt: string,
      name?: string,
      style: 'output' | 'calc' = 'output',
    ) => {
      sh.formula(r, col, formula, cached, fmt, style);
      if (name) sh.define(name, r, col);
      return a1(r++, col);
    };
    const N = `Out_Pkg${i + 1}_`;
    const runwayRow = r;
    const flags = months.range(i, 'cash < 0');
    const cashCol = months.range(i, 'cash', 0);
    const first = `MATCH(1,${flags},0)`;
    const rw = m.views.offerExpected.runway;
    cell(
      `IF(COUNTIF(${flags},1)=0,"",ROUND((${first}-1+INDEX(${cashCol},${first})/INDEX(${months.range(i, 'net burn')},${first}))*${DPM},0))`,
      rw.days,
      FORMATS.shares,
      `${N}RunwayDays_OfferExpected`,
    );
    const days = a1(runwayRow, col);
    for (const pct of s.market.compareAt) {
      const mkt = `Out_RunwayDays_Market_${pctLabel(pct)}`;
      cell(
        `IF(OR(${days}="",${mkt}=""),"",${days}-${mkt})`,
        p.daysGained[pct] ?? null,
        '+#,##0;-#,##0;0',
        `${N}DaysGained_Market_${pctLabel(pct)}`,
      );
    }
    cell(`SUM(${months.range(i, 'hire cash', 1, H)})`, m.cashCost.offer, money0, `${N}CashCost`);
    const granted = cell(
      `SUMPRODUCT(${grantRanges[i]!.shares},${grantRanges[i]!.weight})`,
      m.equity.expected.grantedShares,
      FORMATS.sharesWeighted,
      undefined,
      'calc',
    );
    cell(
      `${granted}/(In_FullyDilutedShares+MAX(0,${granted}-In_PoolShares))`,
      m.equity.expected.dilution,
      '0.000%',
      `${N}Dilution_Expected`,
    );
    const cash = cell(
      `SUM(${months.range(i, 'base', 1, H)})+SUM(${months.range(i, 'bonus', 1, H)})+SUM(${months.range(i, 'sign-on', 1, H)})`,
      p.candidate.cash,
      money0,
      `${N}CandidateCash`,
    );
    candidateCashCell.push(cash);
    const eq = s.exitPrices.map((_, j) =>
      cell(
        `ROUND(SUM(${grantRanges[i]!.value[j]}),2)`,
        m.exitValue.expected[j]!,
        money0,
        undefined,
        'calc',
      ),
    );
    const totals = s.exitPrices.map((_, j) =>
      cell(
        `${cash}+${eq[j]}`,
        p.candidate.total.expected[j]!,
        money0,
        `${N}CandidateTotal_Expected_${j + 1}`,
      ),
    );
    refs.push({
      baseSalary: `Pkg${i + 1}_BaseSalary`,
      candidateCash: `${N}CandidateCash`,
      initialShares: `Pkg${i + 1}_InitialShares`,
      refreshes: '',
      total: totals.map((_, j) => `${N}CandidateTotal_Expected_${j + 1}`),
      breakEven: `${N}BreakEven`,
    });
    void totals;
  });

  // ---- Break-even against package 1 -----------------------------------------------------------
  row++;
  section(`Break-even share price against ${pkgs[0]!.name} (docs/model.md §9)`);
  const beRow = summary.breakEven;
  sh.formula(beRow, 1, '""', '', price, 'output');
  sh.define('Out_Pkg1_BreakEven', beRow, 1, beRow, 1, 'Empty: package 1 is the reference');
  const firstTerms = candidateTerms(pkgs[0]!.model);
  const g1 = grantRanges[0]!;
  for (let i = 1; i < n; i++) {
    const p = pkgs[i]!;
    const terms = candidateTerms(p.model);
    const gi = grantRanges[i]!;
    sh.text(row, 0, `${p.name} against ${pkgs[0]!.name}`, 'header');
    [
      'Strike (unsorted)',
      'Kink (sorted)',
      'Δ at the kink',
      'Last negative price in the piece',
    ].forEach((t, c) => sh.text(row, 1 + c, t, 'headerNum'));
    row++;
    // Strikes of both packages' grants and 0, copied into one column, then sorted with SMALL.
    const strikeCells: [string, Decimal][] = [['0', ZERO]];
    const rowsOf = (rangeA1: string) => {
      const m = /^\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(rangeA1)!;
      return { col: m[1]!, r0: Number(m[2]), r1: Number(m[3] ?? m[2]) };
    };
    const strikesOfRange = (rangeA1: string, strikes: Decimal[]) => {
      const { col, r0, r1 } = rowsOf(rangeA1);
      for (let k = r0; k <= r1; k++) strikeCells.push([`${col}${k}`, strikes[k - r0] ?? ZERO]);
    };
    strikesOfRange(g1.K, gridStrikes(pkgs[0]!));
    strikesOfRange(gi.K, gridStrikes(p));
    const M = strikeCells.length;
    const top = row;
    const rawRange = absRange(top, 1, top + M - 1, 1);
    const sorted = [...strikeCells.map(([, v]) => v)].sort((a, b) => a.comparedTo(b));
    const deltaOf = (b: Decimal) => round(breakEvenDelta(terms, firstTerms, b), DELTA_PLACES);
    const cashDiff = `(${candidateCashCell[i]}-${candidateCashCell[0]})`;
    const deltas = sorted.map(deltaOf);
    const contributions: Decimal[] = [];
    for (let j = 0; j < M; j++) {
      const r = top + j;
      const b = a1(r, 2);
      sh.num(r, 0, j + 1, FORMATS.integer, 'helper');
      sh.formula(r, 1, strikeCells[j]![0], strikeCells[j]![1], price, 'helper');
      sh.formula(r, 2, `SMALL(${rawRange},${j + 1})`, sorted[j]!, price, 'calc');
      const sumOver = (g: typeof gi) =>
        `(${b}*SUMIF(${g.K},"<"&${b},${g.wv})-SUMIF(${g.K},"<"&${b},${g.wvk}))`;
      sh.formula(
        r,
        3,
        `ROUND(${cashDiff}+${sumOver(gi)}-${sumOver(g1)},${DELTA_PLACES})`,
        deltas[j]!,
        money,
        'calc',
      );
      if (j === 0) continue;
      const d0 = a1(r - 1, 3);
      const d1 = a1(r, 3);
      const b0 = a1(r - 1, 2);
      // The supremum of {P in [b0, b1] : Δ(P) < 0}: b1 when Δ(b1) < 0, else the root when Δ(b0) < 0.
      const dl = deltas[j - 1]!;
      const dr = deltas[j]!;
      const bl = sorted[j - 1]!;
      const br = sorted[j]!;
      const contribution = dr.lessThan(0)
        ? br
        : dl.lessThan(0)
          ? bl.minus(dl.times(br.minus(bl)).div(dr.minus(dl)))
          : ZERO;
      contributions.push(contribution);
      sh.formula(
        r,
        4,
        `IF(${d1}<0,${b},IF(${d0}<0,${b0}-${d0}*(${b}-${b0})/(${d1}-${d0}),0))`,
        contribution,
        price,
        'calc',
      );
    }
    row = top + M;
    const lastB = a1(top + M - 1, 2);
    const lastD = a1(top + M - 1, 3);
    const sigma = breakEvenSlope(terms, firstTerms);
    const label = (t: string) => sh.text(row, 0, t, 'label');
    label('Slope past the last kink σ (Σ weight × vested, this package − package 1)');
    sh.formula(row, 1, `SUM(${gi.wv})-SUM(${g1.wv})`, sigma, FORMATS.sharesWeighted, 'calc');
    const sigmaCell = a1(row, 1);
    row++;
    label('Last negative price past the last kink');
    const lastDelta = deltas[M - 1]!;
    const tail =
      lastDelta.lessThan(0) && sigma.greaterThan(0)
        ? sorted[M - 1]!.minus(lastDelta.div(sigma))
        : ZERO;
    sh.formula(
      row,
      1,
      `IF(AND(${lastD}<0,${sigmaCell}>0),${lastB}-${lastD}/${sigmaCell},0)`,
      tail,
      price,
      'calc',
    );
    const tailCell = a1(row, 1);
    row++;
    label('No break-even (σ < 0, or σ = 0 with Δ < 0 past the last kink)');
    const none = sigma.lessThan(0) || (sigma.isZero() && lastDelta.lessThan(0));
    sh.formula(
      row,
      1,
      `OR(${sigmaCell}<0,AND(${sigmaCell}=0,${lastD}<0))`,
      none,
      FORMATS.general,
      'calc',
    );
    const noneCell = a1(row, 1);
    row++;
    label('Lowest price from which Δ ≥ 0 (unrounded)');
    const contribRange = absRange(top + 1, 4, top + M - 1, 4);
    const exact = [...contributions, tail].reduce((a, b) => max(a, b), ZERO);
    sh.formula(row, 1, M > 1 ? `MAX(${tailCell},${contribRange})` : tailCell, exact, price, 'calc');
    const exactCell = a1(row, 1);
    row += 2;
    sh.formula(
      beRow,
      1 + i,
      `IF(${noneCell},"",ROUNDUP(ROUND(${exactCell},8),2))`,
      p.breakEven,
      price,
      'output',
    );
    sh.define(
      `Out_Pkg${i + 1}_BreakEven`,
      beRow,
      1 + i,
      beRow,
      1 + i,
      'Empty when there is no break-even price',
    );
  }
  sh.extra.freeze = { rows: 0, cols: 1 };
  return { sheet: sh, refs };
}

/** The strikes of a package's workbook grant rows (initial, every milestone, every measurement). */
function gridStrikes(p: PackageResult): Decimal[] {
  const o = p.model.scenario.offer;
  const out = [o.equity.strike];
  const rf = o.refresh;
  if (rf) {
    for (let j = 0; j < rf.milestones.length; j++) out.push(rf.strike);
    if (rf.margin)
      for (
        let q = rf.margin.measureEveryMonths;
        q <= p.model.scenario.horizonMonths;
        q += rf.margin.measureEveryMonths
      )
        out.push(rf.strike);
  }
  return out;
}
