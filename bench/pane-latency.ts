import { ensureProductionBuild, launchChromium, serveDist } from '../test/e2e/support.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const NULL_HOST = `window.Office = { HostType: { Excel: 'Excel' }, onReady: function () {
  return Promise.resolve({ host: null, platform: null }); } };`;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/**
 * Keystroke → KPI in Chromium on the production build (dist/): on the Offer screen, one key in
 * the base-salary field (alternately deleting and re-typing its last digit, so the runway moves
 * every time), timed in the page from the keydown event to the moment the live runway KPI
 * (data-testid="live-summary") shows the new figure. Target: p95 ≤ 100 ms (docs/addin.md).
 */
export async function benchPaneLatency(keys = 40): Promise<void> {
  console.log('Task pane keystroke → runway KPI (Chromium, production build, default scenario)');
  ensureProductionBuild();
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
    await context.route(
      (url) => !url.href.startsWith(`${origin}/`),
      (route) =>
        route.request().url() === OFFICE_JS
          ? route.fulfill({ contentType: 'text/javascript', body: NULL_HOST })
          : route.abort('internetdisconnected'),
    );
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByTestId('live-summary').waitFor();
    const input = page.getByTestId('base-salary');
    await input.click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __t0: number; __text: string };
      w.__lat = [];
      w.__t0 = 0;
      const kpi = document.querySelector('[data-testid="live-summary"]')!;
      w.__text = kpi.textContent ?? '';
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
      new MutationObserver(() => {
        const now = document.querySelector('[data-testid="live-summary"]')?.textContent ?? '';
        if (now !== w.__text && w.__t0 > 0) {
          w.__lat.push(performance.now() - w.__t0);
          w.__text = now;
          w.__t0 = 0;
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    for (let i = 0; i < keys; i++) {
      const before = await page.evaluate(
        () => (window as unknown as { __lat: number[] }).__lat.length,
      );
      await page.keyboard.press(i % 2 === 0 ? 'Backspace' : '0');
      await page.waitForFunction(
        (n) => (window as unknown as { __lat: number[] }).__lat.length > n,
        before,
        { timeout: 10_000 },
      );
      await page.waitForTimeout(150); // a pause between keys, as a person types
    }
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    console.log(
      `  ${lat.length} keystrokes: p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (target p95 ≤ 100 ms)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPaneLatency();
