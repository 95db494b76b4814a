// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Viewer } from '$lib/account/viewer';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** The signed-in user, as the API describes them; null for an anonymous visitor. */
			user: Viewer | null;
			/** Their session token, for the server's API calls only; never sent to the browser. */
			token: string | null;
			/** Whether an admin has opened the published view to anonymous visitors. */
			publishedView: boolean;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
