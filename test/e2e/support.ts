import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The production build in dist/: built here when it is missing or older than the sources it is
 * made of (src/, templates/), so the test never checks a stale pane.
 */
export function ensureProductionBuild(): void {
  const built = path.join(DIST, 'taskpane.js');
  const stale =
    !existsSync(built) ||
    statSync(built).mtimeMs <
      Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'templates')));
  if (stale)
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A tiny static server for dist/ on 127.0.0.1 (a random free port). */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const rel = path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    const file = path.join(DIST, rel || 'taskpane.html');
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Debian's Chromium, headless, no background traffic. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** axe-core's browser build, injected into the page under test. */
export const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** A stand-in office.js whose onReady reports no host, as the real one does in a plain browser. */
export const NULL_HOST_OFFICE_JS = `window.Office = { HostType: { Excel: 'Excel' }, onReady: function () {
  return Promise.resolve({ host: null, platform: null }); } };`;

/**
 * A stand-in office.js for an Excel host whose document settings hold `saved` under `key`, with
 * Office's theme background `background`, and whose Excel.run rejects the way Office.js does when
 * the workbook is protected (a RichApi error with a code and `debugInfo`).
 */
export function protectedExcelOfficeJs(opts: {
  key: string;
  saved: string;
  background: string;
  debugInfo: Record<string, string>;
}): string {
  return `window.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady: function () { return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }); },
    context: {
      officeTheme: { bodyBackgroundColor: ${JSON.stringify(opts.background)} },
      document: { settings: {
        get: function (k) { return k === ${JSON.stringify(opts.key)} ? ${JSON.stringify(opts.saved)} : null; },
        set: function () {}, remove: function () {},
        saveAsync: function (cb) { cb({ status: 'succeeded' }); } } },
    },
  };
  window.Excel = { run: function () {
    var e = new Error('You cannot perform the requested operation.');
    e.name = 'RichApi.Error'; e.code = 'AccessDenied';
    e.debugInfo = ${JSON.stringify(opts.debugInfo)};
    return Promise.reject(e);
  } };`;
}

/** One opened task pane: its page and what it logged and requested. */
export interface Pane {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  requests: string[];
}

export interface PaneOptions {
  width?: number;
  dark?: boolean;
  /** The office.js served in place of the real one (default: unreachable, as offline). */
  officeJs?: string;
  /** The host-mode text to wait for (default "Standalone"). */
  mode?: string;
}

/**
 * Opens the served pane in a fresh browser context, offline (everything not on `origin` is cut
 * off and recorded; office.js is served from `officeJs` when given), console errors recorded,
 * and waits until it shows its host mode.
 */
export async function openPane(
  browser: Browser,
  origin: string,
  opts: PaneOptions = {},
): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 350, height: 900 },
    acceptDownloads: true,
    colorScheme: opts.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const pane: Pane = { page, context, consoleErrors: [], requests: [] };
  page.on('request', (r) => pane.requests.push(r.url()));
  page.on('pageerror', (e) => pane.consoleErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // The office.js tag failing offline is expected (and the only request leaving localhost).
    if (m.location().url === OFFICE_JS || m.text().includes(OFFICE_JS)) return;
    pane.consoleErrors.push(m.text());
  });
  // No internet here, and none should be needed: anything not local is cut off (and recorded).
  await context.route(
    (url) => !url.href.startsWith(`${origin}/`),
    (route) =>
      route.request().url() === OFFICE_JS && opts.officeJs !== undefined
        ? route.fulfill({ contentType: 'text/javascript', body: opts.officeJs })
        : route.abort('internetdisconnected'),
  );
  await page.goto(`${origin}/taskpane.html`);
  await page
    .getByTestId('host-mode')
    .filter({ hasText: opts.mode ?? 'Standalone' })
    .waitFor();
  return pane;
}

/** No console errors, and nothing but office.js requested outside the pane's own server. */
export function expectQuietPane(pane: Pane, origin: string): void {
  expect(pane.consoleErrors).toEqual([]);
  const outside = pane.requests.filter(
    (u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
  );
  expect(outside.every((u) => u === OFFICE_JS)).toBe(true);
}

/**
 * For a test file: the production build served and Chromium launched before its tests, closed
 * after them. With `eachTest`, the panes a test opens are closed after it and must have been quiet
 * (expectQuietPane); otherwise they stay open for the next test and close at the end.
 */
export function paneSuite(opts: { eachTest: boolean }) {
  let server: Server | undefined;
  let origin = '';
  let browser: Browser | undefined;
  const opened: Pane[] = [];
  // The production build can take minutes on a busy 2-core machine.
  beforeAll(async () => {
    ensureProductionBuild();
    ({ server, origin } = await serveDist());
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 900_000);
  if (opts.eachTest)
    afterEach(async () => {
      for (const pane of opened.splice(0)) {
        await pane.context.close();
        expectQuietPane(pane, origin);
      }
    });
  afterAll(async () => {
    for (const pane of opened.splice(0)) await pane.context.close();
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });
  return {
    get origin() {
      return origin;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not launched yet (use the suite inside a test)');
      return browser;
    },
    async open(paneOpts: PaneOptions = {}): Promise<Pane> {
      const pane = await openPane(this.browser, origin, paneOpts);
      opened.push(pane);
      return pane;
    },
  };
}

/** axe-core's serious and critical violations on the page (AXE_SOURCE must be injected first). */
export function axeSeriousOrCritical(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: unknown) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus sentinels around focus groups;
    // they hand focus straight on and are not content: leave them out of the scan.
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** How far the page scrolls sideways (0: it fits). */
export const sidewaysScroll = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Chooses a CSV file `name` holding `lines` (each ended by a newline) in the file input `testId`. */
export function chooseCsv(
  page: Page,
  testId: string,
  name: string,
  lines: string[],
): Promise<void> {
  return page.getByTestId(testId).setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from([...lines, ''].join('\n')),
  });
}
