import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  chartPoints,
  closeWithoutErrors,
  dashboardBrowser,
  downloadCsv,
  expectReadableAtBothWidths,
  queryApi,
  seriousAxeViolations,
  settled,
} from '../support/dashboard.checks.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

interface ContractsAnswer {
  contracts: { code: string; title: string }[];
}
interface KpisAnswer {
  contractKpis: {
    kpi: { code: string; name: string };
    quarters: { periodStart: string; label: string; actual: number | null }[];
    spc: { points: { period: string; value: number | null }[] };
  }[];
}

const CONTRACTS = `{ contracts { code title } }`;
const KPIS = `query ($contractCode: String!) { contractKpis(contractCode: $contractCode) {
  kpi { code name } quarters { periodStart label actual } spc { points { period value } }
} }`;

/** The latest quarter in which any KPI has an actual: the page's default and its "today". */
function latestQuarter(answer: KpisAnswer): { periodStart: string; label: string } {
  const reported = answer.contractKpis.flatMap((report) => report.quarters.filter((quarter) => quarter.actual !== null));
  return reported.sort((a, b) => a.periodStart.localeCompare(b.periodStart)).at(-1)!;
}

describe('the Contract page in a browser', () => {
  const browser = dashboardBrowser();
  let page: Page;
  let errors: string[];
  let contract: string;
  let kpis: KpisAnswer;

  beforeAll(async () => {
    const { contracts } = await queryApi<ContractsAnswer>(api(), CONTRACTS);
    contract = contracts[0].code;
    kpis = await queryApi<KpisAnswer>(api(), KPIS, { contractCode: contract });
  });

  async function open(search = ''): Promise<void> {
    ({ page, errors } = await browser.open(`${dashboard()}/contract${search}`));
  }

  it('shows one row per KPI for the latest quarter with data, and marks that quarter on the term', async () => {
    await open();
    expect(kpis.contractKpis.length).toBeGreaterThan(0);
    const table = page.getByTestId('contract-kpis-table');
    await table.waitFor();
    const latest = latestQuarter(kpis);
    expect(await table.getAttribute('data-rows')).toBe(String(kpis.contractKpis.length));
    expect(await table.getAttribute('data-quarter')).toBe(latest.periodStart);
    expect(await page.getByTestId('kpi-row').locator('[data-testid="kpi-link"]').allTextContents()).toEqual(kpis.contractKpis.map((report) => report.kpi.name));
    await page.getByTestId('contract-latest-marker').waitFor();
    expect(await page.getByTestId('contract-term-summary').textContent()).toContain(latest.label);
    await closeWithoutErrors({ page, errors });
  });

  it('changes the figures and the URL when another quarter is chosen', async () => {
    await open();
    const latest = latestQuarter(kpis);
    const earlier = kpis.contractKpis[0].quarters.find((quarter) => quarter.periodStart < latest.periodStart && quarter.actual !== null)!;
    const before = await downloadCsv(page, 'contract-kpis-csv');

    await page.getByTestId('kpi-quarter').selectOption(earlier.periodStart);
    await page.waitForURL((url) => url.searchParams.get('quarter') === earlier.periodStart);
    await settled(page);
    await expect.poll(() => page.getByTestId('contract-kpis-table').getAttribute('data-quarter')).toBe(earlier.periodStart);

    const after = await downloadCsv(page, 'contract-kpis-csv');
    expect(after.rows.map((row) => row[0])).toEqual(kpis.contractKpis.map(() => earlier.label));
    const actuals = kpis.contractKpis.map((report) => report.quarters.find((quarter) => quarter.periodStart === earlier.periodStart)?.actual ?? null);
    expect(after.rows.map((row) => (row[4] === '' || row[4] === '*' ? null : Number(row[4])))).toEqual(actuals);
    expect(after.rows).not.toEqual(before.rows);
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the KPI rows shown', async () => {
    await open();
    const csv = await downloadCsv(page, 'contract-kpis-csv');
    expect(csv.name).toBe('kpis-by-quarter.csv');
    expect(csv.header).toEqual(['Quarter', 'KPI', 'Unit', 'Target', 'Actual', 'RAG', 'Note']);
    expect(csv.rows.map((row) => row[1])).toEqual(kpis.contractKpis.map((report) => report.kpi.name));
    const badges = page.getByTestId('kpi-row').locator('td:nth-of-type(3) [data-testid="kpi-rag"]');
    const shown: (string | null)[] = [];
    for (let index = 0; index < (await badges.count()); index++) shown.push(await badges.nth(index).getAttribute('data-rag'));
    expect(csv.rows.map((row) => row[5].toUpperCase())).toEqual(shown);
    await closeWithoutErrors({ page, errors });
  });

  it('drills into a KPI’s SPC chart over every quarter when it is clicked', async () => {
    await open();
    const report = kpis.contractKpis.find((candidate) => candidate.spc.points.some((point) => point.value !== null))!;
    await page.getByTestId('kpi-row').filter({ hasText: report.kpi.name }).getByTestId('kpi-link').click();
    await page.waitForURL((url) => url.searchParams.get('kpi') === report.kpi.code);
    await settled(page);
    const drawn = report.spc.points.filter((point) => point.value !== null).length;
    expect(await chartPoints(page, `spc-chart-kpi-${report.kpi.code}`)).toBe(drawn);
    const csv = await downloadCsv(page, 'kpi-spc-csv');
    expect(csv.rows).toHaveLength(report.spc.points.length);
    await closeWithoutErrors({ page, errors });
  });

  it('chooses between contracts in the URL when there are several', async () => {
    const { contracts } = await queryApi<ContractsAnswer>(api(), CONTRACTS);
    await open();
    if (contracts.length < 2) {
      expect(await page.getByTestId('contract-selector').count()).toBe(0);
    } else {
      await page.getByTestId('contract-select').selectOption(contracts[1].code);
      await page.waitForURL((url) => url.searchParams.get('contract') === contracts[1].code);
      await settled(page);
      const other = await queryApi<KpisAnswer>(api(), KPIS, { contractCode: contracts[1].code });
      if (other.contractKpis.length === 0) await page.getByTestId('contract-kpis-empty').waitFor();
      else expect(await page.getByTestId('contract-kpis-table').getAttribute('data-rows')).toBe(String(other.contractKpis.length));
    }
    await closeWithoutErrors({ page, errors });
  });

  it('reads at 1280 and 390 px wide without sideways scrolling, and has no serious axe violations', async () => {
    const report = kpis.contractKpis[0];
    await open(`?kpi=${report.kpi.code}`);
    await page.getByTestId(`spc-chart-kpi-${report.kpi.code}`).waitFor();
    await expectReadableAtBothWidths(page, 'contract');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await closeWithoutErrors({ page, errors });
  });
});
