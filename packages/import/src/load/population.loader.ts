import type { PopulationRecord } from '../validate/population.validate.js';
import type { Numbered, RowOutcome } from './row.outcome.js';
import { rowsOf, type ImportClient } from './sql.client.js';

const cellKey = (cell: { year: number; wardCode: string; ethnicCode: string; ageBand: string; sex: string }): string =>
  [cell.year, cell.wardCode, cell.ethnicCode, cell.ageBand, cell.sex].join('\u0000');

/** Writes one batch of population cells: each found by year, ward, ethnic category, age band and sex, then created or given its new count. */
export async function loadPopulation(client: ImportClient, batch: readonly Numbered<PopulationRecord>[]): Promise<RowOutcome[]> {
  const records = batch.map((row) => row.record);
  const column = <K extends keyof PopulationRecord>(key: K) => records.map((record) => record[key]);
  const cells = [column('year'), column('wardCode'), column('ethnicCode'), column('ageBand'), column('sex')];
  const stored = await rowsOf<{ year: number; ward_code: string; ethnic_code: string; age_band: string; sex: string; residents: number }>(
    client,
    `select p.year, p.ward_code, p.ethnic_code, p.age_band, p.sex, p.residents
       from unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::text[]) as k(year, ward_code, ethnic_code, age_band, sex)
       join population p using (year, ward_code, ethnic_code, age_band, sex)`,
    cells,
  );
  const before = new Map(
    stored.map((row) => [
      cellKey({ year: row.year, wardCode: row.ward_code, ethnicCode: row.ethnic_code, ageBand: row.age_band, sex: row.sex }),
      row.residents,
    ]),
  );
  const outcomes = records.map((record): RowOutcome => {
    const residents = before.get(cellKey(record));
    return residents === undefined ? 'inserted' : residents === record.residents ? 'unchanged' : 'updated';
  });
  if (outcomes.some((outcome) => outcome !== 'unchanged')) {
    await client.query(
      `insert into population (year, ward_code, ethnic_code, age_band, sex, residents)
       select * from unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
       on conflict (year, ward_code, ethnic_code, age_band, sex) do update set residents = excluded.residents
       where population.residents is distinct from excluded.residents`,
      [...cells, column('residents')],
    );
  }
  return outcomes;
}
