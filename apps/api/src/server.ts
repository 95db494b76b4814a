import 'reflect-metadata';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Orm, openOrm } from '@hub/db';
import { AuditBatch } from './access/audit.batch.js';
import { AuditLog } from './access/audit.log.js';
import { recordReadAuditPlugin } from './access/audit.plugin.js';
import { authenticate, type RequestCredentials } from './access/authenticate.js';
import type { Viewer } from './access/viewer.js';
import { ViewerCache } from './access/viewer.cache.js';
import { ChangeFeed } from './cache/change.feed.js';
import { localWritePlugin } from './cache/local-write.plugin.js';
import { resultCachePlugin } from './cache/result-cache.plugin.js';
import { resultCacheSettings, type ResultCacheSettings } from './cache/result-cache.settings.js';
import { formatHubError } from './common/error.format.js';
import { SqlClient } from './common/sql.client.js';
import { createContext, type HubContext } from './context/hub.context.js';
import { assertReadReplicaReady, readReplicaOptions } from './context/read.replica.js';
import { corsOrigins } from './http/cors.policy.js';
import { graphqlHandler, type ExtraRoute } from './http/graphql.handler.js';
import { introspectionGuardPlugin } from './http/introspection.guard.js';
import { queryLimitRules } from './http/query.limits.js';
import { RateLimiter } from './http/rate.limiter.js';
import { requestLimits, statementTimeoutMs, type RequestLimits } from './http/request.limits.js';
import { buildHubSchema } from './schema.build.js';

export type { ExtraRoute } from './http/graphql.handler.js';

export interface ServerOptions {
  orm: Orm;
  /** The limits to hold requests to; the defaults, with the environment's settings, when left out. */
  limits?: RequestLimits;
  /** The hub's pseudonym key, which importFile needs; without it imports are refused. */
  pseudonymKey?: string | null;
  /** The analytics result cache; HUB_RESULT_CACHE and HUB_RESULT_CACHE_MB when left out. */
  resultCache?: ResultCacheSettings;
  /** What the database has announced (cache/change.feed.ts); without one, every request asks the database. */
  feed?: ChangeFeed;
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
 * serves it over HTTP. Every operation is held to the depth, alias, directive, cost and token
 * limits, however it arrives.
 */
export function createServer({
  orm,
  limits = requestLimits(),
  pseudonymKey = null,
  resultCache = resultCacheSettings(),
  feed = ChangeFeed.offline(),
}: ServerOptions): HubServer {
  const viewers = new ViewerCache(feed);
  const auditLog = new AuditLog(new SqlClient(orm.em.fork()));
  const audits = new AuditBatch((rows) => auditLog.writeRows(rows));
  const server = new ApolloServer<HubContext>({
    schema: buildHubSchema(),
    formatError: formatHubError,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules(limits),
    parseOptions: { maxTokens: limits.tokens },
    // Batches are refused before Apollo sees them (http/request.body.ts); this keeps it so.
    allowBatchedHttpRequests: false,
    // The hub has no persisted queries; Apollo's own checks of them answer without an error code.
    persistedQueries: false,
    plugins: [
      recordReadAuditPlugin(audits),
      introspectionGuardPlugin(),
      resultCachePlugin(resultCache, feed),
      localWritePlugin(feed),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin watches every field resolved, which wraps every resolver of
      // the schema, down to each cell of an aggregate; the hub sends no-store on every answer
      // and keeps its own result cache, so the hints would go unused.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  return Object.assign(server, {
    createContext: (viewer?: Viewer) => createContext(orm, viewer, pseudonymKey),
    // One EntityManager fork serves the sign-in check and the request.
    contextFor: async (credentials: RequestCredentials) => {
      const em = orm.em.fork();
      return createContext(orm, await authenticate(new SqlClient(em), credentials, viewers), pseudonymKey, em);
    },
  });
}

/**
 * ORM settings for the API's own connections: PostgreSQL cancels any statement that runs past
 * `HUB_STATEMENT_TIMEOUT_MS` (15 s), so one expensive request cannot hold a connection for
 * minutes. With `DATABASE_READ_URL`, analytics reads go to that replica (context/read.replica.ts).
 * Open the API's ORM with these; migrations and seeding keep their own, unlimited.
 */
export function apiOrmOptions(timeoutMs: number = statementTimeoutMs(), env: NodeJS.ProcessEnv = process.env): NonNullable<Parameters<typeof openOrm>[1]> {
  return { driverOptions: { connection: { statement_timeout: timeoutMs } }, ...readReplicaOptions(env) };
}

export interface RunningApi {
  url: string;
  stop(): Promise<void>;
}

export interface ApiOptions extends ServerOptions {
  port: number;
  host?: string;
  /** Handlers tried before GraphQL, in order (e.g. sign-in routes); each returns true when it answered. */
  routes?: ExtraRoute[];
}

/**
 * Serves the API over HTTP on 127.0.0.1 (or `API_HOST`), with a fresh EntityManager fork and
 * DataLoaders for every request, a per-caller rate limit and a body-size limit.
 */
export async function startApi({ orm, port, host, limits = requestLimits(), routes = [], pseudonymKey, resultCache }: ApiOptions): Promise<RunningApi> {
  await assertReadReplicaReady(orm);
  const feed = await ChangeFeed.start(orm.config.get('clientUrl') ?? '', {
    tracksDataVersion: (orm.config.get('replicas') ?? []).length === 0,
    onTrouble: (error) => console.warn(`Not listening for database changes (${error.message}); every request asks the database until listening again.`),
  });
  const server = createServer({ orm, limits, pseudonymKey, resultCache, feed });
  let http: Server;
  let address: AddressInfo;
  try {
    await server.start();
    const limiter = new RateLimiter(limits.ratePerMinute);
    const handler = graphqlHandler({ server, limiter, bodyLimit: limits.bodyBytes, uploadLimit: limits.uploadBytes, corsOrigins: corsOrigins(), routes });
    // A caller must finish sending its request within these, so slow senders cannot hold sockets open.
    // Idle keep-alive sockets are kept longer than clients' own idle time, so a client never sends on one the API just closed.
    http = createHttpServer({ requestTimeout: 60_000, headersTimeout: 20_000, keepAliveTimeout: 65_000 }, handler);
    address = await listen(http, port, host ?? process.env.API_HOST ?? '127.0.0.1');
  } catch (error) {
    await feed.stop();
    throw error;
  }
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    stop: async () => {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await server.stop();
      await feed.stop();
    },
  };
}

function listen(http: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve(http.address() as AddressInfo);
    });
  });
}
