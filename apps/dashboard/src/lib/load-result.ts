/**
 * What a streamed load promise settles to. Streamed promises never reject: a rejection that
 * reaches the browser before the page hydrates is reported as unhandled (sveltejs/kit#9785),
 * and SvelteKit would replace a plain Error's message with "Internal Error".
 */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; message: string };

export function errorMessage(error: unknown): string {
	if (typeof error === 'string' && error) return error;
	if (error instanceof Error && error.message) return error.message;
	return 'Unknown error';
}

export function settle<T>(promise: Promise<T>): Promise<LoadResult<T>> {
	return promise.then(
		(data) => ({ ok: true, data }),
		(error: unknown) => ({ ok: false, message: errorMessage(error) })
	);
}
