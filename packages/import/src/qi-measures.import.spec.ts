import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { refreshRollups } from '@hub/db';
import { rollupDigests } from '@hub/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureAdmin, ensureScopedAccount, importerFor, quarantinedRows, SAMPLES, tempFile } from './testing/import.fixture.js';

const QI_LEAD = 'import-qi-lead@example.org';
const MANAGER = 'import-qi-manager@example.org';
// The synthetic town's QI projects (seed/src/reference/qi-project.reference.ts).
const SMOKING_QUITS = 6;
const QUIT_RATE = 12;

describe('importing QI measure values', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const run = importerFor(client);
  const sample = join(SAMPLES, 'qi-measures.csv');
  const values = async () =>
    (
      await client.query(
        `select m.name, v.period_start::text, v.value::float8 as value from qi_measure_value v join qi_measure m on m.id = v.measure_id
        where m.project_id = $1 and v.period_start >= '2025-04-01' order by 1, 2`,
        [SMOKING_QUITS],
      )
    ).rows;
  const history = async (runStartedAfter: number) =>
    (
      await client.query(
        `select h.period_start::text, h.old_value::float8 as old_value, h.new_value::float8 as new_value, h.changed_by, h.reason
           from qi_measure_value_history h where h.measure_id = $1 and h.id > $2 order by h.id`,
        [QUIT_RATE, runStartedAfter],
      )
    ).rows;
  const lastHistoryId = async (): Promise<number> => Number((await client.query(`select coalesce(max(id), 0) as id from qi_measure_value_history`)).rows[0].id);

  beforeAll(async () => {
    await client.connect();
    await ensureAdmin(client);
    await ensureScopedAccount(client, QI_LEAD, 'qi_lead', { kind: 'qi_project', refIds: [SMOKING_QUITS] });
    await ensureScopedAccount(client, MANAGER, 'service_manager', { kind: 'service', refIds: [4] });
  });
  afterAll(() => client.end());

  it('imports the sample, keeping each new value in the value history, then finds every row unchanged', async () => {
    const before = await lastHistoryId();
    const first = await run('qi-measures', sample);
    expect(first).toMatchObject({ rowsRead: 6, inserted: 6, updated: 0, unchanged: 0, quarantined: 0 });
    expect(await values()).toEqual([
      { name: 'Four-week quit rate (CO confirmed)', period_start: '2025-04-01', value: 47.5 },
      { name: 'Four-week quit rate (CO confirmed)', period_start: '2025-05-01', value: 51.2 },
      { name: 'Four-week quit rate (CO confirmed)', period_start: '2025-06-01', value: 49.8 },
      { name: 'Quit dates set', period_start: '2025-04-01', value: 36 },
      { name: 'Quit dates set', period_start: '2025-05-01', value: 41 },
      { name: 'Quit dates set', period_start: '2025-06-01', value: 39 },
    ]);
    const recorded = await client.query(`select reason from qi_measure_value_history where id > $1 order by id`, [before]);
    expect(recorded.rows.map((row) => row.reason)).toEqual([
      ...Array(5).fill('import qi-measures.csv'),
      'import qi-measures.csv: Two advisers back from leave',
    ]);
    const second = await run('qi-measures', sample);
    expect(second).toMatchObject({ rowsRead: 6, inserted: 0, updated: 0, unchanged: 6, quarantined: 0 });
    expect(await lastHistoryId()).toBe(before + 6);
  });

  it('updates a changed value and keeps the change as the API keeps a correction', async () => {
    const before = await lastHistoryId();
    const text = readFileSync(sample, 'utf8').replace('2025-05-01,51.2', '2025-05-01,52');
    const summary = await run('qi-measures', tempFile('qi-measures.csv', text));
    expect(summary).toMatchObject({ rowsRead: 6, inserted: 0, updated: 1, unchanged: 5, quarantined: 0 });
    expect(await history(before)).toEqual([
      { period_start: '2025-05-01', old_value: 51.2, new_value: 52, changed_by: 'Import spec', reason: 'import qi-measures.csv' },
    ]);
  });

  it('quarantines values of unknown measures, periods that do not start a month and values outside the unit, each with its reasons', async () => {
    const file = tempFile(
      'qi-measures-with-errors.csv',
      [
        'project,measure,period_start,value,note',
        'smoking-quits,Quit dates set,2025-04-15,30,',
        'smoking-quits,Four-week quit rate (CO confirmed),2025-03-01,104,',
        'smoking-quits,Cakes eaten,2025-04-01,3,',
        'no-such-project,Quit dates set,2025-04-01,3,',
        'falls-strength-balance,Days between falls among programme participants,2025-04-01,12,',
        'smoking-quits,Quit dates set,2025-07-01,30,',
        'smoking-quits,Quit dates set,2025-05-01,many,',
        `${SMOKING_QUITS},13,2025-04-01,36,`,
        'smoking-quits,Quit dates set,2025-04-01,36,',
      ].join('\n'),
    );
    const summary = await run('qi-measures', file);
    expect(summary).toMatchObject({ rowsRead: 9, inserted: 0, updated: 0, unchanged: 1, quarantined: 8 });
    expect(await quarantinedRows(client, summary.runId)).toEqual([
      {
        row_number: 2,
        reasons: [
          'period_start: "2025-04-15" is not the start of a period: the hub\'s measures are monthly, so a period starts on the 1st of a month (2025-04-01)',
        ],
      },
      { row_number: 3, reasons: ['value: "104" is outside 0–100, and the measure is a percentage'] },
      { row_number: 4, reasons: ['measure: "Cakes eaten" is not a measure of the QI project smoking-quits'] },
      { row_number: 5, reasons: ['project: "no-such-project" is not a QI project of the hub'] },
      {
        row_number: 6,
        reasons: [
          'measure: "Days between falls among programme participants" is a T chart, whose values are the days between events counted from the event dates: record its events in the dashboard\'s QI pages',
        ],
      },
      { row_number: 7, reasons: ['period_start: "2025-07-01" is in the future (today is 2025-06-30)'] },
      { row_number: 8, reasons: ['value: "many" is not a number'] },
      { row_number: 10, reasons: ['period_start: "Quit dates set" has a value for 2025-04-01 on row 9 too; a file holds each period once'] },
    ]);
  });

  it('lets a QI lead import the values of the projects they lead, and nothing else', async () => {
    const file = tempFile(
      'qi-lead.csv',
      [
        'project,measure,period_start,value,note',
        'smoking-quits,Quit dates set,2025-06-01,40,Late return',
        'tt-first-appointments,First appointments missed,2025-04-01,9.5,',
      ].join('\n'),
    );
    const summary = await run('qi-measures', file, QI_LEAD);
    expect(summary).toMatchObject({ rowsRead: 2, inserted: 0, updated: 1, unchanged: 0, quarantined: 1 });
    expect(await quarantinedRows(client, summary.runId)).toEqual([
      { row_number: 3, reasons: ['project: "tt-first-appointments" is not one of the QI projects your account leads'] },
    ]);
    const changed = await client.query(`select changed_by, reason from qi_measure_value_history order by id desc limit 1`);
    expect(changed.rows).toEqual([{ changed_by: 'Import spec', reason: 'import qi-lead.csv: Late return' }]);
    await expect(run('referrals', join(SAMPLES, 'referrals.csv'), QI_LEAD)).rejects.toThrow(
      `--as: ${QI_LEAD} is a qi_lead; only admin and service_manager accounts may import referrals`,
    );
    await expect(run('qi-measures', sample, MANAGER)).rejects.toThrow(
      `--as: ${MANAGER} is a service_manager; only admin and qi_lead accounts may import qi-measures`,
    );
  });

  it('leaves every rollup equal to a full rebuild', async () => {
    await run('qi-measures', sample);
    const afterImport = await rollupDigests(client);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(afterImport);
  });
});
