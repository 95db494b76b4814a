import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AccountWanted } from '../support/account.factory.js';
import { credentialsOf } from '../support/account.factory.js';
import { resolve } from 'node:path';
import { screenshot, screenshotDir } from '../support/browser.js';
import { closeWithoutErrors, dashboardBrowser, queryApi, seriousAxeViolations } from '../support/dashboard.checks.js';

const dashboard = () => inject('dashboardUrl');
const api = () => inject('apiUrl');

const LEAD: AccountWanted = { role: 'qi_lead', name: 'qi-workspace-lead' };
const ANALYST: AccountWanted = 'analyst';
const ADMIN: AccountWanted = 'admin';

const PROJECT = `query ($id: ID!) { qiProject(id: $id) {
  id version title
  measures { id name values { periodStart value } chartSettings { rebases { at reason } }
    spc { kind points { period value rebase pdsaCycles } pdsaMarkers { sequence changeIdea } } }
  pdsaCycles { sequence changeIdea measures { id } }
} }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: QiProjectInput!) { updateQiProject(id: $id, version: $version, input: $input) { version } }`;
const AUDIT = `query ($filter: AuditFilter) { auditLog(filter: $filter, first: 500) { action actor detail } }`;

interface ProjectAnswer {
  qiProject: {
    id: string;
    version: number;
    title: string;
    measures: {
      id: string;
      name: string;
      values: { periodStart: string; value: number }[];
      chartSettings: { rebases: { at: string; reason: string }[] };
      spc: { kind: string; points: { period: string; value: number | null; rebase: boolean; pdsaCycles: number[] }[]; pdsaMarkers: { sequence: number }[] };
    }[];
    pdsaCycles: { sequence: number; changeIdea: string; measures: { id: string }[] }[];
  };
}

/** The first days of the 24 months before this one, oldest first: a QI team's last two years. */
function lastTwoYears(now: Date): string[] {
  return Array.from({ length: 24 }, (_, index) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 24 + index, 1)).toISOString().slice(0, 10));
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const spreadsheetMonth = (day: string) => `${MONTH_NAMES[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

async function openDisclosure(page: Page, testid: string): Promise<void> {
  const details = page.getByTestId(testid);
  if (!(await details.evaluate((element) => (element as unknown as { open: boolean }).open))) await details.locator('summary').first().click();
}

describe('the QI workspace in a browser', () => {
  const browser = dashboardBrowser();
  const months = lastTwoYears(new Date());
  // Waiting times that fall after the change at month 12: the rebase should find two processes.
  const values = months.map((_, index) => (index < 12 ? 30 + (index % 3) : 18 + (index % 3)));
  const stamp = Date.now().toString(36);
  const title = `Faster first contact ${stamp}`;
  let projectId = '';
  let measureId = '';

  it('lets a QI lead create a project, add a measure, paste 24 values, rebase, record a PDSA cycle and see it all on the chart', async () => {
    const started = performance.now();
    const opened = await browser.open(`${dashboard()}/qi`, { as: LEAD });
    const { page } = opened;

    await page.getByTestId('qi-new-project').click();
    await page.waitForURL(/\/qi\/new$/);
    await page.locator('#qi-new-project-form-title').fill(title);
    await page.locator('#qi-new-project-form-team').fill('Single point of access');
    await page.locator('#qi-new-project-form-aim').fill('First contact within 20 days for 90% of referrals by next March.');
    await page.locator('#qi-new-project-form-started').fill(months[0]);
    await page.locator('#qi-new-project-form-status').selectOption('TESTING');
    await page.locator('#qi-new-project-form-score').selectOption('2.5');
    await page.locator('#qi-new-project-form-involvement').selectOption('LITTLE_I');
    await page.locator('#qi-new-project-form-involvement-on').fill(months[0]);
    await screenshot(page, 'qi-workspace-new-project');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId('qi-new-project-form-submit').click();
    await page.waitForURL(/\/qi\/\d+/);
    projectId = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.locator('h1').textContent()).toContain(title);

    await openDisclosure(page, 'qi-add-measure');
    await page.locator('#measure-name').fill('Days from referral to first contact');
    await page.locator('#measure-unit').fill('days');
    await page.locator('#measure-definition').fill('Mean days from referral received to first contact, by month of referral.');
    await page.locator('#measure-direction').selectOption('DECREASE');
    await page.locator('#measure-target').fill('20');
    await page.getByTestId('qi-add-measure-submit').click();
    const editor = page.locator('[data-testid^="qi-measure-editor-"]');
    await editor.waitFor();
    measureId = (await editor.getAttribute('data-testid'))!.replace('qi-measure-editor-', '');

    await openDisclosure(page, `qi-enter-values-${measureId}`);
    const pasted = ['Month\tDays', ...months.map((day, index) => `${spreadsheetMonth(day)}\t${values[index]}`)].join('\n');
    await page.locator(`#paste-${measureId}`).fill(pasted);
    const preview = page.getByTestId(`qi-paste-preview-${measureId}`);
    await expect.poll(() => preview.getAttribute('data-rows')).toBe('24');
    expect(await preview.getAttribute('data-problems')).toBe('0');
    await screenshot(page, 'qi-workspace-paste-preview');
    await page.getByTestId(`qi-paste-save-${measureId}`).click();
    const chart = page.getByTestId(`spc-chart-measure-${measureId}`);
    await expect.poll(() => chart.getAttribute('data-points'), { timeout: 15_000 }).toBe('24');

    await openDisclosure(page, `qi-chart-settings-form-${measureId}`);
    await page.locator(`#rebase-at-${measureId}-0`).selectOption(months[12]);
    await page.locator(`#rebase-reason-${measureId}-0`).fill('Duty worker triages every referral on the day it arrives');
    await page.getByTestId(`qi-chart-settings-save-${measureId}`).click();
    await page.getByTestId('qi-rebase-reason').waitFor();
    await expect.poll(() => chart.locator('title', { hasText: 'Limits recalculated from' }).count()).toBe(1);

    await openDisclosure(page, 'qi-record-pdsa');
    await page.locator('#pdsa-idea').fill('Duty worker triage on the day');
    await page.locator('#pdsa-plan').fill('One duty worker a day triages every new referral; we predict first contact within 20 days.');
    await page.locator('#pdsa-started').fill(months[12]);
    await page.getByTestId('qi-pdsa-form').getByLabel('Days from referral to first contact', { exact: true }).check();
    await page.getByTestId('qi-pdsa-submit').click();
    await chart.getByTestId('spc-marker-pdsa').first().waitFor({ timeout: 15_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`QI lead's flow (new project → measure → 24 pasted values → rebase → PDSA on the chart): ${seconds.toFixed(1)} s`);

    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'qi-workspace-chart');
    await page.locator(`section[aria-labelledby="measure-${measureId}-heading"]`).screenshot({ path: resolve(screenshotDir, 'qi-workspace-chart-panel.png') });
    const { qiProject } = await queryApi<ProjectAnswer>(api(), PROJECT, { id: projectId }, LEAD);
    const measure = qiProject.measures[0];
    expect(measure.values.map((value) => value.value)).toEqual(values);
    expect(measure.chartSettings.rebases).toEqual([{ at: months[12], reason: 'Duty worker triages every referral on the day it arrives' }]);
    expect(measure.spc.points.filter((point) => point.rebase).map((point) => point.period)).toEqual([months[12]]);
    expect(measure.spc.pdsaMarkers.map((marker) => marker.sequence)).toEqual([1]);
    expect(qiProject.pdsaCycles[0].measures).toEqual([{ id: measureId }]);
    await closeWithoutErrors(opened);
  });

  it('lets the QI lead edit the PDSA cycle it recorded, adding study, act and the decision', async () => {
    const opened = await browser.open(`${dashboard()}/qi/${projectId}`, { as: LEAD });
    const { page } = opened;
    const disclosure = page.locator('[data-testid^="qi-edit-pdsa-"]').first();
    const cycleId = (await disclosure.getAttribute('data-testid'))!.replace('qi-edit-pdsa-', '');
    await openDisclosure(page, `qi-edit-pdsa-${cycleId}`);
    expect(await page.locator(`#pdsa-${cycleId}-idea`).inputValue()).toBe('Duty worker triage on the day');
    expect(await page.locator(`#pdsa-${cycleId}-started`).inputValue()).toBe(months[12]);
    expect(await page.getByTestId(`qi-edit-pdsa-${cycleId}-form`).getByLabel('Days from referral to first contact', { exact: true }).isChecked()).toBe(true);

    await page.locator(`#pdsa-${cycleId}-study`).fill('First contact fell from about 31 to about 19 days, as predicted.');
    await page.locator(`#pdsa-${cycleId}-act`).fill('Keep a duty worker on the rota every day.');
    await page.locator(`#pdsa-${cycleId}-ended`).fill(months[15]);
    await page.locator(`#pdsa-${cycleId}-decision`).selectOption('ADOPT');
    await page.getByTestId(`qi-edit-pdsa-${cycleId}-form`).scrollIntoViewIfNeeded();
    await page.getByTestId(`qi-edit-pdsa-${cycleId}-form`).screenshot({ path: resolve(screenshotDir, 'qi-workspace-edit-pdsa.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByTestId(`qi-edit-pdsa-${cycleId}-submit`).click();
    await page.getByTestId(`qi-edit-pdsa-${cycleId}-form-saved`).waitFor();

    const cycle = page.getByTestId('qi-pdsa-cycle').first();
    await expect.poll(() => cycle.textContent()).toContain('First contact fell from about 31 to about 19 days, as predicted.');
    expect(await cycle.textContent()).toContain('Keep a duty worker on the rota every day.');
    expect(await cycle.textContent()).toContain('Decision: Adopt');
    expect(await page.locator(`#pdsa-${cycleId}-study`).inputValue()).toBe('First contact fell from about 31 to about 19 days, as predicted.');
    await screenshot(page, 'qi-workspace-pdsa-edited');
    await closeWithoutErrors(opened);
  });

  it('keeps what the QI lead typed and explains the conflict when someone saved the project first', async () => {
    const opened = await browser.open(`${dashboard()}/qi/${projectId}`, { as: LEAD });
    const { page } = opened;
    await openDisclosure(page, 'qi-edit-project');
    await page.locator('#qi-edit-project-form-title').fill(`${title} (renamed here)`);

    // Someone else saves the project while the form is open.
    const { qiProject } = await queryApi<ProjectAnswer>(api(), PROJECT, { id: projectId }, LEAD);
    const input = {
      title: `${title} (renamed elsewhere)`,
      team: 'Single point of access',
      aim: 'First contact within 20 days.',
      startedOn: months[0],
      status: 'TESTING',
      progressScore: 3,
      progressScoredOn: new Date().toISOString().slice(0, 10),
      involvementLevel: 'LITTLE_I',
    };
    await queryApi(api(), UPDATE, { id: projectId, version: qiProject.version, input }, LEAD);

    await page.getByTestId('qi-edit-project-form-submit').click();
    const problem = page.getByTestId('qi-edit-project-form-error');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/\S/);
    expect(await page.locator('#qi-edit-project-form-title').inputValue()).toBe(`${title} (renamed here)`);
    await page.getByTestId('qi-edit-project-form-reload').waitFor();
    await screenshot(page, 'qi-workspace-conflict');
    opened.errors.length = 0; // the refused save's 409 is logged by the browser, as it should be
    await page.close();
  });

  it('shows an analyst the project and its chart settings but no edit controls', async () => {
    const portfolio = await browser.open(`${dashboard()}/qi`, { as: ANALYST });
    expect(await portfolio.page.getByTestId('qi-new-project').count()).toBe(0);
    await closeWithoutErrors(portfolio);
    const opened = await browser.open(`${dashboard()}/qi/${projectId}`, { as: ANALYST });
    await opened.page.getByTestId(`spc-chart-measure-${measureId}`).waitFor();
    expect(await opened.page.getByTestId('qi-edit-panel').count()).toBe(0);
    expect(await opened.page.locator('[data-testid^="qi-measure-editor-"]').count()).toBe(0);
    expect(await opened.page.getByTestId('qi-record-pdsa').count()).toBe(0);
    expect(await opened.page.getByTestId('qi-rebase-reason').textContent()).toContain('Duty worker triages');
    await closeWithoutErrors(opened);
  });

  it('audits each step of the QI lead', async () => {
    const actions = [
      'qi.project_create',
      'qi.measure_create',
      'qi.values_record',
      'qi.chart_settings',
      'qi.pdsa_record',
      'qi.pdsa_update',
      'qi.project_update',
    ];
    const { auditLog } = await queryApi<{ auditLog: { action: string; actor: string; detail: Record<string, unknown> }[] }>(
      api(),
      AUDIT,
      { filter: { actions } },
      ADMIN,
    );
    const ours = auditLog.filter(
      (entry) =>
        entry.actor === credentialsOf('qi-workspace-lead').email &&
        (String(entry.detail.projectId) === projectId || String(entry.detail.measureId) === measureId),
    );
    expect(new Set(ours.map((entry) => entry.action))).toEqual(new Set(actions));
  });
});
