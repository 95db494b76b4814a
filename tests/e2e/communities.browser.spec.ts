import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chartPoints,
  closeWithoutErrors,
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

interface UptakeAnswer {
  uptake: {
    groups: {
      key: string;
      label: string;
      referrals: number | null;
      share: { estimate: number | null };
      populationShare: number | null;
      representationRatio: number | null;
    }[];
  };
}
const UPTAKE = `query ($dimension: UptakeDimension!, $filter: ReferralFilter) { uptake(dimension: $dimension, filter: $filter) {
  groups { key label referrals share { estimate } populationShare representationRatio } } }`;
const BAME = `query ($filter: ReferralFilter) { serviceSpc(series: BAME_SHARE, filter: $filter) { points { period value } } }`;

/** Groups the chart can place: a known share and a population to compare it with. */
const drawnGroups = (answer: UptakeAnswer) => answer.uptake.groups.filter((group) => group.share.estimate !== null && (group.populationShare ?? 0) > 0);
// A withheld count is an empty cell; the Value note says why.
const cell = (value: number | null) => (value === null ? '' : String(value));

describe('the Communities page in a browser', () => {
  const browser = dashboardBrowser();
  let page: Page;
  let errors: string[];

  async function open(search = ''): Promise<void> {
    ({ page, errors } = await browser.open(`${dashboard()}/communities${search}`));
  }

  async function wardLabels(): Promise<string[]> {
    return page
      .getByTestId('ward-table')
      .locator('tbody th')
      .allTextContents()
      .then((labels) => labels.map((label) => label.trim()));
  }

  it('draws representation by ethnic group, the BAME share and the ward table from the API', async () => {
    await open();
    const ethnic = await queryApi<UptakeAnswer>(api(), UPTAKE, { dimension: 'ETHNIC_GROUP', filter: await openingFilter(api()) });
    expect(drawnGroups(ethnic).length).toBeGreaterThan(0);
    expect(await chartPoints(page, 'uptake-chart')).toBe(drawnGroups(ethnic).length);
    const bame = await queryApi<{ serviceSpc: { points: { value: number | null }[] } }>(api(), BAME, { filter: await openingFilter(api()) });
    expect(await chartPoints(page, 'spc-chart-bame-share')).toBe(bame.serviceSpc.points.filter((point) => point.value !== null).length);
    const wards = await queryApi<UptakeAnswer>(api(), UPTAKE, { dimension: 'WARD', filter: await openingFilter(api()) });
    expect(await chartPoints(page, 'ward-table')).toBe(wards.uptake.groups.length);
    await closeWithoutErrors({ page, errors });
  });

  it('changes the data and the URL when a programme is chosen', async () => {
    await open();
    const chosen = await page.getByTestId('filter-programme').locator('option').nth(1).getAttribute('value');
    const before = await queryApi<UptakeAnswer>(api(), UPTAKE, { dimension: 'WARD', filter: await openingFilter(api()) });

    await page.getByTestId('filter-programme').selectOption(chosen!);
    await page.waitForURL((url) => url.searchParams.get('programme') === chosen);
    await settled(page);

    const after = await queryApi<UptakeAnswer>(api(), UPTAKE, { dimension: 'WARD', filter: { ...(await openingFilter(api())), programmeIds: [chosen] } });
    expect(after.uptake.groups.map((ward) => ward.referrals)).not.toEqual(before.uptake.groups.map((ward) => ward.referrals));
    const csv = dataColumns(await downloadCsv(page, 'wards-csv'));
    const byLabel = new Map(after.uptake.groups.map((ward) => [ward.label, cell(ward.referrals)]));
    expect(csv.rows.map((row) => row[1])).toEqual(csv.rows.map((row) => byLabel.get(row[0])));
    await closeWithoutErrors({ page, errors });
  });

  it('sorts the ward table by a clicked column, keeping the sort in the URL', async () => {
    await open();
    const wards = await queryApi<UptakeAnswer>(api(), UPTAKE, { dimension: 'WARD', filter: await openingFilter(api()) });
    const names = wards.uptake.groups.map((ward) => ward.label).sort((a, b) => a.localeCompare(b));

    await page.getByTestId('ward-sort-name').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name');
    await expect.poll(wardLabels).toEqual(names);

    await page.getByTestId('ward-sort-name').click();
    await page.waitForURL((url) => url.searchParams.get('dir') === 'desc');
    await expect.poll(wardLabels).toEqual([...names].reverse());
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the wards in the order shown, one CSV row per ward', async () => {
    await open('?sort=referrals&dir=desc');
    const csv = dataColumns(await downloadCsv(page, 'wards-csv'));
    expect(csv.header[0]).toBe('Ward');
    expect(csv.rows.map((row) => row[0])).toEqual(await wardLabels());
    await closeWithoutErrors({ page, errors });
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    await open();
    await expectReadableAtBothWidths(page, 'communities');
    await closeWithoutErrors({ page, errors });
  });
});
