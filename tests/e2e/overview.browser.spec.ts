import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chartPoints,
  closeWithoutErrors,
  csvColumn,
  dashboardBrowser,
  dataColumns,
  downloadCsv,
  expectReadableAtBothWidths,
  queryApi,
  settled,
} from '../support/dashboard.checks.js';
import { openingFilter } from '../support/opening-year.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

interface SpcAnswer {
  serviceSpc: { points: { period: string; value: number | null }[]; total: { value: number | null; note: string | null } };
}
const SPC = `query ($filter: ReferralFilter) { serviceSpc(series: MONTHLY_REFERRALS, filter: $filter) { points { period value } total { value note } } }`;
const HEADLINES = `query ($filter: ReferralFilter) { outcomeSummary(filter: $filter) { headlines { key } } }`;
const PROGRAMMES = `{ programmes { id } }`;

const drawn = (answer: SpcAnswer) => answer.serviceSpc.points.filter((point) => point.value !== null);
const total = (answer: SpcAnswer) => answer.serviceSpc.total.value as number;

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
    // The API's total, rounded once from the exact count; the page says the months may not add up to it.
    await expect.poll(() => page.getByTestId('referrals-per-month-total').textContent()).toContain(total(after).toLocaleString('en-GB'));
    expect(await page.getByTestId('referrals-per-month-total-note').textContent()).toBe(after.serviceSpc.total.note);
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the referrals per month shown, one CSV row per month', async () => {
    await open('?from=2019-04&to=2020-03');
    const spc = await queryApi<SpcAnswer>(api(), SPC, { filter: { periodFrom: '2019-04-01', periodTo: '2020-03-31' } });
    const file = await downloadCsv(page, 'referrals-per-month-csv');
    expect(file.name).toBe('referrals-per-month_april-2019-to-march-2020.csv');
    expect(file.header.slice(0, 5)).toEqual(['Indicator', 'Period', 'Filters', 'Month', 'Referrals']);
    expect(file.header.slice(-5)).toEqual(['Value note', 'Definition', 'Disclosure rule', 'Generated', 'Source']);
    // The metadata is on every row, so the file loads without skipping lines.
    expect(new Set(csvColumn(file, 'Period'))).toEqual(new Set(['April 2019 to March 2020']));
    expect(new Set(csvColumn(file, 'Filters'))).toEqual(new Set(['None']));
    expect(new Set(csvColumn(file, 'Disclosure rule')).size).toBe(1);
    expect(csvColumn(file, 'Disclosure rule')[0]).toMatch(/^Counts of 1 to 7 withheld/);
    const csv = dataColumns(file);
    expect(csv.rows).toHaveLength(spc.serviceSpc.points.length);
    expect(csv.rows.map((row) => row[1])).toEqual(spc.serviceSpc.points.map((point) => (point.value === null ? '' : String(point.value))));
    await closeWithoutErrors({ page, errors });
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    await open();
    await expectReadableAtBothWidths(page, 'overview');
    await closeWithoutErrors({ page, errors });
  });
});
