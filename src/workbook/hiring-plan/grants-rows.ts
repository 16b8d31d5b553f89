/**
 * One hire's rows on the Grants sheet (docs/model.md §10): which grants it has — the initial
 * grant, every milestone of its refresh program, each margin-refresh measurement — and where
 * they sit in the Gr_* names.
 */
import { ZERO } from '../../model/decimal.js';
import {
  grantsOf,
  marginMeasurements,
  milestoneGrantMonth,
  sizePrice,
  type Grant,
  type MarginMeasurement,
} from '../../model/grants.js';
import type { Milestone, Scenario } from '../../model/scenario.js';
import { GRANTS_ROWS, type HireGrantRows } from './grants-layout.js';

/** One grant row: its grant and, for the hire's own grants, its index in `grantsOf`. */
export type GrantRow = { grant: Grant; ownIndex: number | null } & (
  | { kind: 'initial' }
  | { kind: 'milestone'; milestone: Milestone; milestoneIndex: number }
  | { kind: 'margin'; measurement: MarginMeasurement }
);

type Refresh = NonNullable<Scenario['offer']['refresh']>;

/**
 * The hire's rows: the initial grant, every milestone (one due after month H carries its inputs
 * on a grant of no shares, so it can be edited here), then each margin measurement ≤ H.
 */
export function hireGrantRows(scenario: Scenario, H: number): GrantRow[] {
  const ownGrants = grantsOf(scenario);
  const initial = ownGrants[0] as Grant;
  const refresh = scenario.offer.refresh;
  const rows: GrantRow[] = [{ kind: 'initial', grant: initial, ownIndex: 0 }];
  let next = 1;
  refresh?.milestones.forEach((milestone, milestoneIndex) => {
    const month = milestoneGrantMonth(milestone.dueDay);
    const row = { kind: 'milestone', milestone, milestoneIndex } as const;
    if (month <= H) rows.push({ ...row, grant: ownGrants[next] as Grant, ownIndex: next++ });
    else
      rows.push({
        ...row,
        grant: unmadeMilestone(initial, milestone, month, refresh),
        ownIndex: null,
      });
  });
  if (refresh?.margin) {
    const price = sizePrice(scenario);
    const { marginGain } = scenario.offer;
    for (const measurement of marginMeasurements(marginGain, refresh.margin, H, price))
      rows.push({ kind: 'margin', grant: ownGrants[next] as Grant, measurement, ownIndex: next++ });
  }
  return rows;
}

/** A milestone due after month H: no grant of the hire's, so a grant of no shares on its terms. */
function unmadeMilestone(initial: Grant, milestone: Milestone, month: number, refresh: Refresh) {
  return {
    ...initial,
    kind: 'milestone',
    label: milestone.name,
    month,
    shares: ZERO,
    value: milestone.value,
    weight: milestone.probability,
    strike: refresh.strike,
    grantFairValue: refresh.grantFairValue,
    schedule: refresh.schedule,
  } satisfies Grant;
}

/** Where the hire's rows, from sheet row `first`, sit in the Gr_* names. */
export function hireGrantLayout(rows: GrantRow[], first: number): HireGrantRows {
  const position = (k: number) => first + k - GRANTS_ROWS.firstGrant + 1;
  const layout: HireGrantRows = { first: position(0), ownGrant: [], milestone: [] };
  rows.forEach((row, k) => {
    if (row.ownIndex !== null) layout.ownGrant[row.ownIndex] = position(k);
    if (row.kind === 'milestone') layout.milestone[row.milestoneIndex] = position(k);
  });
  return layout;
}
