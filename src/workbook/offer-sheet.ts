/**
 * The candidate-facing Offer Sheet: a one-page-wide document. Every number on it is a formula
 * over the Inputs and Schedule sheets (with the engine's value cached); the candidate's name,
 * role and milestone names are literal text, never formulas.
 */
import type { Decimal } from '../model/decimal.js';
import { round } from '../model/decimal.js';
import { exitValueAt } from '../model/equity.js';
import { yearEndBonus } from '../model/hire-cost.js';
import { milestoneGrantMonth } from '../model/grants.js';
import type { ModelResult } from '../model/model.js';
import { SheetBuilder, type Cached } from './builder.js';
import { FORMATS, absRange, type PlanName } from './plan.js';
import { valueBlockName } from './naming.js';

export interface OfferCtx {
  sheetName: string;
  money0: string;
  price: string;
  symbol: string;
  valueMonths: number[];
  /**
   * Where the sheet's formulas read their figures. Absent: the one-offer workbook's names
   * ({@link ONE_OFFER_REFS}); a hiring-plan workbook points each hire's sheet at its own rows.
   */
  refs?: OfferRefs;
}

/** The references an Offer Sheet's formulas read (each returns a formula fragment). */
export interface OfferRefs {
  /** A scenario input by its one-offer defined name (`In_BaseSalary`, `In_Milestone2_DueDay`…). */
  input(name: string): string;
  /** A grant's shares or grant month; `j` is the grant's 1-based position in `result.grants`. */
  grant(field: 'Shares' | 'Month', j: number): string;
  /** Shares vested by value month `valueMonths[i − 1]` (= month `m`): initial grant or all hit. */
  vested(view: 'none' | 'hit', i: number, m: number): string;
  /** Candidate value at value month number `i` (1-based) and exit price `j` (1-based). */
  value(view: 'hit' | 'none', i: number, j: number): string;
}

/** The one-offer workbook: Inputs names and the Schedule sheet's named blocks. */
export const ONE_OFFER_REFS: OfferRefs = {
  input: (name) => name,
  grant: (field, j) => `INDEX(Sch_Grant_${field},${j})`,
  vested: (view, _i, m) => `INDEX(${view === 'none' ? 'Sch_Vested_None' : 'Sch_Vested_Hit'},${m})`,
  value: (view, i, j) => `INDEX(${valueBlockName(view)},${i},${j})`,
};

export function buildOfferSheet(result: ModelResult, names: PlanName[], x: OfferCtx): SheetBuilder {
  const s = result.scenario;
  const o = s.offer;
  const e = o.equity;
  const rf = o.refresh;
  const H = s.horizonMonths;
  const sheet = new SheetBuilder(x.sheetName, names);
  const ref = x.refs ?? ONE_OFFER_REFS;
  const I = ref.input;
  sheet.extra.showGridLines = false;
  sheet.extra.tabColor = '1F3864';
  const nPrices = s.exitPrices.length;
  const last = Math.max(5, nPrices);
  const widths = [28, ...Array.from({ length: last }, () => 14.5)];
  sheet.widths(...widths);
  const totalWidth = (c0: number, c1: number) =>
    widths.slice(c0, c1 + 1).reduce((a, b) => a + b, 0);
  let r = 0;

  /** A paragraph merged across the page, with a row height that fits its text. */
  const para = (text: string, style: 'body' | 'smallprint' = 'body') => {
    sheet.text(r, 0, text, style);
    sheet.merge(r, 0, r, last);
    const small = style === 'smallprint';
    const perLine = totalWidth(0, last) * (small ? 1.3 : 1.05);
    const lines = Math.max(1, Math.ceil(text.length / perLine));
    sheet.height(r, lines * (small ? 12 : 15.5) + 3);
    r++;
  };
  const section = (t: string) => {
    r++;
    sheet.section(r, t, last);
    sheet.height(r, 21);
    r++;
  };
  const instrument = e.instrument === 'rsu' ? 'RSUs' : 'stock options';

  sheet.text(r, 0, `Your offer, ${o.candidate}`, 'title');
  sheet.height(r, 30);
  r++;
  sheet.text(r, 0, [o.role, o.level, o.location].filter(Boolean).join('  ·  '), 'subtitle');
  r++;
  r++;
  para(
    `We are glad to offer you this role. This page sets out your pay and your equity${
      rf && (rf.milestones.length || rf.margin)
        ? `, including the extra equity you earn as your work ships${rf.margin ? ' and lifts our gross margin' : ''}`
        : ''
    }. You would start on ${s.startDate}; amounts are in ${s.currency}.`,
  );

  // Pay.
  section('Your pay');
  const pay = (label: string, formula: string, cached: Cached, fmt: string, detail: string) => {
    sheet.text(r, 0, label, 'label');
    sheet.formula(r, 1, formula, cached, fmt, 'output');
    sheet.text(r, 2, detail, 'note');
    r++;
  };
  pay('Base salary', I('In_BaseSalary'), o.baseSalary, x.money0, 'a year, paid monthly');
  if (!o.annualRaise.isZero())
    pay(
      'Planned yearly raise',
      I('In_AnnualRaise'),
      o.annualRaise,
      FORMATS.percent,
      'on each anniversary',
    );
  if (!o.targetBonusPct.isZero())
    pay(
      'Target bonus',
      `ROUND(${I('In_BaseSalary')}*${I('In_TargetBonusPct')},2)`,
      round(o.baseSalary.times(o.targetBonusPct), 2),
      x.money0,
      'a year at target, paid at the end of each year of service',
    );
  if (!o.signOnBonus.isZero())
    pay('Sign-on bonus', I('In_SignOnBonus'), o.signOnBonus, x.money0, 'paid in your first month');

  // Equity.
  section('Your equity');
  const initial = result.grants[0];
  if (!initial) throw new Error('no initial grant');
  pay(
    e.instrument === 'rsu' ? 'Initial grant (RSUs)' : 'Initial grant (options)',
    ref.grant('Shares', 1),
    initial.grant.shares,
    FORMATS.shares,
    e.instrument === 'rsu' ? 'restricted stock units' : 'options to buy shares',
  );
  if (e.instrument === 'option')
    pay(
      'Strike price',
      I('In_Equity_Strike'),
      e.strike,
      x.price,
      'what you pay per share when you exercise',
    );
  /** A small table: a header row over columns B.., then labelled rows of formulas. */
  const facts = (
    title: string,
    heads: string[],
    rows: { label: string; cells: [string, Cached, string][] }[],
  ) => {
    sheet.text(r, 0, title, 'header');
    heads.forEach((h, i) => sheet.text(r, 1 + i, h, 'headerNum'));
    r++;
    for (const row of rows) {
      sheet.text(r, 0, row.label, 'label');
      row.cells.forEach(([f, v, fmt], i) => sheet.formula(r, 1 + i, f, v, fmt, 'output'));
      r++;
    }
  };
  const months = '0" months"';
  r++;
  facts(
    'Vesting',
    ['Period', 'Cliff', 'Then every'],
    [
      {
        label: 'Initial grant',
        cells: [
          [I('In_Equity_VestingMonths'), e.schedule.vestingMonths, months],
          [I('In_Equity_CliffMonths'), e.schedule.cliffMonths, months],
          [I('In_Equity_VestEvery'), e.schedule.vestEveryMonths, '0" mo."'],
        ],
      },
      ...(rf
        ? [
            {
              label: 'Each refresh',
              cells: [
                [I('In_Refresh_VestingMonths'), rf.schedule.vestingMonths, months],
                [I('In_Refresh_CliffMonths'), rf.schedule.cliffMonths, months],
                [I('In_Refresh_VestEvery'), rf.schedule.vestEveryMonths, '0" mo."'],
              ] as [string, Cached, string][],
            },
          ]
        : []),
    ],
  );
  para(
    e.schedule.cliffMonths > 0
      ? 'Nothing vests before the cliff; at the cliff the months served so far vest at once, then vesting continues on schedule.'
      : 'Vesting starts with your first month.',
    'smallprint',
  );
  r++;
  const years = x.valueMonths;
  sheet.text(r, 0, 'Shares vested by the end of', 'header');
  years.forEach((m, i) =>
    sheet.text(r, 1 + i, m % 12 === 0 ? `Year ${m / 12}` : `Month ${m}`, 'headerNum'),
  );
  r++;
  const vestRow = (label: string, view: 'none' | 'hit', arr: Decimal[]) => {
    sheet.text(r, 0, label, 'label');
    years.forEach((m, i) =>
      sheet.formula(
        r,
        1 + i,
        ref.vested(view, i + 1, m),
        arr[m - 1] as Decimal,
        FORMATS.shares,
        'calc',
      ),
    );
    r++;
  };
  vestRow('Initial grant', 'none', result.vested.none);
  if (rf) vestRow('With every refresh earned', 'hit', result.vested.hit);

  // Refreshes.
  if (rf && (rf.milestones.length || rf.margin)) {
    section('How refreshes are earned');
    para(
      `On top of the initial grant you earn new ${instrument} when your work ships and when it lifts gross margin. Each refresh is a new grant that vests over its own schedule from the month it is granted.`,
    );
    if (rf.milestones.length) {
      sheet.text(r, 0, 'Milestone', 'header');
      sheet.styleOnly(r, 1, 'header');
      sheet.merge(r, 0, r, 1);
      ['Due by', 'Refresh value', 'Shares', 'Granted in'].forEach((t, i) =>
        sheet.text(r, 2 + i, t, 'headerNum'),
      );
      r++;
      const msGrants = result.grants
        .map((g, j) => ({ g, j }))
        .filter(({ g }) => g.grant.kind === 'milestone');
      let gi = 0;
      rf.milestones.forEach((m, i) => {
        sheet.text(r, 0, m.name, 'label');
        sheet.merge(r, 0, r, 1);
        sheet.formula(r, 2, I(`In_Milestone${i + 1}_DueDay`), m.dueDay, '"day "0', 'calc');
        sheet.formula(r, 3, I(`In_Milestone${i + 1}_Value`), m.value, x.money0, 'calc');
        if (milestoneGrantMonth(m.dueDay) <= H) {
          const mg = msGrants[gi++];
          if (!mg) throw new Error('milestone grant');
          sheet.formula(
            r,
            4,
            ref.grant('Shares', mg.j + 1),
            mg.g.grant.shares,
            FORMATS.shares,
            'output',
          );
          sheet.formula(r, 5, ref.grant('Month', mg.j + 1), mg.g.grant.month, '"month "0', 'calc');
        } else sheet.text(r, 4, 'after this plan’s horizon', 'note');
        r++;
      });
    }
    if (rf.margin) {
      r++;
      para(
        'Gross-margin refresh: at each measurement you earn refresh value for every gross-margin point your models have added above the previous high.',
      );
      const heads = ['Per point', 'Measured'];
      const cells: [string, Cached, string][] = [
        [I('In_Refresh_ValuePerPoint'), rf.margin.valuePerPoint, x.money0],
        [I('In_Refresh_MeasureEvery'), rf.margin.measureEveryMonths, '"every "0" mo."'],
      ];
      if (rf.margin.capPerYear) {
        heads.push('Yearly cap');
        cells.push([I('In_Refresh_CapPerYear'), rf.margin.capPerYear, x.money0]);
      }
      facts('Gross-margin refresh', heads, [{ label: 'Terms', cells }]);
    }
    if (e.instrument === 'option') {
      r++;
      facts(
        'Refresh strike',
        ['Per share'],
        [{ label: 'Today’s 409A price', cells: [[I('In_Refresh_Strike'), rf.strike, x.price]] }],
      );
    }
  }

  // Value at exit prices by year.
  if (nPrices) {
    section('What your vested equity could be worth');
    para(
      e.instrument === 'rsu'
        ? 'Value of your vested shares if the company’s shares were worth each price below.'
        : 'Value of your vested options if the company’s shares were worth each price below, after paying the strike price.',
      'smallprint',
    );
    const views: ['hit' | 'none', string][] = rf
      ? [
          ['hit', 'If you earn every refresh'],
          ['none', 'Initial grant only'],
        ]
      : [['none', 'Your grant']];
    for (const [view, title] of views) {
      sheet.text(r, 0, title, 'header');
      s.exitPrices.forEach((px, j) =>
        sheet.formula(
          r,
          1 + j,
          `"At ${x.symbol}"&TEXT(${I(`In_ExitPrice${j + 1}`)},"0.00")`,
          `At ${x.symbol}${px.toFixed(2)}`,
          FORMATS.general,
          'headerNum',
        ),
      );
      r++;
      x.valueMonths.forEach((m, i) => {
        sheet.text(r, 0, m % 12 === 0 ? `After year ${m / 12}` : `After month ${m}`, 'label');
        s.exitPrices.forEach((_, j) => {
          const cached = exitValueAt(result.grants, view, m, s.exitPrices[j] as Decimal);
          const formula = ref.value(view, i + 1, j + 1);
          sheet.formula(r, 1 + j, formula, cached, x.money0, m === H ? 'output' : 'calc');
        });
        r++;
      });
      r++;
    }
    r--;
  }

  // docs/model.md §9: the packages side by side; the candidate chooses one.
  const pkgs = x.refs ? [] : result.packages;
  if (pkgs.length > 0) {
    section('Choose your package');
    para(
      `You choose one of these ${pkgs.length === 1 ? 'package' : `${pkgs.length} packages`}; the pay and equity above are the offer as written. Equity values are expected values: each earned refresh counts at its probability; value after ${H} months includes the cash paid over those months.`,
      'smallprint',
    );
    const po = (i: number) => pkgs[i]!.model.scenario.offer;
    sheet.text(r, 0, '', 'header');
    pkgs.forEach((p, i) => sheet.text(r, 1 + i, p.name, 'headerNum'));
    r++;
    sheet.text(r, 0, '', 'header');
    pkgs.forEach((_, i) => {
      const rf = po(i).refresh;
      const earned = rf && (rf.milestones.length > 0 || rf.margin);
      const what = po(i).equity.instrument === 'rsu' ? 'RSUs' : 'options';
      sheet.text(
        r,
        1 + i,
        earned ? `${what} + earned refreshes` : `${what}, no refreshes`,
        'headerNum',
      );
    });
    sheet.height(r, 46); // up to three wrapped lines
    r++;
    const pkgRow = (
      label: string,
      cell: (i: number) => [string, Cached, string] | null,
      style: 'output' | 'calc' = 'output',
    ) => {
      sheet.text(r, 0, label, 'label');
      pkgs.forEach((_, i) => {
        const c = cell(i);
        if (c) sheet.formula(r, 1 + i, c[0], c[1], c[2], style);
      });
      r++;
    };
    const pkg = (i: number) => `Pkg${i + 1}_`;
    pkgRow('Base salary, year 1', (i) => [`${pkg(i)}BaseSalary`, po(i).baseSalary, x.money0]);
    pkgRow('Yearly cash, year 1 (base + bonus)', (i) => [
      `${pkg(i)}BaseSalary+ROUND(${pkg(i)}BaseSalary*${pkg(i)}TargetBonusPct*${pkg(i)}BonusPayoutPct,2)`,
      po(i).baseSalary.plus(yearEndBonus(po(i), po(i).baseSalary)),
      x.money0,
    ]);
    pkgRow('Sign-on bonus', (i) => [`${pkg(i)}SignOnBonus`, po(i).signOnBonus, x.money0]);
    pkgRow('Initial grant (shares)', (i) => [
      `${pkg(i)}InitialShares`,
      pkgs[i]!.model.grants[0]!.grant.shares,
      FORMATS.shares,
    ]);
    pkgRow(`Cash over ${H} months`, (i) => [
      `Out_Pkg${i + 1}_CandidateCash`,
      pkgs[i]!.candidate.cash,
      x.money0,
    ]);
    s.exitPrices.forEach((px, j) =>
      pkgRow(`Value after ${H} months at ${x.symbol}${px.toFixed(2)}`, (i) => [
        `Out_Pkg${i + 1}_CandidateTotal_Expected_${j + 1}`,
        pkgs[i]!.candidate.total.expected[j]!,
        x.money0,
      ]),
    );
    pkgRow('Break-even share price', (i) =>
      i === 0
        ? null
        : [
            `IF(Out_Pkg${i + 1}_BreakEven="","none",Out_Pkg${i + 1}_BreakEven)`,
            pkgs[i]!.breakEven ?? 'none',
            x.price,
          ],
    );
    para(
      `Break-even share price: the price from which a package is worth at least as much to you as ${pkgs[0]!.name} (cash over ${H} months plus expected vested equity at month ${H}); "none" when it never is.`,
      'smallprint',
    );
  }

  section('Good to know');
  const notes = [
    nPrices
      ? 'The share prices above illustrate possible outcomes; they are not a forecast or a promise.'
      : '',
    rf
      ? 'Refresh strikes are today’s 409A price. A refresh granted later carries the 409A price of its grant date, so if the price rises the refresh values above are overstated.'
      : '',
    rf?.margin
      ? 'Margin points cut off by the yearly cap are not carried forward to later measurements.'
      : '',
    'Vesting assumes you stay with the company; unvested equity stops vesting when you leave.',
    e.instrument === 'option'
      ? 'Exercising options costs their strike price (already subtracted above). Taxes are not included.'
      : 'Taxes are not included.',
    'This page summarises the offer; your offer letter and the equity plan documents govern.',
  ].filter(Boolean);
  for (const t of notes) para(`•  ${t}`, 'smallprint');

  sheet.extra.print = {
    area: absRange(0, 0, r - 1, last),
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 1,
    margins: { left: 0.6, right: 0.6, top: 0.5, bottom: 0.5 },
    centerHorizontally: true,
  };
  return sheet;
}
