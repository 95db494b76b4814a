import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Whether a GET is a person opening the API in a browser rather than a GraphQL client: it
 * asks for HTML and sends no operation.
 */
export function wantsLandingPage(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && /text\/html/i.test(req.headers.accept ?? '');
}

/**
 * A small page in place of Apollo Sandbox, which loads its code from the internet. It only
 * says where things are; the strict policy lets it load nothing and run no script.
 */
export function sendLandingPage(res: ServerResponse, apiUrl: string): void {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Wellbeing Hub API</title></head>
<body>
<h1>Wellbeing Hub API</h1>
<p>This is the hub's GraphQL API, at <code>${escapeHtml(apiUrl)}</code>. Send it GraphQL operations as JSON with a POST request, signed in with a bearer token.</p>
<p>To write and run queries in the browser, sign in to the dashboard and open <code>/explorer</code>.</p>
</body>
</html>
`;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
