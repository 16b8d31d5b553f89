/**
 * The scenario field registry (schema 1): one entry per leaf field of the scenario file.
 *
 * It is the list every face of a field is derived from or checked against:
 * - the pane's problem → screen map (`src/taskpane/problems.ts` `screenOf`) is DERIVED from
 *   `screen`;
 * - the read-back table (`src/excel/inputs.ts` `INPUT_FIELDS`) is DERIVED from `inName`;
 * - the Inputs sheet (`src/workbook/inputs-sheet.ts`) takes each field's defined name and label
 *   from here; which fields it writes, their values and formats are still written by hand;
 * - the zod schema (`schema.ts`), the Inputs and Packages sheets' names, `PACKAGE_FIELDS`, the
 *   pane screens' bindings and docs/cli.md's field table are CHECKED against it by
 *   test/model/field-registry.test.ts: a field one of them has and the registry lacks, or the
 *   other way round, fails that test.
 *
 * Pure data: no imports. Paths are JSON paths with `[]` for "every item of the list"
 * (`offer.refresh.milestones[].name`, `exitPrices[]`).
 */

/** What a field holds (its validator in fields.ts, its format on the Inputs sheet). */
export type FieldKind =
  /** the file's format version, always 1 */
  | 'version'
  /** non-empty text, at most 1,000 characters */
  | 'text'
  /** a three-letter ISO currency code */
  | 'currency'
  /** a calendar date YYYY-MM-DD */
  | 'date'
  /** one of a fixed set of words */
  | 'enum'
  /** ≥ 0, at most two decimals */
  | 'money'
  /** > 0, at most four decimals (a share price) */
  | 'price'
  /** ≥ 0, at most two decimals (an exit price may be 0) */
  | 'exitPrice'
  /** in [0, 1] (a probability or a margin) */
  | 'fraction'
  /** in (0, 1] (a fraction of fully diluted shares) */
  | 'fdFraction'
  /** > −1 (a growth rate or a raise) */
  | 'growth'
  /** ≥ 0 (bonus %, load %, fee %) */
  | 'rate'
  /** ≥ 0 (gross-margin points) */
  | 'points'
  /** a whole number of shares */
  | 'shares'
  /** a whole number of months */
  | 'months'
  /** a whole number of days */
  | 'days'
  /** any number ≥ 0 (a strike: RSUs treat it as 0) */
  | 'strike';

/** The pane screen that edits a field (src/taskpane/screens/). */
export type FieldScreen = 'offer' | 'refresh' | 'company' | 'market' | 'packages' | 'risk';

export interface FieldSpec {
  /** JSON path, `[]` for the items of a list. */
  path: string;
  kind: FieldKind;
  /** The default as docs/cli.md states it ("required" when there is none). */
  default: string;
  /**
   * The Inputs-sheet defined name. `{n}` stands for the 1-based item number of a list
   * (`In_ExitPrice{n}`); null when the sheet has no cell for the field.
   * `In_Equity_Size` is shared by the three grant sizes (In_Equity_SizeBy says which one).
   */
  inName: string | null;
  /** Short label, as the Inputs sheet and the pane say it. */
  label: string;
  /** The pane screen that edits it; null when no screen does (the field is still read back). */
  screen: FieldScreen | null;
  /** One sentence for a newcomer: what the field means. */
  help: string;
  /** A package may set it (docs/model.md §9: `packages[i].<first key of the offer path>`). */
  packageSettable?: true;
  /** For an `enum`: the words it accepts, the first being the usual one. */
  options?: readonly string[];
  /** A note shown beside the field's Inputs-sheet cell. */
  note?: string;
}

const P = true as const;

const REGISTERED = [
  // ── top level ──────────────────────────────────────────────────────────────────────────────
  {
    path: 'schema',
    kind: 'version',
    default: 'required, 1',
    inName: null,
    label: 'Scenario format',
    screen: null,
    help: 'The format version: this program reads schema 1.',
  },
  {
    path: 'name',
    kind: 'text',
    default: 'required',
    inName: 'In_ScenarioName',
    label: 'Scenario name',
    screen: 'offer',
    help: 'The scenario title.',
  },
  {
    path: 'currency',
    kind: 'currency',
    default: '"USD"',
    inName: 'In_Currency',
    label: 'Currency',
    screen: null,
    help: 'ISO currency code used for display.',
  },
  {
    path: 'startDate',
    kind: 'date',
    default: 'first day of next month (local date)',
    inName: 'In_StartDate',
    label: 'Start date (month 1 begins)',
    screen: 'offer',
    help: "The hire's first day: month 1.",
  },
  {
    path: 'horizonMonths',
    kind: 'months',
    default: '48',
    inName: 'In_H',
    label: 'Schedule horizon H (months)',
    screen: 'company',
    help: 'Months over which vesting, SBC, grants and cash cost are counted.',
  },
  {
    path: 'runwayHorizonMonths',
    kind: 'months',
    default: '120',
    inName: 'In_R',
    label: 'Runway horizon R (months)',
    screen: 'company',
    help: 'Months over which runway is computed; at least H.',
  },
  // ── company ────────────────────────────────────────────────────────────────────────────────
  {
    path: 'company.cash',
    kind: 'money',
    default: 'required',
    inName: 'In_Cash',
    label: 'Cash today',
    screen: 'company',
    help: 'Cash in the bank today.',
  },
  {
    path: 'company.monthlyRevenue',
    kind: 'money',
    default: 'required',
    inName: 'In_MonthlyRevenue',
    label: 'Monthly revenue (month 1)',
    screen: 'company',
    help: 'Revenue in month 1.',
  },
  {
    path: 'company.revenueGrowthMonthly',
    kind: 'growth',
    default: '0',
    inName: 'In_RevenueGrowth',
    label: 'Revenue growth per month',
    screen: 'company',
    help: 'Monthly revenue growth, compounded.',
  },
  {
    path: 'company.grossMargin',
    kind: 'fraction',
    default: 'required',
    inName: 'In_GrossMargin',
    label: 'Gross margin',
    screen: 'company',
    help: 'Gross margin as a fraction of revenue.',
  },
  {
    path: 'company.monthlyOpex',
    kind: 'money',
    default: 'required',
    inName: 'In_MonthlyOpex',
    label: 'Monthly operating expense (month 1)',
    screen: 'company',
    help: 'Operating expense in month 1, without this hire.',
  },
  {
    path: 'company.opexGrowthMonthly',
    kind: 'growth',
    default: '0',
    inName: 'In_OpexGrowth',
    label: 'Opex growth per month',
    screen: 'company',
    help: 'Monthly opex growth, compounded.',
  },
  {
    path: 'company.fullyDilutedShares',
    kind: 'shares',
    default: 'required',
    inName: 'In_FullyDilutedShares',
    label: 'Fully diluted shares',
    screen: 'company',
    help: 'Fully diluted shares, pool included.',
  },
  {
    path: 'company.unallocatedPoolShares',
    kind: 'shares',
    default: 'required',
    inName: 'In_PoolShares',
    label: 'Unallocated option pool (shares)',
    screen: 'company',
    help: 'Shares left in the option pool.',
  },
  {
    path: 'company.preferredPrice',
    kind: 'price',
    default: 'required',
    inName: 'In_PreferredPrice',
    label: 'Preferred price per share',
    screen: 'company',
    help: 'Last preferred price per share.',
  },
  {
    path: 'company.fmv409a',
    kind: 'price',
    default: 'required',
    inName: 'In_Fmv409a',
    label: '409A fair market value per share',
    screen: 'company',
    help: '409A fair market value per share.',
  },
  // ── offer: cash ────────────────────────────────────────────────────────────────────────────
  {
    path: 'offer.candidate',
    kind: 'text',
    default: 'required',
    inName: 'In_Candidate',
    label: 'Candidate',
    screen: 'offer',
    help: "The candidate's name, shown on the offer sheet.",
  },
  {
    path: 'offer.role',
    kind: 'text',
    default: 'required',
    inName: 'In_Role',
    label: 'Role',
    screen: 'offer',
    help: 'The job title, shown on the offer sheet.',
  },
  {
    path: 'offer.level',
    kind: 'text',
    default: 'required',
    inName: 'In_Level',
    label: 'Level',
    screen: 'offer',
    help: 'The level, shown on the offer sheet.',
  },
  {
    path: 'offer.location',
    kind: 'text',
    default: 'required',
    inName: 'In_Location',
    label: 'Location',
    screen: 'offer',
    help: 'The location, shown on the offer sheet.',
  },
  {
    path: 'offer.baseSalary',
    kind: 'money',
    default: 'required',
    inName: 'In_BaseSalary',
    label: 'Base salary (year 1)',
    screen: 'offer',
    help: 'Year-1 base salary.',
    packageSettable: P,
  },
  {
    path: 'offer.annualRaise',
    kind: 'growth',
    default: '0',
    inName: 'In_AnnualRaise',
    label: 'Annual raise',
    screen: 'offer',
    help: 'Raise at the start of each hire-year after the first.',
    packageSettable: P,
  },
  {
    path: 'offer.targetBonusPct',
    kind: 'rate',
    default: '0',
    inName: 'In_TargetBonusPct',
    label: 'Target bonus (% of base)',
    screen: 'offer',
    help: 'Bonus target as a fraction of base, paid in month 12, 24, …',
    packageSettable: P,
  },
  {
    path: 'offer.bonusPayoutPct',
    kind: 'rate',
    default: '1',
    inName: 'In_BonusPayoutPct',
    label: 'Expected bonus payout',
    screen: 'offer',
    help: 'Expected payout of the target bonus.',
    packageSettable: P,
  },
  {
    path: 'offer.signOnBonus',
    kind: 'money',
    default: '0',
    inName: 'In_SignOnBonus',
    label: 'Sign-on bonus',
    screen: 'offer',
    help: 'Paid in month 1.',
    packageSettable: P,
  },
  {
    path: 'offer.employerLoadPct',
    kind: 'rate',
    default: '0.25',
    inName: 'In_EmployerLoadPct',
    label: 'Employer load (taxes, benefits)',
    screen: 'offer',
    note: 'An assumption, not a fact: 25 % by default.',
    help: 'Payroll taxes and benefits on top of cash pay (an assumption).',
  },
  {
    path: 'offer.recruitingFeePct',
    kind: 'rate',
    default: '0',
    inName: 'In_RecruitingFeePct',
    label: 'Recruiting fee (% of base)',
    screen: 'offer',
    help: 'Agency fee on year-1 base, paid in month 1.',
  },
  {
    path: 'offer.sizingPrice',
    kind: 'enum',
    options: ['preferred', 'fmv'],
    default: '"preferred"',
    inName: 'In_SizingPrice',
    label: 'Price that sizes dollar grants ("preferred" or "fmv")',
    screen: 'offer',
    help: 'The price that turns dollar grants into shares.',
  },
  {
    path: 'offer.missProbability',
    kind: 'fraction',
    default: '0',
    inName: 'In_MissProbability',
    label: 'Probability the hire cannot ship (a miss)',
    screen: 'risk',
    note: 'Read by the simulation only (offer-runway --simulate, the Risk sheet).',
    help: 'The chance the hire cannot ship; read only by the simulation (docs/model.md §11).',
  },
  // ── offer: the productivity assumption ─────────────────────────────────────────────────────
  {
    path: 'offer.marginGain.points',
    kind: 'points',
    default: 'required (block absent = no gain)',
    inName: 'In_MarginGain_Points',
    label: 'Gross-margin points added if hit',
    screen: 'refresh',
    help: 'Points of gross margin the hire adds if the gain lands.',
  },
  {
    path: 'offer.marginGain.startMonth',
    kind: 'months',
    default: 'required',
    inName: 'In_MarginGain_StartMonth',
    label: 'Gain starts in month',
    screen: 'refresh',
    help: 'The month the gain starts ramping.',
  },
  {
    path: 'offer.marginGain.fullMonth',
    kind: 'months',
    default: 'required',
    inName: 'In_MarginGain_FullMonth',
    label: 'Full gain from month',
    screen: 'refresh',
    help: 'The month from which the full gain applies.',
  },
  {
    path: 'offer.marginGain.probability',
    kind: 'fraction',
    default: '1',
    inName: 'In_MarginGain_Probability',
    label: 'Probability the gain lands',
    screen: 'refresh',
    help: 'The chance the gain lands.',
  },
  // ── offer: the initial grant ───────────────────────────────────────────────────────────────
  {
    path: 'offer.equity.instrument',
    kind: 'enum',
    options: ['option', 'rsu'],
    default: '"option"',
    inName: 'In_Instrument',
    label: 'Instrument ("option" or "rsu")',
    screen: 'offer',
    help: 'Options or RSUs; refreshes use the same.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.shares',
    kind: 'shares',
    default: 'exactly one of shares / value / percentOfFullyDiluted',
    inName: 'In_Equity_Size',
    label: 'Grant size (shares)',
    screen: 'offer',
    help: 'The initial grant in shares.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.value',
    kind: 'money',
    default: 'exactly one of shares / value / percentOfFullyDiluted',
    inName: 'In_Equity_Size',
    label: 'Grant size (dollar value)',
    screen: 'offer',
    help: 'The initial grant in dollars, sized at the sizing price.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.percentOfFullyDiluted',
    kind: 'fdFraction',
    default: 'exactly one of shares / value / percentOfFullyDiluted',
    inName: 'In_Equity_Size',
    label: 'Grant size (fraction of fully diluted)',
    screen: 'offer',
    help: 'The initial grant as a fraction of fully diluted shares.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.strike',
    kind: 'strike',
    default: '409A FMV (0 for RSUs)',
    inName: 'In_Equity_Strike',
    label: 'Strike price (0 for RSUs)',
    screen: 'offer',
    help: 'Option strike price.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.grantFairValue',
    kind: 'price',
    default: 'required for options; 409A for RSUs',
    inName: 'In_Equity_GrantFairValue',
    label: 'Grant-date fair value per share',
    screen: 'offer',
    help: 'Grant-date fair value per share, for the expense.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.vestingMonths',
    kind: 'months',
    default: '48',
    inName: 'In_Equity_VestingMonths',
    label: 'Vesting months',
    screen: 'offer',
    help: 'Months to vest fully.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.cliffMonths',
    kind: 'months',
    default: '12',
    inName: 'In_Equity_CliffMonths',
    label: 'Cliff months',
    screen: 'offer',
    help: 'Months before anything vests.',
    packageSettable: P,
  },
  {
    path: 'offer.equity.vestEveryMonths',
    kind: 'months',
    default: '1',
    inName: 'In_Equity_VestEvery',
    label: 'Vests every (months)',
    screen: 'offer',
    help: 'Months between vesting events.',
    packageSettable: P,
  },
  // ── offer: earned refreshes (block absent = none) ──────────────────────────────────────────
  {
    path: 'offer.refresh.strike',
    kind: 'strike',
    default: '409A FMV',
    inName: 'In_Refresh_Strike',
    label: 'Refresh strike (today’s 409A)',
    screen: 'refresh',
    help: 'Strike of the refresh grants.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.grantFairValue',
    kind: 'price',
    default: '409A FMV (required for options)',
    inName: 'In_Refresh_GrantFairValue',
    label: 'Refresh grant-date fair value',
    screen: 'refresh',
    help: 'Grant-date fair value per refresh share.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.vestingMonths',
    kind: 'months',
    default: '24',
    inName: 'In_Refresh_VestingMonths',
    label: 'Refresh vesting months',
    screen: 'refresh',
    help: 'Months for a refresh to vest fully.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.cliffMonths',
    kind: 'months',
    default: '0',
    inName: 'In_Refresh_CliffMonths',
    label: 'Refresh cliff months',
    screen: 'refresh',
    help: 'Months before a refresh starts vesting.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.vestEveryMonths',
    kind: 'months',
    default: '1',
    inName: 'In_Refresh_VestEvery',
    label: 'Refresh vests every (months)',
    screen: 'refresh',
    help: 'Months between refresh vesting events.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.milestones[].name',
    kind: 'text',
    default: 'required (list default [])',
    inName: 'In_Milestone{n}_Name',
    label: 'Milestone',
    screen: 'refresh',
    help: 'What the hire must ship (a row of the Milestones table).',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.milestones[].dueDay',
    kind: 'days',
    default: 'required',
    inName: 'In_Milestone{n}_DueDay',
    label: 'Due by (day)',
    screen: 'refresh',
    help: 'Day after the start by which it must ship.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.milestones[].probability',
    kind: 'fraction',
    default: '1',
    inName: 'In_Milestone{n}_Probability',
    label: 'Probability',
    screen: 'refresh',
    help: 'The chance it ships on time.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.milestones[].value',
    kind: 'money',
    default: 'required',
    inName: 'In_Milestone{n}_Value',
    label: 'Refresh value',
    screen: 'refresh',
    help: 'Dollar value of the refresh granted if it ships.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.margin.valuePerPoint',
    kind: 'money',
    default: 'required (block absent = none)',
    inName: 'In_Refresh_ValuePerPoint',
    label: 'Refresh value per margin point',
    screen: 'refresh',
    help: 'Equity for each new point of gross margin above the high-water mark.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.margin.measureEveryMonths',
    kind: 'months',
    default: '3',
    inName: 'In_Refresh_MeasureEvery',
    label: 'Margin measured every (months)',
    screen: 'refresh',
    help: 'Months between margin measurements.',
    packageSettable: P,
  },
  {
    path: 'offer.refresh.margin.capPerYear',
    kind: 'money',
    default: 'no cap',
    inName: 'In_Refresh_CapPerYear',
    label: 'Yearly cap on margin refreshes',
    screen: 'refresh',
    help: 'Most margin refresh value granted per hire-year; empty = no cap.',
    packageSettable: P,
  },
  // ── market ─────────────────────────────────────────────────────────────────────────────────
  {
    path: 'market.bandSet',
    kind: 'text',
    default: 'required',
    inName: 'In_Market_BandSet',
    label: 'Band set',
    screen: 'market',
    help: 'The built-in band set, or the name for --bands.',
  },
  {
    path: 'market.role',
    kind: 'text',
    default: 'required',
    inName: 'In_Market_Role',
    label: 'Band role',
    screen: 'market',
    help: 'The band row: role, matched exactly.',
  },
  {
    path: 'market.level',
    kind: 'text',
    default: 'required',
    inName: 'In_Market_Level',
    label: 'Band level',
    screen: 'market',
    help: 'The band row: level, matched exactly.',
  },
  {
    path: 'market.location',
    kind: 'text',
    default: 'required',
    inName: 'In_Market_Location',
    label: 'Band location',
    screen: 'market',
    help: 'The band row: location, matched exactly.',
  },
  {
    path: 'market.compareAt[]',
    kind: 'enum',
    default: '["p50","p75","p90"]',
    inName: 'In_Market_CompareAt',
    label: 'Compared at (percentiles)',
    screen: 'market',
    help: 'The percentiles to compare against (one cell holds the whole list).',
  },
  // ── exits and the cost of a miss ───────────────────────────────────────────────────────────
  {
    path: 'exitPrices[]',
    kind: 'exitPrice',
    default: '[]',
    inName: 'In_ExitPrice{n}',
    label: 'Exit price',
    screen: 'company',
    help: "Share prices at which to value the candidate's equity.",
  },
  {
    path: 'missCost.idleComputeMonthly',
    kind: 'money',
    default: '0',
    inName: 'In_Miss_IdleComputeMonthly',
    label: 'Idle compute per month',
    screen: 'company',
    help: 'Compute left idle by a hire who does not work out.',
  },
  {
    path: 'missCost.timeToFillDays',
    kind: 'days',
    default: '0',
    inName: 'In_Miss_TimeToFillDays',
    label: 'Time to fill a replacement (days)',
    screen: 'company',
    help: 'Days to refill the role.',
  },
  {
    path: 'missCost.roadmapDelayCostPerDay',
    kind: 'money',
    default: '0',
    inName: 'In_Miss_RoadmapDelayPerDay',
    label: 'Roadmap delay cost per day',
    screen: 'company',
    help: 'What a day of roadmap delay costs.',
  },
  {
    path: 'missCost.detectAtMonths[]',
    kind: 'months',
    default: '[2, 9]',
    inName: 'In_Miss_DetectAt{n}',
    label: 'Detect a miss at month',
    screen: 'company',
    help: 'Months at which a miss is found.',
  },
  // ── packages (docs/model.md §9): a name plus the package-settable offer fields above ───────
  {
    path: 'packages[].name',
    kind: 'text',
    default: 'required (packages absent = none)',
    inName: 'In_Pkg{n}_Name',
    label: 'Package name',
    screen: 'packages',
    help: 'The name the candidate sees.',
  },
] as const satisfies readonly FieldSpec[];

export const FIELD_REGISTRY: readonly FieldSpec[] = REGISTERED;

/** One registered field with its literal path, kind and options (for types derived from it). */
export type RegisteredField = (typeof REGISTERED)[number];

/** A concrete path with its list indices written `[]`: `a.b[2].c` → `a.b[].c`. */
export function registryPath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The registry entry of a concrete or `[]` path, if it is a leaf field. */
export function fieldAt(path: string): FieldSpec | undefined {
  const p = registryPath(path);
  return FIELD_REGISTRY.find((f) => f.path === p);
}

/** The offer keys a package may set (`packages[i].<key>`), in registry order. */
export function packageSettableKeys(): string[] {
  const keys = FIELD_REGISTRY.filter((f) => f.packageSettable).map(
    (f) => /^offer\.([A-Za-z]+)/.exec(f.path)![1] as string,
  );
  return [...new Set(keys)];
}
