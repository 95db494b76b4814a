import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { closeWithoutErrors, dashboardBrowser, queryApi } from '../support/dashboard.checks.js';
import type { AccountSpec } from '../support/account.factory.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

interface ContractsAnswer {
  contracts: { id: string; code: string; title: string }[];
}
interface KpiQuarter {
  periodStart: string;
  label: string;
  actual: number | null;
  target: number | null;
  rag: string | null;
  suppressed: boolean;
  numerator: number | null;
  denominator: number | null;
}
interface KpisAnswer {
  contractKpis: { kpi: { code: string; name: string }; quarters: KpiQuarter[]; spc: { assurance: string | null } }[];
}
interface HeadlinesAnswer {
  outcomeSummary: { headlines: { key: string; estimate: number | null; lower: number | null; upper: number | null }[] };
}

const CONTRACTS = `{ contracts { id code title } }`;
const KPIS = `query ($contractCode: String!) { contractKpis(contractCode: $contractCode) {
  kpi { code name } quarters { periodStart label actual target rag suppressed numerator denominator } spc { assurance }
} }`;
const HEADLINES = `query ($filter: ReferralFilter) { outcomeSummary(filter: $filter) { headlines { key estimate lower upper } } }`;

/** The pack's default quarter: the latest in which any KPI has an actual. */
function latestQuarter(answer: KpisAnswer): KpiQuarter {
  const reported = answer.contractKpis.flatMap((report) => report.quarters.filter((quarter) => quarter.actual !== null));
  return reported.sort((a, b) => a.periodStart.localeCompare(b.periodStart)).at(-1)!;
}

/** The n the pack shows for a KPI's quarter, written out by hand from the API's counts. */
function expectedN(quarter: KpiQuarter): string {
  const count = quarter.denominator ?? quarter.numerator;
  if (count !== null) return count.toLocaleString('en-GB');
  if (quarter.suppressed) return '*';
  return quarter.actual === null ? '—' : 'reported';
}

/** Pages of a PDF: its page objects, not the /Pages tree nodes. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the quarterly board pack', () => {
  const browser = dashboardBrowser();
  let contract: ContractsAnswer['contracts'][number];
  let commissioner: AccountSpec;
  let kpis: KpisAnswer;

  beforeAll(async () => {
    const { contracts } = await queryApi<ContractsAnswer>(api(), CONTRACTS);
    contract = contracts[0];
    // A commissioner of this one contract, as the board pack's reader would be.
    commissioner = { role: 'commissioner', name: 'commissioner-board-pack', scopes: [{ kind: 'contract', refId: Number(contract.id) }] };
    kpis = await queryApi<KpisAnswer>(api(), KPIS, { contractCode: contract.code }, commissioner);
  });

  async function openAsCommissioner(path: string): Promise<{ page: Page; errors: string[] }> {
    return browser.open(`${dashboard()}${path}`, { as: commissioner });
  }

  it("shows every KPI with the API's actual, target, RAG, assurance and n, the outcome headlines with CIs and the uptake gaps, without site chrome", async () => {
    const opened = await openAsCommissioner(`/contract/report?contract=${contract.code}`);
    const { page } = opened;
    await page.locator('[data-report-ready]').waitFor({ state: 'attached' });
    const latest = latestQuarter(kpis);
    expect(await page.getByTestId('report-title').textContent()).toBe(contract.title);
    expect(await page.getByTestId('board-pack').getAttribute('data-report-quarter')).toBe(latest.label);
    expect(await page.getByTestId('site-navigation').count()).toBe(0);

    const rows = page.getByTestId('report-kpi-row');
    expect(await rows.count()).toBe(kpis.contractKpis.length);
    for (const report of kpis.contractKpis) {
      const quarter = report.quarters.find((candidate) => candidate.periodStart === latest.periodStart)!;
      const row = page.locator(`[data-testid="report-kpi-row"][data-kpi="${report.kpi.code}"]`);
      expect(await row.getAttribute('data-actual')).toBe(quarter.actual === null ? '' : String(quarter.actual));
      expect(await row.getAttribute('data-target')).toBe(quarter.target === null ? '' : String(quarter.target));
      expect(await row.getAttribute('data-rag')).toBe(quarter.rag ?? '');
      expect(await row.getAttribute('data-assurance')).toBe(report.spc.assurance ?? '');
      expect(await row.getAttribute('data-suppressed')).toBe(String(quarter.suppressed));
      expect((await row.getByTestId('report-kpi-n').textContent())?.trim()).toBe(expectedN(quarter));
      if (quarter.actual !== null) {
        expect(await row.getByTestId('report-kpi-actual').textContent()).toContain(quarter.actual.toLocaleString('en-GB', { maximumFractionDigits: 1 }));
      }
    }
    expect(await page.getByTestId('report-kpi-chart').count()).toBe(kpis.contractKpis.length);

    // Outcomes cover the financial year to the quarter's end: 1 April of that year to the quarter's last day.
    const start = latest.periodStart;
    const fyStartYear = Number(start.slice(5, 7)) >= 4 ? Number(start.slice(0, 4)) : Number(start.slice(0, 4)) - 1;
    const end = new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1 + 3, 0)).toISOString().slice(0, 10);
    const filter = { periodFrom: `${fyStartYear}-04-01`, periodTo: end };
    const { outcomeSummary } = await queryApi<HeadlinesAnswer>(api(), HEADLINES, { filter }, commissioner);
    const headlines = page.getByTestId('report-headline');
    expect(await headlines.count()).toBe(outcomeSummary.headlines.length);
    const withCi = outcomeSummary.headlines.filter((headline) => headline.lower !== null && headline.upper !== null);
    expect(withCi.length).toBeGreaterThan(0);
    for (const headline of withCi) {
      expect(await page.locator(`[data-testid="report-headline"][data-key="${headline.key}"] [data-testid="report-headline-ci"]`).textContent()).toMatch(
        /^95% CI .+ to .+$/,
      );
    }

    const uptakes = page.getByTestId('report-uptake-dimension');
    expect(await uptakes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-dimension')))).toEqual([
      'ETHNIC_GROUP',
      'AGE_BAND',
      'DEPRIVATION_DECILE',
    ]);
    expect(await page.getByTestId('report-uptake-row').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('report-uptake-gap').first().textContent()).toMatch(/pts|\*/);
    await closeWithoutErrors(opened);
  });

  it('prints the Contract page on A4 portrait without navigation, the KPI table with its assurance column on the page', async () => {
    const opened = await openAsCommissioner(`/contract?contract=${contract.code}`);
    const { page } = opened;
    await page.getByTestId('contract-kpis-table').waitFor();
    // A4 portrait at 96 dpi is 794 px wide.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('site-navigation').isVisible()).toBe(false);
    expect(await page.getByTestId('sign-out').isVisible()).toBe(false);
    expect(await page.getByTestId('board-pack-links').isVisible()).toBe(false);
    const assurance = page.getByTestId('contract-kpis-table').locator('thead th').last();
    expect(await assurance.textContent()).toBe('Assurance');
    const box = (await assurance.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(794);
    const lastAssuranceCell = page.getByTestId('kpi-row').last().locator('td').last();
    const cell = (await lastAssuranceCell.boundingBox())!;
    expect(cell.x + cell.width).toBeLessThanOrEqual(794);
    await closeWithoutErrors(opened);
  });

  it('downloads a board-ready PDF made by the hub from the Contract page link', { timeout: 180_000 }, async () => {
    const opened = await openAsCommissioner(`/contract?contract=${contract.code}`);
    const { page } = opened;
    const link = page.getByTestId('board-pack-pdf');
    expect(await link.textContent()).toBe('Board pack (PDF)');
    const href = (await link.getAttribute('href'))!;
    const latest = latestQuarter(kpis);
    expect(href).toBe(`/contract/report.pdf?contract=${contract.code}&quarter=${latest.periodStart}`);

    // The page's own request context carries the signed-in session cookie, as the link's click would.
    const response = await page.request.get(`${dashboard()}${href}`, { timeout: 150_000 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const [, quarter, year, next] = /^Q([1-4]) (\d{4})\/(\d{2})$/.exec(latest.label)!;
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${contract.code}-board-pack-${year}-${next}-Q${quarter}.pdf"`);
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(3);

    if (hasCommand('pdftotext')) {
      const file = join(mkdtempSync(join(tmpdir(), 'board-pack-')), 'pack.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain(contract.title);
      expect(text).toContain('KPI summary');
    }
    await closeWithoutErrors(opened);
  });

  it('refuses the PDF to an anonymous caller', async () => {
    await queryApi(api(), 'mutation { setPublishedView(enabled: false) }', {}, 'admin');
    const response = await fetch(`${dashboard()}/contract/report.pdf?contract=${contract.code}`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/sign-in?redirectTo=${encodeURIComponent(`/contract/report.pdf?contract=${contract.code}`)}`);
    expect(response.headers.get('content-type')).not.toBe('application/pdf');
  });
});
