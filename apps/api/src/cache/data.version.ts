import type { SqlRunner } from '@hub/reporting';

/**
 * The data version: a number every write to a table reports read moves on, in the writer's own
 * transaction (Migration20261207000000_data_version). One primary-key read of a one-row table,
 * with no staleness: every API process on the database sees a write the moment it commits. Read
 * only when the change feed cannot say it (cache/change.feed.ts). It is read where the analytics read
 * (the read replica, with DATABASE_READ_URL): a replica applies the version and the data in commit
 * order, so an answer computed after the read is never older than the version it is kept under.
 */
export async function readDataVersion(sql: SqlRunner): Promise<bigint> {
  const [row] = await sql.query<{ version: string }>(`select version::text as version from data_version`);
  if (!row) throw new Error('data_version has no row: the database is missing Migration20261207000000_data_version');
  return BigInt(row.version);
}
