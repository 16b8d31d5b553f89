/**
 * The inputs the e2e by-hand models read (runway-by-hand.ts, plan-by-hand.ts, packages-by-hand.ts),
 * as decimal strings the way a user types them.
 */

/** The company of §3.2: cash, revenue and opex with their monthly growth, gross margin. */
export interface HandCompany {
  cash: string;
  monthlyRevenue: string;
  revenueGrowthMonthly: string;
  grossMargin: string;
  monthlyOpex: string;
  opexGrowthMonthly: string;
}

/** An offer's cash terms (§3.3). */
export interface HandCashTerms {
  baseSalary: string;
  annualRaise: string;
  targetBonusPct: string;
  bonusPayoutPct: string;
  signOnBonus: string;
  employerLoadPct: string;
  recruitingFeePct: string;
}

/** The margin gain of §3.4 (null: none). */
export type HandGain = {
  points: string;
  startMonth: number;
  fullMonth: number;
  probability: string;
} | null;
