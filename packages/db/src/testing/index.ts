export { startTestDatabase } from './test.database.js';
export { rollupDigests, rollupFiles } from './rollup.digest.js';
