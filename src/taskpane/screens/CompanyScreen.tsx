import { NumberListField } from '../components/Fields.js';
import { NumberFieldGrid, type GridNumber } from '../components/NumberFieldGrid.js';
import { Section } from '../components/Section.js';

/** Cash and operations (under `company`). */
const OPERATIONS: readonly GridNumber[] = [
  { key: 'cash', label: 'Cash today', unit: '$' },
  { key: 'monthlyRevenue', label: 'Monthly revenue', unit: '$' },
  { key: 'revenueGrowthMonthly', label: 'Revenue growth / month', kind: 'percent' },
  { key: 'grossMargin', label: 'Gross margin', kind: 'percent' },
  { key: 'monthlyOpex', label: 'Monthly opex', unit: '$', hint: 'before this hire' },
  { key: 'opexGrowthMonthly', label: 'Opex growth / month', kind: 'percent' },
];

/** The cap table (under `company`). */
const CAP_TABLE: readonly GridNumber[] = [
  { key: 'fullyDilutedShares', label: 'Fully diluted shares' },
  { key: 'unallocatedPoolShares', label: 'Unallocated pool', hint: 'shares' },
  { key: 'preferredPrice', label: 'Preferred price', unit: '$' },
  { key: 'fmv409a', label: '409A fair market value', unit: '$' },
];

/** The horizons (at the top of the document). */
const HORIZONS: readonly GridNumber[] = [
  { key: 'horizonMonths', label: 'Schedule horizon (months)' },
  { key: 'runwayHorizonMonths', label: 'Runway horizon (months)' },
];

/** The cost of a miss (under `missCost`). */
const MISS_COST: readonly GridNumber[] = [
  { key: 'idleComputeMonthly', label: 'Idle compute / month', unit: '$' },
  { key: 'timeToFillDays', label: 'Time to refill (days)' },
  { key: 'roadmapDelayCostPerDay', label: 'Roadmap delay / day', unit: '$' },
];

/** Company: cash, revenue, costs, cap table, horizons and the cost of a miss. */
export function CompanyScreen() {
  return (
    <>
      <Section title="Cash and operations">
        <NumberFieldGrid under={['company']} fields={OPERATIONS} />
      </Section>
      <Section title="Cap table">
        <NumberFieldGrid under={['company']} fields={CAP_TABLE} />
      </Section>
      <Section title="Horizons and exits">
        <NumberFieldGrid under={[]} fields={HORIZONS}>
          <NumberListField
            path={['exitPrices']}
            label="Exit prices per share"
            hint="e.g. 2, 4, 12"
            wide
          />
        </NumberFieldGrid>
      </Section>
      <Section
        title="Cost of a miss"
        note="What a wrong hire costs if it is found at each checkpoint, and what an early checkpoint saves."
      >
        <NumberFieldGrid under={['missCost']} fields={MISS_COST}>
          <NumberListField
            path={['missCost', 'detectAtMonths']}
            label="Checkpoints (months)"
            hint="e.g. 2, 9"
          />
        </NumberFieldGrid>
      </Section>
    </>
  );
}
