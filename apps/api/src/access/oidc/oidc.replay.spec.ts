import { openOrm, type Orm } from '@hub/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SqlClient } from '../../common/sql.client.js';
import { UsedNonces } from './oidc.replay.js';

describe('UsedNonces', () => {
  let orm: Orm;
  let sql: SqlClient;
  const key = (name: string) => `https://replay.test ${name}-${process.pid}-${Date.now()}`;
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  beforeAll(async () => {
    orm = await openOrm(inject('databaseUrl'));
    sql = new SqlClient(orm.em.fork());
  });
  afterAll(() => orm?.close(true));

  it('claims a nonce once, for any number of API processes on the database', async () => {
    const nonce = key('once');
    expect(await new UsedNonces(sql).claim(nonce, nowSeconds() + 300)).toBe(true);
    // Another process: its own connection, the same table.
    expect(await new UsedNonces(new SqlClient(orm.em.fork())).claim(nonce, nowSeconds() + 300)).toBe(false);
  });

  it('forgets a claim a minute after its token expired, and no sooner', async () => {
    const [old, recent] = [key('expired two minutes ago'), key('expired thirty seconds ago')];
    const nonces = new UsedNonces(sql);
    expect(await nonces.claim(old, nowSeconds() - 120)).toBe(true);
    expect(await nonces.claim(recent, nowSeconds() - 30)).toBe(true);
    await nonces.claim(key('any'), nowSeconds() + 300);
    const left = await sql.rows<{ nonce_key: string }>('select nonce_key from oidc_used_nonce where nonce_key = any(?)', [[old, recent]]);
    expect(left).toEqual([{ nonce_key: recent }]);
  });
});
