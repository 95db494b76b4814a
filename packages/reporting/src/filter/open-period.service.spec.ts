import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgRunner } from '../sql/sql.runner.js';
import { seededPool } from '../testing/fixture.database.js';
import { closeOpenPeriod } from './open-period.service.js';

const noQuery = { query: () => Promise.reject(new Error('no query expected')) };

describe('closeOpenPeriod', () => {
  let pool: pg.Pool;
  let data: { first: string; last: string };
  beforeAll(async () => {
    pool = seededPool();
    const { rows } = await pool.query(`select to_char(min(received_on), 'YYYY-MM-DD') as first, to_char(max(received_on), 'YYYY-MM-DD') as last from referral`);
    data = rows[0];
  });
  afterAll(() => pool.end());

  it('leaves a closed period or no period as it is, without a query', async () => {
    expect(await closeOpenPeriod(noQuery, { from: '2019-04-01', to: '2019-06-30' })).toEqual({ from: '2019-04-01', to: '2019-06-30' });
    expect(await closeOpenPeriod(noQuery, {})).toBeUndefined();
  });

  it('intersects the dates with a financial year', async () => {
    expect(await closeOpenPeriod(noQuery, { financialYear: '2019/20' })).toEqual({ from: '2019-04-01', to: '2020-03-31' });
    expect(await closeOpenPeriod(noQuery, { from: '2019-10-01', financialYear: '2019/20' })).toEqual({ from: '2019-10-01', to: '2020-03-31' });
    expect(await closeOpenPeriod(noQuery, { from: '2018-01-01', to: '2019-05-31', financialYear: '2019/20' })).toEqual({
      from: '2019-04-01',
      to: '2019-05-31',
    });
  });

  it('closes one open end at the first or last whole month of the referrals', async () => {
    expect(await closeOpenPeriod(pgRunner(pool), { from: '2020-04-01' })).toEqual({ from: '2020-04-01', to: monthEnd(data.last) });
    expect(await closeOpenPeriod(pgRunner(pool), { to: '2020-03-31' })).toEqual({ from: `${data.first.slice(0, 8)}01`, to: '2020-03-31' });
    expect(await closeOpenPeriod(pgRunner(pool), { from: '2090-01-01' })).toEqual({ from: '2090-01-01', to: '2090-01-01' });
  });

  it('names the part of the period that is wrong', async () => {
    await expect(closeOpenPeriod(noQuery, { from: '2020-02-01', to: '2020-01-01' })).rejects.toMatchObject({ field: 'period.to' });
    await expect(closeOpenPeriod(noQuery, { financialYear: '2019/21' })).rejects.toMatchObject({ field: 'period.financialYear' });
    await expect(closeOpenPeriod(noQuery, { from: '2021-01-01', financialYear: '2019/20' })).rejects.toMatchObject({ field: 'period.financialYear' });
    await expect(closeOpenPeriod(noQuery, { to: '2020-02-30' })).rejects.toMatchObject({ field: 'period.to' });
  });
});

function monthEnd(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
