import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { Orm } from '@hub/db';
import { formatHubError } from './common/error.format.js';
import { createContext, type HubContext } from './context/hub.context.js';
import { buildHubSchema } from './schema.build.js';

export interface ServerOptions {
  orm: Orm;
}

/** The Apollo server plus the way to make a context for one request on the same database. */
export type HubServer = ApolloServer<HubContext> & { createContext(): HubContext };

/**
 * The hub's Apollo server, not yet listening. Tests call
 * `server.executeOperation(request, { contextValue: server.createContext() })`; `startApi`
 * serves it over HTTP.
 */
export function createServer({ orm }: ServerOptions): HubServer {
  const server = new ApolloServer<HubContext>({
    schema: buildHubSchema(),
    formatError: formatHubError,
    includeStacktraceInErrorResponses: false,
  });
  return Object.assign(server, { createContext: () => createContext(orm) });
}

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** Serves the API over HTTP, with a fresh EntityManager fork and DataLoaders for every request. */
export async function startApi({ orm, port, host }: ServerOptions & { port: number; host?: string }): Promise<RunningApi> {
  const server = createServer({ orm });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host },
    context: async () => server.createContext(),
  });
  return { url, stop: () => server.stop() };
}
