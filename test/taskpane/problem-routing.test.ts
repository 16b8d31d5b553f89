import { expect, it } from 'vitest';
import { planScreenOf } from '../../src/taskpane/plan/plan-problems.js';
import { screenOf } from '../../src/taskpane/problems.js';

/**
 * Where a problem's path sends the user: the screen that holds the field. Each row is written by
 * hand from the screens' contents (docs/addin.md), not read from the registry.
 */

it.each([
  ...[
    ['offer.baseSalary', 'offer'],
    ['offer', 'offer'],
    ['(top level)', 'offer'],
    ['offer.refresh', 'refresh'],
    ['offer.refresh.milestones[1].probability', 'refresh'],
    ['offer.marginGain.points', 'refresh'],
    ['missCost', 'company'],
    ['missCost.detectAtMonths[0]', 'company'],
    ['market', 'market'],
    ['packages', 'packages'],
    ['packages[2].equity.cliffMonths', 'packages'],
    ['offer.missProbability', 'risk'],
  ].map(([path, screen]) => ['offer', path!, screen!] as const),
  ...[
    ['hires', 'hires'],
    ['hires[1].offer.baseSalary', 'hires'],
    ['hires[3].offer.baseSalary', 'hires'],
    ['hires[1].startMonth', 'hires'],
    ['templates.cash-heavy.signOnBonus', 'templates'],
    ['templates.earned-equity.equity.shares', 'templates'],
    ['market.bandSet', 'market'],
    ['market.compareAt', 'market'],
    ['company.cash', 'company'],
    // a miss probability, of a hire or of a template, is set on the Risk view
    ['hires[1].offer.missProbability', 'risk'],
    ['templates.earned-equity.missProbability', 'risk'],
  ].map(([path, screen]) => ['plan', path!, screen!] as const),
])('%s mode: %s → %s', (mode, path, screen) => {
  expect((mode === 'plan' ? planScreenOf : screenOf)(path)).toBe(screen);
});
