import { migrate, openOrm, type Orm } from '@hub/db';
import type { GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import type { ResultCacheSettings } from '../cache/result-cache.settings.js';
import { createServer, type HubServer } from '../server.js';
import { insertFixtures } from './fixtures.js';
import { viewerAs, type ActAs } from './viewers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export interface GraphQLResult<Data> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestApi {
  orm: Orm;
  server: HubServer;
  /** Runs one operation as a fresh request, with no HTTP in between, as the harness's role or the one given. */
  run<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: ActAs): Promise<GraphQLResult<Data>>;
  close(): Promise<void>;
}

/**
 * The API on the shared test database, with the fixture loaded. Each request acts as `as`
 * (an admin unless told otherwise), a real account going through the access policy.
 */
export async function openTestApi(options: { as?: ActAs; ormOptions?: Parameters<typeof openOrm>[1] } = {}): Promise<TestApi> {
  const orm = await openOrm(inject('databaseUrl'), options.ormOptions);
  await insertFixtures(orm);
  return serve(orm, options);
}

/**
 * The API on a database of its own (migrated, with the fixture) on the test server, for specs
 * that write: what they add cannot change what other spec files, running at the same time on
 * the shared database, count. The database is dropped on close.
 */
export async function openScratchTestApi(name: string, options: ServeOptions = {}): Promise<TestApi> {
  const shared = await openOrm(inject('databaseUrl'));
  const database = `hub_scratch_${name}_${process.pid}_${Date.now().toString(36)}`;
  await shared.em.getKnex().raw(`create database "${database}"`);
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${database}`;
  const orm = await openOrm(url.toString());
  await migrate(orm);
  await insertFixtures(orm);
  const api = serve(orm, options);
  return {
    ...api,
    async close() {
      await api.close();
      await shared.em.getKnex().raw(`drop database if exists "${database}" with (force)`);
      await shared.close(true);
    },
  };
}

interface ServeOptions {
  as?: ActAs;
  /** The analytics result cache; the environment's settings (on by default) when left out. */
  resultCache?: ResultCacheSettings;
}

function serve(orm: Orm, options: ServeOptions): TestApi {
  const server = createServer({ orm, resultCache: options.resultCache });
  return {
    orm,
    server,
    async run<Data>(query: string, variables?: Record<string, unknown>, as?: ActAs) {
      const contextValue = server.createContext(await viewerAs(orm, as ?? options.as ?? 'admin'));
      const response = await server.executeOperation<Data>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Expected a single result, not an incremental one');
      return response.body.singleResult as GraphQLResult<Data>;
    },
    async close() {
      await server.stop();
      await orm.close(true);
    },
  };
}

/** The data of a result that must have succeeded, with the errors shown if it did not. */
export function dataOf<Data>(result: GraphQLResult<Data>): Data {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  if (!result.data) throw new Error('GraphQL result has no data');
  return result.data;
}
