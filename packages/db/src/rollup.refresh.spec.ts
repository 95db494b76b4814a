import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ROLLUPS } from './rollup.definitions.js';
import { refreshRollups, refreshRollupsBehind } from './rollup.refresh.js';
import { rollupDigests, rollupRowsWrittenSince, writeMark } from './testing/rollup.digest.js';

// A small town: 240 referrals over two years, two programmes, people in two wards, SWEMWBS and
// activity scores at baseline, end and follow-up for those who started.
const TOWN = `
insert into ward (code, name, deprivation_decile) values ('RWA', 'Rollup ward A', 2), ('RWB', 'Rollup ward B', 8) on conflict do nothing;
insert into organisation (code, name, kind) values ('rollup-provider', 'Rollup provider', 'provider');
insert into service (code, name, provider_id) select 'rollup-service', 'Rollup service', id from organisation where code = 'rollup-provider';
insert into programme (code, name, service_id, duration_weeks, opened_on)
  select code, name, (select id from service where code = 'rollup-service'), 12, '2020-01-01'
  from (values ('rollup-rehab', 'Rollup rehab'), ('rollup-falls', 'Rollup falls')) p(code, name);
insert into person (pseudonym, birth_year, sex, ethnic_code, ward_code, deprivation_decile)
  select md5('rollup' || n) || md5('person' || n), 1940 + n % 50, (array['female','male'])[1 + n % 2],
    (array['A','H','M','Z','99'])[1 + n % 5], (array['RWA','RWB'])[1 + n % 2], 1 + n % 10
  from generate_series(1, 200) n;
insert into referral (person_id, programme_id, source_code, received_on, status, assessed_on, started_on, ended_on)
  select p.id, (select id from programme where code = (array['rollup-rehab','rollup-falls'])[1 + n % 2]),
    (array['gp','self','hospital'])[1 + n % 3], received,
    case n % 4 when 0 then 'completed' when 1 then 'dropped_out' when 2 then 'started' else 'received' end,
    case when n % 4 < 3 then received + 7 end, case when n % 4 < 3 then received + 14 + n % 20 end,
    case when n % 4 < 2 then received + 100 end
  from generate_series(1, 240) n
  cross join lateral (select date '2022-04-01' + (n * 3) as received) d
  join person p on p.pseudonym = md5('rollup' || (1 + n % 200)) || md5('person' || (1 + n % 200));
insert into outcome_measurement (referral_id, instrument_code, timepoint, measured_on, score)
  select r.id, i.code, t.timepoint, r.started_on + t.days,
    case i.code when 'swemwbs' then 14 + (r.id + t.days) % 15 else (r.id * 37 + t.days) % 400 end
  from referral r join programme pr on pr.id = r.programme_id and pr.code like 'rollup-%'
  cross join (values ('swemwbs'), ('activity')) i(code)
  cross join (values ('baseline', 0), ('end', 84), ('follow_up_6m', 180)) t(timepoint, days)
  where r.started_on is not null and (t.timepoint = 'baseline' or r.ended_on is not null);`;

describe('the reporting rollups', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const pending = async () => (await client.query<{ n: number }>(`select count(*)::int as n from rollup_pending`)).rows[0]!.n;
  const dirty = async () => (await client.query<{ n: number }>(`select count(*)::int as n from rollup_dirty`)).rows[0]!.n;

  beforeAll(async () => {
    await client.connect();
    await client.query(TOWN);
  });
  afterAll(() => client.end());
  beforeEach(async () => {
    await refreshRollups(client);
  });

  it('rebuilds every rollup, each after the rollups it is built from, and forgets every note', async () => {
    await client.query(`insert into rollup_pending (table_name) values ('migration')`);
    const views = await refreshRollups(client);
    expect([...views].sort()).toEqual(['kpi_month', 'kpi_wait', 'outcome_month', 'outcome_pair', 'outcome_value_month', 'referral_fact', 'referral_month']);
    const before = (first: string, second: string) => views.indexOf(first) < views.indexOf(second);
    expect(before('referral_fact', 'outcome_pair')).toBe(true);
    expect(before('outcome_pair', 'outcome_month')).toBe(true);
    expect(before('outcome_pair', 'kpi_month')).toBe(true);
    expect(before('referral_fact', 'kpi_wait')).toBe(true);
    expect({ pending: await pending(), dirty: await dirty() }).toEqual({ pending: 0, dirty: 0 });
    const counts = await client.query<{ facts: number; pairs: number }>(
      `select (select count(*)::int from referral_fact) as facts, (select count(*)::int from outcome_pair where comparison = 'end') as pairs`,
    );
    // 240 referrals; 180 started, each with a SWEMWBS and an activity baseline.
    expect(counts.rows[0]).toEqual({ facts: 240, pairs: 360 });
  });

  it('gives the same rows when rebuilt concurrently, keeping its indexes', async () => {
    const plain = await rollupDigests(client);
    const indexes = async () => (await client.query(`select indexname from pg_indexes where tablename = 'referral_fact' order by 1`)).rows;
    const before = await indexes();
    await refreshRollups(client, { concurrently: true });
    expect(await rollupDigests(client)).toEqual(plain);
    expect(await indexes()).toEqual(before);
    expect(before.length).toBeGreaterThan(5);
  });

  it('records when it finished, so the dashboard can say how fresh the figures are', async () => {
    const started = await client.query<{ now: Date }>('select clock_timestamp() as now');
    await refreshRollups(client);
    const { rows } = await client.query<{ changed_at: Date; count: string }>(
      `select changed_at, (select count(*) from hub_setting where key = 'rollups_refreshed') as count from hub_setting where key = 'rollups_refreshed'`,
    );
    expect(rows[0]!.count).toBe('1');
    expect(rows[0]!.changed_at.getTime()).toBeGreaterThanOrEqual(started.rows[0]!.now.getTime());
  });

  describe('refreshRollupsBehind', () => {
    it('does nothing when no write is noted since the last refresh', async () => {
      const mark = await writeMark(client);
      await expect(refreshRollupsBehind(client)).resolves.toEqual({ changedTables: [], views: [], mode: 'none', referrals: 0 });
      expect(Object.values(await rollupRowsWrittenSince(client, mark))).toEqual(ROLLUPS.map(() => 0));
    });

    it('notes each referral a statement reaches, whether through the referral, its person or its outcome measurements', async () => {
      await client.query(`update referral set reason = 'moved' where id in (select id from referral order by id limit 3)`);
      await client.query(`update person set sex = sex where id = (select person_id from referral order by id limit 1 offset 10)`);
      await client.query(
        `delete from outcome_measurement where referral_id = (select referral_id from outcome_pair order by referral_id limit 1) and timepoint = 'end'`,
      );
      const { rows } = await client.query<{ table_name: string; n: number }>(
        `select table_name, count(distinct referral_id)::int as n from rollup_dirty group by 1 order by 1`,
      );
      expect(rows).toEqual([
        { table_name: 'outcome_measurement', n: 1 },
        { table_name: 'person', n: 2 },
        { table_name: 'referral', n: 3 },
      ]);
      expect(await pending()).toBe(0);
    });

    it('recomputes only the changed referrals and their months, to the rows a rebuild from scratch gives', async () => {
      const month = (column: string, table: string) =>
        `(select ${column} from ${table} where referral_id = (select id from referral order by id limit 1 offset 20))`;
      const touched = await client.query<{ received: string; started: string }>(
        `select ${month('received_month', 'referral_fact')}::text as received, ${month('started_month', 'referral_fact')}::text as started`,
      );
      const mark = await writeMark(client);
      // One referral moves a year later and completes; its person moves ward; a SWEMWBS end score is corrected.
      await client.query(`update referral set received_on = received_on + 365, assessed_on = assessed_on + 365, started_on = started_on + 365,
          ended_on = started_on + 365 + 80, status = 'completed' where id = (select id from referral order by id limit 1 offset 20)`);
      await client.query(`update person set ward_code = 'RWA' where id = (select person_id from referral order by id limit 1 offset 20)`);
      await client.query(`update outcome_measurement set score = 35 where timepoint = 'end' and instrument_code = 'swemwbs'
          and referral_id = (select id from referral where ended_on is not null order by id limit 1 offset 5)`);
      const caughtUp = await refreshRollupsBehind(client);
      expect(caughtUp).toMatchObject({ mode: 'changed', changedTables: ['outcome_measurement', 'person', 'referral'] });
      expect(caughtUp.referrals).toBeGreaterThanOrEqual(2);
      const written = await rollupRowsWrittenSince(client, mark);
      expect(written.referral_fact).toBe(caughtUp.referrals);
      // Only the touched months' summary rows are rewritten, not the two years of them.
      const all = await client.query<{ n: number }>(`select count(*)::int as n from referral_month`);
      expect(written.referral_month).toBeGreaterThan(0);
      expect(written.referral_month).toBeLessThan(all.rows[0]!.n / 4);
      const oldMonth = await client.query<{ n: number }>(
        `select count(*)::int as n from referral_month where received_month = $1 and xmin::text::bigint > $2`,
        [touched.rows[0]!.received, mark],
      );
      expect(oldMonth.rows[0]!.n).toBeGreaterThan(0);
      expect(await dirty()).toBe(0);

      const incremental = await rollupDigests(client);
      await refreshRollups(client);
      expect(await rollupDigests(client)).toEqual(incremental);
    });

    it('takes in new and deleted referrals to the rows a rebuild from scratch gives', async () => {
      await client.query(`insert into referral (person_id, programme_id, source_code, received_on, status, assessed_on, started_on, ended_on)
        select person_id, programme_id, 'community', date '2026-01-15', 'completed', date '2026-01-20', date '2026-01-25', date '2026-04-20'
        from referral order by id limit 5`);
      await client.query(`insert into outcome_measurement (referral_id, instrument_code, timepoint, measured_on, score)
        select id, 'swemwbs', t, case t when 'baseline' then started_on else ended_on end, case t when 'baseline' then 12 else 30 end
        from referral cross join (values ('baseline'), ('end')) v(t) where received_on = '2026-01-15'`);
      await client.query(`delete from referral where id = (select id from referral where started_on is null order by id limit 1)`);
      await expect(refreshRollupsBehind(client)).resolves.toMatchObject({ mode: 'changed', referrals: 6 });
      const month = await client.query(`select referrals, starts, completions from kpi_month where month in ('2026-01-01', '2026-04-01') order by month`);
      expect(month.rows).toEqual([
        { referrals: 5, starts: 5, completions: 0 },
        { referrals: 0, starts: 0, completions: 5 },
      ]);
      const incremental = await rollupDigests(client);
      await refreshRollups(client);
      expect(await rollupDigests(client)).toEqual(incremental);
    });

    it('rebuilds everything for a write to a table every referral reads, or the note left by a migration', async () => {
      await client.query(`update programme set name = name where false`);
      const caughtUp = await refreshRollupsBehind(client);
      const referrals = (await client.query<{ n: number }>(`select count(*)::int as n from referral`)).rows[0]!.n;
      expect(caughtUp).toMatchObject({ mode: 'whole', changedTables: ['programme'], referrals });
      expect(caughtUp.views).toHaveLength(ROLLUPS.length);
      await client.query(`insert into rollup_pending (table_name) values ('migration')`);
      await expect(refreshRollupsBehind(client)).resolves.toMatchObject({ mode: 'whole', changedTables: ['migration'] });
      expect(await pending()).toBe(0);
    });

    it('leaves the notes of a write not yet committed, so the refresh after its commit takes it in', async () => {
      const writer = new pg.Client({ connectionString: inject('databaseUrl') });
      await writer.connect();
      try {
        await client.query(`update referral set reason = 'committed' where id = (select id from referral order by id limit 1 offset 1)`);
        await writer.query('begin');
        await writer.query(`update referral set source_code = 'other' where id = (select id from referral order by id limit 1)`);
        // The refresh takes the committed note, then waits on the writer (every writer moves the
        // one data version row) until it commits.
        const refreshing = refreshRollupsBehind(client);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await writer.query('commit');
        await expect(refreshing).resolves.toMatchObject({ mode: 'changed', referrals: 1 });
        expect(await dirty()).toBe(1);
        await expect(refreshRollupsBehind(client)).resolves.toMatchObject({ mode: 'changed', referrals: 1 });
        const source = await client.query(`select source_code from referral_fact where referral_id = (select id from referral order by id limit 1)`);
        expect(source.rows).toEqual([{ source_code: 'other' }]);
      } finally {
        await writer.end();
      }
    });
  });
});
