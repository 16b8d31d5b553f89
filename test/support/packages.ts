/**
 * Packages (docs/model.md §9) that several tests put beside the default offer, each built afresh
 * so a test may change it. The first three are those of templates/scenarios/packages.json.
 */

/** More cash, less equity: base 185,000, 60,000 shares, no refresh program. */
export const cashHeavyPackage = () => ({
  name: 'Cash-heavy',
  baseSalary: 185000,
  equity: { shares: 60000 },
  refresh: null,
});

/** The offer itself: the package sets nothing of its own. */
export const balancedPackage = () => ({ name: 'Balanced' });

/** Less cash, more equity: base 135,000, no sign-on bonus, 150,000 shares. */
export const earnedEquityPackage = () => ({
  name: 'Earned equity',
  baseSalary: 135000,
  signOnBonus: 0,
  equity: { shares: 150000 },
});

/**
 * RSUs worth 400,000 and a refresh program of the package's own (grant fair value 1): one
 * milestone named `milestone`, due day 90, probability 0.5, worth 20,000; margin shares at 10,000
 * a point, with any further `margin` terms.
 */
export const ownRefreshPackage = (
  name: string,
  milestone: string,
  margin: Record<string, number> = {},
) => ({
  name,
  equity: { instrument: 'rsu', value: 400000 },
  refresh: {
    grantFairValue: 1,
    milestones: [{ name: milestone, dueDay: 90, probability: 0.5, value: 20000 }],
    margin: { valuePerPoint: 10000, ...margin },
  },
});
