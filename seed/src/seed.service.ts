import pg from 'pg';
import { refreshRollups, suspendReferralNotes } from '@hub/db';
import { startActivityThread } from './activity.thread.js';
import { HUB_DATA_TABLES, BULK_TABLES, resetSequences, suspendIndexes, suspendRowChecks } from './bulk-load.writer.js';
import { newPseudonymKey } from './pseudonym-key.file.js';
import { generateOutreachEvents, outreachRows, type OutreachEvent } from './outreach.generator.js';
import { Random } from './random.js';
import { writeReferenceData } from './reference.writer.js';
import { copyLines, insertRows } from './table.writer.js';

export interface SeedOptions {
  /** Size of the town: referrals from April 2018 to March 2025. */
  referrals?: number;
  seed?: number;
  /** Empty the hub's data tables first (never the code lists from the migration). */
  replace?: boolean;
  /**
   * Key of the NHS-number pseudonyms (loadPseudonymKey). The same key and seed give the same
   * pseudonyms; left out, a one-off random key is used, so that town links to nothing else.
   */
  pseudonymKey?: string;
  onProgress?: (done: number, total: number) => void;
  /** Called when the town is committed, before the rollups are rebuilt, with the seconds loading took. */
  onLoaded?: (seconds: number) => void;
}

export interface SeedSummary {
  referrals: number;
  seed: number;
  counts: Record<string, number>;
  /** Loading the data, in one transaction. */
  seconds: number;
  /** Rebuilding the reporting rollups afterwards. */
  rollupSeconds: number;
}

export const DEFAULT_REFERRALS = 25_000;
export const DEFAULT_SEED = 20180401;
export const MAX_REFERRALS = 5_000_000;
/** Referrals sent per round of COPY commands. */
const BATCH = 20_000;

/** A seed the database cannot take, or a size or seed it should not be asked for. */
export class SeedError extends Error {
  override name = 'SeedError';
}

const COLUMNS: Record<(typeof BULK_TABLES)[number], string[]> = {
  person: ['id', 'pseudonym', 'birth_year', 'sex', 'ethnic_code', 'ward_code', 'lsoa_code', 'deprivation_decile', 'conditions'],
  referral: [
    'id',
    'person_id',
    'programme_id',
    'source_code',
    'outreach_event_id',
    'received_on',
    'reason',
    'conditions',
    'status',
    'assessed_on',
    'started_on',
    'ended_on',
  ],
  referral_status_event: ['referral_id', 'status', 'occurred_on'],
  attendance: ['referral_id', 'session_on', 'venue_id', 'attended'],
  outcome_measurement: ['id', 'referral_id', 'instrument_code', 'timepoint', 'measured_on', 'score', 'items'],
};

/** True when the hub holds no referrals and no programmes. */
export async function isDatabaseEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>('select exists (select 1 from referral) or exists (select 1 from programme) as found');
    return !rows[0].found;
  } finally {
    await client.end();
  }
}

/**
 * Fills the hub with a deterministic synthetic town in one transaction: on any failure the
 * database is left as it was. Refuses a database that already holds hub data unless asked to
 * replace it.
 */
export async function seedDatabase(databaseUrl: string, options: SeedOptions = {}): Promise<SeedSummary> {
  const referrals = checkedWholeNumber('referrals', options.referrals ?? DEFAULT_REFERRALS, 0, MAX_REFERRALS);
  const seed = checkedWholeNumber('seed', options.seed ?? DEFAULT_SEED, 0, 2 ** 32 - 1);
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let counts: Record<string, number>;
  try {
    await client.query('begin');
    const pseudonymKey = options.pseudonymKey ?? newPseudonymKey();
    counts = await seedInTransaction(client, { referrals, seed, pseudonymKey, replace: options.replace ?? false, onProgress: options.onProgress });
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
  const loaded = performance.now();
  const tenths = (from: number, to: number) => Math.round((to - from) / 100) / 10;
  options.onLoaded?.(tenths(started, loaded));
  await refreshRollupsAndAnalyse(databaseUrl);
  return { referrals, seed, counts, seconds: tenths(started, loaded), rollupSeconds: tenths(loaded, performance.now()) };
}

interface TownOptions {
  referrals: number;
  seed: number;
  pseudonymKey: string;
  onProgress?: SeedOptions['onProgress'];
}

async function seedInTransaction(client: pg.ClientBase, options: TownOptions & { replace: boolean }): Promise<Record<string, number>> {
  // A second seed at the same time waits here instead of interleaving with this one.
  await client.query(`select pg_advisory_xact_lock(hashtext('wellbeing-hub-seed'))`);
  await client.query(`set local synchronous_commit = off`);
  await client.query(`set local maintenance_work_mem = '512MB'`);
  if (!options.replace) await refuseIfNotEmpty(client);
  // Truncating inside the transaction also lets COPY write frozen rows.
  await client.query(`truncate ${HUB_DATA_TABLES.join(', ')} restart identity`);
  const restoreIndexes = await suspendIndexes(client);
  const checkRows = await suspendRowChecks(client);
  // Every rollup is rebuilt after the load, so noting each referral written would be wasted.
  const resumeNotes = await suspendReferralNotes(client);
  const root = new Random(options.seed);
  const counts = await writeReferenceData(client, root.fork('reference'), options.referrals);
  const outreach = generateOutreachEvents(root.fork('outreach'));
  counts.outreach_event = await insertRows(client, 'outreach_event', outreachRows(outreach));
  Object.assign(counts, await streamActivity(client, options, outreach));
  await checkRows();
  await restoreIndexes();
  await resumeNotes();
  await resetSequences(client);
  return counts;
}

async function refuseIfNotEmpty(client: pg.ClientBase): Promise<void> {
  const checks = HUB_DATA_TABLES.map((table) => `select '${table}' as table_name where exists (select 1 from ${table})`).join(' union all ');
  const { rows } = await client.query<{ table_name: string }>(checks);
  if (rows.length === 0) return;
  const {
    rows: [size],
  } = await client.query<{ referrals: string; programmes: string }>(
    'select (select count(*) from referral) as referrals, (select count(*) from programme) as programmes',
  );
  const held =
    Number(size.referrals) + Number(size.programmes) > 0
      ? `${Number(size.referrals).toLocaleString('en-GB')} referrals and ${size.programmes} programmes`
      : `rows in ${rows
          .map((row) => row.table_name)
          .sort()
          .join(', ')}`;
  throw new SeedError(
    `The database already holds hub data (${held}); seeding refuses to add a second town. Pass replace (--replace) to empty the hub's tables first.`,
  );
}

/**
 * Streams the town by COPY, batch by batch, as a worker thread generates it (activity.thread.ts):
 * Node generates on one core while PostgreSQL copies on the other.
 */
async function streamActivity(client: pg.ClientBase, options: TownOptions, outreach: readonly OutreachEvent[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(BULK_TABLES.map((table) => [table, 0]));
  const thread = startActivityThread({ referrals: options.referrals, seed: options.seed, pseudonymKey: options.pseudonymKey, outreach }, BATCH);
  let done = 0;
  options.onProgress?.(0, options.referrals);
  try {
    for await (const batch of thread.batches) {
      for (const [i, table] of BULK_TABLES.entries()) {
        counts[table] += batch.rows[i];
        if (batch.rows[i] > 0) await copyLines(client, table, COLUMNS[table], [batch.tables[i]]);
      }
      thread.copied();
      options.onProgress?.((done += batch.referrals), options.referrals);
    }
  } finally {
    await thread.stop();
  }
  return counts;
}

/**
 * Reporting reads rollups of the seeded tables, so they are rebuilt before
 * anyone looks; the planner gets fresh statistics for the tables too.
 */
async function refreshRollupsAndAnalyse(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`analyze ${HUB_DATA_TABLES.join(', ')}`);
    await refreshRollups(client);
  } finally {
    await client.end();
  }
}

function checkedWholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SeedError(`${name} must be a whole number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}, not ${value}`);
  }
  return value;
}
