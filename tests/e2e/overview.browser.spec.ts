import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chartPoints, closeWithoutErrors, dashboardBrowser, downloadCsv, expectReadableAtBothWidths, queryApi, settled } from '../support/dashboard.checks.js';
import { openingFilter } from '../support/opening-year.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

interface SpcAnswer {
  serviceSpc: { points: { period: string; value: number | null }[] };
}
const SPC = `query ($filter: AnalysisFilter) { serviceSpc(series: MONTHLY_REFERRALS, filter: $filter) { points { period value } } }`;
const HEADLINES = `query ($filter: AnalysisFilter) { outcomeSummary(filter: $filter) { headlines { key } } }`;
const PROGRAMMES = `{ programmes { id } }`;

const drawn = (answer: SpcAnswer) => answer.serviceSpc.points.filter((point) => point.value !== null);
const total = (answer: SpcAnswer) => drawn(answer).reduce((sum, point) => sum + (point.value ?? 0), 0);

describe('the Overview page in a browser', () => {
  const browser = dashboardBrowser();
  let page: Page;
  let errors: string[];

  async function open(search = ''): Promise<void> {
    ({ page, errors } = await browser.open(`${dashboard()}/${search}`));
  }

  it('draws referrals per month with SPC limits from the API, and one tile per headline', async () => {
    await open();
    const spc = await queryApi<SpcAnswer>(api(), SPC, { filter: await openingFilter(api()) });
    expect(drawn(spc).length).toBeGreaterThan(0);
    expect(await chartPoints(page, 'spc-chart-referrals-per-month')).toBe(drawn(spc).length);
    const headlines = await queryApi<{ outcomeSummary: { headlines: { key: string }[] } }>(api(), HEADLINES, { filter: await openingFilter(api()) });
    expect(await chartPoints(page, 'headlines-chart')).toBe(headlines.outcomeSummary.headlines.length);
    expect(await chartPoints(page, 'referral-funnel-chart')).toBe(4);
    await closeWithoutErrors({ page, errors });
  });

  it('changes the data and the URL when a programme is chosen', async () => {
    await open();
    const { programmes } = await queryApi<{ programmes: { id: string }[] }>(api(), PROGRAMMES);
    const before = await queryApi<SpcAnswer>(api(), SPC, { filter: await openingFilter(api()) });
    const chosen = await page.getByTestId('filter-programme').locator('option').nth(1).getAttribute('value');
    expect(programmes.map((programme) => programme.id)).toContain(chosen);

    await page.getByTestId('filter-programme').selectOption(chosen!);
    await page.waitForURL((url) => url.searchParams.get('programme') === chosen);
    await settled(page);

    const after = await queryApi<SpcAnswer>(api(), SPC, { filter: { ...(await openingFilter(api())), programmeIds: [chosen] } });
    expect(total(after)).not.toBe(total(before));
    expect(await chartPoints(page, 'spc-chart-referrals-per-month')).toBe(drawn(after).length);
    await expect.poll(() => page.getByTestId('referrals-per-month-total').textContent()).toContain(total(after).toLocaleString('en-GB'));
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the referrals per month shown, one CSV row per month', async () => {
    await open('?from=2019-04&to=2020-03');
    const spc = await queryApi<SpcAnswer>(api(), SPC, { filter: { periodFrom: '2019-04-01', periodTo: '2020-03-31' } });
    const csv = await downloadCsv(page, 'referrals-per-month-csv');
    expect(csv.name).toBe('referrals-per-month.csv');
    expect(csv.header.slice(0, 2)).toEqual(['Month', 'Referrals']);
    expect(csv.rows).toHaveLength(spc.serviceSpc.points.length);
    expect(csv.rows.map((row) => row[1])).toEqual(spc.serviceSpc.points.map((point) => (point.value === null ? '*' : String(point.value))));
    await closeWithoutErrors({ page, errors });
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    await open();
    await expectReadableAtBothWidths(page, 'overview');
    await closeWithoutErrors({ page, errors });
  });
});
