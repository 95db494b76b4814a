export { startTestDatabase } from './test.database.js';
export { rollupDigests, rollupRowsWrittenSince, writeMark } from './rollup.digest.js';
export { unusedPort } from './unused.port.js';
