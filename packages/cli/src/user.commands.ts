import { accountAdmin } from '@hub/api';
import type { Orm } from '@hub/db';
import { saltOf, saveDemoCredentials } from './demo-account.file.js';
import { newPassword } from './demo-account.service.js';
import { UserArgumentError, type PasswordSource, type Scope, type UserCommand } from './user-args.parser.js';

type Admin = ReturnType<typeof accountAdmin>;
type UserRow = NonNullable<Awaited<ReturnType<Admin['repository']['userByEmail']>>>;

export interface UserCommandIo {
  print(line: string): void;
  /** Standard input, whole, for --password-stdin. */
  readStdin(): Promise<string>;
  /** Kept in step when a demo account's password changes, so npm start prints the right one. */
  demoAccountsFile: string;
}

/** Runs one checked `npm run user` command as the system; AccountService audits each change. */
export async function runUserCommand(orm: Orm, command: UserCommand, io: UserCommandIo): Promise<void> {
  const admin = accountAdmin(orm);
  try {
    await run(admin, command, io);
  } catch (error) {
    throw asArgumentError(error);
  }
}

async function run(admin: Admin, command: UserCommand, io: UserCommandIo): Promise<void> {
  switch (command.name) {
    case 'help':
      return;
    case 'list':
      return list(admin, io);
    case 'create':
      return create(admin, command, io);
    case 'role': {
      const user = await update(admin, command.email, { role: command.role });
      io.print(`${user.email} is now ${user.role}; their open sessions have ended.`);
      return warnIfUnscoped(admin, user, io);
    }
    case 'disable':
    case 'enable': {
      const user = await update(admin, command.email, { disabled: command.name === 'disable' });
      io.print(
        `${user.email} is ${command.name === 'disable' ? 'disabled: it cannot sign in and its sessions and API tokens no longer work' : 'enabled again'}.`,
      );
      return;
    }
    case 'grant-records':
    case 'revoke-records':
      return recordAccess(admin, command.email, command.name === 'grant-records', io);
    case 'scopes': {
      const user = await update(admin, command.email, { scopes: command.scopes });
      io.print(`${user.email} now reaches ${describeScopes(command.scopes)}.`);
      return warnIfUnscoped(admin, user, io);
    }
    case 'password':
      return password(admin, command.email, command.password, io);
    case 'publish':
      await admin.accounts.setPublishedView(command.enabled);
      io.print(
        command.enabled
          ? 'The published view is on: anyone who can reach the API sees aggregates, under disclosure control, without signing in.'
          : 'The published view is off: only signed-in users see data.',
      );
  }
}

async function list(admin: Admin, io: UserCommandIo): Promise<void> {
  const { users, scopes } = await admin.accounts.users();
  const published = await admin.accounts.publishedView();
  if (users.length === 0) io.print('No accounts yet: add one with npm run user -- create --email E --name N --role admin');
  const width = Math.max(5, ...users.map((user) => user.email.length));
  if (users.length > 0) io.print(`${'id'.padStart(4)}  ${'email'.padEnd(width)}  ${'role'.padEnd(15)}  ${'state'.padEnd(8)}  records  scope`);
  for (const user of users) {
    const own = scopes.filter((scope) => scope.user_id === user.id).map((scope) => ({ kind: scope.kind, refId: scope.ref_id }));
    const state = user.disabled_at ? 'disabled' : 'enabled';
    const records = user.role === 'analyst' ? (user.record_access ? 'yes' : 'no') : '-';
    io.print(
      `${String(user.id).padStart(4)}  ${user.email.padEnd(width)}  ${user.role.padEnd(15)}  ${state.padEnd(8)}  ${records.padEnd(7)}  ${own.length ? own.map((s) => `${s.kind}:${s.refId}`).join(' ') : '-'}${user.is_demo ? '  (demo)' : ''}`,
    );
  }
  io.print(`Published view: ${published ? 'on' : 'off'}`);
}

async function create(admin: Admin, command: Extract<UserCommand, { name: 'create' }>, io: UserCommandIo): Promise<void> {
  const chosen = await chosenPassword(command.password, io);
  const user = await admin.accounts.createUser({
    email: command.email,
    displayName: command.displayName,
    role: command.role,
    password: chosen,
    recordAccess: command.recordAccess,
    scopes: command.scopes,
  });
  io.print(
    `Created account ${user.id}: ${user.email}, ${user.role}${user.record_access ? ' with record access' : ''}, reaching ${describeScopes(command.scopes, user.role)}.`,
  );
  if (command.password === 'generate') io.print(`Password (shown only now): ${chosen}`);
  if (command.password === 'none') io.print('No password: the account can sign in only by single sign-on.');
  await warnIfUnscoped(admin, user, io);
}

async function recordAccess(admin: Admin, email: string, granted: boolean, io: UserCommandIo): Promise<void> {
  const user = await userOf(admin, email);
  if (user.role !== 'analyst') {
    throw new UserArgumentError(`--email ${email} is a ${user.role}; record access is granted to analysts only (other roles' access follows from the role)`);
  }
  await admin.accounts.updateUser(user.id, { recordAccess: granted });
  io.print(
    granted ? `${email} can now read pseudonymised records, with exact figures.` : `${email} no longer reads records; figures are under disclosure control.`,
  );
}

async function password(admin: Admin, email: string, source: PasswordSource, io: UserCommandIo): Promise<void> {
  const user = await userOf(admin, email);
  const chosen = (await chosenPassword(source, io))!;
  const changed = await admin.accounts.updateUser(user.id, { password: chosen });
  io.print(`${email} has a new password; their open sessions have ended.`);
  if (source === 'generate') io.print(`Password (shown only now): ${chosen}`);
  // A demo account's password is printed by every npm start, so the file follows the change.
  if (user.is_demo) saveDemoCredentials(io.demoAccountsFile, [{ email, role: user.role, password: chosen, salt: saltOf(changed.password_hash)! }]);
}

async function chosenPassword(source: PasswordSource, io: UserCommandIo): Promise<string | null> {
  if (source === 'none') return null;
  if (source === 'generate') return newPassword();
  // One trailing line end is what `echo` or a file adds; the password is the rest.
  const text = (await io.readStdin()).replace(/\r?\n$/, '');
  if (text === '') throw new UserArgumentError('--password-stdin read nothing from standard input');
  return text;
}

async function update(admin: Admin, email: string, change: Parameters<Admin['accounts']['updateUser']>[1]): Promise<UserRow> {
  const user = await userOf(admin, email);
  return admin.accounts.updateUser(user.id, change);
}

async function userOf(admin: Admin, email: string): Promise<UserRow> {
  const user = await admin.repository.userByEmail(email);
  if (!user) throw new UserArgumentError(`--email: no account has the e-mail ${email} (npm run user -- list shows them)`);
  return user;
}

/** A manager or commissioner with no scope reaches nothing, which is easy to miss. */
async function warnIfUnscoped(admin: Admin, user: UserRow, io: UserCommandIo): Promise<void> {
  if (user.role !== 'commissioner' && user.role !== 'service_manager' && user.role !== 'qi_lead') return;
  if ((await admin.accounts.scopesOf(user.id)).length > 0) return;
  const example = user.role === 'commissioner' ? 'contract:1' : user.role === 'qi_lead' ? 'qi_project:1' : 'service:1';
  io.print(`Note: a ${user.role} with no scope reaches nothing yet; add one with npm run user -- scopes --email ${user.email} --scope ${example}`);
}

function describeScopes(scopes: readonly Scope[], role?: string): string {
  if (scopes.length > 0) return scopes.map((scope) => `${scope.kind.replace('_', ' ')} ${scope.refId}`).join(', ');
  return role === 'admin' || role === 'analyst' ? 'everything its role covers' : 'no scope';
}

const FLAG_OF: Record<string, string> = {
  'input.email': '--email',
  'input.displayName': '--name',
  'input.role': '--role',
  'input.scopes': '--scope',
  'input.password': '--password-stdin',
  password: '--password-stdin',
  'input.disabled': '--email',
  id: '--email',
};

/** The API's argument errors, renamed to the flag the user typed. */
function asArgumentError(error: unknown): unknown {
  const argumentName = (error as { extensions?: { argumentName?: unknown } }).extensions?.argumentName;
  if (typeof argumentName !== 'string' || !(error instanceof Error)) return error;
  const problem = error.message.replace(/^Invalid argument "[^"]*": /, '');
  return new UserArgumentError(`${FLAG_OF[argumentName] ?? argumentName}: ${problem}`);
}
