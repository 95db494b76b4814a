/**
 * The dashboard's server accepts bodies as large as an import file (BODY_SIZE_LIMIT is raised for
 * the upload), so every other route is held to a form's size here: a large or unmeasured body
 * on a sign-in or QI form would otherwise be read whole into memory.
 */
export const FORM_BODY_LIMIT_BYTES = 1024 * 1024;

/** The one route that takes a file, and checks its declared size itself. */
const UPLOAD_PATH = '/import/upload';

/** Null when the request may go on; otherwise the status and words to answer with. */
export function bodyRefusal(method: string, path: string, headers: Headers): { status: 411 | 413; message: string } | null {
	if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || path === UPLOAD_PATH) return null;
	const declared = headers.get('content-length');
	if (declared === null) {
		if (headers.get('transfer-encoding') === null) return null;
		return { status: 411, message: 'Send the request with its length (Content-Length); this form does not take a streamed body.' };
	}
	const length = Number(declared);
	if (!Number.isFinite(length) || length > FORM_BODY_LIMIT_BYTES) {
		return { status: 413, message: `This form takes at most ${FORM_BODY_LIMIT_BYTES / 1024 / 1024} MB; files are imported on the Import page.` };
	}
	return null;
}
