import { refreshRollups } from '@hub/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, openScratchTestApi, type TestApi } from '../testing/api.harness.js';
import { published } from '../testing/seeded.harness.js';
import type { ActAs } from '../testing/viewers.js';

type Aggregate = { aggregate: { rows: { dimensions: { key: string }[]; values: { value: number | null }[] }[]; totals: { value: number | null }[] } };

const BY_PROGRAMME_AND_STATUS =
  'query Cells { aggregate(measures: [REFERRALS], dimensions: [PROGRAMME, STATUS]) { rows { dimensions { key } values { value } } totals { value } } }';

/** Each cell as "programme|status" → the value shown. */
const cellsOf = (result: Aggregate): Record<string, number | null> =>
  Object.fromEntries(result.aggregate.rows.map((row) => [row.dimensions.map((d) => d.key).join('|'), row.values[0].value]));

// Databases of their own: these specs add referrals, which other spec files count.
let cached: TestApi;
let uncached: TestApi;

beforeAll(async () => {
  cached = await openScratchTestApi('result_cache', { resultCache: { enabled: true, maxBytes: 1024 * 1024 } });
  uncached = await openScratchTestApi('result_cache_off', { resultCache: { enabled: false, maxBytes: 1024 * 1024 } });
  for (const api of [cached, uncached]) await refreshRollups(rawExecutor(api));
});
afterAll(async () => {
  await cached?.close();
  await uncached?.close();
});

function rawExecutor(api: TestApi) {
  return { query: (sql: string) => api.orm.em.getKnex().raw(sql) };
}

async function exactCells(api: TestApi): Promise<Record<string, number>> {
  const { rows } = await api.orm.em
    .getKnex()
    .raw(`select programme_id::text || '|' || status as cell, count(*)::int as n from referral group by programme_id, status`);
  return Object.fromEntries((rows as { cell: string; n: number }[]).map((row) => [row.cell, row.n]));
}

/**
 * Renames a programme without moving the data version on, as a writer that forgot to would:
 * only an answer computed afresh can show the new name, so a repeat that shows the old one came
 * from the cache. The aggregate reads labels from the live programme table.
 */
async function renameUnnoticed(api: TestApi, name: string): Promise<void> {
  await api.orm.em.getKnex().transaction(async (trx) => {
    await trx.raw(`set local hub.defer_data_version = 'on'`);
    await trx.raw(`update programme set name = ? where id = 1`, [name]);
  });
}

const LABELS = 'query Labels { aggregate(measures: [REFERRALS], dimensions: [PROGRAMME]) { rows { dimensions { key label } } } }';
type Labels = { aggregate: { rows: { dimensions: { key: string; label: string }[] }[] } };

async function labelOfProgramme1(api: TestApi): Promise<string | undefined> {
  const rows = dataOf(await api.run<Labels>(LABELS, {}, 'admin')).aggregate.rows;
  return rows.find((row) => row.dimensions[0].key === '1')?.dimensions[0].label;
}

describe('the analytics result cache', () => {
  it('answers a repeat of the same question from memory, until the data version moves on', async () => {
    expect(await labelOfProgramme1(cached)).toBe('LTC exercise rehab');
    await renameUnnoticed(cached, 'Exercise rehab (renamed)');
    expect(await labelOfProgramme1(cached)).toBe('LTC exercise rehab');
    await cached.orm.em.getKnex().raw(`select data_version_bump()`);
    expect(await labelOfProgramme1(cached)).toBe('Exercise rehab (renamed)');
    // A rename the ordinary way moves the version on by itself.
    await cached.orm.em.getKnex().raw(`update programme set name = 'LTC exercise rehab' where id = 1`);
    expect(await labelOfProgramme1(cached)).toBe('LTC exercise rehab');
  });

  it('answers afresh after a write: a referral added through SQL is counted by the next request', async () => {
    const before = cellsOf(dataOf(await cached.run<Aggregate>(BY_PROGRAMME_AND_STATUS, {}, 'admin')));
    const knex = cached.orm.em.getKnex();
    await knex.raw(`insert into referral (person_id, programme_id, source_code, received_on, status)
      select person_id, 1, source_code, received_on, 'received' from referral order by id limit 1`);
    await refreshRollups(rawExecutor(cached));
    const after = dataOf(await cached.run<Aggregate>(BY_PROGRAMME_AND_STATUS, {}, 'admin'));
    expect(cellsOf(after)['1|received']).toBe((before['1|received'] ?? 0) + 1);
    expect(after.aggregate.totals[0].value).toBe(151);
  });

  it('moves the data version on in the writing transaction, and not at all when the writer rolls back', async () => {
    const knex = cached.orm.em.getKnex();
    const version = async () => BigInt((await knex.raw(`select version::text as v from data_version`)).rows[0].v as string);
    const start = await version();
    await knex.raw(`update programme set name = name where id = 1`);
    const moved = await version();
    expect(moved).toBeGreaterThan(start);
    await knex
      .transaction(async (trx) => {
        await trx.raw(`update programme set name = name where id = 1`);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await version()).toBe(moved);
  });

  it('never gives one role or scope the answer cached for another', async () => {
    const exact = await exactCells(cached);
    const analyst = cellsOf(dataOf(await cached.run<Aggregate>(BY_PROGRAMME_AND_STATUS, {}, 'analyst')));
    const withRecords = cellsOf(
      dataOf(await cached.run<Aggregate>(BY_PROGRAMME_AND_STATUS, {}, { role: 'analyst', name: 'analyst-records', recordAccess: true })),
    );
    expect(analyst).toEqual(Object.fromEntries(Object.entries(exact).map(([cell, n]) => [cell, published(n)])));
    expect(withRecords).toEqual(exact);
    // The fixture has cells of 1 to 7, withheld from the analyst: the two answers differ.
    expect(withRecords).not.toEqual(analyst);

    const manager = (service: number): ActAs => ({ role: 'service_manager', name: `manager-of-${service}`, scopes: [{ kind: 'service', refId: service }] });
    const first = cellsOf(dataOf(await cached.run<Aggregate>(BY_PROGRAMME_AND_STATUS, {}, manager(1))));
    const second = cellsOf(dataOf(await cached.run<Aggregate>(BY_PROGRAMME_AND_STATUS, {}, manager(2))));
    // Service 1 runs programme 1 and service 2 programme 2 (testing/fixture.catalogue.ts).
    expect(first).toEqual(Object.fromEntries(Object.entries(exact).filter(([cell]) => cell.startsWith('1|'))));
    expect(second).toEqual(Object.fromEntries(Object.entries(exact).filter(([cell]) => cell.startsWith('2|'))));
  });

  it('keeps nothing when switched off: every answer is computed afresh', async () => {
    expect(await labelOfProgramme1(uncached)).toBe('LTC exercise rehab');
    await renameUnnoticed(uncached, 'Exercise rehab (renamed)');
    expect(await labelOfProgramme1(uncached)).toBe('Exercise rehab (renamed)');
  });

  it('never keeps a person-level list', async () => {
    const query = '{ referrals(first: 5) { edges { node { id } } } }';
    let pageReads = 0;
    const count = (statement: { sql: string }) => {
      if (/from referral r\b/.test(statement.sql)) pageReads++;
    };
    const knex = cached.orm.em.getKnex();
    knex.on('query', count);
    await cached.run(query, {}, 'admin');
    await cached.run(query, {}, 'admin');
    knex.off('query', count);
    expect(pageReads).toBe(2);
  });
});
