/**
 * =OFFERRUNWAY.* custom functions. Each is a thin wrapper: the checks and the arithmetic live in
 * core.ts (plain TypeScript, tested without Office); this file only maps a bad argument to an
 * Excel error with its message. The JSDoc tags below generate functions.json at build time
 * (custom-functions-metadata-plugin), which also appends the CustomFunctions.associate calls.
 */
import {
  FunctionArgError,
  bandPosition,
  finite,
  hireCost,
  runwayMonths,
  sbcExpenseFn,
  sharesForValueFn,
  vested,
} from './core.js';

/**
 * The part of the custom-functions runtime this file uses (a global that Excel provides;
 * CustomFunctions.Error is CustomFunctionsRuntime 1.2). Excel shows the message beside #VALUE!
 * and #N/A; for #NUM! it shows the error code only.
 */
declare const CustomFunctions: {
  ErrorCode: { invalidValue: string; invalidNumber: string; notAvailable: string };
  Error: new (code: string, message?: string) => Error;
};

/** Runs `compute`; a FunctionArgError becomes the matching Excel error, anything else `#VALUE!`. */
function excelResult(compute: () => number): number {
  try {
    return finite(compute());
  } catch (e) {
    const codes = CustomFunctions.ErrorCode;
    if (e instanceof FunctionArgError) {
      const code =
        e.kind === 'num'
          ? codes.invalidNumber
          : e.kind === 'na'
            ? codes.notAvailable
            : codes.invalidValue;
      throw new CustomFunctions.Error(code, e.message);
    }
    throw new CustomFunctions.Error(codes.invalidValue, e instanceof Error ? e.message : String(e));
  }
}

/**
 * Shares of a grant vested t months after the grant date: 0 before the cliff, then whole vesting
 * periods, INT(ROUND(shares × MIN(INT(t/every)×every, months) / months, 6)).
 * @customfunction VESTED
 * @param shares Shares granted (a whole number).
 * @param t Months since the grant (a whole number).
 * @param [vestingMonths] Vesting period in months (default 48).
 * @param [cliffMonths] Cliff in months (default 12).
 * @param [vestEveryMonths] Months between vesting events (default 1).
 * @returns Shares vested.
 */
export function VESTED(
  shares: number,
  t: number,
  vestingMonths?: number,
  cliffMonths?: number,
  vestEveryMonths?: number,
): number {
  return excelResult(() => vested(shares, t, vestingMonths, cliffMonths, vestEveryMonths));
}

/**
 * Whole shares a dollar value buys at a share price: INT(ROUND(value / price, 6)).
 * @customfunction SHARESFORVALUE
 * @param value Dollar value of the grant.
 * @param price Share price used for sizing (preferred price or 409A FMV).
 * @returns Whole shares.
 */
export function SHARESFORVALUE(value: number, price: number): number {
  return excelResult(() => sharesForValueFn(value, price));
}

/**
 * Percentile of a salary in a market band: linear between P10, P25, P50, P75 and P90, clamped to
 * 10..90, rounded to one decimal.
 * @customfunction BANDPOSITION
 * @param salary Annual base salary.
 * @param band Five cells in a row or column: P10, P25, P50, P75, P90.
 * @returns Percentile, 10 to 90.
 */
export function BANDPOSITION(salary: number, band: number[][]): number {
  return excelResult(() => bandPosition(salary, band));
}

/**
 * Months of runway from opening cash and monthly net burns: (k − 1) + cash before month k / burn
 * of month k, for the first month k whose closing cash is negative. #N/A when cash lasts the range.
 * @customfunction RUNWAYMONTHS
 * @param cash Opening cash.
 * @param netBurns Monthly net burns, month 1 first (negative = the month adds cash).
 * @returns Months of runway (not rounded).
 */
export function RUNWAYMONTHS(cash: number, netBurns: number[][]): number {
  return excelResult(() => runwayMonths(cash, netBurns));
}

/**
 * Straight-line stock-based-compensation expense booked in month t after the grant:
 * total = ROUND(shares × grant fair value, 2), cumulative ROUND(total × MIN(t, N) / N, 2).
 * @customfunction SBCEXPENSE
 * @param shares Shares granted (a whole number).
 * @param grantFairValue Fair value per share at grant.
 * @param serviceMonths Service (vesting) period in months.
 * @param t Months since the grant (a whole number).
 * @returns Expense booked in that month.
 */
export function SBCEXPENSE(
  shares: number,
  grantFairValue: number,
  serviceMonths: number,
  t: number,
): number {
  return excelResult(() => sbcExpenseFn(shares, grantFairValue, serviceMonths, t));
}

/**
 * The hire's fully loaded cash cost in month k: base pay, bonus (every 12th month), sign-on and
 * recruiting fee (month 1) and employer load on pay.
 * @customfunction HIRECOST
 * @param baseSalary Annual base salary in year 1.
 * @param month Month of employment, 1 = the first.
 * @param [annualRaise] Raise each year, as a fraction (default 0).
 * @param [targetBonusPct] Target bonus as a fraction of base (default 0).
 * @param [bonusPayoutPct] Fraction of the target bonus paid (default 1).
 * @param [signOnBonus] Sign-on bonus paid in month 1 (default 0).
 * @param [employerLoadPct] Employer taxes and benefits as a fraction of pay (default 0.25).
 * @param [recruitingFeePct] Recruiting fee as a fraction of base, paid in month 1 (default 0).
 * @returns Cash cost of the month.
 */
export function HIRECOST(
  baseSalary: number,
  month: number,
  annualRaise?: number,
  targetBonusPct?: number,
  bonusPayoutPct?: number,
  signOnBonus?: number,
  employerLoadPct?: number,
  recruitingFeePct?: number,
): number {
  return excelResult(() =>
    hireCost(
      baseSalary,
      month,
      annualRaise,
      targetBonusPct,
      bonusPayoutPct,
      signOnBonus,
      employerLoadPct,
      recruitingFeePct,
    ),
  );
}
