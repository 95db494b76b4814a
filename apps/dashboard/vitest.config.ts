import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Pure helpers only: no SvelteKit plugin, no browser.
export default defineConfig({
	resolve: {
		alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) }
	},
	test: {
		environment: 'node',
		include: ['src/**/*.spec.ts']
	}
});
