import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { UploadedFile } from '../import/upload.scalar.js';
import { HttpRefusal } from './http.refusal.js';
import { asOperation, parseJson, type GraphQLBody } from './request.body.js';
import { BODY_TOO_LARGE } from './request.limits.js';

/** A multipart request read: the operation with its file in place, and the temporary file to delete afterwards. */
export interface MultipartUpload {
  body: GraphQLBody;
  discard(): Promise<void>;
}

export interface UploadLimits {
  /** Bytes of the `operations` and `map` fields, as for a JSON body. */
  fieldBytes: number;
  /** Bytes of the file (HUB_IMPORT_MAX_BYTES). */
  fileBytes: number;
}

export function isMultipart(req: IncomingMessage): boolean {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/form-data');
}

const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/**
 * A browser sends a multipart form to any site without asking first, so a page elsewhere could
 * make a signed-in user's browser upload a file. Requiring a header a plain form cannot set
 * forces a CORS preflight, as Apollo's CSRF prevention does for its own requests.
 */
export function refuseUploadWithoutPreflight(req: IncomingMessage): void {
  if (PREFLIGHT_HEADERS.some((name) => String(req.headers[name] ?? '').trim() !== '')) return;
  throw new HttpRefusal(
    400,
    'BAD_REQUEST',
    'A multipart upload needs a non-empty "Apollo-Require-Preflight" (or "X-Apollo-Operation-Name") header, so a page on another site cannot send it.',
  );
}

/**
 * Reads a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec):
 * the `operations` field, the `map` field, then one file, which is streamed to a temporary file
 * and never held in memory. The file takes the place the map names in the operation's variables.
 */
export async function readMultipartUpload(req: IncomingMessage, limits: UploadLimits): Promise<MultipartUpload> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.fileBytes + limits.fieldBytes) throw fileTooLarge(limits.fileBytes);
  const folder = await mkdtemp(join(tmpdir(), 'hub-upload-'));
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    return { body: await receive(req, limits, folder), discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

function receive(req: IncomingMessage, limits: UploadLimits, folder: string): Promise<GraphQLBody> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fields: 2, files: 1, parts: 3, fieldSize: limits.fieldBytes, fileSize: limits.fileBytes },
      });
    } catch {
      reject(badRequest('The multipart request has no boundary in its Content-Type header.'));
      return;
    }
    let operations: GraphQLBody | null = null;
    let paths: string[] | null = null;
    let writing: Promise<UploadedFile> | null = null;
    let failed = false;
    const fail = (refusal: HttpRefusal) => {
      if (failed) return;
      failed = true;
      // The handler answers, then reads and drops the rest of the body.
      req.unpipe(parser);
      req.pause();
      reject(refusal);
    };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return fail(new HttpRefusal(413, BODY_TOO_LARGE, `The "${name}" field is larger than the limit of ${limits.fieldBytes} bytes.`));
      try {
        if (name === 'operations') operations = asOperation(parseJson(value));
        else if (name === 'map') paths = mapPaths(value);
        else fail(badRequest(`Unexpected field "${name}": a multipart request has the fields "operations" and "map", then one file.`));
      } catch (error) {
        fail(error as HttpRefusal);
      }
    });
    parser.on('file', (name, stream, info) => {
      if (!operations || !paths) {
        stream.resume();
        return fail(badRequest('The fields "operations" and "map" must come before the file.'));
      }
      if (name !== '0') {
        stream.resume();
        return fail(badRequest(`The file's field is "${name}", but the map names "0".`));
      }
      writing = writeFile(stream, folder, info.filename, limits.fileBytes);
      writing.catch((error: unknown) => fail(error instanceof HttpRefusal ? error : badRequest('The file could not be received.')));
    });
    const tooMany = () => fail(badRequest('Send one file per request, with the fields "operations" and "map" only.'));
    parser.on('filesLimit', tooMany);
    parser.on('fieldsLimit', tooMany);
    parser.on('error', () => fail(badRequest('The multipart request could not be read.')));
    parser.on('close', () => {
      if (failed) return;
      if (!operations || !paths) return fail(badRequest('The multipart request lacks the "operations" or "map" field.'));
      if (!writing) return fail(badRequest('The multipart request has no file: the map names "0", but no part of that name came.'));
      const body = operations;
      const at = paths;
      writing.then(
        (file) => {
          if (failed) return;
          try {
            for (const path of at) placeFile(body, path, file);
            resolve(body);
          } catch (error) {
            fail(error as HttpRefusal);
          }
        },
        () => {},
      );
    });
    req.on('error', () => fail(badRequest('The request body could not be read.')));
    req.pipe(parser);
  });
}

/** The map: exactly one file, `{"0": ["variables.file"]}`, placed at one or more paths. */
function mapPaths(text: string): string[] {
  const map = parseJson(text);
  const entries = map && typeof map === 'object' && !Array.isArray(map) ? Object.entries(map) : [];
  const [entry] = entries;
  if (entries.length !== 1 || entry[0] !== '0' || !Array.isArray(entry[1]) || entry[1].length === 0 || !entry[1].every((path) => typeof path === 'string')) {
    throw badRequest('The "map" field must name one file: {"0": ["variables.<name>"]}.');
  }
  return entry[1] as string[];
}

/** Puts the file where a path such as `variables.file` points, in place of the null the operation holds there. */
function placeFile(body: GraphQLBody, path: string, file: UploadedFile): void {
  const keys = path.split('.');
  if (keys[0] !== 'variables' || keys.length < 2) throw badRequest(`The map's path "${path}" must point into "variables".`);
  let target: unknown = body;
  for (const key of keys.slice(0, -1)) {
    target = target && typeof target === 'object' ? (target as Record<string, unknown>)[key] : undefined;
  }
  const last = keys[keys.length - 1];
  if (!target || typeof target !== 'object' || (target as Record<string, unknown>)[last] !== null) {
    throw badRequest(`The map's path "${path}" must point at a variable that is null in "operations".`);
  }
  (target as Record<string, unknown>)[last] = file;
}

async function writeFile(stream: Readable, folder: string, sentName: string | undefined, limit: number): Promise<UploadedFile> {
  const fileName = safeFileName(sentName ?? '');
  const path = join(folder, fileName);
  let bytes = 0;
  let truncated = false;
  stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
  stream.on('limit', () => (truncated = true));
  await pipeline(stream, createWriteStream(path, { mode: 0o600 }));
  if (truncated) throw fileTooLarge(limit);
  return new UploadedFile(path, fileName, bytes);
}

/** The sender's name without folders or characters a file name should not have; the extension is kept. */
function safeFileName(sent: string): string {
  const base = sent.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .slice(-120);
  return cleaned || 'upload';
}

function fileTooLarge(limit: number): HttpRefusal {
  return new HttpRefusal(413, BODY_TOO_LARGE, `The file is larger than the import limit of ${limit} bytes (HUB_IMPORT_MAX_BYTES).`, { limit });
}

function badRequest(message: string): HttpRefusal {
  return new HttpRefusal(400, 'BAD_REQUEST', message);
}
