import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { accountFactory, specOf, type AccountFactory, type AccountWanted } from './account.factory.js';
import { launchBrowser, screenshot, sessionContext, watchConsole } from './browser.js';
import { postGraphQL } from './graphql.client.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Who the browser tests act as unless a test says otherwise: figures under disclosure control, everything in reach. */
const DEFAULT_ROLE: AccountWanted = 'analyst';

let factory: AccountFactory | undefined;

/** The test accounts of the running hub, made once per test file. */
export function testAccounts(): AccountFactory {
  return (factory ??= accountFactory({ apiUrl: inject('apiUrl'), databaseUrl: inject('databaseUrl') }));
}

/**
 * Posts a query as `as` (the same account the browser pages use, so both see the same figures)
 * and fails loudly on GraphQL errors, so a test never compares with undefined.
 */
export async function queryApi<T>(url: string, query: string, variables: Record<string, unknown> = {}, as: AccountWanted = DEFAULT_ROLE): Promise<T> {
  const answer = await postGraphQL<T>(url, query, variables, { token: await testAccounts().tokenFor(as) });
  if (answer.errors?.length) throw new Error(answer.errors.map((error) => error.message).join('; '));
  if (!answer.data) throw new Error('the API returned no data');
  return answer.data;
}

/** Parses the dashboard's CSV files: comma-separated, double-quoted cells, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Clicks a download button or link and returns the saved file's suggested name and path. */
export async function downloadFile(page: Page, testid: string): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

interface CsvFile {
  name: string;
  header: string[];
  rows: string[][];
}

/** Clicks a chart's "Download CSV" button and returns the file's header and rows (byte-order mark dropped). */
export async function downloadCsv(page: Page, testid: string): Promise<CsvFile> {
  const { name, path } = await downloadFile(page, testid);
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  return { name, header, rows };
}

/** A download's data columns: between the leading Indicator, Period, Filters and the trailing Value note … Source. */
export function dataColumns(csv: CsvFile): CsvFile {
  const end = csv.header.indexOf('Value note');
  return { name: csv.name, header: csv.header.slice(3, end), rows: csv.rows.map((row) => row.slice(3, end)) };
}

/** One column of a download by its heading. */
export function csvColumn(csv: CsvFile, heading: string): string[] {
  const index = csv.header.indexOf(heading);
  if (index < 0) throw new Error(`the file has no "${heading}" column: ${csv.header.join(', ')}`);
  return csv.rows.map((row) => row[index]);
}

/** The `data-points` of a chart, once it has been drawn. */
export async function chartPoints(page: Page, testid: string): Promise<number> {
  const chart = page.getByTestId(testid);
  await chart.waitFor({ state: 'visible' });
  return Number(await chart.getAttribute('data-points'));
}

/** The axe-core violations a user would feel most: impact serious or critical. */
export async function seriousAxeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // Evaluated rather than added as a <script>: the dashboard's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // Runs in the page; the tests compile without the DOM library, hence globalThis.
    const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: any[] }> } }).axe.run();
    return result.violations.map((violation) => ({
      id: violation.id as string,
      impact: violation.impact as string,
      help: violation.help as string,
      targets: violation.nodes.map((node: { target: string[] }) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Whether the page scrolls sideways, which it must not at phone width. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

/**
 * Waits until the page's scripts and streamed data have arrived, so SvelteKit has hydrated it
 * and buttons and forms have their handlers.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** A page opened on the dashboard, with the console errors it logs as it runs. */
export interface OpenedPage {
  page: Page;
  errors: string[];
}

export interface OpenOptions {
  /** The account to be signed in as (default the analyst); null for an anonymous visitor. */
  as?: AccountWanted | null;
}

/**
 * Launches one browser for the calling describe block, closed after it, and opens pages on it at
 * desktop width once their data has arrived, signed in as a role. Each role signs in once (through
 * the API, the cookie then set as the sign-in page sets it) and keeps its browser context.
 */
export function dashboardBrowser(): {
  open: (url: string, options?: OpenOptions) => Promise<OpenedPage>;
  context: (as: AccountWanted | null) => Promise<BrowserContext>;
  fresh: () => Promise<BrowserContext>;
} {
  let browser: Browser | undefined;
  const contexts = new Map<string, Promise<BrowserContext>>();
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await factory?.close();
  });

  function context(as: AccountWanted | null): Promise<BrowserContext> {
    if (!browser) throw new Error('the browser has not been launched yet');
    const key = as === null ? '(anonymous)' : specOf(as).name;
    let found = contexts.get(key);
    if (!found) {
      const launched = browser;
      found = (async () => sessionContext(launched, inject('dashboardUrl'), as === null ? null : await testAccounts().tokenFor(as)))();
      contexts.set(key, found);
    }
    return found;
  }

  return {
    context,
    /** A new anonymous context of its own, for a test that signs in or out through the pages; the caller closes it. */
    async fresh() {
      if (!browser) throw new Error('the browser has not been launched yet');
      return sessionContext(browser, inject('dashboardUrl'), null);
    },
    async open(url, options = {}) {
      const page = await (await context(options.as === undefined ? DEFAULT_ROLE : options.as)).newPage();
      const errors = watchConsole(page);
      await page.goto(url);
      await settled(page);
      return { page, errors };
    },
  };
}

/** Ends a test: the page logged no console or page errors; then it is closed. */
export async function closeWithoutErrors({ page, errors }: OpenedPage): Promise<void> {
  expect(errors).toEqual([]);
  await page.close();
}

/**
 * Screenshots the page at 1280 and then 390 px wide, checking it has no serious axe violations
 * and that it does not scroll sideways on a phone.
 */
export async function expectReadableAtBothWidths(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-1280`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await scrollsSideways(page)).toBe(false);
  await screenshot(page, `${name}-390`);
}
