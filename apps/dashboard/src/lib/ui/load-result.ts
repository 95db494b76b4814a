/**
 * What a streamed load promise settles to. Streamed promises never reject: a rejection that
 * reaches the browser before the page hydrates is reported as unhandled (sveltejs/kit#9785),
 * and SvelteKit would replace a plain Error's message with "Internal Error".
 */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; message: string; refusal?: RefusalCode };

/** Why the API refused: not signed in (or the session ended), or the role does not reach it. */
export type RefusalCode = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** The API's refusal code carried by an error, if it is one. */
export function refusalOf(error: unknown): RefusalCode | undefined {
	const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
	return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' ? code : undefined;
}

export function errorMessage(error: unknown): string {
	if (typeof error === 'string' && error) return error;
	if (error instanceof Error && error.message) return error.message;
	return 'Unknown error';
}

export function settle<T>(promise: Promise<T>): Promise<LoadResult<T>> {
	return promise.then(
		(data) => ({ ok: true, data }),
		(error: unknown) => {
			const refusal = refusalOf(error);
			return refusal ? { ok: false, message: errorMessage(error), refusal } : { ok: false, message: errorMessage(error) };
		}
	);
}
