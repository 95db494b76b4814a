import { beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import {
  chartPoints,
  closeWithoutErrors,
  dashboardBrowser,
  csvColumn,
  dataColumns,
  downloadCsv,
  downloadFile,
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
    kpi: { code: string; name: string; unit: 'PERCENT' | 'COUNT' | 'DAYS' };
    quarters: { periodStart: string; label: string; actual: number | null; suppressed: boolean }[];
    spc: { points: { period: string; value: number | null }[] };
  }[];
}

const CONTRACTS = `{ contracts { code title } }`;
const KPIS = `query ($contractCode: String!) { contractKpis(contractCode: $contractCode) {
  kpi { code name unit } quarters { periodStart label actual suppressed } spc { points { period value } }
} }`;

/** A figure as the downloads write a KPI in percent or days: one decimal, empty when missing. */
const oneDecimal = (value: number | null) => (value === null ? '' : (Math.round(value * 10) / 10).toFixed(1));
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

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
    const before = dataColumns(await downloadCsv(page, 'contract-kpis-csv'));

    await page.getByTestId('kpi-quarter').selectOption(earlier.periodStart);
    await page.waitForURL((url) => url.searchParams.get('quarter') === earlier.periodStart);
    await settled(page);
    await expect.poll(() => page.getByTestId('contract-kpis-table').getAttribute('data-quarter')).toBe(earlier.periodStart);

    const after = dataColumns(await downloadCsv(page, 'contract-kpis-csv'));
    expect(after.rows.map((row) => row[0])).toEqual(kpis.contractKpis.map(() => earlier.label));
    const actuals = kpis.contractKpis.map((report) => report.quarters.find((quarter) => quarter.periodStart === earlier.periodStart)?.actual ?? null);
    expect(after.rows.map((row) => row[4])).toEqual(actuals.map(oneDecimal));
    expect(after.rows).not.toEqual(before.rows);
    await closeWithoutErrors({ page, errors });
  });

  it('downloads the KPI rows shown', async () => {
    await open();
    const file = await downloadCsv(page, 'contract-kpis-csv');
    const latest = latestQuarter(kpis);
    expect(file.name).toBe(`kpis-by-quarter_${slug(latest.label)}_contract-${slug(contract)}.csv`);
    expect(new Set(csvColumn(file, 'Period'))).toEqual(new Set([latest.label]));
    expect(new Set(csvColumn(file, 'Filters'))).toEqual(new Set([`Contract: ${contract}`]));
    const csv = dataColumns(file);
    expect(csv.header).toEqual(['Quarter', 'KPI', 'Unit', 'Target', 'Actual', 'RAG', 'Note']);
    expect(csv.rows.map((row) => row[1])).toEqual(kpis.contractKpis.map((report) => report.kpi.name));
    const badges = page.getByTestId('kpi-row').locator('td:nth-of-type(3) [data-testid="kpi-rag"]');
    const shown: (string | null)[] = [];
    for (let index = 0; index < (await badges.count()); index++) shown.push(await badges.nth(index).getAttribute('data-rag'));
    expect(csv.rows.map((row) => row[5].toUpperCase())).toEqual(shown);
    await closeWithoutErrors({ page, errors });
  });

  it('downloads every quarter of every KPI as CSV and XLSX, as the API reports them', async () => {
    await open();
    await page.getByTestId('contract-kpis-table').waitFor();
    const every = kpis.contractKpis.flatMap((report) => report.quarters.map((quarter) => ({ kpi: report.kpi, quarter })));
    expect(every.length).toBeGreaterThan(kpis.contractKpis.length);

    const file = await downloadCsv(page, 'kpi-export-csv');
    expect(file.name).toBe(`kpis_contract-${contract.replace(/[^A-Za-z0-9]+/g, '-')}_all-quarters.csv`);
    expect(csvColumn(file, 'KPI code')).toEqual(every.map((row) => row.kpi.code));
    expect(csvColumn(file, 'Quarter')).toEqual(every.map((row) => row.quarter.label));
    expect(csvColumn(file, 'Period start')).toEqual(every.map((row) => row.quarter.periodStart));
    expect(csvColumn(file, 'Value note').filter((note) => note === 'Suppressed: fewer than 8').length).toBe(
      every.filter((row) => row.quarter.suppressed).length,
    );
    expect(new Set(csvColumn(file, 'Filters'))).toEqual(new Set([`Contract: ${contract}`]));

    const xlsx = await downloadFile(page, 'kpi-export-xlsx');
    expect(xlsx.name).toBe(file.name.replace(/\.csv$/, '.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['KPIs', 'About']);
    const sheet = workbook.getWorksheet('KPIs')!;
    expect(sheet.rowCount).toBe(every.length + 1);
    const codes: unknown[] = [];
    sheet.eachRow((row, number) => number > 1 && codes.push(row.getCell(1).value));
    expect(codes).toEqual(every.map((row) => row.kpi.code));
    const firstActual = every.findIndex((row) => row.quarter.actual !== null);
    const cell = sheet.getRow(firstActual + 2).getCell(7);
    const { unit } = every[firstActual].kpi;
    expect(cell.value).toBeCloseTo(unit === 'PERCENT' ? every[firstActual].quarter.actual! / 100 : every[firstActual].quarter.actual!, 6);
    expect(cell.numFmt).toBe(unit === 'PERCENT' ? '0.0%' : unit === 'COUNT' ? '0' : '0.0');
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
    const csv = dataColumns(await downloadCsv(page, 'kpi-spc-csv'));
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
