import type pg from 'pg';

/** The one connection an import runs on: its transaction, its lock and every statement. */
export type ImportClient = pg.Client | pg.PoolClient;

export async function rowsOf<T>(client: ImportClient, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query(sql, params)).rows as T[];
}
