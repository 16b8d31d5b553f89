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
import type { PackageResult } from '../model/packages.js';
import type { Scenario, VestingSchedule } from '../model/scenario.js';
import { SheetBuilder } from './builder.js';
import { FORMATS, absRange, type PlanName } from './plan.js';
import { valueBlockName } from './naming.js';
import { OfferPage, type OfferCell } from './offer-page.js';

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
const ONE_OFFER_REFS: OfferRefs = {
  input: (name) => name,
  grant: (field, j) => `INDEX(Sch_Grant_${field},${j})`,
  vested: (view, _i, m) => `INDEX(${view === 'none' ? 'Sch_Vested_None' : 'Sch_Vested_Hit'},${m})`,
  value: (view, i, j) => `INDEX(${valueBlockName(view)},${i},${j})`,
};

/** What each part of the Offer Sheet reads: the page it writes on, the result, where formulas read. */
interface OfferPart {
  page: OfferPage;
  result: ModelResult;
  x: OfferCtx;
  ref: OfferRefs;
}

type Refresh = NonNullable<Scenario['offer']['refresh']>;

/** Whether the offer earns refreshes at all: milestones to ship or a gross-margin refresh. */
const earnsRefreshes = (rf: Refresh | null): rf is Refresh =>
  !!rf && (rf.milestones.length > 0 || !!rf.margin);

export function buildOfferSheet(result: ModelResult, names: PlanName[], x: OfferCtx): SheetBuilder {
  const sheet = new SheetBuilder(x.sheetName, names);
  sheet.extra.showGridLines = false;
  sheet.extra.tabColor = '1F3864';
  const page = new OfferPage(sheet, result.scenario.exitPrices.length);
  const part: OfferPart = { page, result, x, ref: x.refs ?? ONE_OFFER_REFS };
  writeHeading(part);
  writePay(part);
  writeEquity(part);
  writeRefreshes(part);
  writeExitValues(part);
  writePackages(part);
  writeGoodToKnow(part);
  sheet.extra.print = {
    area: absRange(0, 0, page.row - 1, page.last),
    orientation: 'portrait',
    fitToWidth: 1,
    fitToHeight: 1,
    margins: { left: 0.6, right: 0.6, top: 0.5, bottom: 0.5 },
    centerHorizontally: true,
  };
  return sheet;
}

/** The candidate's name, the role's line, and the opening paragraph. */
function writeHeading({ page, result }: OfferPart): void {
  const s = result.scenario;
  const o = s.offer;
  const rf = o.refresh;
  const title = page.next();
  page.sheet.text(title, 0, `Your offer, ${o.candidate}`, 'title');
  page.sheet.height(title, 30);
  const role = [o.role, o.level, o.location].filter(Boolean).join('  ·  ');
  page.sheet.text(page.next(), 0, role, 'subtitle');
  page.blankRow();
  page.para(
    `We are glad to offer you this role. This page sets out your pay and your equity${
      earnsRefreshes(rf)
        ? `, including the extra equity you earn as your work ships${rf.margin ? ' and lifts our gross margin' : ''}`
        : ''
    }. You would start on ${s.startDate}; amounts are in ${s.currency}.`,
  );
}

/** Your pay: the base salary, and the raise, target bonus and sign-on bonus the offer has. */
function writePay({ page, result, x, ref }: OfferPart): void {
  const o = result.scenario.offer;
  const I = ref.input;
  page.section('Your pay');
  page.figure('Base salary', I('In_BaseSalary'), o.baseSalary, x.money0, 'a year, paid monthly');
  if (!o.annualRaise.isZero())
    page.figure(
      'Planned yearly raise',
      I('In_AnnualRaise'),
      o.annualRaise,
      FORMATS.percent,
      'on each anniversary',
    );
  if (!o.targetBonusPct.isZero())
    page.figure(
      'Target bonus',
      `ROUND(${I('In_BaseSalary')}*${I('In_TargetBonusPct')},2)`,
      round(o.baseSalary.times(o.targetBonusPct), 2),
      x.money0,
      'a year at target, paid at the end of each year of service',
    );
  if (!o.signOnBonus.isZero())
    page.figure(
      'Sign-on bonus',
      I('In_SignOnBonus'),
      o.signOnBonus,
      x.money0,
      'paid in your first month',
    );
}

/** Your equity: the initial grant (and its strike), the vesting terms, the shares vested by year. */
function writeEquity(part: OfferPart): void {
  const { page, result, x, ref } = part;
  const e = result.scenario.offer.equity;
  page.section('Your equity');
  const initial = result.grants[0];
  if (!initial) throw new Error('no initial grant');
  page.figure(
    e.instrument === 'rsu' ? 'Initial grant (RSUs)' : 'Initial grant (options)',
    ref.grant('Shares', 1),
    initial.grant.shares,
    FORMATS.shares,
    e.instrument === 'rsu' ? 'restricted stock units' : 'options to buy shares',
  );
  if (e.instrument === 'option')
    page.figure(
      'Strike price',
      ref.input('In_Equity_Strike'),
      e.strike,
      x.price,
      'what you pay per share when you exercise',
    );
  writeVestingTerms(part);
  writeSharesVested(part);
}

/** A vesting schedule's period, cliff and step: the inputs `<prefix>_VestingMonths` … */
function scheduleCells(I: OfferRefs['input'], prefix: string, v: VestingSchedule): OfferCell[] {
  const months = '0" months"';
  return [
    [I(`${prefix}_VestingMonths`), v.vestingMonths, months],
    [I(`${prefix}_CliffMonths`), v.cliffMonths, months],
    [I(`${prefix}_VestEvery`), v.vestEveryMonths, '0" mo."'],
  ];
}

/** The vesting table (the initial grant, each refresh) and how the cliff works. */
function writeVestingTerms({ page, result, ref }: OfferPart): void {
  const { equity: e, refresh: rf } = result.scenario.offer;
  page.blankRow();
  page.facts(
    'Vesting',
    ['Period', 'Cliff', 'Then every'],
    [
      { label: 'Initial grant', cells: scheduleCells(ref.input, 'In_Equity', e.schedule) },
      ...(rf
        ? [{ label: 'Each refresh', cells: scheduleCells(ref.input, 'In_Refresh', rf.schedule) }]
        : []),
    ],
  );
  page.para(
    e.schedule.cliffMonths > 0
      ? 'Nothing vests before the cliff; at the cliff the months served so far vest at once, then vesting continues on schedule.'
      : 'Vesting starts with your first month.',
    'smallprint',
  );
}

/** Shares vested by the end of each value month: the initial grant, and with every refresh. */
function writeSharesVested({ page, result, x, ref }: OfferPart): void {
  const { sheet } = page;
  const months = x.valueMonths;
  page.blankRow();
  const head = page.next();
  sheet.text(head, 0, 'Shares vested by the end of', 'header');
  months.forEach((m, i) =>
    sheet.text(head, 1 + i, m % 12 === 0 ? `Year ${m / 12}` : `Month ${m}`, 'headerNum'),
  );
  const vestRow = (label: string, view: 'none' | 'hit', arr: Decimal[]) => {
    const r = page.next();
    sheet.text(r, 0, label, 'label');
    months.forEach((m, i) =>
      sheet.formula(
        r,
        1 + i,
        ref.vested(view, i + 1, m),
        arr[m - 1] as Decimal,
        FORMATS.shares,
        'calc',
      ),
    );
  };
  vestRow('Initial grant', 'none', result.vested.none);
  if (result.scenario.offer.refresh) vestRow('With every refresh earned', 'hit', result.vested.hit);
}

/** How refreshes are earned (when the offer earns any): milestones, the margin terms, the strike. */
function writeRefreshes(part: OfferPart): void {
  const { page, result, x, ref } = part;
  const { equity: e, refresh: rf } = result.scenario.offer;
  if (!earnsRefreshes(rf)) return;
  page.section('How refreshes are earned');
  const instrument = e.instrument === 'rsu' ? 'RSUs' : 'stock options';
  page.para(
    `On top of the initial grant you earn new ${instrument} when your work ships and when it lifts gross margin. Each refresh is a new grant that vests over its own schedule from the month it is granted.`,
  );
  if (rf.milestones.length) writeMilestones(part, rf.milestones);
  if (rf.margin) writeMarginRefresh(part, rf.margin);
  if (e.instrument === 'option') {
    page.blankRow();
    page.facts(
      'Refresh strike',
      ['Per share'],
      [
        {
          label: 'Today’s 409A price',
          cells: [[ref.input('In_Refresh_Strike'), rf.strike, x.price]],
        },
      ],
    );
  }
}

/** One row per milestone: due day and refresh value, then its grant (or none within H). */
function writeMilestones(
  { page, result, x, ref }: OfferPart,
  milestones: Refresh['milestones'],
): void {
  const { sheet } = page;
  const I = ref.input;
  const head = page.next();
  sheet.text(head, 0, 'Milestone', 'header');
  sheet.styleOnly(head, 1, 'header');
  sheet.merge(head, 0, head, 1);
  ['Due by', 'Refresh value', 'Shares', 'Granted in'].forEach((t, i) =>
    sheet.text(head, 2 + i, t, 'headerNum'),
  );
  const msGrants = result.grants
    .map((g, j) => ({ g, j }))
    .filter(({ g }) => g.grant.kind === 'milestone');
  let gi = 0;
  milestones.forEach((m, i) => {
    const r = page.next();
    sheet.text(r, 0, m.name, 'label');
    sheet.merge(r, 0, r, 1);
    sheet.formula(r, 2, I(`In_Milestone${i + 1}_DueDay`), m.dueDay, '"day "0', 'calc');
    sheet.formula(r, 3, I(`In_Milestone${i + 1}_Value`), m.value, x.money0, 'calc');
    if (milestoneGrantMonth(m.dueDay) <= result.scenario.horizonMonths) {
      const mg = msGrants[gi++];
      if (!mg) throw new Error('milestone grant');
      const { shares, month } = mg.g.grant;
      sheet.formula(r, 4, ref.grant('Shares', mg.j + 1), shares, FORMATS.shares, 'output');
      sheet.formula(r, 5, ref.grant('Month', mg.j + 1), month, '"month "0', 'calc');
    } else sheet.text(r, 4, 'after this plan’s horizon', 'note');
  });
}

/** The gross-margin refresh: how it is earned, then its value per point, period and cap. */
function writeMarginRefresh(
  { page, x, ref }: OfferPart,
  margin: NonNullable<Refresh['margin']>,
): void {
  const I = ref.input;
  page.blankRow();
  page.para(
    'Gross-margin refresh: at each measurement you earn refresh value for every gross-margin point your models have added above the previous high.',
  );
  const heads = ['Per point', 'Measured'];
  const cells: OfferCell[] = [
    [I('In_Refresh_ValuePerPoint'), margin.valuePerPoint, x.money0],
    [I('In_Refresh_MeasureEvery'), margin.measureEveryMonths, '"every "0" mo."'],
  ];
  if (margin.capPerYear) {
    heads.push('Yearly cap');
    cells.push([I('In_Refresh_CapPerYear'), margin.capPerYear, x.money0]);
  }
  page.facts('Gross-margin refresh', heads, [{ label: 'Terms', cells }]);
}

/** What the vested equity could be worth at each exit price: one table per equity view. */
function writeExitValues(part: OfferPart): void {
  const { page, result } = part;
  const { exitPrices, offer } = result.scenario;
  if (!exitPrices.length) return;
  page.section('What your vested equity could be worth');
  page.para(
    offer.equity.instrument === 'rsu'
      ? 'Value of your vested shares if the company’s shares were worth each price below.'
      : 'Value of your vested options if the company’s shares were worth each price below, after paying the strike price.',
    'smallprint',
  );
  const views: ['hit' | 'none', string][] = offer.refresh
    ? [
        ['hit', 'If you earn every refresh'],
        ['none', 'Initial grant only'],
      ]
    : [['none', 'Your grant']];
  views.forEach(([view, title], k) => {
    if (k > 0) page.blankRow();
    writeValueTable(part, view, title);
  });
}

/** One view's values: a header of exit prices, then a row per value month (month H stands out). */
function writeValueTable(
  { page, result, x, ref }: OfferPart,
  view: 'hit' | 'none',
  title: string,
): void {
  const { sheet } = page;
  const s = result.scenario;
  const head = page.next();
  sheet.text(head, 0, title, 'header');
  s.exitPrices.forEach((px, j) =>
    sheet.formula(
      head,
      1 + j,
      `"At ${x.symbol}"&TEXT(${ref.input(`In_ExitPrice${j + 1}`)},"0.00")`,
      `At ${x.symbol}${px.toFixed(2)}`,
      FORMATS.general,
      'headerNum',
    ),
  );
  x.valueMonths.forEach((m, i) => {
    const r = page.next();
    sheet.text(r, 0, m % 12 === 0 ? `After year ${m / 12}` : `After month ${m}`, 'label');
    s.exitPrices.forEach((px, j) => {
      const cached = exitValueAt(result.grants, view, m, px);
      const formula = ref.value(view, i + 1, j + 1);
      const style = m === s.horizonMonths ? 'output' : 'calc';
      sheet.formula(r, 1 + j, formula, cached, x.money0, style);
    });
  });
}

/** model.md §9: the packages side by side, the candidate choosing one (the one-offer workbook only). */
function writePackages(part: OfferPart): void {
  const { page, result, x } = part;
  const pkgs = x.refs ? [] : result.packages;
  if (pkgs.length === 0) return;
  const H = result.scenario.horizonMonths;
  page.section('Choose your package');
  page.para(
    `You choose one of these ${pkgs.length === 1 ? 'package' : `${pkgs.length} packages`}; the pay and equity above are the offer as written. Equity values are expected values: each earned refresh counts at its probability; value after ${H} months includes the cash paid over those months.`,
    'smallprint',
  );
  writePackageHeads(page, pkgs);
  writePackageRows(part, pkgs);
  page.para(
    `Break-even share price: the price from which a package is worth at least as much to you as ${pkgs[0]!.name} (cash over ${H} months plus expected vested equity at month ${H}); "none" when it never is.`,
    'smallprint',
  );
}

/** Two header rows: each package's name, then its instrument and whether it earns refreshes. */
function writePackageHeads(page: OfferPage, pkgs: PackageResult[]): void {
  const { sheet } = page;
  const names = page.next();
  sheet.text(names, 0, '', 'header');
  pkgs.forEach((p, i) => sheet.text(names, 1 + i, p.name, 'headerNum'));
  const kinds = page.next();
  sheet.text(kinds, 0, '', 'header');
  pkgs.forEach((p, i) => {
    const o = p.model.scenario.offer;
    const what = o.equity.instrument === 'rsu' ? 'RSUs' : 'options';
    const kind = earnsRefreshes(o.refresh) ? `${what} + earned refreshes` : `${what}, no refreshes`;
    sheet.text(kinds, 1 + i, kind, 'headerNum');
  });
  sheet.height(kinds, 46); // up to three wrapped lines
}

/** A row per figure, a column per package: pay, initial shares, cash and value over H, break-even. */
function writePackageRows({ page, result, x }: OfferPart, pkgs: PackageResult[]): void {
  const { sheet } = page;
  const H = result.scenario.horizonMonths;
  const po = (i: number) => pkgs[i]!.model.scenario.offer;
  const pkgRow = (label: string, cell: (i: number) => OfferCell | null) => {
    const r = page.next();
    sheet.text(r, 0, label, 'label');
    pkgs.forEach((_, i) => {
      const c = cell(i);
      if (c) sheet.formula(r, 1 + i, c[0], c[1], c[2], 'output');
    });
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
  result.scenario.exitPrices.forEach((px, j) =>
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
}

/** Good to know: the small print that applies to this offer, one bullet each. */
function writeGoodToKnow({ page, result }: OfferPart): void {
  const { exitPrices, offer } = result.scenario;
  const rf = offer.refresh;
  page.section('Good to know');
  const notes = [
    exitPrices.length
      ? 'The share prices above illustrate possible outcomes; they are not a forecast or a promise.'
      : '',
    rf
      ? 'Refresh strikes are today’s 409A price. A refresh granted later carries the 409A price of its grant date, so if the price rises the refresh values above are overstated.'
      : '',
    rf?.margin
      ? 'Margin points cut off by the yearly cap are not carried forward to later measurements.'
      : '',
    'Vesting assumes you stay with the company; unvested equity stops vesting when you leave.',
    offer.equity.instrument === 'option'
      ? 'Exercising options costs their strike price (already subtracted above). Taxes are not included.'
      : 'Taxes are not included.',
    'This page summarises the offer; your offer letter and the equity plan documents govern.',
  ].filter(Boolean);
  for (const t of notes) page.para(`•  ${t}`, 'smallprint');
}
