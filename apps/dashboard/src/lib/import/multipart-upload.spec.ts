import { describe, expect, it } from 'vitest';
import { multipartUpload } from './multipart-upload';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
			controller.close();
		}
	});
}

describe('multipartUpload', () => {
	it('lays out operations, map and the file as the GraphQL multipart request spec does', async () => {
		const upload = multipartUpload({ query: 'mutation', variables: { kind: 'REFERRALS', file: null } }, 'my "file".csv', streamOf('a,b\r\n', '1,2\r\n'), 'B');
		expect(upload.contentType).toBe('multipart/form-data; boundary=B');
		expect(await new Response(upload.body).text()).toBe(
			[
				'--B',
				'Content-Disposition: form-data; name="operations"',
				'',
				'{"query":"mutation","variables":{"kind":"REFERRALS","file":null}}',
				'--B',
				'Content-Disposition: form-data; name="map"',
				'',
				'{"0":["variables.file"]}',
				'--B',
				'Content-Disposition: form-data; name="0"; filename="my _file_.csv"',
				'Content-Type: application/octet-stream',
				'',
				'a,b',
				'1,2',
				'',
				'--B--',
				''
			].join('\r\n')
		);
	});

	it('is parsed by a standard multipart reader into the two fields and the file', async () => {
		const upload = multipartUpload({ query: 'q' }, 'referrals.csv', streamOf('x'.repeat(70_000)));
		const form = await new Response(upload.body, { headers: { 'content-type': upload.contentType } }).formData();
		expect(form.get('operations')).toBe('{"query":"q"}');
		expect(form.get('map')).toBe('{"0":["variables.file"]}');
		const file = form.get('0') as File;
		expect(file.name).toBe('referrals.csv');
		expect(file.size).toBe(70_000);
	});
});
