/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Valid hiring plans (schema 2) for the plan workbook's parity test, from the schema-1 scenario
 * arbitrary: each hire a complete offer (options strike at the plan's 409A) with its own start
 * month and band row; margin gains scaled so that the plan stays under 100 % gross margin.
 */
import fc from 'fast-check';
import { scenarioInput } from './generate.js';

export /** Plans of 2..5 hires from the schema-1 arbitrary: each hire a complete offer, its own start. */
function generatedPlans(count: number, seed: number): { label: string; text: string }[] {
  const docs = fc.sample(
    fc.record({
      offers: fc.array(scenarioInput, { minLength: 2, maxLength: 5 }),
      starts: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 5, maxLength: 5 }),
    }),
    { numRuns: count, seed },
  );
  return docs.map(({ offers, starts }, i) => {
    const first = offers[0] as Record<string, any>;
    const R = first.runwayHorizonMonths as number;
    const room = Math.floor(((100 - 100 * first.company.grossMargin) / offers.length) * 100) / 100;
    const hires = offers.map((s: Record<string, any>, h) => {
      const offer = { ...s.offer };
      if (offer.marginGain)
        offer.marginGain = { ...offer.marginGain, points: Math.min(offer.marginGain.points, room) };
      // Options keep the plan's 409A as their strike (the company is the first scenario's).
      if (offer.equity.instrument === 'option')
        offer.equity = { ...offer.equity, strike: first.company.fmv409a };
      if (offer.refresh) offer.refresh = { ...offer.refresh, strike: first.company.fmv409a };
      return {
        startMonth: Math.min(R, starts[h] as number),
        offer,
        market: { role: s.market.role, level: 'All', location: 'US' },
      };
    });
    const doc = {
      schema: 2,
      name: `Generated plan ${i + 1}`,
      currency: 'USD',
      startDate: '2027-03-31',
      horizonMonths: first.horizonMonths,
      runwayHorizonMonths: R,
      company: first.company,
      market: { bandSet: 'bls-oews-2024', compareAt: first.market.compareAt },
      exitPrices: first.exitPrices,
      hires,
    };
    return { label: `generated plan ${i + 1}`, text: JSON.stringify(doc) };
  });
}
