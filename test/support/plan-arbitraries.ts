import fc from 'fast-check';
import { scenarioInputArb } from './arbitraries.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The BLS rows the built-in band set holds (docs/model.md §3.6), for the plain references. */
export const BLS_ROWS = {
  'Data Scientists': { p10: 63650, p25: 82630, p50: 112590, p75: 155810, p90: 194410 },
  'Software Developers': { p10: 79850, p25: 103050, p50: 133080, p75: 169000, p90: 211450 },
};

const OWN = ['candidate', 'role', 'level', 'location', 'baseSalary'];

/**
 * Valid schema-2 plans: the company, horizons and market settings of one generated scenario and
 * 1..maxHires hires, each the offer of another generated scenario starting in a random month
 * 1..R; about half of them written as a template plus their own five fields. Gross margin is
 * lowered when the hires' gains would take it above 100 %.
 */
export const planInputArb = (maxHires = 4) =>
  fc
    .record({
      base: scenarioInputArb({ maxHorizon: 36, maxRunway: 96 }),
      hires: fc.array(
        fc.record({
          sc: scenarioInputArb({ maxHorizon: 36, maxRunway: 96 }),
          start: fc.integer({ min: 0, max: 1000 }),
          template: fc.boolean(),
          early: fc.boolean(),
          // An override beyond the five own fields, merged over the template (§9's rules).
          extra: fc.constantFrom('none', 'none', 'shares', 'noRefresh', 'signOn', 'value'),
          extraShares: fc.integer({ min: 0, max: 300_000 }),
        }),
        { minLength: 1, maxLength: maxHires },
      ),
    })
    .map(({ base, hires }) => {
      const R = base.runwayHorizonMonths;
      const templates: Record<string, any> = {};
      const planHires = hires.map((h, i) => {
        const offer: any = { ...h.sc.offer, candidate: `Hire ${i + 1}` };
        // Half the hires start within the schedule horizon so that their grants exist.
        const startMonth = 1 + (h.start % (h.early ? base.horizonMonths : R));
        const market = { role: h.sc.market.role, level: 'All', location: 'US' };
        if (!h.template) return { startMonth, offer, market };
        const name = `template ${i + 1}`;
        templates[name] = Object.fromEntries(
          Object.entries(offer).filter(([k]) => !OWN.includes(k)),
        );
        const own: any = Object.fromEntries(Object.entries(offer).filter(([k]) => OWN.includes(k)));
        if (h.extra === 'shares') own.equity = { shares: h.extraShares };
        if (h.extra === 'value') own.equity = { value: h.extraShares, vestEveryMonths: 1 };
        if (h.extra === 'noRefresh') own.refresh = null;
        if (h.extra === 'signOn') own.signOnBonus = h.extraShares / 10;
        return { startMonth, template: name, offer: own, market };
      });
      const points = hires.reduce((a, h) => a + ((h.sc.offer as any).marginGain?.points ?? 0), 0);
      const company = { ...base.company };
      if (points + 100 * company.grossMargin > 100) company.grossMargin = 0.5;
      const { offer: _o, market, schema: _s, ...rest } = base as any;
      return {
        ...rest,
        schema: 2,
        name: 'Generated plan',
        company,
        market: { bandSet: market.bandSet, compareAt: market.compareAt },
        ...(Object.keys(templates).length ? { templates } : {}),
        hires: planHires,
      };
    });
