import type { SqlClient } from '../common/sql.client.js';

/**
 * The data version: a number every write to a table reports read moves on, in the writer's own
 * transaction (Migration20261207000000_data_version). One primary-key read of a one-row table,
 * so checking it costs a request one short round trip and no staleness: every API process on
 * the database sees a write the moment it commits.
 */
export async function readDataVersion(sql: SqlClient): Promise<bigint> {
  const row = await sql.one<{ version: string }>(`select version::text as version from data_version`);
  if (!row) throw new Error('data_version has no row: the database is missing Migration20261207000000_data_version');
  return BigInt(row.version);
}
