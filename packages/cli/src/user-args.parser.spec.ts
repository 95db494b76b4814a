import { describe, expect, it } from 'vitest';
import { parseUserArguments, UserArgumentError } from './user-args.parser.js';

const parse = (line: string) => parseUserArguments(line.split(' ').filter(Boolean));
const refusal = (line: string) => {
  try {
    parse(line);
  } catch (error) {
    expect(error).toBeInstanceOf(UserArgumentError);
    return (error as Error).message;
  }
  throw new Error(`"${line}" was accepted`);
};

describe('parseUserArguments', () => {
  it('reads create with its scopes, record access and password source', () => {
    expect(parse('create --email Ann@Example.org --name Ann --role analyst --record-access --password-stdin')).toEqual({
      name: 'create',
      email: 'ann@example.org',
      displayName: 'Ann',
      role: 'analyst',
      password: 'stdin',
      scopes: [],
      recordAccess: true,
    });
    expect(parse('create --email=b@x.org --name=Bo --role=service-manager --scope service:3 --scope programme:12')).toMatchObject({
      role: 'service_manager',
      password: 'generate',
      scopes: [
        { kind: 'service', refId: 3 },
        { kind: 'programme', refId: 12 },
      ],
    });
    expect(parse('create --email c@x.org --name C --role admin --no-password')).toMatchObject({ password: 'none' });
  });

  it('reads the other commands', () => {
    expect(parse('list')).toEqual({ name: 'list' });
    expect(parse('role --email a@x.org --role qi_lead')).toEqual({ name: 'role', email: 'a@x.org', role: 'qi_lead' });
    for (const name of ['disable', 'enable', 'grant-records', 'revoke-records']) expect(parse(`${name} --email a@x.org`)).toEqual({ name, email: 'a@x.org' });
    expect(parse('scopes --email a@x.org --scope qi-project:2')).toEqual({ name: 'scopes', email: 'a@x.org', scopes: [{ kind: 'qi_project', refId: 2 }] });
    expect(parse('scopes --email a@x.org --clear')).toEqual({ name: 'scopes', email: 'a@x.org', scopes: [] });
    expect(parse('password --email a@x.org')).toEqual({ name: 'password', email: 'a@x.org', password: 'generate' });
    expect(parse('publish on')).toEqual({ name: 'publish', enabled: true });
    expect(parse('publish off')).toEqual({ name: 'publish', enabled: false });
    expect(parse('')).toEqual({ name: 'help' });
    expect(parse('create --help')).toEqual({ name: 'help' });
  });

  it('names the flag and the reason for what it refuses', () => {
    expect(refusal('create --email a@x.org --name A --role boss')).toBe(
      '--role "boss" is not a role; use one of commissioner, analyst, service_manager, qi_lead, admin',
    );
    expect(refusal('create --email not-an-email --name A --role admin')).toMatch(/^--email "not-an-email" is not an e-mail address/);
    expect(refusal('create --email a@x.org --role admin')).toBe('missing --name');
    expect(refusal('create --name A --role admin')).toBe('missing --email');
    expect(refusal('create --email a@x.org --name A --role admin --scope service')).toMatch(/^--scope "service" is not KIND:ID/);
    expect(refusal('create --email a@x.org --name A --role admin --scope team:3')).toMatch(/^--scope "team:3" is not KIND:ID/);
    expect(refusal('create --email a@x.org --name A --role commissioner --record-access')).toMatch(/^--record-access is for analysts only/);
    expect(refusal('create --email a@x.org --name A --role admin --password-stdin --no-password')).toMatch(/cannot be used together/);
    expect(refusal('role --email a@x.org')).toBe('missing --role');
    expect(refusal('role --email')).toBe('--email needs a value');
    expect(refusal('scopes --email a@x.org')).toMatch(/^missing --scope/);
    expect(refusal('disable --email a@x.org --role admin')).toBe('--role is not a flag of "disable" (npm run user -- --help)');
    expect(refusal('disable --emial a@x.org')).toBe('unknown flag --emial (npm run user -- --help)');
    expect(refusal('publish maybe')).toBe('publish needs "on" or "off", not "maybe"');
    expect(refusal('remove --email a@x.org')).toMatch(/^unknown command "remove"/);
  });
});
