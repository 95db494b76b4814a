import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { instrumentReferenceSql } from './instrument.reference.js';

describe('the instrument tables after migrating', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("hold the catalogue's rules: PHQ-9 falls by 6, activity moves a band at 30 and 150, fruit and vegetables at least 5", async () => {
    const { rows } = await client.query(`
      select code, min_score::float8, max_score::float8, whole_numbers, higher_is_better, meaningful_change::float8,
        meaningful_bands::float8[], threshold_value::float8, threshold_comparison
      from instrument where code in ('phq9', 'activity', 'fruit_veg') order by code`);
    expect(rows).toEqual([
      {
        code: 'activity',
        min_score: 0,
        max_score: 10080,
        whole_numbers: false,
        higher_is_better: true,
        meaningful_change: null,
        meaningful_bands: [30, 150],
        threshold_value: 150,
        threshold_comparison: 'atLeast',
      },
      {
        code: 'fruit_veg',
        min_score: 0,
        max_score: 30,
        whole_numbers: false,
        higher_is_better: true,
        meaningful_change: null,
        meaningful_bands: null,
        threshold_value: 5,
        threshold_comparison: 'atLeast',
      },
      {
        code: 'phq9',
        min_score: 0,
        max_score: 27,
        whole_numbers: true,
        higher_is_better: false,
        meaningful_change: 6,
        meaningful_bands: null,
        threshold_value: null,
        threshold_comparison: null,
      },
    ]);
  });

  it('hold the 29 rows of the SWEMWBS Rasch table, raw 8 → 9.51 and raw 21 → 19.25', async () => {
    const { rows } = await client.query(`select instrument_code, count(*)::int as n,
      min(value) filter (where score = 8)::float8 as eight, min(value) filter (where score = 21)::float8 as twenty_one
      from instrument_score_conversion group by instrument_code`);
    expect(rows).toEqual([{ instrument_code: 'swemwbs', n: 29, eight: 9.51, twenty_one: 19.25 }]);
  });

  it('are unchanged by writing the catalogue again', async () => {
    const snapshot = `select (select json_agg(i order by code) from instrument i)::text as instruments,
      (select count(*)::int from instrument_score_conversion) as conversions`;
    const before = (await client.query(snapshot)).rows[0];
    await client.query(instrumentReferenceSql());
    expect((await client.query(snapshot)).rows[0]).toEqual(before);
    expect(before.conversions).toBe(29);
  });

  it('write nothing when they already hold the catalogue, so no start marks the outcome rollups behind', async () => {
    const notes = async () =>
      (await client.query<{ n: number }>(`select count(*)::int as n from rollup_pending where table_name like 'instrument%'`)).rows[0].n;
    const before = await notes();
    await client.query(instrumentReferenceSql());
    expect(await notes()).toBe(before);
  });

  it('put a changed rule back, and mark the rollups that read it as behind', async () => {
    await client.query(`update instrument set threshold_value = 6 where code = 'fruit_veg'`);
    await client.query(`update instrument_score_conversion set value = 10 where instrument_code = 'swemwbs' and score = 8`);
    await client.query(`delete from rollup_pending`);
    await client.query(instrumentReferenceSql());
    const { rows } = await client.query(`select threshold_value::float8 as five from instrument where code = 'fruit_veg'`);
    expect(rows).toEqual([{ five: 5 }]);
    const eight = await client.query(`select value::float8 from instrument_score_conversion where instrument_code = 'swemwbs' and score = 8`);
    expect(eight.rows).toEqual([{ value: 9.51 }]);
    const noted = await client.query(`select distinct table_name from rollup_pending order by 1`);
    expect(noted.rows.map((row) => row.table_name)).toEqual(['instrument', 'instrument_score_conversion']);
  });
});
