import { existsSync, mkdtempSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files the hub keeps in the data folder beside PostgreSQL's own. A run against DATABASE_URL
 * (or a test) can make them before the embedded server ever starts there.
 */
export const HUB_FILES_IN_DATA_FOLDER = ['pseudonym.key', 'demo-accounts.txt'] as const;

/**
 * initdb refuses a folder that is not empty, so when a new embedded server is to be made in a
 * folder that holds only the hub's own files, they wait in a sibling folder (same disk, so a
 * rename) until it is made, and are put back even if it fails.
 */
export async function withHubFilesSetAside<T>(dataDir: string, start: () => Promise<T>): Promise<T> {
  if (!existsSync(dataDir) || existsSync(join(dataDir, 'PG_VERSION'))) return start();
  const present = readdirSync(dataDir);
  const ours = (name: string) => (HUB_FILES_IN_DATA_FOLDER as readonly string[]).includes(name);
  if (present.length === 0 || !present.every(ours)) return start();
  const aside = mkdtempSync(`${dataDir}.hub-files-`);
  for (const name of present) renameSync(join(dataDir, name), join(aside, name));
  try {
    return await start();
  } finally {
    for (const name of present) renameSync(join(aside, name), join(dataDir, name));
    rmdirSync(aside);
  }
}
