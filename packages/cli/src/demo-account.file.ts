import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A demo account's sign-in, as `npm start` made it. */
export interface DemoCredential {
  email: string;
  role: string;
  password: string;
  /**
   * The salt of the account's password hash when the password was set. A password is printed
   * only while the account's hash still has this salt: never one changed since, or one from
   * another database that shares the data folder.
   */
  salt: string;
}

export const DEMO_ACCOUNTS_FILE_NAME = 'demo-accounts.txt';

const HEADER = [
  '# Wellbeing Hub demo accounts on the synthetic town, made by npm start. Only this file holds their passwords.',
  '# e-mail\trole\tpassword\tsalt of its hash (to tell whether the password is still current)',
];

/**
 * The demo passwords, one account a line. Only the owner may read it: a demo admin sees
 * every pseudonymised record of the town.
 */
function writeDemoAccountsFile(path: string, credentials: readonly DemoCredential[]): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const lines = credentials.map((credential) => `${credential.email}\t${credential.role}\t${credential.password}\t${credential.salt}`);
  writeFileSync(path, `${[...HEADER, ...lines].join('\n')}\n`, { mode: 0o600 });
  // writeFile keeps the mode of a file that already exists, so set it again.
  chmodSync(path, 0o600);
}

/** The credentials on file, by e-mail; none when there is no file. */
export function readDemoAccountsFile(path: string): Map<string, DemoCredential> {
  if (!existsSync(path)) return new Map();
  const credentials = new Map<string, DemoCredential>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [email, role, password, salt] = line.split('\t');
    if (email && role && password && salt) credentials.set(email, { email, role, password, salt });
  }
  return credentials;
}

/** Adds or replaces credentials in the file, keeping the others. */
export function saveDemoCredentials(path: string, changed: readonly DemoCredential[]): void {
  const credentials = readDemoAccountsFile(path);
  for (const credential of changed) credentials.set(credential.email, credential);
  writeDemoAccountsFile(path, [...credentials.values()]);
}

/** The salt part of a stored `scrypt$N$r$p$salt$hash` password hash. */
export function saltOf(passwordHash: string | null): string | null {
  return passwordHash?.split('$')[4] ?? null;
}

/** True when users other than the owner could read the file. */
export function isReadableByOthers(path: string): boolean {
  return existsSync(path) && (statSync(path).mode & 0o077) !== 0;
}
