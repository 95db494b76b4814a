export { startTestDatabase } from './test.database.js';
