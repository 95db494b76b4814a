import type { UploadAnswer } from './import.server';

/** Where an upload stands: sending the file (with the share sent), then the hub importing it. */
export type UploadStage = { stage: 'sending'; fraction: number } | { stage: 'importing' };

/**
 * Sends a file to the dashboard's upload endpoint with XMLHttpRequest, whose upload events give
 * the real progress of the bytes leaving the browser (fetch has none). The answer is the run, or
 * the sentence to show as the form's error.
 */
export function uploadFile(endpoint: string, file: File, onStage: (stage: UploadStage) => void): Promise<UploadAnswer> {
	return new Promise((resolve) => {
		const request = new XMLHttpRequest();
		request.open('POST', endpoint);
		request.setRequestHeader('content-type', 'application/octet-stream');
		request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
		request.upload.onprogress = (event) => {
			if (event.lengthComputable) onStage({ stage: 'sending', fraction: event.loaded / event.total });
		};
		request.upload.onload = () => onStage({ stage: 'importing' });
		request.onload = () => resolve(answerOf(request));
		request.onerror = () => resolve({ error: 'The file could not be sent: the connection to the dashboard failed.' });
		request.ontimeout = () => resolve({ error: 'The upload took too long and was stopped.' });
		request.send(file);
	});
}

function answerOf(request: XMLHttpRequest): UploadAnswer {
	try {
		const body = JSON.parse(request.responseText) as UploadAnswer | { message?: string };
		if ('run' in body || 'error' in body) return body;
		return { error: body.message ?? `The dashboard answered HTTP ${request.status}.` };
	} catch {
		return { error: `The dashboard answered HTTP ${request.status}.` };
	}
}
