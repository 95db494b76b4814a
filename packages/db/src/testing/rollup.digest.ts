import type pg from 'pg';
import { ROLLUPS } from '../rollup.definitions.js';

/** Each reporting rollup's row count and a digest of its rows in a fixed order, to compare two states of them. */
export async function rollupDigests(client: pg.Client): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const { name } of ROLLUPS) {
    const { rows } = await client.query<{ digest: string }>(
      `select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${name} t`,
    );
    result[name] = rows[0]!.digest;
  }
  return result;
}

/** A point in the database's history: rows written after it carry a later transaction id (rollupRowsWrittenSince). */
export async function writeMark(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ mark: string }>(`select (pg_current_xact_id()::text::bigint % 4294967296)::text as mark`);
  return Number(rows[0]!.mark);
}

/** How many rows of each rollup were written after the mark: what a refresh rebuilt, and what it left alone. */
export async function rollupRowsWrittenSince(client: pg.Client, mark: number): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const { name } of ROLLUPS) {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${name} where xmin::text::bigint > $1`, [mark]);
    result[name] = rows[0]!.n;
  }
  return result;
}
