import type { IncomingMessage } from 'node:http';
import { HttpRefusal } from './http.refusal.js';
import { BODY_TOO_LARGE } from './request.limits.js';

/** A GraphQL request body: one operation as a JSON object. */
export type GraphQLBody = Record<string, unknown>;

const JSON_TYPES = new Set(['application/json', 'application/graphql-response+json']);

/**
 * Reads a POST body as one JSON object: the content type must be JSON in UTF-8, the body no
 * larger than `limit` bytes, and not a batch. Every refusal is an HttpRefusal with a sentence
 * for the caller; parser messages are never passed on, since they quote the body.
 */
export async function readGraphQLBody(req: IncomingMessage, limit: number): Promise<GraphQLBody> {
  checkContentType(req.headers['content-type']);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const text = decodeUtf8(await readBytes(req, limit));
  return asOperation(parseJson(text));
}

function checkContentType(header: string | undefined): void {
  const [type = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (!JSON_TYPES.has(type)) {
    throw new HttpRefusal(415, 'BAD_REQUEST', 'Send the operation as JSON, with the header "Content-Type: application/json".');
  }
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpRefusal(415, 'BAD_REQUEST', 'Send the body in UTF-8 ("Content-Type: application/json; charset=utf-8").');
  }
}

function tooLarge(limit: number): HttpRefusal {
  return new HttpRefusal(413, BODY_TOO_LARGE, `The request body is larger than the limit of ${limit} bytes.`, { limit });
}

/** Collects the body, stopping (and discarding the rest) as soon as it passes the limit. */
function readBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // The handler answers, then reads and drops the rest.
        req.off('data', onData);
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', () => reject(new HttpRefusal(400, 'BAD_REQUEST', 'The request body could not be read.')));
  });
}

function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body is not valid UTF-8.');
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
}

export function asOperation(value: unknown): GraphQLBody {
  if (Array.isArray(value)) {
    throw new HttpRefusal(400, 'BAD_REQUEST', 'Batched requests (a JSON array) are not supported; send one operation per request.');
  }
  if (value === null || typeof value !== 'object') {
    throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body must be a JSON object with a "query" string.');
  }
  return value as GraphQLBody;
}

/** How deep variables may nest; the hub's inputs go three levels deep. */
const MAX_VARIABLE_DEPTH = 32;

/**
 * The path of the first NUL character in a request's variables ("filter.wardCodes.0"), or
 * null. PostgreSQL cannot hold one, so it would fail deep in a query as an internal error.
 * Variables nested deeper than any input of the schema are refused outright.
 */
export function nulPathOf(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\0') ? path.join('.') || '(value)' : null;
  if (value === null || typeof value !== 'object') return null;
  if (path.length > MAX_VARIABLE_DEPTH) {
    throw new HttpRefusal(400, 'BAD_USER_INPUT', `Variables nest more than ${MAX_VARIABLE_DEPTH} levels deep; no input of this API does.`);
  }
  for (const [key, item] of Object.entries(value)) {
    const found = nulPathOf(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
