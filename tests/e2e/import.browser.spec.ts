import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { closeWithoutErrors, csvColumn, dashboardBrowser, downloadCsv, seriousAxeViolations } from '../support/dashboard.checks.js';

/** The Import page in Chromium: upload with progress, the summary, the quarantine and its CSV, and who may open it. */
const dashboard = () => inject('dashboardUrl');
const SAMPLES = resolve(import.meta.dirname, '../../seed/samples');

/**
 * The sample referrals under referral ids no other test (or earlier run on this hub) has used,
 * so the first import of it inserts every row whatever ran before.
 */
function freshReferralsFile(): string {
  const stamp = Date.now().toString(36).toUpperCase();
  const text = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').replace(/^([A-Z]+)-24-(\d{4}),/gm, `E2E${stamp}-$1-$2,`);
  const path = join(mkdtempSync(join(tmpdir(), 'hub-e2e-import-')), `referrals-${stamp}.csv`);
  writeFileSync(path, text);
  return path;
}

// Each import refreshes every rollup of the seeded town inside its transaction, which takes a while on a busy machine.
describe('the Import page', () => {
  const browser = dashboardBrowser();

  it('imports a file as an admin, showing the summary, then a second time with every row unchanged', async () => {
    const opened = await browser.open(`${dashboard()}/import`, { as: 'admin' });
    const { page } = opened;
    const file = freshReferralsFile();
    await page.getByLabel('What the file holds').selectOption('REFERRALS');
    await page.getByLabel('File (.csv in UTF-8, or .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('import-count-inserted').locator('dd').textContent()).resolves.toBe('15');
    await expect(page.getByTestId('import-count-quarantined').locator('dd').textContent()).resolves.toBe('0');
    await expect(page.getByTestId('quarantine-empty').textContent()).resolves.toBe('No rows were quarantined.');
    const firstRun = new URL(page.url()).searchParams.get('run');
    expect(firstRun).toMatch(/^\d+$/);
    await expect(page.getByTestId('import-runs-table').getByRole('row').nth(1).textContent()).resolves.toContain(file.split('/').pop());

    await page.getByLabel('What the file holds').selectOption('REFERRALS');
    await page.getByLabel('File (.csv in UTF-8, or .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL((url) => url.searchParams.get('run') !== firstRun, { timeout: 60_000 });
    await page.getByTestId('import-summary').waitFor();
    await expect(page.getByTestId('import-count-unchanged').locator('dd').textContent()).resolves.toBe('15');
    await expect(page.getByTestId('import-count-inserted').locator('dd').textContent()).resolves.toBe('0');
    await screenshot(page, 'import-summary');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await closeWithoutErrors(opened);
  }, 180_000);

  it('lists the quarantined rows of the error sample with their reasons, and downloads them as a CSV to correct', async () => {
    const opened = await browser.open(`${dashboard()}/import`, { as: 'admin' });
    const { page } = opened;
    await page.getByLabel('What the file holds').selectOption('REFERRALS');
    await page.getByLabel('File (.csv in UTF-8, or .xlsx)').setInputFiles(join(SAMPLES, 'referrals-with-errors.csv'));
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('import-count-quarantined').locator('dd').textContent()).resolves.toBe('7');
    const table = page.getByTestId('quarantine-table');
    const rows = await Promise.all(
      (await table.locator('tbody tr').all()).map(async (row) => (await row.locator('td').allTextContents()).join(' | ').replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toHaveLength(7);
    expect(rows[0]).toBe('3 | ERR-0002 | ltc-exercise-rehab | nhs_number: check digit is wrong');
    expect(rows[2]).toContain('received_on: "31/02/2024" is not a day of the calendar');
    expect(rows[4]).toContain('referral_id: "ERR-0001" is on row 2 too; a file holds each referral once');
    expect(rows[6]).toContain('source: "Carrier pigeon" is not one of the referral sources');
    await expect(page.getByTestId('quarantine-advice').textContent()).resolves.toContain('put each NHS number back in place of its pseudonym');
    await screenshot(page, 'import-quarantine');

    const csv = await downloadCsv(page, 'quarantine-csv');
    expect(csv.name).toMatch(/^referrals-with-errors-quarantined-run-\d+\.csv$/);
    // The original columns, in the template's order, then the reasons.
    expect(csv.header).toEqual(readFileSync(join(SAMPLES, 'referrals-with-errors.csv'), 'utf8').split('\n')[0].trim().split(',').concat('reasons'));
    expect(csvColumn(csv, 'referral_id')).toEqual(['ERR-0002', 'ERR-0003', 'ERR-0004', 'ERR-0005', 'ERR-0001', 'ERR-0006', 'ERR-0007']);
    expect(csvColumn(csv, 'reasons')[6]).toBe(
      'programme: "aqua-aerobics" is not a programme of the hub; source: "Carrier pigeon" is not one of the referral sources (gp, hospital, community, social_care, self, other)',
    );
    await closeWithoutErrors(opened);
  }, 120_000);

  it('shows a refused file as the form error', async () => {
    const opened = await browser.open(`${dashboard()}/import`, { as: 'admin' });
    const { page } = opened;
    const path = join(mkdtempSync(join(tmpdir(), 'hub-e2e-import-')), 'notes.txt');
    writeFileSync(path, 'not a spreadsheet');
    await page.getByLabel('What the file holds').selectOption('REFERRALS');
    await page.getByLabel('File (.csv in UTF-8, or .xlsx)').setInputFiles(path);
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByTestId('import-error').textContent({ timeout: 60_000 })).resolves.toBe('file: notes.txt must be a .csv or .xlsx file');
    await closeWithoutErrors(opened);
  });

  it('offers a QI lead only the kind they may send, QI measure values, while every template stays listed, and sends it', async () => {
    const opened = await browser.open(`${dashboard()}/import`, { as: 'qi_lead' });
    const kind = opened.page.getByLabel('What the file holds');
    await expect(kind.locator('option').allTextContents()).resolves.toEqual(['QI measures']);
    await expect(kind.inputValue()).resolves.toBe('QI_MEASURES');
    await expect(kind.isDisabled()).resolves.toBe(true);
    const templates = opened.page.getByRole('heading', { level: 3 });
    await templates.last().waitFor();
    await expect(templates.allTextContents()).resolves.toEqual(['Referrals', 'Outcomes', 'Attendance', 'QI measures', 'Population']);
    // The sample's project is not one this new QI lead leads, so its rows are quarantined, and the advice says nothing of NHS numbers.
    await opened.page.getByLabel('File (.csv in UTF-8, or .xlsx)').setInputFiles(join(SAMPLES, 'qi-measures.csv'));
    await opened.page.getByRole('button', { name: 'Import' }).click();
    await opened.page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await expect(opened.page.getByTestId('import-count-quarantined').locator('dd').textContent()).resolves.toBe('6');
    await expect(opened.page.getByTestId('quarantine-advice').textContent()).resolves.toMatch(/^\s*Correct the rows and import the file again\.\s*$/);
    await closeWithoutErrors(opened);
  });

  it('is not in an analyst’s navigation, and a typed address is refused', async () => {
    const opened = await browser.open(`${dashboard()}/`, { as: 'analyst' });
    const links = await opened.page.getByTestId('site-navigation').getByRole('link').allTextContents();
    expect(links.map((text) => text.trim())).not.toContain('Import');
    const response = await opened.page.goto(`${dashboard()}/import`);
    expect(response?.status()).toBe(403);
    await opened.page.close();
  });
});
