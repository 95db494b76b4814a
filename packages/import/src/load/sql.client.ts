import type pg from 'pg';

/** The one connection an import runs on: its transaction, its lock and every statement. */
export type ImportClient = pg.Client | pg.PoolClient;

/**
 * A statement an import runs once per batch. Named, it is parsed and planned once per
 * connection rather than for every batch; the name must be unique to the text.
 */
export interface BatchStatement {
  name: string;
  text: string;
}

export async function rowsOf<T>(client: ImportClient, sql: string | BatchStatement, params: unknown[] = []): Promise<T[]> {
  const result = typeof sql === 'string' ? await client.query(sql, params) : await client.query({ name: sql.name, text: sql.text, values: params });
  return result.rows as T[];
}
