import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeWithoutErrors, dashboardBrowser, settled } from '../support/dashboard.checks.js';
import { dataCoverage } from '../support/opening-year.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

/** What a fresh reader of a shared link sees in the choices that make up the view. */
async function choices(page: Page, testids: string[]): Promise<string[]> {
  return Promise.all(testids.map((testid) => page.getByTestId(testid).inputValue()));
}

describe('the view a URL keeps', () => {
  const browser = dashboardBrowser();

  it('opens each figures page on the latest complete financial year and says how recent the data are', async () => {
    const coverage = await dataCoverage(api());
    expect(coverage.latestCompleteFinancialYear).toMatch(/^\d{4}\/\d{2}$/);
    for (const path of ['/', '/outcomes', '/communities']) {
      const opened = await browser.open(`${dashboard()}${path}`);
      await settled(opened.page);
      expect(await opened.page.getByTestId('filter-fy').inputValue(), path).toBe(coverage.latestCompleteFinancialYear);
      const recency = await opened.page.getByTestId('data-recency').textContent();
      const lastDay = new Date(`${coverage.lastReferralOn}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(recency, path).toContain(`Data to ${lastDay} · figures refreshed `);
      await closeWithoutErrors(opened);
    }
  });

  it('keeps "All years" as an explicit choice that survives a reload', async () => {
    const opened = await browser.open(`${dashboard()}/outcomes`);
    await opened.page.getByTestId('filter-fy').selectOption('all');
    await opened.page.waitForURL((url) => url.searchParams.get('fy') === 'all');
    await opened.page.reload();
    await settled(opened.page);
    expect(await opened.page.getByTestId('filter-fy').inputValue()).toBe('all');
    await closeWithoutErrors(opened);
  });

  it('shows the same Outcomes view to a fresh page given the URL: year, filters, timepoint, measure and grouping', async () => {
    const first = await browser.open(`${dashboard()}/outcomes`);
    const { page } = first;
    const year = await page.getByTestId('filter-fy').locator('option').nth(2).getAttribute('value');
    await page.getByTestId('filter-fy').selectOption(year!);
    await page.waitForURL((url) => url.searchParams.get('fy') === year);
    await page.getByTestId('filter-sex').selectOption('FEMALE');
    await page.waitForURL((url) => url.searchParams.get('sex') === 'FEMALE');
    await page.getByTestId('view-timepoint').selectOption('follow_up');
    await page.waitForURL((url) => url.searchParams.get('timepoint') === 'follow_up');
    await page.getByTestId('view-by').selectOption('AGE_BAND');
    await page.waitForURL((url) => url.searchParams.get('by') === 'AGE_BAND');
    await settled(page);
    const instrument = await page.getByTestId('view-instrument').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('view-instrument').selectOption(instrument!);
    await page.waitForURL((url) => url.searchParams.get('instrument') === instrument);
    await settled(page);
    const testids = ['filter-fy', 'filter-sex', 'view-timepoint', 'view-by', 'view-instrument'];
    const chosen = await choices(page, testids);
    expect(chosen).toEqual([year, 'FEMALE', 'follow_up', 'AGE_BAND', instrument]);
    const heading = await page.locator('#outcomes-by-group-heading').textContent();

    const shared = await browser.open(page.url());
    await settled(shared.page);
    expect(await choices(shared.page, testids)).toEqual(chosen);
    expect(await shared.page.locator('#outcomes-by-group-heading').textContent()).toBe(heading);
    await closeWithoutErrors(first);
    await closeWithoutErrors(shared);
  });

  it('keeps the 2σ lines of a chart in the URL, so a reload draws them again', async () => {
    const opened = await browser.open(`${dashboard()}/?fy=all`);
    const toggle = opened.page.getByTestId('spc-two-sigma-referrals-per-month');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await opened.page.waitForURL((url) => url.searchParams.getAll('twoSigma').includes('referrals-per-month'));
    expect(new URL(opened.page.url()).searchParams.get('fy')).toBe('all');
    await opened.page.reload();
    await settled(opened.page);
    expect(await opened.page.getByTestId('spc-two-sigma-referrals-per-month').isChecked()).toBe(true);
    await closeWithoutErrors(opened);
  });

  it('shows the same Communities view to a fresh page given the URL: year, grouping, measure and ward-table sort', async () => {
    const first = await browser.open(`${dashboard()}/communities?fy=all`);
    const { page } = first;
    await page.getByTestId('view-by').selectOption('AGE_BAND');
    await page.waitForURL((url) => url.searchParams.get('by') === 'AGE_BAND');
    await page.getByTestId('view-measure').selectOption({ index: 1 });
    await page.waitForURL((url) => url.searchParams.has('measure'));
    await page.getByTestId('ward-sort-name').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await settled(page);
    const testids = ['filter-fy', 'view-by', 'view-measure'];
    const chosen = await choices(page, testids);
    const wards = await page.getByTestId('ward-table').locator('tbody th').allTextContents();

    const shared = await browser.open(page.url());
    await settled(shared.page);
    expect(await choices(shared.page, testids)).toEqual(chosen);
    expect(chosen[0]).toBe('all');
    expect(await shared.page.getByTestId('ward-table').locator('tbody th').allTextContents()).toEqual(wards);
    await closeWithoutErrors(first);
    await closeWithoutErrors(shared);
  });
});
