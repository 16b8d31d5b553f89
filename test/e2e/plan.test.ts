import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { handHires, planRunwayDaysByHand, type HandCompany } from './plan-by-hand.js';
import {
  ARTIFACTS,
  AXE_SOURCE,
  ROOT,
  axeSeriousOrCritical,
  chooseCsv,
  openPane,
  paneSuite,
  protectedExcelOfficeJs,
  sidewaysScroll,
  type Pane,
} from './support.js';

/**
 * Plan mode (docs/addin.md) in real Chromium on the production build, standalone, 350 px wide.
 * Expected runways come from plan-by-hand.ts, an independent reading of docs/model.md §10 that
 * imports nothing from src/ — never from the pane's own engine.
 */

type Json = Record<string, unknown>;
const DEFAULT_PLAN = JSON.parse(
  readFileSync(path.join(ROOT, 'templates/plans/default-plan.json'), 'utf8'),
) as Json & { hires: Json[]; company: Record<string, number> };
const company = Object.fromEntries(
  Object.entries(DEFAULT_PLAN.company).map(([k, v]) => [k, String(v)]),
) as unknown as HandCompany;
const R = DEFAULT_PLAN.runwayHorizonMonths as number;

const panes = paneSuite({ eachTest: false });
let page: Page;
let pane: Pane;

beforeAll(async () => {
  pane = await panes.open();
  page = pane.page;
});

const byId = (id: string) => page.locator(`[data-testid="${id}"]:visible`);

async function waitForText(testId: string, expected: string) {
  await page.waitForFunction(
    ([id, want]) =>
      [...document.querySelectorAll(`[data-testid="${id}"]`)].some(
        (e) => e.textContent?.trim() === want,
      ),
    [testId, expected] as const,
  );
}

async function planTab(id: string) {
  await byId(`plan-tab-${id}`).click();
}

describe('Plan mode in Chromium (production build, standalone, 350 px)', () => {
  it('opens on the default plan; adding a hire and changing its base moves the runway to the by-hand figure', async () => {
    await page.getByTestId('mode-plan').first().click();
    await byId('plan-host-mode').filter({ hasText: 'Standalone' }).waitFor();
    // The embedded default plan: eight hires.
    await byId('hire-7').waitFor();
    expect(await page.locator('[data-testid^="hire-"][data-testid$="-toggle"]').count()).toBe(8);
    const hires = handHires(DEFAULT_PLAN);
    const days0 = planRunwayDaysByHand(company, hires, R);
    expect(days0).not.toBeNull();
    await planTab('results');
    await waitForText('plan-runway-days-planExpected', String(days0));
    // The plan engine runs in its Web Worker (its own chunk), not on the pane's main thread.
    expect(await byId('plan-live-summary').getAttribute('data-engine')).toBe('worker');
    expect(pane.requests.some((u) => /\/plan-engine\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    await byId('plan-chart').locator('svg').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-results-default.png') });

    // Add a hire: a copy of the last hire's terms (cash-heavy, $170,000), starting a month later.
    await planTab('hires');
    await byId('add-hire').click();
    await byId('hire-8-base-salary').waitFor();
    const last = hires[hires.length - 1]!;
    const added = { ...last, startMonth: last.startMonth + 1 };
    const days1 = planRunwayDaysByHand(company, [...hires, added], R);
    expect(days1).not.toBe(days0);
    await planTab('results');
    await waitForText('plan-runway-days-planExpected', String(days1));

    // Change the new hire's base salary: the runway follows.
    await planTab('hires');
    await byId('hire-8-toggle').click();
    await byId('hire-8-base-salary').fill('260000');
    const days2 = planRunwayDaysByHand(company, [...hires, { ...added, baseSalary: '260000' }], R);
    expect(days2).not.toBe(days1);
    await planTab('results');
    await waitForText('plan-runway-days-planExpected', String(days2));
    // The baseline does not depend on the hires.
    await waitForText('plan-runway-days-baseline', String(planRunwayDaysByHand(company, [], R)));
    await byId('plan-chart').locator('svg').first().waitFor();
  });

  it('a bad value is named at its plan path and nothing is lost; the last valid result stays', async () => {
    await planTab('hires');
    const field = byId('hire-8-base-salary');
    if (!(await field.isVisible())) await byId('hire-8-toggle').click();
    await field.fill('26O000');
    await byId('plan-problems')
      .filter({ hasText: 'hires[8].offer.baseSalary: must be a number, got "26O000"' })
      .waitFor();
    expect(await field.inputValue()).toBe('26O000');
    await field.fill('260000');
    await byId('plan-problems').waitFor({ state: 'detached' });
  });

  it('imports a hires CSV: a bad cell is named by line and column and nothing is replaced; a good file is previewed, then used', async () => {
    await planTab('hires');
    // The same two hires, Ben Cho's base salary as given (a typed letter O, then as an ATS
    // exports it).
    const hiresCsv = (benBase: string) => [
      'candidate,role,level,location,bandRole,bandLevel,bandLocation,startMonth,baseSalary,template',
      'Ada Park,ML Engineer,Senior,US,Data Scientists,All,US,1,150000,earned-equity',
      `Ben Cho,Data Engineer,Senior,US,Software Developers,All,US,3,${benBase},cash-heavy`,
    ];
    await chooseCsv(page, 'hires-file', 'ats.csv', hiresCsv('15O000'));
    const errors = byId('hires-csv-errors');
    await errors.waitFor();
    const errText = (await errors.textContent()) ?? '';
    expect(errText).toContain('ats.csv was not imported');
    expect(errText).toContain('line 3, column 9 (baseSalary)');
    // Nothing replaced: still nine hires.
    expect(await page.locator('[data-testid$="-toggle"][data-testid^="hire-"]').count()).toBe(9);

    await chooseCsv(page, 'hires-file', 'ats.csv', hiresCsv('"$160,000"'));
    const preview = byId('hires-csv-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Ben Cho');
    await byId('use-hires').click();
    await byId('hire-1').waitFor();
    expect(await page.locator('[data-testid$="-toggle"][data-testid^="hire-"]').count()).toBe(2);

    const templates = DEFAULT_PLAN.templates as Record<string, Json>;
    const two = handHires({
      templates,
      hires: [
        {
          startMonth: 1,
          template: 'earned-equity',
          offer: { baseSalary: 150000 },
        },
        { startMonth: 3, template: 'cash-heavy', offer: { baseSalary: 160000 } },
      ],
    });
    await planTab('results');
    await waitForText(
      'plan-runway-days-planExpected',
      String(planRunwayDaysByHand(company, two, R)),
    );
  });

  it('"Offer sheets for all hires" (standalone) downloads the plan workbook: one Offer Sheet per hire, print areas set', async () => {
    const download = page.waitForEvent('download');
    await byId('plan-offer-sheets').click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/-plan\.xlsx$/);
    const dir = path.join(tmpdir(), `offer-runway-plan-e2e-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    await byId('plan-notice').filter({ hasText: 'one Offer Sheet per hire' }).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const offers = wb.worksheets.filter((w) => w.name.startsWith('Offer '));
    expect(offers.map((w) => w.name)).toEqual(['Offer 1 – Ada Park', 'Offer 2 – Ben Cho']);
    for (const w of offers) expect(w.pageSetup.printArea, w.name).toBeTruthy();
  });

  it('a 50-hire plan: the result equals the by-hand figure; the main thread stays free while it recomputes', async () => {
    await planTab('hires');
    const header =
      'candidate,role,level,location,bandRole,bandLevel,bandLocation,startMonth,baseSalary,template';
    const rows = Array.from({ length: 50 }, (_, i) => {
      const tpl = i % 3 === 0 ? 'cash-heavy' : 'earned-equity';
      const band = i % 2 ? 'Software Developers' : 'Data Scientists';
      return `Hire ${i + 1},ML Engineer,Senior,US,${band},All,US,${(i % 24) + 1},${140000 + 1000 * i},${tpl}`;
    });
    await chooseCsv(page, 'hires-file', 'fifty.csv', [header, ...rows]);
    const templates = DEFAULT_PLAN.templates as Record<string, Json>;
    const planOf = (bump: number) =>
      handHires({
        templates,
        hires: rows.map((r, i) => {
          const c = r.split(',');
          return {
            startMonth: Number(c[7]),
            template: c[9],
            offer: { baseSalary: Number(c[8]) + (i === 0 ? bump : 0) },
          };
        }),
      });
    // 50 hires × 3 margin points (earned-equity) or 2 (cash-heavy) would pass 100 % gross margin:
    // the import is refused at the hires, naming the sum, and nothing is replaced.
    const errors = byId('hires-csv-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain("the hires' margin gains add up to");
    // Lower the templates' margin gain to 0.5 points, then import again.
    await planTab('templates');
    for (const t of ['earned-equity', 'cash-heavy']) {
      await byId('template-picker').selectOption(t);
      await page.locator('[data-path="offer.marginGain.points"]:visible').fill('0.5');
    }
    for (const t of Object.values(templates)) (t.marginGain as Json).points = 0.5;
    await planTab('hires');
    await chooseCsv(page, 'hires-file', 'fifty.csv', [header, ...rows]);
    await byId('use-hires').click();
    await byId('hire-49').waitFor();
    await planTab('results');
    await waitForText(
      'plan-runway-days-planExpected',
      String(planRunwayDaysByHand(company, planOf(0), R)),
    );
    // Edit a base salary and watch the main thread while the worker recomputes (measured and
    // printed, not asserted: timing belongs to the benchmarks).
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await planTab('hires');
    await byId('hire-0-toggle').click();
    await page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
    });
    const after = planRunwayDaysByHand(company, planOf(400000 - 140000), R);
    const t0 = Date.now();
    await byId('hire-0-base-salary').fill('400000');
    // The live line over the tabs follows, without leaving the Hires screen.
    await byId('plan-live-summary')
      .filter({ hasText: `(expected): ${after} days` })
      .waitFor();
    const ms = Date.now() - t0;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(
      `50-hire plan: runway updated ${ms} ms after the edit (0.2 s debounce included); longest main-thread task meanwhile ${longest.toFixed(0)} ms`,
    );
    await planTab('results');
    await waitForText('plan-runway-days-planExpected', String(after));
  });

  it('inside Excel: restores the plan saved in the workbook; an Office.js error becomes a readable message', async () => {
    const saved = JSON.parse(JSON.stringify(DEFAULT_PLAN)) as typeof DEFAULT_PLAN;
    (saved.hires[0]!.offer as Json).baseSalary = 123456;
    const setting = JSON.stringify({
      format: 'offer-runway/plan',
      schema: 2,
      savedAt: '2026-11-30T10:00:00.000Z',
      plan: saved,
    });
    // A stand-in office.js: an Excel host whose settings hold the plan and whose workbook calls
    // fail the way Office.js does when the workbook is protected.
    const officeJs = protectedExcelOfficeJs({
      key: 'offerRunway.plan',
      saved: setting,
      background: '#ffffff',
      debugInfo: { message: 'The sheet is protected.' },
    });
    const { context: ctx, page: p } = await openPane(panes.browser, panes.origin, {
      officeJs,
      mode: 'Excel',
    });
    try {
      await p.getByTestId('mode-plan').first().click();
      await p
        .locator('[data-testid="plan-notice"]:visible')
        .filter({ hasText: 'Restored the plan saved in this workbook' })
        .waitFor();
      await p.locator('[data-testid="hire-0-toggle"]:visible').click();
      await p.waitForFunction(
        () =>
          (document.querySelector('[data-testid="hire-0-base-salary"]') as HTMLInputElement)
            ?.value === '123,456',
      );
      await p.getByRole('button', { name: 'Build plan in workbook' }).click();
      const notice = p
        .locator('[data-testid="plan-notice"]:visible')
        .filter({ hasText: 'Build plan in workbook failed' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain(
        'You cannot perform the requested operation. (The sheet is protected.)',
      );
    } finally {
      await ctx.close();
    }
  });

  it('every Plan screen fits 350 px (no sideways scrolling) and passes axe (no serious or critical)', async () => {
    await page.addScriptTag({ content: AXE_SOURCE });
    for (const id of ['hires', 'templates', 'company', 'market', 'results']) {
      await planTab(id);
      if (id === 'hires') await byId('hire-0-toggle').click();
      if (id === 'results') await byId('plan-chart').locator('svg').first().waitFor();
      expect(await sidewaysScroll(page), id).toBe(0);
      expect(await axeSeriousOrCritical(page), id).toEqual([]);
      if (id === 'results' || id === 'hires')
        await page.screenshot({ path: path.join(ARTIFACTS, `plan-${id}.png`), fullPage: true });
    }
    expect(pane.consoleErrors).toEqual([]);
  });
});
