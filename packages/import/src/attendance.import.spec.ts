import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { refreshRollups } from '@hub/db';
import { rollupDigests } from '@hub/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureAdmin, importerFor, quarantinedRows, SAMPLES, tempFile } from './testing/import.fixture.js';

describe('importing attendance', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const run = importerFor(client);
  const sample = join(SAMPLES, 'attendance.csv');
  const sampleReferrals = [...readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').matchAll(/^([A-Z]+-24-\d{4}),/gm)].map((match) => match[1]);
  let addedReferrals = false;
  const sessions = async () =>
    (
      await client.query(
        `select r.external_id, a.session_on::text, v.code as venue, a.attended from attendance a
        join referral r on r.id = a.referral_id join venue v on v.id = a.venue_id where r.external_id = any($1::text[]) order by 1, 2`,
        [sampleReferrals],
      )
    ).rows;

  beforeAll(async () => {
    await client.connect();
    await ensureAdmin(client);
    // Sessions belong to the sample referrals; another spec may have imported them already.
    addedReferrals = (await run('referrals', join(SAMPLES, 'referrals.csv'))).inserted > 0;
  });
  afterAll(async () => {
    // Leave the database as this spec found it, so a spec expecting to insert the sample referrals still does.
    if (addedReferrals) {
      const people = await client.query(`delete from referral where external_id = any($1::text[]) returning person_id`, [sampleReferrals]);
      await client.query(`delete from person p where p.id = any($1::bigint[]) and not exists (select 1 from referral r where r.person_id = p.id)`, [
        people.rows.map((row) => row.person_id),
      ]);
    }
    await client.end();
  });

  it('imports the sample onto the sample referrals, then finds every row unchanged', async () => {
    const first = await run('attendance', sample);
    // 16 rows: 15 sessions and one the service cancelled, which has nothing to take off.
    expect(first).toMatchObject({ rowsRead: 16, inserted: 15, updated: 0, unchanged: 1, quarantined: 0 });
    const stored = await sessions();
    expect(stored).toHaveLength(15);
    // Hand-counted: attended 3 + 2 + 3 + 2 (LTC-24-0001, LTC-24-0002, FALL-24-0001, WM-24-0001); missed 1 + 2 + 1 + 1.
    expect(stored.filter((row) => row.attended)).toHaveLength(10);
    expect(stored.filter((row) => row.external_id === 'LTC-24-0001')).toEqual([
      { external_id: 'LTC-24-0001', session_on: '2024-01-22', venue: 'stopsley-leisure', attended: true },
      { external_id: 'LTC-24-0001', session_on: '2024-01-25', venue: 'stopsley-leisure', attended: true },
      { external_id: 'LTC-24-0001', session_on: '2024-01-29', venue: 'stopsley-leisure', attended: false },
      { external_id: 'LTC-24-0001', session_on: '2024-02-01', venue: 'stopsley-leisure', attended: true },
    ]);
    const second = await run('attendance', sample);
    expect(second).toMatchObject({ rowsRead: 16, inserted: 0, updated: 0, unchanged: 16, quarantined: 0 });
    expect(await sessions()).toEqual(stored);
  });

  it('counts a changed session and a session cancelled since as updated', async () => {
    const text = readFileSync(sample, 'utf8')
      .replace('LTC-24-0001,2024-01-29,did_not_attend', 'LTC-24-0001,2024-01-29,attended')
      .replace('LTC-24-0001,2024-01-25,attended,stopsley-leisure', 'LTC-24-0001,2024-01-25,Cancelled by service,');
    const summary = await run('attendance', tempFile('attendance.csv', text));
    expect(summary).toMatchObject({ rowsRead: 16, inserted: 0, updated: 2, unchanged: 14, quarantined: 0 });
    const ltc = (await sessions()).filter((row) => row.external_id === 'LTC-24-0001');
    expect(ltc.map((row) => [row.session_on, row.attended])).toEqual([
      ['2024-01-22', true],
      ['2024-01-29', true],
      ['2024-02-01', true],
    ]);
    expect(await run('attendance', sample)).toMatchObject({ inserted: 1, updated: 1, unchanged: 14 });
  });

  it('quarantines sessions of unknown referrals, outside the referral, or badly written, each with its reasons', async () => {
    const file = tempFile(
      'attendance-with-errors.csv',
      [
        'service,referral_id,session_on,status,venue',
        'ltc-team,LTC-99-9999,2024-02-01,attended,stopsley-leisure',
        'ltc-team,LTC-24-0003,2024-01-15,did_not_attend,stopsley-leisure',
        'ltc-team,LTC-24-0002,2024-03-01,attended,lewsey-leisure',
        'ltc-team,LTC-24-0004,2024-02-15,attended,stopsley-leisure',
        'ltc-team,LTC-24-0003,2024-02-10,attended,stopsley-leisure',
        'ltc-team,LTC-24-0003,2024-02-20,Maybe,Moon base',
        'ltc-team,LTC-24-0003,2024-02-23,attended,',
        'ltc-team,LTC-24-0003,2024-02-16,attended,bury-park-cc',
        'ltc-team,LTC-24-0003,2024-02-16,did_not_attend,bury-park-cc',
        'ltc-team,LTC-24-0003,31/02/2024,attended,bury-park-cc',
        'ltc-team,LTC-24-0003,2025-07-01,attended,bury-park-cc',
      ].join('\n'),
    );
    const summary = await run('attendance', file);
    expect(summary).toMatchObject({ rowsRead: 11, inserted: 1, updated: 0, unchanged: 0, quarantined: 10 });
    expect(await quarantinedRows(client, summary.runId)).toEqual([
      { row_number: 2, reasons: ['referral_id: "LTC-99-9999" is not a referral of ltc-team in the hub; import the referral first'] },
      { row_number: 3, reasons: ['session_on: "2024-01-15" is before the referral was received (2024-02-02)'] },
      { row_number: 4, reasons: ['session_on: "2024-03-01" is after the referral ended (2024-02-21, dropped_out)'] },
      { row_number: 5, reasons: ['status: "attended" but referral "LTC-24-0004" never started (its status is declined)'] },
      { row_number: 6, reasons: ['status: "attended" on 2024-02-10 is before the referral started (2024-02-16)'] },
      {
        row_number: 7,
        reasons: [
          'status: "Maybe" is not one of attended, did_not_attend, cancelled (or DNA, Yes, No, the NHS codes 2–7)',
          'venue: "Moon base" is not a venue of the hub',
        ],
      },
      { row_number: 8, reasons: ['venue: is required when the status is attended'] },
      { row_number: 10, reasons: ['session_on: referral "LTC-24-0003" has a session on 2024-02-16 on row 9 too; a file holds each session once'] },
      { row_number: 11, reasons: ['session_on: "31/02/2024" is not a day of the calendar'] },
      { row_number: 12, reasons: ['session_on: "2025-07-01" is in the future (today is 2025-06-30)'] },
    ]);
  });

  it('leaves every rollup equal to a full rebuild', async () => {
    const text = readFileSync(sample, 'utf8').replace('WM-24-0001,2024-02-19,3', 'WM-24-0001,2024-02-19,attended');
    await run('attendance', tempFile('attendance.csv', text));
    const afterImport = await rollupDigests(client);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(afterImport);
  });
});
