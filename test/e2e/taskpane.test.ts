import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recalculateXlsx } from '../support/libreoffice.js';
import { DEFAULT_HAND_SCENARIO, runwayDaysByHand } from './runway-by-hand.js';
import {
  ARTIFACTS,
  AXE_SOURCE,
  NULL_HOST_OFFICE_JS,
  ROOT,
  axeSeriousOrCritical,
  chooseCsv,
  paneSuite,
  protectedExcelOfficeJs,
  sidewaysScroll,
  type PaneOptions,
} from './support.js';

/**
 * The production task pane in real Chromium, standalone (office.js unreachable, as offline),
 * 350 px wide. Expected figures come from an independent implementation of model.md §3
 * (runway-by-hand.ts) or from hand calculation, never from the pane's own code.
 */

const DEFAULT = DEFAULT_HAND_SCENARIO;
/** BLS OEWS May 2024, Data Scientists, P75 (model.md §3.6). */
const P75 = '155810';

const panes = paneSuite({ eachTest: true });
const openPane = (opts: PaneOptions = {}) => panes.open(opts);

/**
 * A stand-in office.js for an Excel host whose workbook calls fail (as when the workbook is
 * protected): the document settings hold a saved scenario.
 */
const excelOfficeJs = (saved: string) =>
  protectedExcelOfficeJs({
    key: 'offerRunway.scenario',
    saved,
    background: '#1f1f1f',
    debugInfo: { message: 'The sheet is protected.', errorLocation: 'Workbook.worksheets' },
  });

const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent())?.trim() ?? '';

async function waitForText(page: Page, testId: string, expected: string) {
  await page.waitForFunction(
    ([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === want,
    [testId, expected] as const,
  );
}

async function tab(page: Page, id: string) {
  await page.getByTestId(`tab-${id}`).click();
}

describe('task pane in Chromium (production build, standalone, 350 px)', () => {
  it('shows the runway the independent model gives, and follows a base-salary change', async () => {
    const { page } = await openPane();
    expect(await text(page, 'host-mode')).toMatch(/Standalone/);
    await tab(page, 'results');
    const base0 = runwayDaysByHand(DEFAULT, DEFAULT.baseSalary, 'expected');
    const baseline = runwayDaysByHand(DEFAULT, null, 'none');
    const p75 = runwayDaysByHand(DEFAULT, P75, 'expected');
    expect(await text(page, 'kpi-runway-days-offerExpected')).toBe(String(base0));
    expect(await text(page, 'kpi-runway-days-baseline')).toBe(String(baseline));
    expect(await text(page, 'kpi-runway-days-market-p75')).toBe(String(p75));

    await tab(page, 'offer');
    await page.getByTestId('base-salary').fill('400000');
    const after = runwayDaysByHand({ ...DEFAULT, baseSalary: '400000' }, '400000', 'expected');
    expect(after).not.toBe(base0);
    // Switching screens settles the edit at once: the KPI is right on arrival, no waiting.
    await tab(page, 'results');
    expect(await text(page, 'kpi-runway-days-offerExpected')).toBe(String(after));
    // The baseline and the cash match do not depend on the offer's base.
    expect(await text(page, 'kpi-runway-days-baseline')).toBe(String(baseline));
    expect(await text(page, 'kpi-runway-days-market-p75')).toBe(String(p75));
    expect(await text(page, 'kpi-days-gained-p75')).toBe(
      `${after! - p75! >= 0 ? '+' : '−'}${Math.abs(after! - p75!)} days`,
    );
  });

  it('keeps the last valid result and names the problem on a bad value', async () => {
    const { page } = await openPane();
    const input = page.getByTestId('base-salary');
    await input.fill('12x');
    await page.getByText('offer.baseSalary: must be a number, got "12x"').waitFor();
    // The field itself says what is wrong.
    await page.getByText('must be a number, got "12x"', { exact: true }).waitFor();
    await tab(page, 'results');
    expect(await text(page, 'kpi-runway-days-offerExpected')).toBe(
      String(runwayDaysByHand(DEFAULT, DEFAULT.baseSalary, 'expected')),
    );
    // Nothing is exported from inputs with problems: the bar says what to fix.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByTestId('export-xlsx').click();
    const notice = page
      .getByTestId('notice')
      .filter({ hasText: 'Export .xlsx: fix the inputs below first' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('offer.baseSalary: must be a number, got "12x"');
    expect(downloads).toBe(0);
    await tab(page, 'offer');
    await input.fill('-5');
    await page.getByText('must be at least 0, got -5', { exact: true }).waitFor();
    await input.fill('150000');
    await page.getByTestId('problems').waitFor({ state: 'detached' });
    // Percent fields say it in the schema's words and in the unit typed.
    await tab(page, 'refresh');
    await page.locator('[data-path="offer.refresh.milestones[0].probability"]').fill('150');
    await page
      .getByText('must be between 0 and 1, got 1.5 (as a fraction: you entered 150 %)', {
        exact: true,
      })
      .waitFor();
    expect(await text(page, 'tab-refresh')).toBe('Refresh (1)');
  });

  it('the milestone editor: adding one raises dilution; reorder and remove', async () => {
    const { page } = await openPane();
    await tab(page, 'results');
    const exact = async (id: string) =>
      (await page.getByTestId(id).getAttribute('data-value')) ?? '';
    const before = await exact('kpi-dilution-expected');
    const poolBefore = await exact('kpi-pool-use-expected');
    await tab(page, 'refresh');
    await page.getByTestId('add-milestone').click();
    await page.getByTestId('milestone-2').waitFor();
    await tab(page, 'results');
    await page.waitForFunction(
      (b) =>
        document
          .querySelector('[data-testid="kpi-dilution-expected"]')
          ?.getAttribute('data-value') !== b,
      before,
    );
    // The new milestone by hand: $25,000 at the $4.00 preferred price = 6,250 shares, weight 0.5
    // = 3,125 expected shares; no pool top-up, so dilution rises by 3,125 / 100,000,000 and pool
    // use by 3,125 / 6,000,000.
    const after = await exact('kpi-dilution-expected');
    expect(Number(after)).toBeGreaterThan(Number(before));
    expect(Number(after) - Number(before)).toBeCloseTo(3125 / 100_000_000, 12);
    expect(Number(await exact('kpi-pool-use-expected')) - Number(poolBefore)).toBeCloseTo(
      3125 / 6_000_000,
      12,
    );

    // Reorder: the new milestone moves above the second one; remove it again.
    await tab(page, 'refresh');
    const names = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid^="milestone-"] input')]
          .map((i) => (i as HTMLInputElement).value)
          .filter((v) => /[A-Za-z]/.test(v)),
      );
    await page.getByRole('button', { name: 'Move up: milestone 3 (Milestone 3)' }).click();
    expect(await names()).toEqual([
      'First model update shipped to production',
      'Milestone 3',
      'p95 inference latency under budget',
    ]);
    await page.getByRole('button', { name: 'Remove milestone 2 (Milestone 3)' }).click();
    await page.getByTestId('milestone-2').waitFor({ state: 'detached' });
    await tab(page, 'results');
    await page.waitForFunction(
      (b) =>
        document
          .querySelector('[data-testid="kpi-dilution-expected"]')
          ?.getAttribute('data-value') === b,
      before,
    );
  });

  it('rejects a malformed band CSV with its line number, and previews and uses a good one', async () => {
    const { page } = await openPane();
    await tab(page, 'market');
    const header = 'role,level,location,currency,p10,p25,p50,p75,p90,source,asOf';
    const bad = [
      header,
      'ML Engineers,Senior,US,USD,90000,110000,150000,180000,220000,Survey,2025-01',
      'ML Engineers,Staff,US,USD,100000,120000,170000,160000,240000,Survey,2025-01',
    ];
    await chooseCsv(page, 'bands-file', 'my-bands.csv', bad);
    const errors = page.getByTestId('csv-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('line 3: p75 (160000) is below p50 (170000)');
    expect(await errors.textContent()).toContain('my-bands.csv was not imported');

    const good = [
      header,
      'ML Engineers,Senior,US,USD,90000,110000,150000,180000,220000,Survey,2025-01',
    ];
    await chooseCsv(page, 'bands-file', 'my-bands.csv', good);
    await page.getByTestId('csv-preview').waitFor();
    expect(await page.getByTestId('csv-preview').textContent()).toContain(
      'ML Engineers / Senior / US',
    );
    await page.getByTestId('use-bands').click();
    // The offer's $150,000 base equals this band's P50: percentile 50.0, compa-ratio 1.000.
    await page
      .getByTestId('band-position')
      .filter({ hasText: 'percentile 50.0 · compa-ratio 1.000' })
      .waitFor();
    await tab(page, 'results');
    // P75 is now $180,000: the cash match at P75 has the runway of a $180,000 hire.
    const p75 = runwayDaysByHand(DEFAULT, '180000', 'expected');
    await waitForText(page, 'kpi-runway-days-market-p75', String(p75));
  });

  it('exports an .xlsx that ExcelJS reads and LibreOffice recalculates without errors', async () => {
    const { page } = await openPane();
    await page.getByTestId('base-salary').fill('165000');
    await page.getByTestId('problems').waitFor({ state: 'detached' });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const download = page.waitForEvent('download');
    // Two clicks in the same tick: the second must not start a second export.
    await page.getByTestId('export-xlsx').evaluate((b: HTMLElement) => {
      b.click();
      b.click();
    });
    const d = await download;
    expect(d.suggestedFilename()).toBe('Alex-Kim-offer-runway.xlsx');
    const dir = path.join(tmpdir(), `offer-runway-e2e-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'export.xlsx');
    await d.saveAs(file);
    await page
      .getByTestId('notice')
      .filter({ hasText: 'Exported Alex-Kim-offer-runway.xlsx' })
      .waitFor();
    expect(downloads).toEqual(['Alex-Kim-offer-runway.xlsx']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    for (const sheet of ['Inputs', 'Runway', 'Summary', 'Offer Sheet'])
      expect(names).toContain(sheet);
    const baseCell = definedCell(wb, 'In_BaseSalary');
    expect(Number(baseCell.value)).toBe(165000);

    const [recalculated] = await recalculateXlsx([file], path.join(dir, 'recalc'));
    const rc = new ExcelJS.Workbook();
    await rc.xlsx.readFile(recalculated as string);
    const errorsFound: string[] = [];
    rc.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { result?: unknown; error?: string } | null;
          const r = v && typeof v === 'object' && 'result' in v ? v.result : v;
          if (r && typeof r === 'object' && 'error' in (r as object))
            errorsFound.push(`${ws.name}!${cell.address}`);
        }),
      ),
    );
    expect(errorsFound).toEqual([]);
    const days = definedCell(rc, 'Out_RunwayDays_OfferExpected');
    const result = (days.value as { result?: unknown }).result;
    expect(Number(result)).toBe(
      runwayDaysByHand({ ...DEFAULT, baseSalary: '165000' }, '165000', 'expected'),
    );
  });

  it('saves a scenario and opens it again; a bad file is refused with its JSON path', async () => {
    const { page } = await openPane();
    const input = page.getByTestId('base-salary');
    await input.fill('171234.5');
    await page
      .getByTestId('problems')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    const download = page.waitForEvent('download');
    await page.getByTestId('save-scenario').click();
    const d = await download;
    const dir = path.join(tmpdir(), `offer-runway-e2e-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as {
      schema: number;
      offer: { baseSalary: number; candidate: string };
    };
    expect(saved.schema).toBe(1);
    expect(saved.offer.baseSalary).toBe(171234.5);
    expect(saved.offer.candidate).toBe('Alex Kim');

    await input.fill('99000');
    await page.getByTestId('open-scenario-file').setInputFiles(file);
    await page
      .getByTestId('notice')
      .filter({ hasText: `Opened ${d.suggestedFilename()}` })
      .waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="base-salary"]') as HTMLInputElement).value ===
        '171,234.5',
    );

    const badFile = path.join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ ...saved, offer: { ...saved.offer, baseSalary: -1 } }));
    await page.getByTestId('open-scenario-file').setInputFiles(badFile);
    const notice = page.getByTestId('notice').filter({ hasText: 'bad.json was not opened' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('offer.baseSalary: must be at least 0, got -1');
    expect(await input.inputValue()).toBe('171,234.5');
  });

  it('loads at most 250 KB gzip of JavaScript up front (scripts/bundle-size.mjs)', () => {
    const out = execFileSync('node', ['scripts/bundle-size.mjs', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as { initialGzipBytes: number; initial: { file: string }[] };
    expect(report.initial.map((x) => x.file)).toEqual(['taskpane.js']);
    expect(report.initialGzipBytes).toBeGreaterThan(50 * 1024);
    expect(report.initialGzipBytes).toBeLessThanOrEqual(250 * 1024);
  });

  it('runs standalone when Office.onReady reports no host', async () => {
    const { page } = await openPane({ officeJs: NULL_HOST_OFFICE_JS });
    expect(await text(page, 'host-mode')).toContain('not running inside Excel');
    await tab(page, 'results');
    expect(await text(page, 'kpi-runway-days-offerExpected')).toBe(
      String(runwayDaysByHand(DEFAULT, DEFAULT.baseSalary, 'expected')),
    );
  });

  it('inside Excel: restores the saved scenario, and Office.js errors become a readable message', async () => {
    const saved = JSON.parse(
      readFileSync(path.join(ROOT, 'templates/scenarios/default.json'), 'utf8'),
    ) as {
      offer: Record<string, unknown>;
    };
    saved.offer.baseSalary = 123456;
    const setting = JSON.stringify({
      format: 'offer-runway/scenario',
      schema: 1,
      savedAt: '2026-11-26T10:00:00.000Z',
      scenario: saved,
    });
    const { page } = await openPane({ officeJs: excelOfficeJs(setting), mode: 'Excel' });
    for (const name of ['Build model in workbook', 'Update from workbook', 'Offer sheet'])
      await page.getByRole('button', { name }).waitFor();
    // The saved scenario is restored; checking the model sheets then fails with Office's error.
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="base-salary"]') as HTMLInputElement).value ===
        '123,456',
    );
    await page.getByTestId('notice').filter({ hasText: 'Open saved scenario failed' }).waitFor();
    await page.getByRole('button', { name: 'Build model in workbook' }).click();
    const notice = page.getByTestId('notice').filter({ hasText: 'Build model in workbook failed' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'You cannot perform the requested operation. (The sheet is protected.)',
    );
    // Office's dark theme is followed.
    const bg = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('.fui-FluentProvider > div') as Element)
          .backgroundColor,
    );
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number) as [number, number, number];
    expect(r + g + b).toBeLessThan(3 * 100);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-excel-error.png') });
  });

  it('every screen passes axe (no serious or critical violations); screenshots at 350 px', async () => {
    for (const dark of [false, true]) {
      const { page } = await openPane({ dark });
      await page.addScriptTag({ content: AXE_SOURCE });
      for (const id of ['offer', 'refresh', 'company', 'market', 'results']) {
        await tab(page, id);
        if (id === 'results') {
          await page.getByTestId('runway-chart').locator('svg').first().waitFor();
          await page.getByTestId('vesting-chart').locator('svg').first().waitFor();
        }
        if (id === 'results' && !dark) {
          await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-results-viewport.png') });
          await page.getByTestId('zoom-runway').check();
          await page
            .getByTestId('runway-chart')
            .screenshot({ path: path.join(ARTIFACTS, 'taskpane-runway-zoom.png') });
          await page.getByTestId('zoom-runway').uncheck();
        }
        await page.screenshot({
          path: path.join(ARTIFACTS, `taskpane-${id}${dark ? '-dark' : ''}.png`),
          fullPage: true,
        });
        const violations = await axeSeriousOrCritical(page);
        expect(violations, `${id}${dark ? ' (dark)' : ''}`).toEqual([]);
      }
    }
  });

  it('fits the narrowest task pane (320 px) on every screen: no sideways scrolling', async () => {
    const { page } = await openPane({ width: 320 });
    for (const id of ['offer', 'refresh', 'company', 'market', 'results']) {
      await tab(page, id);
      if (id === 'results')
        await page.getByTestId('vesting-chart').locator('svg').first().waitFor();
      expect(await sidewaysScroll(page), id).toBe(0);
    }
  });

  it('is usable by keyboard: tab to the screens, arrow between them, focus is visible', async () => {
    const { page } = await openPane();
    await page.getByTestId('tab-offer').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Refresh', selected: true }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        outline: style.outlineStyle,
        focusVisible:
          el.matches(':focus-visible') ||
          el.closest('[data-fui-focus-visible], [data-fui-focus-within]') !== null,
      };
    });
    expect(focused.tag).not.toBe('BODY');
    // Fluent marks keyboard focus (tabster) so that its focus ring shows.
    expect(focused.focusVisible).toBe(true);
  });
});

function definedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const ranges = wb.definedNames.getRanges(name).ranges;
  expect(ranges.length, `defined name ${name}`).toBe(1);
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] as string);
  if (!m) throw new Error(`defined name ${name} is not one cell: ${ranges[0]}`);
  const ws = wb.getWorksheet(m[1] as string);
  if (!ws) throw new Error(`no sheet ${m[1]}`);
  return ws.getCell(`${m[2]}${m[3]}`);
}
