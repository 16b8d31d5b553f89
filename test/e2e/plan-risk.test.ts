import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AXE_SOURCE, ROOT, axeSeriousOrCritical, paneSuite, sidewaysScroll } from './support.js';

/**
 * Plan mode's Risk view (docs/addin.md, docs/model.md §11 on a plan) in real Chromium on the
 * production build, standalone, 350 px wide. The pane's figures are checked against the CLI run
 * as a separate process (`offer-runway model <plan> --simulate --json`) on the plan the pane
 * saves, with the same method, paths and seed.
 */

const suite = paneSuite({ eachTest: true });

type Stats = { p10: number | null; p50: number | null; p90: number | null; beyondR: string };
interface CliCheckpoint {
  plan: Stats;
  market: Record<string, Stats>;
  pBeatsMarket: Record<string, string | null>;
}

const visible = (page: Page, id: string) => page.locator(`[data-testid="${id}"]:visible`);
const text = async (page: Page, id: string) =>
  ((await visible(page, id).textContent()) ?? '').trim();
/** As the pane writes runway days: grouped, or "> R mo" beyond the horizon. */
const daysText = (d: number | null, R: number) =>
  d === null ? `> ${R} mo` : d.toLocaleString('en-US');
const pct = (p: string) => `${(Number(p) * 100).toFixed(1)}%`;
const signedDays = (n: number | null) =>
  n === null
    ? 'nothing measurable (beyond the horizon)'
    : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;

/** The CLI's simulation of a plan file, run as its own process. */
function cliSimulation(file: string, paths: number, seed: number) {
  const out = execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'bin/offer-runway.js'),
      'model',
      file,
      '--simulate',
      '--json',
      '--method',
      'monte-carlo',
      '--paths',
      String(paths),
      '--seed',
      String(seed),
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  ).toString('utf8');
  const doc = JSON.parse(out) as {
    runwayHorizonMonths?: number;
    simulation: {
      method: string;
      paths: number;
      seed: number;
      checkpoints: Record<string, CliCheckpoint>;
    };
  };
  return doc.simulation;
}

describe('Plan mode Risk in Chromium (production build, standalone, 350 px)', () => {
  it('a Monte Carlo run of the plan agrees with the CLI on the same plan, paths and seed; progress, Cancel, the last result kept; Offer mode keeps its own runs', async () => {
    const { page } = await suite.open();
    await page.getByTestId('mode-plan').first().click();
    await visible(page, 'plan-tab-risk').click();

    // Miss probabilities: template 1 ("earned-equity") 20 %, template 2 ("cash-heavy") 0 % (the
    // default plan gives both 20 %), hire 3 (Jordan Lee, "cash-heavy") 10 % of its own; the
    // others take their template's.
    await visible(page, 'risk-template-0-miss').fill('20');
    await visible(page, 'risk-template-1-miss').fill('0');
    await visible(page, 'risk-hire-2-miss').fill('10');
    expect(await visible(page, 'risk-hire-0-miss').getAttribute('placeholder')).toBe(
      '20 % (earned-equity)',
    );
    await visible(page, 'risk-method-select').selectOption('monte-carlo');
    await visible(page, 'risk-paths').fill('5000');
    await visible(page, 'risk-seed').fill('7');
    await visible(page, 'risk-run').click();
    await visible(page, 'risk-method')
      .filter({ hasText: 'Monte Carlo, 5,000 paths, seed 7 (mulberry32)' })
      .waitFor({ timeout: 120_000 });
    expect(await text(page, 'risk-method')).toContain('miss probability 0.0% to 20.0% by hire');
    const misses = await text(page, 'risk-hire-misses');
    for (const m of ['Alex Kim 20.0%', 'Jordan Lee 10.0%', 'Mei Chen 0.0%', 'Tomás Novak 0.0%'])
      expect(misses).toContain(m);
    await visible(page, 'risk-histogram').waitFor();

    // The same plan, saved by the pane, simulated by the CLI in its own process.
    const download = page.waitForEvent('download');
    await visible(page, 'save-plan').click();
    const dir = path.join(tmpdir(), `offer-runway-plan-risk-e2e-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'plan.json');
    await (await download).saveAs(file);
    const sim = cliSimulation(file, 5000, 7);
    expect([sim.method, sim.paths, sim.seed]).toEqual(['monte-carlo', 5000, 7]);
    const R = 120; // the default plan's runwayHorizonMonths
    const months = Object.keys(sim.checkpoints);
    expect(months).toEqual(['2', '9']);
    for (const m of months) {
      const c = sim.checkpoints[m]!;
      await visible(page, `risk-checkpoint-${m}`).click();
      for (const q of ['p10', 'p50', 'p90'] as const) {
        expect(await text(page, `risk-plan-${m}-${q}`), `plan ${q} at month ${m}`).toBe(
          daysText(c.plan[q], R),
        );
        expect(await text(page, `risk-p75-${m}-${q}`), `P75 ${q} at month ${m}`).toBe(
          daysText(c.market.p75![q], R),
        );
      }
      const beats = visible(page, `risk-p75-${m}`).locator('td').last();
      expect((await beats.textContent())?.trim()).toBe(pct(c.pBeatsMarket.p75!));
    }
    // "A month-2 checkpoint (day 61) instead of month 9 is worth …": P50 and P10 of the plan at
    // month 2 minus those at month 9 (day ROUND(2 × 30.4375) = 61).
    const [early, late] = [sim.checkpoints['2']!.plan, sim.checkpoints['9']!.plan];
    const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
    expect(await text(page, 'risk-worth')).toBe(
      `A month-2 checkpoint (day 61) instead of month 9 is worth ${signedDays(diff(early.p50, late.p50))} of runway at the median and ${signedDays(diff(early.p10, late.p10))} at P10.`,
    );
    await page.addScriptTag({ content: AXE_SOURCE });
    expect(await axeSeriousOrCritical(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);

    // A long run (1,000,000 paths, seed 8): progress shows, the seed-7 result stays on screen
    // while it goes, and Cancel stops it with the seed-7 result kept.
    await visible(page, 'risk-paths').fill('1000000');
    await visible(page, 'risk-seed').fill('8');
    await visible(page, 'risk-run').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="risk-progress-text"]')].some((e) =>
        /^[1-9][\d,]* of 1,000,000 paths/.test(e.textContent ?? ''),
      ),
    );
    expect(await visible(page, 'risk-result').isVisible()).toBe(true);
    expect(await text(page, 'risk-method')).toContain('seed 7 (mulberry32)');
    await visible(page, 'risk-cancel').click();
    await visible(page, 'risk-cancelled').waitFor();
    await page.waitForTimeout(1000);
    expect(await text(page, 'risk-method')).toContain('seed 7 (mulberry32)');

    // Offer mode's Risk view has runs of its own: none yet.
    await visible(page, 'mode-offer').click();
    await visible(page, 'tab-risk').click();
    await visible(page, 'risk-run').waitFor();
    expect(await page.getByText('No run yet: press Run simulation.').isVisible()).toBe(true);
  });
});
