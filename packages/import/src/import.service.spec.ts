import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { refreshRollups } from '@hub/db';
import { rollupDigests, rollupRowsWrittenSince, writeMark } from '@hub/db/testing';
import { pseudonymise } from '@hub/seed';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importFile, type ImportOptions } from './import.service.js';
import { ADMIN, ensureAdmin, SAMPLES, TEST_PSEUDONYM_KEY, TODAY, tableCounts, tempFile } from './testing/import.fixture.js';

describe('importing the sample files', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const run = (kind: string, path: string, extra: Partial<ImportOptions> = {}) =>
    importFile(client, { kind, path, as: ADMIN, pseudonymKey: TEST_PSEUDONYM_KEY, today: TODAY, ...extra });
  const count = async (sql: string): Promise<number> => (await client.query(sql)).rows[0].n;

  beforeAll(async () => {
    await client.connect();
    await ensureAdmin(client);
  });
  afterAll(() => client.end());

  it('imports the referrals sample cleanly, then finds every row unchanged on a second import', async () => {
    const first = await run('referrals', join(SAMPLES, 'referrals.csv'));
    expect(first).toMatchObject({ rowsRead: 15, inserted: 15, updated: 0, unchanged: 0, quarantined: 0 });
    const referrals = await count(`select count(*)::int as n from referral`);
    const events = await count(`select count(*)::int as n from referral_status_event`);
    // Hand-counted from the sample: 15 received, 9 assessed dates, 11 started dates, 8 ended.
    expect(await count(`select count(*)::int as n from referral_status_event e join referral r on r.id = e.referral_id where r.external_id is not null`)).toBe(
      43,
    );
    const second = await run('referrals', join(SAMPLES, 'referrals.csv'));
    expect(second).toMatchObject({ rowsRead: 15, inserted: 0, updated: 0, unchanged: 15, quarantined: 0 });
    expect(await count(`select count(*)::int as n from referral`)).toBe(referrals);
    expect(await count(`select count(*)::int as n from referral_status_event`)).toBe(events);
    const runs = await client.query(`select status, rows_read, inserted, unchanged from import_run where id = any($1) order by id`, [
      [first.runId, second.runId],
    ]);
    expect(runs.rows).toEqual([
      { status: 'completed', rows_read: 15, inserted: 15, unchanged: 0 },
      { status: 'completed', rows_read: 15, inserted: 0, unchanged: 15 },
    ]);
    const audit = await client.query(
      `select actor, operation, row_count, detail->>'runId' as run from audit_log where action = 'import.file' and (detail->>'runId')::int = $1`,
      [first.runId],
    );
    expect(audit.rows).toEqual([{ actor: ADMIN, operation: 'referrals', row_count: 15, run: String(first.runId) }]);
  });

  it('reads the XLSX sample as the same referrals', async () => {
    const summary = await run('referrals', join(SAMPLES, 'referrals.xlsx'));
    expect(summary).toMatchObject({ rowsRead: 15, inserted: 0, updated: 0, unchanged: 15, quarantined: 0 });
  });

  it('imports the outcomes sample onto the imported referrals', async () => {
    const summary = await run('outcomes', join(SAMPLES, 'outcomes.csv'));
    expect(summary).toMatchObject({ rowsRead: 16, inserted: 16, updated: 0, unchanged: 0, quarantined: 0 });
    const score = await client.query(
      `select o.score::text, o.measured_on::text from outcome_measurement o join referral r on r.id = o.referral_id
        where r.external_id = 'LTC-24-0001' and o.instrument_code = 'swemwbs' and o.timepoint = 'end'`,
    );
    expect(score.rows).toEqual([{ score: '24', measured_on: '2024-04-15' }]);
  });

  it('counts a changed row as updated and the rest as unchanged', async () => {
    const text = readFileSync(join(SAMPLES, 'outcomes.csv'), 'utf8').replace('LTC-24-0001,swemwbs,end,2024-04-15,24', 'LTC-24-0001,swemwbs,end,2024-04-15,26');
    const summary = await run('outcomes', tempFile('outcomes.csv', text));
    expect(summary).toMatchObject({ rowsRead: 16, inserted: 0, updated: 1, unchanged: 15, quarantined: 0 });
    const referral = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').replace('AL-24-0002,swimming', 'AL-24-0002,pilates');
    const moved = await run('referrals', tempFile('referrals.csv', referral));
    expect(moved).toMatchObject({ inserted: 0, updated: 1, unchanged: 14 });
    const programme = await client.query(`select p.code from referral r join programme p on p.id = r.programme_id where r.external_id = 'AL-24-0002'`);
    expect(programme.rows).toEqual([{ code: 'pilates' }]);
  });

  it('quarantines exactly the bad rows of the error sample, each with its reasons', async () => {
    const summary = await run('referrals', join(SAMPLES, 'referrals-with-errors.csv'));
    expect(summary).toMatchObject({ rowsRead: 9, inserted: 2, updated: 0, unchanged: 0, quarantined: 7 });
    expect(summary.inserted + summary.updated + summary.unchanged + summary.quarantined).toBe(summary.rowsRead);
    const held = await client.query(`select row_number, reasons from import_quarantine where run_id = $1 order by row_number`, [summary.runId]);
    expect(held.rows).toEqual([
      { row_number: 3, reasons: ['nhs_number: check digit is wrong'] },
      { row_number: 4, reasons: ['ethnic_category: "Purple" is not one of the NHS ethnic categories (A–S, Z, 99 or their labels)'] },
      { row_number: 5, reasons: ['received_on: "31/02/2024" is not a day of the calendar'] },
      { row_number: 6, reasons: ['started_on: "2024-03-01" is before received_on (2024-03-10)'] },
      { row_number: 7, reasons: ['referral_id: "ERR-0001" is on row 2 too; a file holds each referral once'] },
      { row_number: 8, reasons: ['ended_on: is required when the status is completed'] },
      {
        row_number: 9,
        reasons: [
          'programme: "aqua-aerobics" is not a programme of the hub',
          'source: "Carrier pigeon" is not one of the referral sources (gp, hospital, community, social_care, self, other)',
        ],
      },
    ]);
    // Row 10 is written the way services export: labels, a programme's name, day-first dates.
    const spelled = await client.query(
      `select p.code, r.source_code, r.status, r.received_on::text, r.ended_on::text, r.conditions, pe.ethnic_code, pe.sex, pe.ward_code
         from referral r join programme p on p.id = r.programme_id join person pe on pe.id = r.person_id where r.external_id = 'ERR-0008'`,
    );
    expect(spelled.rows).toEqual([
      {
        code: 'tai-chi',
        source_code: 'self',
        status: 'did_not_start',
        received_on: '2024-01-15',
        ended_on: '2024-01-29',
        conditions: ['diabetes', 'msk'],
        ethnic_code: 'A',
        sex: 'female',
        ward_code: 'BISC',
      },
    ]);
    // The quarantined row keeps the pseudonym in the NHS number's place, and a blank for an invalid number.
    const rows = await client.query(`select row_number, row->>'nhs_number' as nhs from import_quarantine where run_id = $1 and row_number in (3, 4)`, [
      summary.runId,
    ]);
    expect(rows.rows).toEqual([
      { row_number: 3, nhs: '' },
      { row_number: 4, nhs: pseudonymise('9999200117', TEST_PSEUDONYM_KEY) },
    ]);
  });

  it('never stores a raw NHS number in the import, quarantine or audit tables', async () => {
    const numbers = [...readFileSync(join(SAMPLES, 'referrals-with-errors.csv'), 'utf8').matchAll(/,(\d{3} \d{3} \d{4}),/g)].map((match) =>
      match[1].replace(/ /g, ''),
    );
    expect(numbers).toHaveLength(9);
    const leaks = await client.query(
      `select count(*)::int as n from (
         select row::text as text from import_quarantine union all select array_to_string(reasons, ' ') from import_quarantine
         union all select detail::text from audit_log union all select coalesce(message, '') || file_name from import_run
         union all select pseudonym from person) as stored
       where exists (select 1 from unnest($1::text[]) as number where regexp_replace(stored.text, '[^0-9]', '', 'g') like '%' || number || '%')`,
      [numbers],
    );
    expect(leaks.rows[0].n).toBe(0);
  });

  it('takes only test NHS numbers while a demo account is enabled, and refuses a file with a real one whole', async () => {
    await client.query(`insert into hub_user (email, display_name, role, is_demo) values ('import-demo@demo.hub', 'Demo', 'analyst', true)`);
    try {
      const samples = await run('referrals', join(SAMPLES, 'referrals.csv'));
      expect(samples.rowsRead).toBe(15);
      expect(samples.quarantined).toBe(0);
      // 943 476 5919 is the NHS's own example of a valid number outside the never-issued 999 range.
      const text = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').replace('999 910 0112', '943 476 5919');
      const before = await tableCounts(client);
      await expect(run('referrals', tempFile('referrals.csv', text))).rejects.toThrow(
        /^row 3: nhs_number: this hub still has 1 enabled demo account\(s\).*only test NHS numbers \(999 range\)/,
      );
      expect(await tableCounts(client)).toEqual(before);
    } finally {
      await client.query(`delete from hub_user where email = 'import-demo@demo.hub'`);
    }
  });

  it('leaves every rollup equal to a full rebuild', async () => {
    const text = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').replace('SS-24-0002,stop-smoking', 'SS-24-0002,dance');
    await run('referrals', tempFile('referrals.csv', text));
    const afterImport = await rollupDigests(client);
    expect(Object.keys(afterImport).length).toBeGreaterThan(0);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(afterImport);
  });

  const wardMoved = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').replace(
    'SS-24-0002,stop-smoking,999 910 1011,1988,female,S,NORT',
    'SS-24-0002,stop-smoking,999 910 1011,1988,female,S,SAIN',
  );

  it('recomputes only the referrals it changed and adds the change to their summary rows, and still matches a full rebuild', async () => {
    const mark = await writeMark(client);
    // SS-24-0002 has no outcome in the outcomes sample, so moving it to another ward changes no outcome pair.
    const summary = await run('referrals', tempFile('referrals.csv', wardMoved));
    expect(summary).toMatchObject({ updated: 1, unchanged: 14 });
    const written = await rollupRowsWrittenSince(client, mark);
    // The person moved ward, so each of their referrals (an earlier test gave them a second) is recomputed, and only those.
    const theirs = await client.query<{ referrals: number; summaries: number }>(
      `with theirs as (select f.* from referral_fact f where f.person_id = (select person_id from referral where external_id = 'SS-24-0002' limit 1))
       select (select count(*)::int from theirs) as referrals,
              (select count(*)::int from referral_month where received_month in (select received_month from theirs)) as summaries`,
    );
    expect(theirs.rows[0]!.referrals).toBeGreaterThan(0);
    expect(written.referral_fact).toBe(theirs.rows[0]!.referrals);
    // Their referrals' summary rows take the change, and no other row of those months is rewritten.
    expect(written.referral_month).toBeGreaterThan(0);
    expect(written.referral_month).toBeLessThan(theirs.rows[0]!.summaries);
    expect(written.outcome_pair).toBe(0);
    const afterImport = await rollupDigests(client);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(afterImport);
  });

  it('rebuilds the outcome rollups when a referral with outcomes changes, to the figures of a full rebuild', async () => {
    const mark = await writeMark(client);
    // LTC-24-0001 has SWEMWBS and activity scores; a different ward moves its pairs to another slice.
    const text = wardMoved.replace('1952,female,A,BISC', '1952,female,A,DALL');
    const summary = await run('referrals', tempFile('referrals.csv', text));
    expect(summary).toMatchObject({ updated: 1, unchanged: 14 });
    expect((await rollupRowsWrittenSince(client, mark)).outcome_month).toBeGreaterThan(0);
    const afterImport = await rollupDigests(client);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(afterImport);
  });

  it('moves the data version once per import, however many statements it wrote with, so cached answers drop when its rows appear', async () => {
    const version = async () => BigInt((await client.query(`select version::text as v from data_version`)).rows[0].v as string);
    const before = await version();
    // The sample under new identifiers: four batches, each inserting referrals and their history.
    const renamed = readFileSync(join(SAMPLES, 'referrals.csv'), 'utf8').replace(/^([A-Z]+)-24-/gm, '$1-VERSION-');
    const summary = await run('referrals', tempFile('referrals.csv', renamed), { batchSize: 4 });
    expect(summary).toMatchObject({ rowsRead: 15, inserted: 15 });
    expect(await version()).toBe(before + 1n);
  });
});
