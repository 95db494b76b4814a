import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { ImportKind } from '$lib/graphql/graphql';
import { IMPORT_FILE_MUTATION, type ImportRunSummary } from '$lib/queries/import.queries';
import { hubApiUrl } from '$lib/server/hub-api';
import { assertMayVisit } from '$lib/server/page-access';
import { multipartUpload } from './multipart-upload';

/** The API's own limit (HUB_IMPORT_MAX_BYTES, 100 MB), checked here too so a big file is refused before it is sent on. */
function importMaxBytes(): number {
	const value = Number(env.HUB_IMPORT_MAX_BYTES);
	return Number.isFinite(value) && value > 0 ? value : 100 * 1024 * 1024;
}

/** What the browser's upload gets back: the run, or the one sentence to show as the form's error. */
export type UploadAnswer = { run: ImportRunSummary } | { error: string };

const answer = (status: number, body: UploadAnswer) => json(body, { status });

/** An import can take minutes for a large file (validation, loading, the rollups' refresh). */
const IMPORT_TIMEOUT_MS = 15 * 60_000;

/**
 * Passes the browser's file on to the API's importFile as a GraphQL multipart request, streamed
 * as it arrives, as the signed-in user. The browser sends the raw file (so its upload progress is
 * the file's), with the kind in the address and the file's name in a header.
 */
export async function forwardUpload(request: Request, url: URL, locals: App.Locals): Promise<Response> {
	assertMayVisit(locals, '/import');
	// Only this dashboard's pages may send files as the user: a page elsewhere cannot borrow the cookie.
	if (request.headers.get('origin') !== url.origin) return answer(403, { error: 'Files can only be imported from the Import page of this dashboard.' });
	const kind = url.searchParams.get('kind');
	if (!kind) return answer(400, { error: 'Choose what the file holds (the kind) before importing.' });
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (!request.body || declared === 0) return answer(400, { error: 'Choose a file to import: the one sent was empty.' });
	if (declared > importMaxBytes())
		return answer(413, { error: `The file is larger than the import limit of ${importMaxBytes()} bytes (HUB_IMPORT_MAX_BYTES).` });
	const fileName = decodeURIComponent(request.headers.get('x-file-name') ?? 'upload');
	const operations = { query: IMPORT_FILE_MUTATION.toString(), operationName: 'ImportFile', variables: { kind: kind as ImportKind, file: null } };
	const upload = multipartUpload(operations, fileName, request.body);
	let response: Response;
	try {
		response = await fetch(hubApiUrl(), {
			method: 'POST',
			body: upload.body,
			duplex: 'half',
			headers: { 'content-type': upload.contentType, accept: 'application/json', authorization: `Bearer ${locals.token}`, 'apollo-require-preflight': 'true' },
			signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS)
		} as RequestInit);
	} catch {
		return answer(502, { error: 'The API is not reachable, so the file was not imported.' });
	}
	const body = (await response.json().catch(() => null)) as { data?: { importFile?: ImportRunSummary } | null; errors?: { message: string }[] } | null;
	// A refused file is an answer like any other (GraphQL's own 200), the reason shown as the form's error; the API's HTTP refusals keep their status.
	if (body?.errors?.length) return answer(response.ok ? 200 : response.status, { error: body.errors.map((problem) => problem.message).join('; ') });
	if (!body?.data?.importFile) return answer(502, { error: `The API answered HTTP ${response.status} without a result.` });
	return answer(200, { run: body.data.importFile });
}

/** A run id from the address, or a 400 naming the parameter. */
export function runIdOf(url: URL): string | null {
	const run = url.searchParams.get('run');
	if (run === null || run === '') return null;
	if (!/^[1-9][0-9]{0,9}$/.test(run)) error(400, `"run" must be the id of an import, not "${run.slice(0, 20)}".`);
	return run;
}
