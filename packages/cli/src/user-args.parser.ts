import { ROLES, type Role } from '@hub/api';

type ScopeKind = 'contract' | 'service' | 'programme' | 'qi_project';
export interface Scope {
  kind: ScopeKind;
  refId: number;
}

/** What `npm run user -- …` asked for, checked before the database is touched. */
export type UserCommand =
  | { name: 'help' }
  | { name: 'list' }
  | { name: 'create'; email: string; displayName: string; role: Role; password: PasswordSource; scopes: Scope[]; recordAccess: boolean }
  | { name: 'role'; email: string; role: Role }
  | { name: 'disable' | 'enable' | 'grant-records' | 'revoke-records'; email: string }
  | { name: 'scopes'; email: string; scopes: Scope[] }
  | { name: 'password'; email: string; password: PasswordSource }
  | { name: 'publish'; enabled: boolean };

/** Read from standard input, generated and printed once, or none (single sign-on only). */
export type PasswordSource = 'stdin' | 'generate' | 'none';

/** A flag or value the command cannot use; the message names the flag and why. */
export class UserArgumentError extends Error {
  override name = 'UserArgumentError';
}

export const USAGE = `usage: npm run user -- <command> [flags]

  list                                   every account, its role, scope and state
  create --email E --name N --role R     a new account; prints a generated password unless
         [--password-stdin | --no-password] [--scope KIND:ID ...] [--record-access]
  role --email E --role R                change the role (ends the user's sessions)
  disable --email E | enable --email E   stop or allow sign-in (disabling ends sessions)
  grant-records --email E                give an analyst pseudonymised record-level access
  revoke-records --email E               take it away again
  scopes --email E (--scope KIND:ID ... | --clear)   replace what the role applies to
  password --email E [--password-stdin]  set a new password (generated and printed without the flag)
  publish on|off                         the published anonymous view of aggregates

  roles: ${ROLES.join(', ')}
  scope kinds: contract, service, programme, qi_project (e.g. --scope service:3)
  Uses DATABASE_URL when set, else the embedded database (running or not) in HUB_DATA_DIR.`;

const SCOPE_KINDS: readonly ScopeKind[] = ['contract', 'service', 'programme', 'qi_project'];
const VALUE_FLAGS = new Set(['--email', '--name', '--role', '--scope']);
const SWITCHES = new Set(['--password-stdin', '--no-password', '--record-access', '--clear', '--help', '-h']);

interface Flags {
  values: Map<string, string[]>;
  switches: Set<string>;
  positionals: string[];
}

export function parseUserArguments(argv: readonly string[]): UserCommand {
  const [command, ...rest] = argv;
  const flags = readFlags(rest);
  if (!command || command === '--help' || command === '-h' || command === 'help' || flags.switches.has('--help') || flags.switches.has('-h'))
    return { name: 'help' };
  const allowed = ALLOWED[command];
  if (!allowed) throw new UserArgumentError(`unknown command "${command}"; the commands are ${Object.keys(ALLOWED).join(', ')} (npm run user -- --help)`);
  for (const flag of [...flags.values.keys(), ...flags.switches]) {
    if (!allowed.includes(flag)) throw new UserArgumentError(`${flag} is not a flag of "${command}" (npm run user -- --help)`);
  }
  if (command !== 'publish' && flags.positionals.length > 0)
    throw new UserArgumentError(`unexpected "${flags.positionals[0]}" after "${command}"; values follow a flag such as --email`);
  return build(command, flags);
}

const ALLOWED: Record<string, readonly string[]> = {
  list: [],
  create: ['--email', '--name', '--role', '--scope', '--password-stdin', '--no-password', '--record-access'],
  role: ['--email', '--role'],
  disable: ['--email'],
  enable: ['--email'],
  'grant-records': ['--email'],
  'revoke-records': ['--email'],
  scopes: ['--email', '--scope', '--clear'],
  password: ['--email', '--password-stdin'],
  publish: [],
};

function build(command: string, flags: Flags): UserCommand {
  switch (command) {
    case 'list':
      return { name: 'list' };
    case 'create':
      return buildCreate(flags);
    case 'role':
      return { name: 'role', email: email(flags), role: role(flags) };
    case 'scopes':
      return { name: 'scopes', email: email(flags), scopes: replacementScopes(flags) };
    case 'password':
      return { name: 'password', email: email(flags), password: flags.switches.has('--password-stdin') ? 'stdin' : 'generate' };
    case 'publish':
      return { name: 'publish', enabled: onOff(flags.positionals) };
    default:
      return { name: command as 'disable' | 'enable' | 'grant-records' | 'revoke-records', email: email(flags) };
  }
}

function buildCreate(flags: Flags): UserCommand {
  if (flags.switches.has('--password-stdin') && flags.switches.has('--no-password')) {
    throw new UserArgumentError('--password-stdin and --no-password cannot be used together');
  }
  const chosenRole = role(flags);
  if (flags.switches.has('--record-access') && chosenRole !== 'analyst') {
    throw new UserArgumentError(`--record-access is for analysts only; a ${chosenRole}'s record access follows from the role`);
  }
  const password: PasswordSource = flags.switches.has('--password-stdin') ? 'stdin' : flags.switches.has('--no-password') ? 'none' : 'generate';
  return {
    name: 'create',
    email: email(flags),
    displayName: required(flags, '--name').trim(),
    role: chosenRole,
    password,
    scopes: scopes(flags),
    recordAccess: flags.switches.has('--record-access'),
  };
}

function readFlags(argv: readonly string[]): Flags {
  const flags: Flags = { values: new Map(), switches: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const at = argv[i].indexOf('=');
    const [flag, inline] = argv[i].startsWith('--') && at > 0 ? [argv[i].slice(0, at), argv[i].slice(at + 1)] : [argv[i], undefined];
    if (SWITCHES.has(flag)) {
      if (inline !== undefined) throw new UserArgumentError(`${flag} takes no value`);
      flags.switches.add(flag);
    } else if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UserArgumentError(`${flag} needs a value`);
      flags.values.set(flag, [...(flags.values.get(flag) ?? []), value]);
    } else if (flag.startsWith('-')) {
      throw new UserArgumentError(`unknown flag ${flag} (npm run user -- --help)`);
    } else {
      flags.positionals.push(flag);
    }
  }
  return flags;
}

function required(flags: Flags, flag: string): string {
  const values = flags.values.get(flag);
  if (!values || values.length === 0) throw new UserArgumentError(`missing ${flag}`);
  if (values.length > 1) throw new UserArgumentError(`${flag} is given ${values.length} times; give it once`);
  if (values[0].trim() === '') throw new UserArgumentError(`${flag} is empty`);
  return values[0];
}

function email(flags: Flags): string {
  const value = required(flags, '--email').trim().toLowerCase();
  if (value.length > 254 || !/^[^@\s]+@[^@\s]+$/.test(value))
    throw new UserArgumentError(`--email "${value}" is not an e-mail address such as name@example.org`);
  return value;
}

function role(flags: Flags): Role {
  const value = required(flags, '--role').trim().replace(/-/g, '_');
  if (!ROLES.includes(value as Role)) throw new UserArgumentError(`--role "${value}" is not a role; use one of ${ROLES.join(', ')}`);
  return value as Role;
}

function scopes(flags: Flags): Scope[] {
  return (flags.values.get('--scope') ?? []).map(scope);
}

function replacementScopes(flags: Flags): Scope[] {
  const given = scopes(flags);
  if (flags.switches.has('--clear') && given.length > 0) throw new UserArgumentError('--clear and --scope cannot be used together');
  if (!flags.switches.has('--clear') && given.length === 0)
    throw new UserArgumentError('missing --scope (one or more, such as --scope service:3), or --clear to remove every scope');
  return given;
}

function scope(text: string): Scope {
  const match = /^([a-z_-]+):(\d+)$/.exec(text.trim().toLowerCase());
  const kind = match?.[1].replace('-', '_') as ScopeKind | undefined;
  if (!match || !kind || !SCOPE_KINDS.includes(kind)) {
    throw new UserArgumentError(`--scope "${text}" is not KIND:ID; KIND is one of ${SCOPE_KINDS.join(', ')} and ID a number, e.g. service:3`);
  }
  const refId = Number(match[2]);
  if (refId < 1 || refId > 2 ** 31 - 1) throw new UserArgumentError(`--scope "${text}": the id must be a whole number from 1`);
  return { kind, refId };
}

function onOff(positionals: readonly string[]): boolean {
  if (positionals.length !== 1 || !['on', 'off'].includes(positionals[0])) {
    throw new UserArgumentError(`publish needs "on" or "off"${positionals.length ? `, not "${positionals.join(' ')}"` : ''}`);
  }
  return positionals[0] === 'on';
}
