import { launchBrowser } from '../support/browser.js';
import { ms, type Timing } from './timing.js';

/** Each dashboard page, timed in Chromium from navigation to its first chart drawn with data. */
const pages = ['/', '/outcomes', '/communities', '/qi', '/contract'];

export interface PageBenchRow {
  path: string;
  timing: Timing;
}

export async function benchPages(dashboardUrl: string, runs = 7): Promise<PageBenchRow[]> {
  const browser = await launchBrowser();
  const rows: PageBenchRow[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of pages) {
      const samples: number[] = [];
      for (let run = 0; run < runs + 1; run++) {
        const started = performance.now();
        await page.goto(`${dashboardUrl}${path}`, { waitUntil: 'commit' });
        await page.waitForSelector('[data-points]:not([data-points="0"]) svg :is(path, rect, circle)', { state: 'attached', timeout: 30_000 });
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
