/** The GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec) around a file streamed as it arrives. */
export interface MultipartUpload {
	body: ReadableStream<Uint8Array>;
	contentType: string;
}

/**
 * Wraps a file's bytes, as they arrive from the browser, in a multipart request: the
 * `operations` field (the mutation, its `file` variable null), the `map` putting file 0 there,
 * and the file. Nothing is buffered, so a 100 MB file passes through in small chunks.
 */
export function multipartUpload(
	operations: unknown,
	fileName: string,
	file: ReadableStream<Uint8Array>,
	boundary = `hub-upload-${crypto.randomUUID()}`
): MultipartUpload {
	const encoder = new TextEncoder();
	const part = (disposition: string) => `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n`;
	const head = encoder.encode(
		[
			`${part('name="operations"')}\r\n${JSON.stringify(operations)}\r\n`,
			`${part('name="map"')}\r\n${JSON.stringify({ 0: ['variables.file'] })}\r\n`,
			`${part(`name="0"; filename="${quotedName(fileName)}"`)}Content-Type: application/octet-stream\r\n\r\n`
		].join('')
	);
	const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
	const reader = file.getReader();
	let started = false;
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!started) {
				started = true;
				controller.enqueue(head);
				return;
			}
			const { done, value } = await reader.read();
			if (done) {
				controller.enqueue(tail);
				controller.close();
			} else controller.enqueue(value);
		},
		cancel(reason) {
			return reader.cancel(reason);
		}
	});
	return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A file name fit for a quoted header parameter: no quotes, backslashes or line breaks. */
function quotedName(name: string): string {
	return name.replace(/["\\\r\n]/g, '_') || 'upload';
}
