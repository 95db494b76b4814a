import type { SubmitFunction } from '@sveltejs/kit';

/**
 * For forms that show a saved record (edit project, chart settings): after a save the page's
 * load runs again and fills them; clearing them as SvelteKit does by default would blank them.
 */
export const keepFieldsAfterSave: SubmitFunction =
	() =>
	async ({ update }) => {
		await update({ reset: false });
	};
