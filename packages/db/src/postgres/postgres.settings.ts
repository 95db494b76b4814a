/**
 * Settings of the embedded PostgreSQL, passed on its command line at every start, so they apply
 * only to the server the hub starts itself; a DATABASE_URL server keeps its own configuration.
 * The embedded server is one person's analytics database on their own machine: no replicas, no
 * archive, a few connections, large loads and large aggregates. README, "Configuration",
 * says why each is set.
 */
export const EMBEDDED_SERVER_SETTINGS: Readonly<Record<string, string>> = {
  listen_addresses: '127.0.0.1',
  shared_buffers: '256MB',
  // Sorts and hashes of the reporting queries stay in memory; it is per sort, and the hub opens few connections.
  work_mem: '32MB',
  // Index builds after a bulk load (the seed, a large import) sort in memory.
  maintenance_work_mem: '512MB',
  // A seed or a rollup rebuild writes gigabytes: checkpoint rarely during it, not every few hundred megabytes.
  max_wal_size: '4GB',
  checkpoint_timeout: '30min',
  // Nothing reads the embedded server's WAL (no standby, no archive), so it keeps only what crash
  // recovery needs: rows loaded into a table created or emptied in the same transaction (the
  // seed's COPY) are written once, to the table, instead of twice.
  wal_level: 'minimal',
  max_wal_senders: '0',
  // Index builds and large scans may use the second core while nothing else runs.
  max_parallel_maintenance_workers: '2',
  max_parallel_workers_per_gather: '2',
};

/** The settings as `postgres -c name=value` arguments. */
export function serverFlags(): string[] {
  return Object.entries(EMBEDDED_SERVER_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
