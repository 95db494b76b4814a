import type { ServerResponse } from 'node:http';

/**
 * A request refused before it reached GraphQL: bad JSON, too big, too many, wrong method.
 * It carries what the caller is told, and nothing else.
 */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Headers on every answer: nothing sniffed, nothing cached, no referrer leaked, no framing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
});

/** Answers with a GraphQL-shaped JSON error, the only shape of error this API ever sends. */
export function sendRefusal(res: ServerResponse, refusal: HttpRefusal): void {
  const body = { errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } }] };
  sendJson(res, refusal.status, body, refusal.headers);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
