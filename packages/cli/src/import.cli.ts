import { resolve } from 'node:path';
import pg from 'pg';
import { migrate, openOrm } from '@hub/db';
import { importFile } from '@hub/import';
import { loadPseudonymKey } from '@hub/seed';
import { parseImportArguments, IMPORT_USAGE } from './import-args.parser.js';
import { describeSummary, importProgress } from './import.progress.js';
import { openHubDatabase } from './hub.database.js';
import { readSettings } from './hub.settings.js';

/** `npm run import -- <kind> <file> --as <email>`: one file into the hub (docs/import.md). */
const repoRoot = resolve(import.meta.dirname, '../../..');

async function main(argv: readonly string[]): Promise<number> {
  const command = parseImportArguments(argv, process.env);
  if (command.name === 'help') {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const settings = readSettings(process.env, repoRoot);
  const key = loadPseudonymKey(settings.pseudonymKey);
  const database = await openHubDatabase(settings);
  try {
    const orm = await openOrm(database.url);
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const progress = importProgress(process.stderr);
    try {
      const summary = await importFile(client, {
        kind: command.kind,
        path: resolve(process.env.INIT_CWD ?? process.cwd(), command.file),
        as: command.as,
        pseudonymKey: key.key,
        onStart: (runId, resumed) => process.stderr.write(`import: run ${runId} ${resumed ? 'resumes a stopped import of this file' : 'started'}\n`),
        onProgress: (rows) => progress.update(rows),
      }).finally(() => progress.finish());
      for (const line of describeSummary(summary)) console.log(line);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // One line a user can act on; refusals never carry an NHS number.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`import: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
