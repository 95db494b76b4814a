import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The key of the NHS-number pseudonyms. Whoever holds it can reverse every pseudonym by
 * hashing the whole NHS-number range, so it is never a value published in the repository:
 * it is made on first run and kept outside the database, readable by its owner alone.
 */
export interface PseudonymKey {
  key: string;
  /** Where it came from: the key file, or HUB_PSEUDONYM_KEY. */
  source: 'file' | 'environment';
  path?: string;
  /** True when this run made the key file. */
  created: boolean;
}

export interface PseudonymKeySettings {
  /** HUB_PSEUDONYM_KEY: a key passed directly, used instead of the file. */
  key?: string;
  /** HUB_PSEUDONYM_KEY_FILE, or `<HUB_DATA_DIR>/pseudonym.key`. */
  file: string;
}

/** A key the hub must not use, with the way to fix it. */
export class PseudonymKeyError extends Error {
  override name = 'PseudonymKeyError';
}

export const PSEUDONYM_KEY_FILE_NAME = 'pseudonym.key';
/** 128 bits written as text, so a key passed by hand is not weaker than a guessable one. */
const MIN_KEY_LENGTH = 32;

/** The key file's path from the environment: HUB_PSEUDONYM_KEY_FILE, else beside the data. */
export function pseudonymKeySettings(env: NodeJS.ProcessEnv, dataDir: string): PseudonymKeySettings {
  const file = env.HUB_PSEUDONYM_KEY_FILE?.trim() || resolve(dataDir, PSEUDONYM_KEY_FILE_NAME);
  return { key: env.HUB_PSEUDONYM_KEY || undefined, file: resolve(file) };
}

export function loadPseudonymKey(settings: PseudonymKeySettings): PseudonymKey {
  if (settings.key !== undefined) return { key: checkedKey(settings.key, 'HUB_PSEUDONYM_KEY'), source: 'environment', created: false };
  const created = createKeyFileIfMissing(settings.file);
  return { key: readKeyFile(settings.file), source: 'file', path: settings.file, created };
}

/** 32 random bytes, as 64 hex characters. */
export function newPseudonymKey(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Writes the new key beside the target and links it into place, which fails if another
 * process got there first; then both use the file that won, never two different keys.
 */
function createKeyFileIfMissing(path: string): boolean {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.new`;
  writeFileSync(draft, `${newPseudonymKey()}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(draft, 0o600);
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new PseudonymKeyError(`Cannot create the pseudonym key file ${path}: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    rmSync(draft, { force: true });
  }
}

function readKeyFile(path: string): string {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new PseudonymKeyError(
      `The pseudonym key file ${path} can be read by other users (mode ${mode.toString(8).padStart(3, '0')}); run "chmod 600 ${path}" and start again.`,
    );
  }
  return checkedKey(readFileSync(path, 'utf8').trim(), `the key file ${path}`);
}

function checkedKey(key: string, where: string): string {
  if (key.length < MIN_KEY_LENGTH) {
    throw new PseudonymKeyError(
      `The pseudonym key in ${where} is too short: it needs at least ${MIN_KEY_LENGTH} characters (the hub makes 64 random hex characters).`,
    );
  }
  return key;
}
