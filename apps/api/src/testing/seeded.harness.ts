import { openOrm, type Orm } from '@hub/db';
import { mikroOrmRunner } from '@hub/reporting';
import { inject } from 'vitest';
import { createServer, type HubServer } from '../server.js';
import type { GraphQLResult } from './api.harness.js';
import { viewerAs, type ActAs } from './viewers.js';

export interface SeededApi {
  orm: Orm;
  server: HubServer;
  /**
   * Runs one operation as a fresh request, as an analyst (aggregates under disclosure control)
   * unless another role is given: 'admin' sees exact figures.
   */
  run<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: ActAs): Promise<GraphQLResult<Data>>;
  /** Hand-written SQL on the seeded base tables, for figures checked independently of the API. */
  sql<Row>(query: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** The API on the seeded synthetic town (see seeded.setup.ts), with no HTTP in between. */
export async function openSeededApi(): Promise<SeededApi> {
  const orm = await openOrm(inject('seededDatabaseUrl'));
  const server = createServer({ orm });
  return {
    orm,
    server,
    async run<Data>(query: string, variables?: Record<string, unknown>, as?: ActAs) {
      const contextValue = server.createContext(await viewerAs(orm, as ?? 'analyst'));
      const response = await server.executeOperation<Data>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Expected a single result, not an incremental one');
      return response.body.singleResult as GraphQLResult<Data>;
    },
    sql: (query, params) => mikroOrmRunner(orm.em.fork()).query(query, params),
    async close() {
      await server.stop();
      await orm.close(true);
    },
  };
}

/** Counts as published under the default policy (docs/methods.md, "Disclosure control"): 0 stays, 1–7 withheld, the rest to the nearest 5. */
export function published(count: number): number | null {
  if (count === 0) return 0;
  return count < 8 ? null : Math.round(count / 5) * 5;
}
