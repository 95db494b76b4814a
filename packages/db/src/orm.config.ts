import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { ROLLUPS } from './rollup.definitions.js';

/** ORM settings for one database; entities and migrations are listed, never globbed. */
export function ormConfig(url: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false, requireEntitiesArray: true },
    migrations: {
      migrationsList: migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      // The launcher reports what it applied in its own words.
      silent: true,
    },
    // The reporting rollups are tables the migrations create and rollup.refresh.ts fills with SQL;
    // they have no entities, and the schema generator must not offer to drop them.
    schemaGenerator: { skipTables: ROLLUPS.map((rollup) => rollup.name) },
    pool: { min: 0, max: 10 },
    debug: false,
    allowGlobalContext: false,
    ...overrides,
  });
}
