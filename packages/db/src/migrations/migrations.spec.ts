import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';

describe('the initial migration', () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it('creates the code lists (docs/methods.md, "Codes")', async () => {
    const { rows } = await client.query('select count(*)::int as n from ethnic_category');
    expect(rows[0].n).toBe(18);
  });
});
