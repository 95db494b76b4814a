import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFile } from './import.service.js';
import { ADMIN, ensureAdmin, SAMPLES, TEST_PSEUDONYM_KEY, TODAY, tableCounts, tempFile } from './testing/import.fixture.js';

const header = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').split('\n')[0];
const firstRow = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').split('\n')[1];

async function workbook(sheet: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(sheet).addRow(header.split(','));
  const path = tempFile('referrals.xlsx', Buffer.alloc(0));
  await book.xlsx.writeFile(path);
  return path;
}

describe('a file wrong as a whole', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(async () => {
    await client.connect();
    await ensureAdmin(client);
  });
  afterAll(() => client.end());

  const cases: [string, () => Promise<{ kind?: string; path: string }>, string][] = [
    [
      'an unknown kind',
      async () => ({ kind: 'appointments', path: join(SAMPLES, 'referrals.csv') }),
      'kind: there is no kind "appointments"; the kinds are referrals, outcomes, attendance, qi-measures, population',
    ],
    [
      'a semicolon-separated file',
      async () => ({ path: tempFile('r.csv', `${header.replace(/,/g, ';')}\n${firstRow.replace(/,/g, ';')}\n`) }),
      'header: the columns are separated by ";", not commas: save the file as comma-separated CSV',
    ],
    [
      'a tab-separated file',
      async () => ({ path: tempFile('r.csv', `${header.replace(/,/g, '\t')}\n`) }),
      'header: the columns are separated by tabs, not commas: save the file as comma-separated CSV',
    ],
    [
      'a Latin-1 file',
      async () => ({ path: tempFile('r.csv', Buffer.concat([Buffer.from(`${header}\n`), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])])) }),
      'file: r.csv is not UTF-8 text (invalid bytes near byte 1): save it as "CSV UTF-8"',
    ],
    [
      'a header with missing and unknown columns',
      async () => ({ path: tempFile('r.csv', `${header.replace('nhs_number', 'nhs_no').replace(',status', '')}\n${firstRow}\n`) }),
      'header: missing columns nhs_number, status; unknown column nhs_no (the referrals columns are referral_id, programme, nhs_number, birth_year, sex, ethnic_category, ward, source, received_on, status, assessed_on, started_on, ended_on, conditions)',
    ],
    ['an empty file', async () => ({ path: tempFile('r.csv', '') }), 'file: r.csv is empty'],
    ['a header only', async () => ({ path: tempFile('r.csv', `${header}\n\n`) }), 'file: r.csv has a header but no data rows'],
    [
      'a workbook without the sheet',
      async () => ({ path: await workbook('Sheet1') }),
      'file: the workbook has no sheet named "Referrals" (its sheets: Sheet1)',
    ],
    [
      'a password-protected workbook',
      async () => ({ path: tempFile('r.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)])) }),
      'file: r.xlsx is password-protected (or an old .xls workbook): save it as .xlsx without a password',
    ],
    ['a file that is neither CSV nor XLSX', async () => ({ path: tempFile('r.txt', 'hello') }), 'file: r.txt must be a .csv or .xlsx file'],
  ];

  it.each(cases)('refuses %s with one message and writes nothing', async (_, make, message) => {
    const before = await tableCounts(client);
    const { kind, path } = await make();
    await expect(importFile(client, { kind: kind ?? 'referrals', path, as: ADMIN, pseudonymKey: TEST_PSEUDONYM_KEY, today: TODAY })).rejects.toThrow(message);
    expect(await tableCounts(client)).toEqual(before);
  });

  it('refuses 50 MB of random bytes at once and writes nothing', async () => {
    const path = tempFile('random.csv', randomBytes(50 * 1024 * 1024));
    const before = await tableCounts(client);
    const started = performance.now();
    await expect(importFile(client, { kind: 'referrals', path, as: ADMIN, pseudonymKey: TEST_PSEUDONYM_KEY, today: TODAY })).rejects.toThrow(
      /^file: random\.csv is not (UTF-8 text|text)/,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await tableCounts(client)).toEqual(before);
  });

  it('refuses an account that may not import', async () => {
    await ensureAdmin(client, 'import-analyst@example.org', 'analyst');
    const before = await tableCounts(client);
    await expect(
      importFile(client, {
        kind: 'referrals',
        path: join(SAMPLES, 'referrals.csv'),
        as: 'import-analyst@example.org',
        pseudonymKey: TEST_PSEUDONYM_KEY,
        today: TODAY,
      }),
    ).rejects.toThrow('--as: import-analyst@example.org is a analyst; only admin and service_manager accounts may import');
    expect(await tableCounts(client)).toEqual(before);
  });
});
