import { launchBrowser } from '../support/browser.js';
import { ms, type Timing } from './timing.js';

/** The dashboard's session cookie: the browser is signed in as the sign-in page would leave it. */
const SESSION_COOKIE = 'hub_session';

/**
 * Each dashboard page, timed in Chromium from navigation until its key chart is drawn with API
 * data: the chart's container says how many points it drew and holds SVG marks (the Contract
 * page's key view is its KPI table, so there it waits for the table's rows).
 */
const pages: { path: string; ready: string }[] = [
  { path: '/', ready: '[data-testid="spc-chart-referrals-per-month"]' },
  { path: '/outcomes', ready: '[data-testid="outcomes-by-programme-chart"]' },
  { path: '/communities', ready: '[data-testid="uptake-chart"]' },
  { path: '/qi', ready: '[data-testid="qi-involvement-chart"]' },
  { path: '/contract', ready: '[data-testid="contract-kpis-table"]' },
];

function isDrawn(selector: string): boolean {
  const element = document.querySelector(selector);
  if (!element) return false;
  if (element.querySelector('[data-testid="kpi-row"]')) return true;
  return Number(element.getAttribute('data-points')) > 0 && element.querySelector('svg :is(path, rect, circle)') !== null;
}

export interface PageBenchRow {
  path: string;
  timing: Timing;
}

export async function benchPages(dashboardUrl: string, sessionToken: string, runs = 7): Promise<PageBenchRow[]> {
  const browser = await launchBrowser();
  const rows: PageBenchRow[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: sessionToken, url: dashboardUrl, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    for (const { path, ready } of pages) {
      const samples: number[] = [];
      for (let run = 0; run < runs + 1; run++) {
        const started = performance.now();
        await page.goto(`${dashboardUrl}${path}`, { waitUntil: 'commit' });
        await page.waitForFunction(isDrawn, ready, { timeout: 30_000 });
        if (run > 0) samples.push(performance.now() - started); // the first visit warms caches
      }
      samples.sort((a, b) => a - b);
      const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.ceil(fraction * samples.length) - 1)];
      rows.push({ path, timing: { runs, p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1] } });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export function printPageRows(rows: PageBenchRow[]): void {
  console.log(`  ${'page'.padEnd(14)} ${'p50'.padStart(10)} ${'p95'.padStart(10)}  (navigation → first chart drawn with API data)`);
  for (const row of rows) console.log(`  ${row.path.padEnd(14)} ${ms(row.timing.p50)} ${ms(row.timing.p95)}`);
}
