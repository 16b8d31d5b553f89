/**
 * The Runway sheet: months 1..R of revenue, opex, gross profit and each cost view's hire cash,
 * the net burn and cash of every runway view, the runway summary above them and the cash chart.
 * The parts common to the plan's Plan Runway sheet are in runway-table.ts.
 */
import type { Decimal } from '../model/decimal.js';
import { baseAnnual, yearOfMonth, type HireCostMonth } from '../model/hire-cost.js';
import { OFFER_VIEWS, cashTerms, type ModelResult, type OfferView } from '../model/model.js';
import type { Percentile } from '../model/schema.js';
import { SheetBuilder } from './builder.js';
import type { ColumnCursor } from './columns.js';
import { gainHitFormula, yearOfMonthFormula } from './month-formulas.js';
import { FORMATS, a1 } from './plan.js';
import type { SheetContext } from './sheet-context.js';
import { SHEETS, VIEW_SUFFIX, pctLabel } from './naming.js';
import { OFFER_VIEW_LABEL, marketSuffix, marketViewLabel } from '../model/words.js';
import {
  defineMonthRange,
  writeHeader,
  writeRunwaySheet,
  type CompanyColumns,
  type RunwaySheetKind,
  type MonthRows,
  type RunwayViewRef,
} from './runway-table.js';

export interface RunwaySheet {
  sheet: SheetBuilder;
  /** The views in the order of the runway summary rows. */
  views: RunwayViewRef[];
}

/** One cost view (the offer, or a market percentile's base salary) and its seven columns. */
interface CostViewColumns {
  /** `Offer` or `Market_P50`: the middle of its names (`Run_Offer_HireCash`). */
  key: string;
  label: string;
  /** The defined name of the view's annual base salary (In_BaseSalary, Band_P50). */
  baseSalaryName: string;
  cost: HireCostMonth[];
  terms: ReturnType<typeof cashTerms>;
  annualBase: number;
  parts: Record<HireCostPart, number>;
}

type HireCostPart = 'base' | 'bonus' | 'signOn' | 'load' | 'fee' | 'hireCash';

/** The monthly parts of a hire's cash (§3.3): header words and the `Run_<key>_<name>` names (the Schedule sheet reads them). */
export const HIRE_COST_PARTS: { part: HireCostPart; name: string; header: string }[] = [
  { part: 'base', name: 'Base', header: 'base' },
  { part: 'bonus', name: 'Bonus', header: 'bonus' },
  { part: 'signOn', name: 'SignOn', header: 'sign-on' },
  { part: 'load', name: 'Load', header: 'employer load' },
  { part: 'fee', name: 'Fee', header: 'recruiting fee' },
  { part: 'hireCash', name: 'HireCash', header: 'hire cash' },
];

/** The defined name of a cost view's part over months 1..R (`Run_Offer_HireCash`). */
const costPartName = (costKey: string, partName: string) => `Run_${costKey}_${partName}`;

/** The offer's Runway sheet: its views (§3.4) and words. */
const OFFER_RUNWAY: RunwaySheetKind<OfferView> = {
  gainCases: {
    keys: OFFER_VIEWS,
    suffix: VIEW_SUFFIX,
    label: OFFER_VIEW_LABEL,
    marketLabel: marketViewLabel,
  },
  withYear: true,
  headerRow: (viewCount) => 5 + viewCount + 20, // room for the summary and the chart
  title: 'Runway',
  note: (s) => `Months 1..${s.runwayHorizonMonths} from ${s.startDate}.`,
  month: 'Month',
  gainHit: 'Gain if hit (pts)',
  chartTitle: 'Cash balance by month',
};

export function buildRunwaySheet({ result, names, money, money0 }: SheetContext): RunwaySheet {
  const sheet = new SheetBuilder(SHEETS.runway, names);
  const s = result.scenario;
  const views = writeRunwaySheet(sheet, OFFER_RUNWAY, s, result, money0, (cursor, company) => {
    const costs = costViewColumns(result, cursor);
    return {
      hireCash: (key) => {
        const cost = costs.find((c) => c.key === key);
        return cost && { column: cost.parts.hireCash, name: costPartName(key, 'HireCash') };
      },
      writeHeaders: (rows) => writeOwnHeaders(sheet, rows, company, costs),
      writeMonth: (r, k) => {
        writeGainMonth(sheet, r, k, company, result);
        for (const cost of costs) writeHireCostMonth(sheet, r, k, company, cost, money);
      },
    };
  });
  return { sheet, views };
}

/** The offer's cost view, then one per market percentile compared. */
function costViewColumns(result: ModelResult, cursor: ColumnCursor): CostViewColumns[] {
  const s = result.scenario;
  const columns = (
    key: string,
    baseSalaryName: string,
    cost: HireCostMonth[],
    terms: ReturnType<typeof cashTerms>,
    label = key,
  ): CostViewColumns => ({
    key,
    label,
    baseSalaryName,
    cost,
    terms,
    annualBase: cursor.take(),
    parts: {
      base: cursor.take(),
      bonus: cursor.take(),
      signOn: cursor.take(),
      load: cursor.take(),
      fee: cursor.take(),
      hireCash: cursor.take(),
    },
  });
  const market = (p: Percentile) =>
    columns(
      marketSuffix(p),
      `Band_${pctLabel(p)}`,
      result.marketCost[p] ?? [],
      cashTerms(s, result.band.row.values[p]),
      `Market ${pctLabel(p)}`,
    );
  return [
    columns('Offer', 'In_BaseSalary', result.offerCost, cashTerms(s)),
    ...s.market.compareAt.map(market),
  ];
}

/** The names of the gain and gross-profit columns; each cost view's headers and names. */
function writeOwnHeaders(
  sheet: SheetBuilder,
  rows: MonthRows,
  company: CompanyColumns,
  costs: CostViewColumns[],
): void {
  defineMonthRange(sheet, rows, 'Run_GainHit', company.gainHit);
  defineMonthRange(sheet, rows, 'Run_GP_NoGain', company.grossProfitNoGain);
  defineMonthRange(sheet, rows, 'Run_GP_Expected', company.grossProfitExpected);
  defineMonthRange(sheet, rows, 'Run_GP_Hit', company.grossProfitHit);
  for (const v of costs) {
    writeHeader(sheet, rows, v.annualBase, `${v.label}: base salary (annual)`);
    for (const { part, header } of HIRE_COST_PARTS)
      writeHeader(sheet, rows, v.parts[part], `${v.label}: ${header}`);
    for (const { part, name } of HIRE_COST_PARTS)
      defineMonthRange(sheet, rows, costPartName(v.key, name), v.parts[part]);
  }
}

/** The hire year of month k and the margin gain points (if hit; expected = probability × hit). */
function writeGainMonth(
  sheet: SheetBuilder,
  r: number,
  k: number,
  c: CompanyColumns,
  result: ModelResult,
): void {
  const K = a1(r, c.month);
  sheet.formula(r, yearColumn(c), yearOfMonthFormula(K), yearOfMonth(k), FORMATS.integer, 'calc');
  const hit = result.gainHit[k - 1] as Decimal;
  sheet.formula(r, c.gainHit, gainHitFormula(K), hit, FORMATS.decimal4, 'calc');
  const expected = result.views.offerExpected.gainPoints[k - 1] as Decimal;
  const expectedFormula = `In_MarginGain_Probability*${a1(r, c.gainHit)}`;
  sheet.formula(r, c.gainExpected, expectedFormula, expected, FORMATS.decimal4, 'calc');
}

/** One cost view's hire cash in month k, part by part (§3.3). */
function writeHireCostMonth(
  sheet: SheetBuilder,
  r: number,
  k: number,
  c: CompanyColumns,
  v: CostViewColumns,
  money: string,
): void {
  const m = v.cost[k - 1];
  if (!m) throw new Error(`missing hire cost for ${v.key} month ${k}`);
  const K = a1(r, c.month);
  const cell = (part: HireCostPart) => a1(r, v.parts[part]);
  const annual = a1(r, v.annualBase);
  const formulas: Record<HireCostPart, string> = {
    base: `ROUND(${annual}/12,2)`,
    bonus: `IF(MOD(${K},12)=0,ROUND(${annual}*In_TargetBonusPct*In_BonusPayoutPct,2),0)`,
    signOn: `IF(${K}=1,In_SignOnBonus,0)`,
    load: `ROUND((${cell('base')}+${cell('bonus')}+${cell('signOn')})*In_EmployerLoadPct,2)`,
    fee: `IF(${K}=1,ROUND(${v.baseSalaryName}*In_RecruitingFeePct,2),0)`,
    hireCash: `${cell('base')}+${cell('bonus')}+${cell('signOn')}+${cell('load')}+${cell('fee')}`,
  };
  const raised = `ROUND(${v.baseSalaryName}*(1+In_AnnualRaise)^(${a1(r, yearColumn(c))}-1),2)`;
  sheet.formula(r, v.annualBase, raised, baseAnnual(v.terms, yearOfMonth(k)), money, 'calc');
  for (const { part } of HIRE_COST_PARTS)
    sheet.formula(r, v.parts[part], formulas[part], m[part], money, 'calc');
}

function yearColumn(c: CompanyColumns): number {
  if (c.year === undefined) throw new Error('the Runway sheet has a year column');
  return c.year;
}
