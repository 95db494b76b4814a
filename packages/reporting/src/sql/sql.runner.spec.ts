import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { openOrm } from '@hub/db';
import { mikroOrmRunner, pgRunner } from './sql.runner.js';

describe('SqlRunner adapters', () => {
  let orm: Awaited<ReturnType<typeof openOrm>>;
  let pool: pg.Pool;
  beforeAll(async () => {
    orm = await openOrm(inject('databaseUrl'));
    pool = new pg.Pool({ connectionString: inject('databaseUrl'), max: 1 });
  });
  afterAll(async () => {
    await orm.close(true);
    await pool.end();
  });

  const statement = `select count(*)::int as n, $1::text as echoed from ethnic_category where code = any($2::text[])`;

  it('runs $n-parameterised SQL over a pg pool', async () => {
    expect(await pgRunner(pool).query(statement, ["it's", ['A', 'Z']])).toEqual([{ n: 2, echoed: "it's" }]);
  });

  it('runs the same SQL through a MikroORM entity manager, parameters kept apart from the text', async () => {
    expect(await mikroOrmRunner(orm.em.fork()).query(statement, ["it's", ['A', 'Z']])).toEqual([{ n: 2, echoed: "it's" }]);
  });
});
