import pg from 'pg';
import { HUB_DATA_TABLES } from './bulk-load.writer.js';

/** Small helpers for specs that run on the real, migrated PostgreSQL. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function queryRows<T extends object>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, values)).rows);
}

export async function emptyHub(url: string): Promise<void> {
  await withClient(url, (client) => client.query(`truncate ${HUB_DATA_TABLES.join(', ')} restart identity`));
}

/** One md5 per hub table over its rows in a fixed order: equal fingerprints mean identical data. */
export async function tableFingerprints(url: string): Promise<Record<string, string>> {
  const selects = HUB_DATA_TABLES.map(
    (table) => `select '${table}' as name, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as hash from ${table} t`,
  );
  const rows = await queryRows<{ name: string; hash: string }>(url, selects.join(' union all '));
  return Object.fromEntries(rows.map((row) => [row.name, row.hash]));
}

/** Every index and key on the hub's tables, to check a bulk load put them all back. */
export async function schemaShape(url: string): Promise<string[]> {
  const rows = await queryRows<{ item: string }>(
    url,
    `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as item from pg_constraint where conrelid = any($1::regclass[])
     union all
     select tablename || ' ' || indexname || ' ' || indexdef from pg_indexes where tablename = any($2::text[])
     order by 1`,
    [[...HUB_DATA_TABLES], [...HUB_DATA_TABLES]],
  );
  return rows.map((row) => row.item);
}
