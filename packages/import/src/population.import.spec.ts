import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { refreshRollups } from '@hub/db';
import { rollupDigests } from '@hub/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureAdmin, importerFor, quarantinedRows, SAMPLES, tableCounts, tempFile } from './testing/import.fixture.js';

const MANAGER = 'import-population-manager@example.org';

describe('importing population', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  const run = importerFor(client);
  const sample = join(SAMPLES, 'population.csv');
  const sampleText = readFileSync(sample, 'utf8');
  const biscot = async () =>
    (await client.query(`select count(*)::int as cells, sum(residents)::int as residents from population where year = 2021 and ward_code = 'BISC'`)).rows[0];
  // The sample is Biscot's 2021 cells as the synthetic town has them.
  const sampleTotal = sampleText
    .trim()
    .split('\n')
    .slice(1)
    .reduce((sum, line) => sum + Number(line.split(',')[5]), 0);

  beforeAll(async () => {
    await client.connect();
    await ensureAdmin(client);
    await ensureAdmin(client, MANAGER, 'service_manager');
    // Biscot's cells are taken out so that the sample puts them back: 16 categories × 9 age bands × 2 sexes.
    expect(await biscot()).toEqual({ cells: 288, residents: sampleTotal });
    await client.query(`delete from population where year = 2021 and ward_code = 'BISC'`);
  });
  afterAll(() => client.end());

  it('imports the sample, then finds every cell unchanged', async () => {
    const first = await run('population', sample);
    expect(first).toMatchObject({ rowsRead: 288, inserted: 288, updated: 0, unchanged: 0, quarantined: 0 });
    expect(await biscot()).toEqual({ cells: 288, residents: sampleTotal });
    const second = await run('population', sample);
    expect(second).toMatchObject({ rowsRead: 288, inserted: 0, updated: 0, unchanged: 288, quarantined: 0 });
  });

  it('updates a changed count, read from the spellings census tables use', async () => {
    const cell = `select residents from population where year = 2021 and ward_code = 'BISC' and ethnic_code = 'A' and age_band = '85+' and sex = 'female'`;
    const stored: number = (await client.query(cell)).rows[0].residents;
    const text = sampleText.replace(`2021,BISC,A,85+,female,${stored}\n`, `2021,Biscot,White British,85 and over,F,${stored + 4}\n`);
    const summary = await run('population', tempFile('population.csv', text));
    expect(summary).toMatchObject({ rowsRead: 288, inserted: 0, updated: 1, unchanged: 287, quarantined: 0 });
    expect((await client.query(cell)).rows[0].residents).toBe(stored + 4);
    expect(await run('population', sample)).toMatchObject({ updated: 1, unchanged: 287 });
  });

  it('quarantines cells outside the census or with a count that is not a whole number, each with its reasons', async () => {
    const [, , , , , residents] = sampleText
      .split('\n')
      .find((line) => line.startsWith('2021,BISC,H,65-74,male,'))!
      .split(',');
    const file = tempFile(
      'population-with-errors.csv',
      [
        'year,ward,ethnic_category,age_band,sex,residents',
        '2021,Atlantis,A,0-15,female,10',
        '2021,BISC,Z,0-15,female,10',
        '2021,BISC,A,0-17,female,10',
        '2021,BISC,A,85 and over,X,10',
        '2021,BISC,A,65 to 74,F,-3',
        '2021,BISC,A,65-74,female,12.5',
        '1850,BISC,A,65-74,female,12',
        `2021,Biscot,Asian or Asian British - Indian,65 to 74,M,${residents}`,
        `2021,BISC,H,65-74,male,${residents}`,
      ].join('\n'),
    );
    const summary = await run('population', file);
    expect(summary).toMatchObject({ rowsRead: 9, inserted: 0, updated: 0, unchanged: 1, quarantined: 8 });
    expect(await quarantinedRows(client, summary.runId)).toEqual([
      { row_number: 2, reasons: ['ward: "Atlantis" is not a ward of the hub'] },
      { row_number: 3, reasons: ['ethnic_category: "Z" is not a census category: population counts use A–S'] },
      { row_number: 4, reasons: ['age_band: "0-17" is not one of the census age bands (0-15, 16-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75-84, 85+)'] },
      { row_number: 5, reasons: ['sex: "X" is not a census sex (female or male; F, M, 1, 2)'] },
      { row_number: 6, reasons: ['residents: "-3" must be a whole number, 0 or more'] },
      { row_number: 7, reasons: ['residents: "12.5" must be a whole number, 0 or more'] },
      { row_number: 8, reasons: ['year: "1850" must be from 1900 to 2025'] },
      { row_number: 10, reasons: ['residents: 2021 BISC H 65-74 male is on row 9 too; a file holds each cell once'] },
    ]);
  });

  it('takes population only from admins, and a refused file writes nothing', async () => {
    const before = { ...(await tableCounts(client)), biscot: await biscot() };
    await expect(run('population', sample, MANAGER)).rejects.toThrow(`--as: ${MANAGER} is a service_manager; only admin accounts may import population`);
    expect({ ...(await tableCounts(client)), biscot: await biscot() }).toEqual(before);
  });

  it('leaves every rollup equal to a full rebuild', async () => {
    await run('population', tempFile('population.csv', sampleText.replace('2021,BISC,A,0-15,female,', '2021,BISC,A,0-15,female,1')));
    const afterImport = await rollupDigests(client);
    await refreshRollups(client);
    expect(await rollupDigests(client)).toEqual(afterImport);
    expect(await run('population', sample)).toMatchObject({ updated: 1, unchanged: 287 });
  });
});
