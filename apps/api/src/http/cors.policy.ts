import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpRefusal } from './http.refusal.js';

/**
 * Browsers may call the API only from the origins in `HUB_CORS_ORIGINS` (comma-separated).
 * None by default: the dashboard calls the API from its own server, never from the browser.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const listed = (env.HUB_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/+$/, ''));
  return new Set(listed.filter(Boolean));
}

/**
 * Adds CORS headers for an allowed origin. Answers a preflight itself (true when it did);
 * refuses a preflight from any other origin, so the browser never sends the real request.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  const isAllowed = origin !== undefined && allowed.has(origin);
  if (isAllowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-allow-credentials', 'true');
    res.setHeader('vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return false;
  if (!isAllowed) throw new HttpRefusal(403, 'FORBIDDEN', 'This origin may not call the API from a browser; an administrator can add it to HUB_CORS_ORIGINS.');
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type, apollo-require-preflight',
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
