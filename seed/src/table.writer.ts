import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Bulk writes: small tables in one INSERT each from a JSON array, big tables by COPY. Nothing
 * is written a row at a time.
 */
export async function insertRows(client: pg.ClientBase, table: string, rows: readonly object[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]);
  const list = columns.map((column) => `"${column}"`).join(', ');
  const result = await client.query(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`, [
    JSON.stringify(rows),
  ]);
  return result.rowCount ?? 0;
}

/** COPY pieces of text (whole lines) into a table. FREEZE is allowed because the load truncated the table first. */
export function copyLines(client: pg.ClientBase, table: string, columns: readonly string[], pieces: readonly (string | Uint8Array)[]): Promise<void> {
  if (pieces.length === 0) return Promise.resolve();
  const stream = client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin with (format text, freeze true)`));
  return new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', () => resolve());
    for (const piece of pieces) stream.write(piece);
    stream.end();
  });
}
