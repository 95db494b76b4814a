import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { Orm } from '@hub/db';
import { recordReadAuditPlugin } from './access/audit.plugin.js';
import { authenticate, type RequestCredentials } from './access/authenticate.js';
import type { Viewer } from './access/viewer.js';
import { formatHubError } from './common/error.format.js';
import { SqlClient } from './common/sql.client.js';
import { createContext, type HubContext } from './context/hub.context.js';
import { buildHubSchema } from './schema.build.js';

export interface ServerOptions {
  orm: Orm;
}

/** The Apollo server plus the ways to make a request's context on the same database. */
export type HubServer = ApolloServer<HubContext> & {
  /** The context of a request made by `viewer` (anonymous when left out). */
  createContext(viewer?: Viewer): HubContext;
  /** The context of an HTTP request, after working out who sent it. */
  contextFor(credentials: RequestCredentials): Promise<HubContext>;
};

/**
 * The hub's Apollo server, not yet listening. Tests call
 * `server.executeOperation(request, { contextValue: server.createContext(viewer) })`; `startApi`
 * serves it over HTTP.
 */
export function createServer({ orm }: ServerOptions): HubServer {
  const server = new ApolloServer<HubContext>({
    schema: buildHubSchema(),
    formatError: formatHubError,
    includeStacktraceInErrorResponses: false,
    plugins: [recordReadAuditPlugin()],
  });
  return Object.assign(server, {
    createContext: (viewer?: Viewer) => createContext(orm, viewer),
    contextFor: async (credentials: RequestCredentials) => createContext(orm, await authenticate(new SqlClient(orm.em.fork()), credentials)),
  });
}

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

/** Serves the API over HTTP, with a fresh EntityManager fork and DataLoaders for every request. */
export async function startApi({ orm, port, host }: ServerOptions & { port: number; host?: string }): Promise<RunningApi> {
  const server = createServer({ orm });
  const { url } = await startStandaloneServer(server, {
    listen: { port, host: host ?? process.env.API_HOST ?? '127.0.0.1' },
    context: async ({ req }) =>
      server.contextFor({ authorization: req.headers.authorization, cookie: req.headers.cookie, address: req.socket.remoteAddress ?? null }),
  });
  return { url, stop: () => server.stop() };
}
