import { decodeCursor, ID_PART } from './cursor.codec.js';
import type { PageRequest } from './page.args.js';
import { toPage, type Page } from './page.types.js';
import type { SqlClient, SqlConditions } from './sql.client.js';

/**
 * A table that analysts page through by its id (keyset pagination: each page starts where the
 * last ended, however deep), with the filter shared by the page and its total so they agree.
 */
export interface KeysetTable {
  /** The table with its alias, e.g. `person p`. */
  from: string;
  alias: string;
  columns: string;
  /** The cursor's kind, so a cursor from another list is refused. */
  cursor: string;
  idType: 'bigint' | 'int';
}

export async function keysetPage<T>(sql: SqlClient, table: KeysetTable, where: SqlConditions, page: PageRequest): Promise<Page<T>> {
  if (page.after) where.add(`${table.alias}.id > ?::${table.idType}`, decodeCursor(page.after, table.cursor, [ID_PART])[0]);
  const rows = await sql.rows<T>(`select ${table.columns} from ${table.from} ${where.toWhere()} order by ${table.alias}.id limit ?`, [
    ...where.params,
    page.first + 1,
  ]);
  return toPage(rows, page.first);
}

export async function keysetCount(sql: SqlClient, table: KeysetTable, where: SqlConditions): Promise<number> {
  const row = await sql.one<{ n: number }>(`select count(*)::int as n from ${table.from} ${where.toWhere()}`, where.params);
  return row?.n ?? 0;
}
