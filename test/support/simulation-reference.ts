/**
 * An independent reading of docs/model.md §11 for tests: enumerate every outcome of the counted
 * events, build each path's cash, gain, grants and candidate values month by month in decimal
 * arithmetic straight from the §3 rules, and take the statistics with exact decimal
 * probabilities. Slow and simple on purpose; it shares only the §3 rule functions with the engine.
 */
import DecimalJs from 'decimal.js';
import { gainHit, grossProfit } from '../../src/model/company.js';
import { DPM, Decimal, ZERO, ceil, max, min, round } from '../../src/model/decimal.js';
import {
  initialGrantShares,
  marginMeasurements,
  milestoneGrantMonth,
  sizePrice,
} from '../../src/model/grants.js';
import { hireCostSchedule } from '../../src/model/hire-cost.js';
import { runwayFrom } from '../../src/model/runway.js';
import type { Scenario } from '../../src/model/scenario.js';
import type { SimulationInput } from '../../src/model/simulation/index.js';
import { sharesForValue, vestedShares } from '../../src/model/vesting.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
// Probabilities of up to 20 events multiply to more than 60 digits: exact at 400.
const P = DecimalJs.clone({ precision: 400, rounding: DecimalJs.ROUND_HALF_UP });
type Pd = InstanceType<typeof P>;

interface Seat {
  start: number;
  /** [grant month in hire months, shares, strike, schedule] per grant that exists (plan month ≤ H). */
  initial: { month: number; shares: Decimal } | null;
  milestones: ({ month: number; shares: Decimal } | null)[];
  margin: { month: number; shares: Decimal }[];
}

export function referenceSimulation(input: SimulationInput): any {
  const R = input.runwayHorizonMonths;
  const H = input.horizonMonths;
  const c = input.company;
  const dEarly = Math.min(...input.detectAtMonths);
  const dLate = Math.max(...input.detectAtMonths);
  const checkpoints = dEarly === dLate ? [dEarly] : [dEarly, dLate];
  const fill = ceil(new Decimal(input.timeToFillDays).div(DPM)).toNumber();
  const rev = Array.from({ length: R }, (_, i) =>
    round(c.monthlyRevenue.times(c.revenueGrowthMonthly.plus(1).pow(i)), 2),
  );
  const opex = Array.from({ length: R }, (_, i) =>
    round(c.monthlyOpex.times(c.opexGrowthMonthly.plus(1).pow(i)), 2),
  );

  // Events, as §11 counts them.
  const events: Decimal[] = [];
  const random = (p: Decimal) => p.greaterThan(0) && p.lessThan(1);
  const ref = (p: Decimal) => {
    if (!random(p)) return p.greaterThanOrEqualTo(1) ? 'yes' : 'no';
    events.push(p);
    return events.length - 1;
  };
  const hires = input.hires.map((h) => {
    const o = h.offer;
    const ms = o.refresh?.milestones ?? [];
    const miss = ref(o.missProbability);
    const milestones = ms.map((m) => ref(m.probability));
    const gain = o.marginGain ? ref(o.marginGain.probability) : 'no';
    const canMiss = o.missProbability.greaterThan(0);
    const replMilestones = ms.map((m) => (canMiss ? ref(m.probability) : 'no'));
    const replGain = canMiss && o.marginGain ? ref(o.marginGain.probability) : 'no';
    const seat = (start: number): Seat => {
      const hH = H - (start - 1);
      const scenarioLike = { offer: o, company: c } as unknown as Scenario;
      const price = sizePrice(scenarioLike);
      return {
        start,
        initial: hH >= 0 ? { month: 0, shares: initialGrantShares(scenarioLike) } : null,
        milestones: ms.map((m) => {
          const g = milestoneGrantMonth(m.dueDay);
          return hH >= 0 && g <= hH ? { month: g, shares: sharesForValue(m.value, price) } : null;
        }),
        margin:
          o.refresh?.margin && hH >= 0
            ? marginMeasurements(o.marginGain, o.refresh.margin, hH, price).map((q) => ({
                month: q.month,
                shares: q.shares,
              }))
            : [],
      };
    };
    const terms = (base: Decimal) =>
      hireCostSchedule({ ...o, baseSalary: base }, R).map((m) => m.hireCash);
    return {
      h,
      miss,
      milestones,
      gain,
      replMilestones,
      replGain,
      seat,
      cash: [o.baseSalary, ...input.compareAt.map((p) => h.bandValues[p])].map(terms),
    };
  });

  const n = events.length;
  const outcomes: { prob: Pd; per: any }[] = [];
  for (let o = 0; o < 2 ** n; o++) {
    let prob = new P(1);
    const bit = (r: number | string) =>
      typeof r === 'number' ? Math.floor(o / 2 ** r) % 2 === 1 : r === 'yes';
    for (let e = 0; e < n; e++) {
      const p = new P(events[e]!.toString());
      prob = prob.times(bit(e) ? p : new P(1).minus(p));
    }
    const perCheckpoint = checkpoints.map((d) => {
      const days: (number | null)[] = [];
      for (let v = 0; v < 1 + input.compareAt.length; v++) {
        const cash: Decimal[] = [c.cash];
        const burn: Decimal[] = [];
        for (let k = 1; k <= R; k++) {
          let hc = ZERO;
          let g = ZERO;
          for (const x of hires) {
            const s = x.h.startMonth;
            const j = k - s + 1;
            const missed = bit(x.miss as any);
            if (j >= 1 && (!missed || j <= d)) hc = hc.plus(x.cash[v]![j - 1]!);
            if (!missed && bit(x.gain as any)) g = g.plus(gainHit(x.h.offer.marginGain, j));
            const rs = s - 1 + d + fill + 1;
            if (missed && rs <= R && k >= rs) {
              hc = hc.plus(x.cash[v]![k - rs]!);
              if (bit(x.replGain as any)) g = g.plus(gainHit(x.h.offer.marginGain, k - rs + 1));
            }
          }
          const nb = opex[k - 1]!.plus(hc).minus(grossProfit(rev[k - 1]!, c.grossMargin, g));
          burn.push(nb);
          cash.push(cash[k - 1]!.minus(nb));
        }
        days.push(runwayFrom(cash, burn, input.startDate).days);
      }
      // Granted shares.
      let granted = ZERO;
      for (const x of hires) {
        const s = x.h.startMonth;
        const seat = x.seat(s);
        if (!bit(x.miss as any)) {
          if (seat.initial) granted = granted.plus(seat.initial.shares);
          seat.milestones.forEach((m, i) => {
            if (m && bit(x.milestones[i] as any)) granted = granted.plus(m.shares);
          });
          if (bit(x.gain as any)) for (const m of seat.margin) granted = granted.plus(m.shares);
        } else {
          if (seat.initial)
            granted = granted.plus(vestedShares(seat.initial.shares, x.h.offer.equity.schedule, d));
          const rs = s - 1 + d + fill + 1;
          if (rs <= R) {
            const r = x.seat(rs);
            if (r.initial) granted = granted.plus(r.initial.shares);
            r.milestones.forEach((m, i) => {
              if (m && bit(x.replMilestones[i] as any)) granted = granted.plus(m.shares);
            });
            if (bit(x.replGain as any)) for (const m of r.margin) granted = granted.plus(m.shares);
          }
        }
      }
      const topUp = max(ZERO, granted.minus(c.unallocatedPoolShares));
      const dilution = granted.div(c.fullyDilutedShares.plus(topUp));
      return { days, granted, dilution };
    });
    // Candidate values, earliest checkpoint, the original hire.
    const values = hires.map((x) =>
      input.exitPrices.map((price) => {
        const s = x.h.startMonth;
        const seat = x.seat(s);
        const e = x.h.offer.equity;
        const rf = x.h.offer.refresh;
        const held: [Decimal, Decimal][] = []; // [vested at H, strike]
        const at = (month: number) => H - (s - 1 + month);
        if (bit(x.miss as any)) {
          if (seat.initial)
            held.push([
              vestedShares(
                seat.initial.shares,
                e.schedule,
                min(new Decimal(at(0)), new Decimal(dEarly)).toNumber(),
              ),
              e.strike,
            ]);
        } else {
          if (seat.initial)
            held.push([vestedShares(seat.initial.shares, e.schedule, at(0)), e.strike]);
          seat.milestones.forEach((m, i) => {
            if (m && rf && bit(x.milestones[i] as any))
              held.push([vestedShares(m.shares, rf.schedule, at(m.month)), rf.strike]);
          });
          if (bit(x.gain as any) && rf)
            for (const m of seat.margin)
              held.push([vestedShares(m.shares, rf.schedule, at(m.month)), rf.strike]);
        }
        let total = ZERO;
        for (const [v, k] of held) total = total.plus(v.times(max(ZERO, price.minus(k))));
        return round(total, 2);
      }),
    );
    outcomes.push({ prob, per: { perCheckpoint, values } });
  }

  // Statistics with exact probabilities.
  const BEYOND = Infinity;
  const quantiles = <T>(pick: (o: any) => T, key: (t: T) => number | Decimal) => {
    const xs = outcomes.map((o) => ({ v: pick(o.per), p: o.prob }));
    const num = (t: T) => {
      const k = key(t);
      return typeof k === 'number' ? new Decimal(k === BEYOND ? '1e300' : k) : k;
    };
    xs.sort((a, b) => num(a.v).cmp(num(b.v)));
    const out: Record<string, T> = {};
    for (const [name, q] of [
      ['p10', '0.1'],
      ['p50', '0.5'],
      ['p90', '0.9'],
    ] as const) {
      let cum = new P(0);
      for (let i = 0; i < xs.length; i++) {
        cum = cum.plus(xs[i]!.p);
        const next = xs[i + 1];
        if (next && num(next.v).equals(num(xs[i]!.v))) continue;
        if (cum.greaterThanOrEqualTo(q)) {
          out[name] = xs[i]!.v;
          break;
        }
      }
    }
    return out;
  };
  const prob4 = (pred: (o: any) => boolean) => {
    let m = new P(0);
    for (const o of outcomes) if (pred(o.per)) m = m.plus(o.prob);
    return m.toFixed(4, DecimalJs.ROUND_HALF_UP);
  };
  const runwayStats = (ci: number, v: number) => {
    const q = quantiles(
      (o) => o.perCheckpoint[ci].days[v] as number | null,
      (d) => (d === null ? BEYOND : d),
    );
    return {
      p10: q.p10,
      p50: q.p50,
      p90: q.p90,
      beyondR: prob4((o) => o.perCheckpoint[ci].days[v] === null),
    };
  };
  const beyond = (d: number | null) => (d === null ? BEYOND : d);
  return {
    method: 'exact',
    paths: 2 ** n,
    seed: null,
    checkpoints: Object.fromEntries(
      checkpoints.map((d, ci) => {
        const g = quantiles(
          (o) => o.perCheckpoint[ci].granted as Decimal,
          (x) => x,
        );
        const dil = quantiles(
          (o) => o.perCheckpoint[ci].dilution as Decimal,
          (x) => x,
        );
        return [
          String(d),
          {
            plan: runwayStats(ci, 0),
            market: Object.fromEntries(input.compareAt.map((p, i) => [p, runwayStats(ci, i + 1)])),
            pBeatsMarket: Object.fromEntries(
              input.compareAt.map((p, i) => [
                p,
                prob4(
                  (o) =>
                    beyond(o.perCheckpoint[ci].days[0]) >= beyond(o.perCheckpoint[ci].days[i + 1]),
                ),
              ]),
            ),
            grantedShares: {
              p10: g.p10!.toNumber(),
              p50: g.p50!.toNumber(),
              p90: g.p90!.toNumber(),
            },
            dilution: {
              p10: dil.p10!.toFixed(6),
              p50: dil.p50!.toFixed(6),
              p90: dil.p90!.toFixed(6),
            },
          },
        ];
      }),
    ),
    hires: hires.map((_, h) => ({
      candidateValue: Object.fromEntries(
        input.exitPrices.map((price, pi) => {
          const q = quantiles(
            (o) => o.values[h][pi] as Decimal,
            (x) => x,
          );
          return [
            price.toFixed(2),
            { p10: q.p10!.toFixed(2), p50: q.p50!.toFixed(2), p90: q.p90!.toFixed(2) },
          ];
        }),
      ),
    })),
  };
}
