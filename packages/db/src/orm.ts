import { MikroORM } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import { ormConfig } from './orm.config.js';
import { instrumentReferenceSql } from './reference/instrument.reference.js';

export type Orm = MikroORM;

export async function openOrm(url: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, overrides));
}

/**
 * Applies every pending migration in one transaction, then brings the instrument tables up to
 * the analytics catalogue (a new instrument needs no migration); returns the names applied.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await orm.em.getConnection().execute(instrumentReferenceSql());
  return applied.map((migration) => migration.name);
}
