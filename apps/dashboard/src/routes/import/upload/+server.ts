import { forwardUpload } from '$lib/import/import.server';
import type { RequestHandler } from './$types';

// The Import page's upload: the file, streamed on to the API's importFile as the signed-in user.
export const POST: RequestHandler = ({ request, url, locals }) => forwardUpload(request, url, locals);
