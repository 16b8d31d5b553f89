import { FieldGrid, NumberField, NumberListField } from '../components/Fields.js';
import { Section } from '../components/Section.js';

/** Company: cash, revenue, costs, cap table, horizons and the cost of a miss. */
export function CompanyScreen() {
  const c = ['company'] as const;
  const m = ['missCost'] as const;
  return (
    <>
      <Section title="Cash and operations">
        <FieldGrid>
          <NumberField path={[...c, 'cash']} label="Cash today" unit="$" />
          <NumberField path={[...c, 'monthlyRevenue']} label="Monthly revenue" unit="$" />
          <NumberField
            path={[...c, 'revenueGrowthMonthly']}
            label="Revenue growth / month"
            kind="percent"
          />
          <NumberField path={[...c, 'grossMargin']} label="Gross margin" kind="percent" />
          <NumberField
            path={[...c, 'monthlyOpex']}
            label="Monthly opex"
            unit="$"
            hint="before this hire"
          />
          <NumberField
            path={[...c, 'opexGrowthMonthly']}
            label="Opex growth / month"
            kind="percent"
          />
        </FieldGrid>
      </Section>
      <Section title="Cap table">
        <FieldGrid>
          <NumberField path={[...c, 'fullyDilutedShares']} label="Fully diluted shares" />
          <NumberField
            path={[...c, 'unallocatedPoolShares']}
            label="Unallocated pool"
            hint="shares"
          />
          <NumberField path={[...c, 'preferredPrice']} label="Preferred price" unit="$" />
          <NumberField path={[...c, 'fmv409a']} label="409A fair market value" unit="$" />
        </FieldGrid>
      </Section>
      <Section title="Horizons and exits">
        <FieldGrid>
          <NumberField path={['horizonMonths']} label="Schedule horizon (months)" />
          <NumberField path={['runwayHorizonMonths']} label="Runway horizon (months)" />
          <NumberListField
            path={['exitPrices']}
            label="Exit prices per share"
            hint="e.g. 2, 4, 12"
            wide
          />
        </FieldGrid>
      </Section>
      <Section
        title="Cost of a miss"
        note="What a wrong hire costs if it is found at each checkpoint, and what an early checkpoint saves."
      >
        <FieldGrid>
          <NumberField path={[...m, 'idleComputeMonthly']} label="Idle compute / month" unit="$" />
          <NumberField path={[...m, 'timeToFillDays']} label="Time to refill (days)" />
          <NumberField
            path={[...m, 'roadmapDelayCostPerDay']}
            label="Roadmap delay / day"
            unit="$"
          />
          <NumberListField
            path={[...m, 'detectAtMonths']}
            label="Checkpoints (months)"
            hint="e.g. 2, 9"
          />
        </FieldGrid>
      </Section>
    </>
  );
}
