import { redact, type Orm, type openOrm } from '@hub/db';

type OrmOptions = NonNullable<Parameters<typeof openOrm>[1]>;

class ReadReplicaError extends Error {
  override name = 'ReadReplicaError';
}

/**
 * `DATABASE_READ_URL`: a read replica for analytics (README: Read replica). MikroORM keeps it as
 * a second pool with the same settings; `preferReadReplicas: false` keeps every query on the
 * primary unless it asks for the 'read' connection, and only the reporting runner does, so
 * sessions, writes and audited record reads never see replication lag.
 */
export function readReplicaOptions(env: NodeJS.ProcessEnv = process.env): Partial<OrmOptions> {
  const url = env.DATABASE_READ_URL?.trim();
  if (!url) return {};
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ReadReplicaError('DATABASE_READ_URL must be a URL such as postgres://reader:password@replica:5432/wellbeing_hub; it could not be read as one.');
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new ReadReplicaError(`DATABASE_READ_URL must be a postgres:// URL of a read replica of the hub's database, not a ${protocol}// one.`);
  }
  return { replicas: [{ name: 'read-replica', clientUrl: url }], preferReadReplicas: false };
}

/** At start: a replica that cannot be reached, or holds no hub rollups, stops the API with the reason rather than failing every analytics request. */
export async function assertReadReplicaReady(orm: Orm): Promise<void> {
  const [replica] = orm.config.get('replicas') ?? [];
  if (!replica) return;
  const where = redact(replica.clientUrl ?? '');
  try {
    await orm.em.getConnection('read').execute('select 1 from referral_fact limit 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadReplicaError(`DATABASE_READ_URL (${where}) cannot serve analytics: ${reason}`);
  }
}
