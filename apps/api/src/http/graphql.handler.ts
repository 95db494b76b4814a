import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Viewer } from '../access/viewer.js';
import type { HubContext } from '../context/hub.context.js';
import { importRefusal } from '../import/import.access.js';
import type { HubServer } from '../server.js';
import { applyCors } from './cors.policy.js';
import { HttpRefusal, SECURITY_HEADERS, sendJson, sendRefusal } from './http.refusal.js';
import { sendLandingPage, wantsLandingPage } from './landing.page.js';
import { isMultipart, readMultipartUpload, refuseUploadWithoutPreflight, type UploadLimits } from './multipart.body.js';
import type { RateLimiter } from './rate.limiter.js';
import { nulPathOf, readGraphQLBody, type GraphQLBody } from './request.body.js';
import { RATE_LIMITED } from './request.limits.js';

/** A handler tried before GraphQL (e.g. sign-in routes); true when it answered the request. */
export type ExtraRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface HandlerOptions {
  server: HubServer;
  limiter: RateLimiter;
  bodyLimit: number;
  /** Bytes of a file uploaded for import. */
  uploadLimit: number;
  corsOrigins: ReadonlySet<string>;
  routes: readonly ExtraRoute[];
}

const GRAPHQL_PATHS = new Set(['/', '/graphql']);

/**
 * The API's node:http request handler, in place of Apollo's standalone server: it owns every
 * answer, so a bad body, a wrong method or a crash is a JSON GraphQL error, never an HTML page
 * with a stack trace.
 */
export function graphqlHandler(options: HandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res, options).catch((error: unknown) => {
      answerFailure(res, error);
      lingerThenClose(req);
    });
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HandlerOptions): Promise<void> {
  if (applyCors(req, res, options.corsOrigins)) return;
  for (const route of options.routes) if (await route(req, res)) return;
  const url = new URL(req.url ?? '/', 'http://api.invalid');
  if (!GRAPHQL_PATHS.has(url.pathname)) throw new HttpRefusal(404, 'NOT_FOUND', 'Nothing here: the GraphQL API is at /graphql.');
  if (req.method !== 'GET' && req.method !== 'POST') {
    throw new HttpRefusal(405, 'METHOD_NOT_ALLOWED', 'Send GraphQL operations with POST (or queries with GET).', {}, { allow: 'GET, POST, OPTIONS' });
  }
  if (wantsLandingPage(req, url)) return sendLandingPage(res, `http://${req.headers.host ?? 'localhost'}/graphql`);
  const context = await options.server.contextFor(credentialsOf(req));
  refuseOverRate(options.limiter, context.viewer);
  if (req.method === 'POST' && isMultipart(req)) return handleUpload(req, res, options, context, url);
  const body = req.method === 'POST' ? await readGraphQLBody(req, options.bodyLimit) : {};
  refuseNul(req.method === 'POST' ? body.variables : getVariablesOf(url));
  await writeResponse(res, await execute(req, options, context, url, body));
}

/**
 * A file upload (the importFile mutation): refused before a byte is read unless it carries a
 * preflight header and comes from someone who may import; the temporary file is deleted once
 * the answer is sent, whatever happened.
 */
async function handleUpload(req: IncomingMessage, res: ServerResponse, options: HandlerOptions, context: HubContext, url: URL): Promise<void> {
  refuseUploadWithoutPreflight(req);
  const refusal = importRefusal(context.viewer);
  if (refusal) throw new HttpRefusal(context.viewer.account ? 403 : 401, String(refusal.extensions.code), refusal.message);
  const limits: UploadLimits = { fieldBytes: options.bodyLimit, fileBytes: options.uploadLimit };
  const upload = await readMultipartUpload(req, limits);
  let response: HTTPGraphQLResponse;
  try {
    refuseNul(upload.body.variables);
    response = await execute(req, options, context, url, upload.body, 'application/json');
  } finally {
    await upload.discard();
  }
  await writeResponse(res, response);
}

function execute(
  req: IncomingMessage,
  options: HandlerOptions,
  context: HubContext,
  url: URL,
  body: GraphQLBody,
  contentType?: string,
): Promise<HTTPGraphQLResponse> {
  const headers = headerMapOf(req);
  // Apollo reads only JSON bodies; a multipart one has been read into the operation already.
  if (contentType) headers.set('content-type', contentType);
  return options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body },
    context: async () => context,
  });
}

function credentialsOf(req: IncomingMessage) {
  return { authorization: req.headers.authorization, cookie: req.headers.cookie, address: req.socket.remoteAddress ?? null };
}

/** Who the limit counts: an API token on its own, a signed-in person across sessions, anyone else by address. */
function rateKeyOf(viewer: Viewer): string {
  if (viewer.credential.kind === 'token') return `token:${viewer.credential.tokenId}`;
  if (viewer.account) return `user:${viewer.account.id}`;
  return `address:${viewer.address ?? 'unknown'}`;
}

function refuseOverRate(limiter: RateLimiter, viewer: Viewer): void {
  const retryAfter = limiter.take(rateKeyOf(viewer));
  if (retryAfter === null) return;
  throw new HttpRefusal(
    429,
    RATE_LIMITED,
    `Too many requests: the limit is ${limiter.perMinute} a minute for each caller. Try again in ${retryAfter} s.`,
    { limit: limiter.perMinute, retryAfterSeconds: retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}

function refuseNul(variables: unknown): void {
  const path = nulPathOf(variables);
  if (path === null) return;
  throw new HttpRefusal(400, 'BAD_USER_INPUT', `Invalid variable "${path}": text may not contain a NUL character (\\u0000).`, { argumentName: path });
}

/** A GET's parameters, with its JSON `variables` read as Apollo will read them. */
function getVariablesOf(url: URL): unknown {
  const parameters: Record<string, unknown> = Object.fromEntries(url.searchParams);
  try {
    parameters.variables = JSON.parse(url.searchParams.get('variables') ?? 'null');
  } catch {
    // Apollo refuses variables that are not JSON, with its own message.
  }
  return parameters;
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** How much of a refused request's unread body is read and dropped after answering, and for how long. */
const LINGER_BYTES = 128 * 1024 * 1024;
const LINGER_MS = 10_000;

/**
 * After a refusal, reads and drops what is left of the body (a "lingering close", as nginx
 * does): a client still sending when the answer comes would otherwise see a broken pipe
 * instead of the refusal. A body that runs past the byte or time budget has its connection cut.
 */
function lingerThenClose(req: IncomingMessage): void {
  if (req.readableEnded || req.destroyed) return;
  let size = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > LINGER_BYTES) cut();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}

/** The last word on any failure: a refusal as itself, anything else as a bare internal error. */
function answerFailure(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpRefusal) return sendRefusal(res, error);
  console.error('API request failed:', error);
  sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
