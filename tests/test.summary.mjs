// Adds up every workspace's vitest JSON report into one closing line, so a reader (or CI)
// sees the whole run's total at the end instead of one summary per workspace.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const patterns = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).workspaces;
const folders = patterns.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? readdirSync(resolve(root, pattern.slice(0, -2)), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
    : [pattern],
);
const reportFiles = folders.map((folder) => resolve(root, folder, '.test-results.json'));

if (process.argv[2] === '--clear') {
  for (const file of reportFiles) rmSync(file, { force: true });
  process.exit(0);
}

let passed = 0,
  failed = 0,
  skipped = 0,
  reports = 0;
for (const file of reportFiles.filter((file) => existsSync(file))) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  reports += 1;
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTests === 0 ? (report.numFailedTestSuites ?? 0) : 0);
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log('');
console.log(`Workspaces with tests: ${reports}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || reports === 0 ? 1 : 0);
