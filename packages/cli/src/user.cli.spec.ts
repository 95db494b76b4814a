import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'hub-user-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the script `npm run user` runs, as a separate process. */
function userCli(args: string[], stdin = '', env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'packages/cli/src/user.cli.ts'), ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: resolve(repoRoot, 'packages/tsconfig/run.json'),
      DATABASE_URL: inject('databaseUrl'),
      HUB_DATA_DIR: dataDir,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

// Each run starts Node with tsx and loads the API, which takes 10 s or more on a busy two-core machine.
describe('npm run user (the process)', { timeout: 180_000 }, () => {
  it('prints its usage for --help and exits 0', async () => {
    const run = await userCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run user -- <command>/);
    expect(run.stdout).toContain('publish on|off');
  });

  // Each refusal's wording is covered in process (user-args.parser.spec.ts, user.commands.spec.ts);
  // here one refused before and one after reaching the database show the exit code and the single line.
  it('exits 1 with one line naming the flag, and no stack, for input it refuses', async () => {
    const cases: [string[], string][] = [
      [
        ['create', '--email', 'a@example.org', '--name', 'A', '--role', 'boss'],
        'user: --role "boss" is not a role; use one of commissioner, analyst, service_manager, qi_lead, admin',
      ],
      [
        ['create', '--email', 'a@example.org', '--name', 'A', '--role', 'service_manager', '--scope', 'service:99999'],
        'user: --scope: no service has the id 99999.',
      ],
    ];
    for (const [args, line] of cases) {
      const run = await userCli(args);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([line]);
    }
  });

  it('creates an account with a password from standard input, then lists it', async () => {
    const created = await userCli(['create', '--email', 'cli@example.org', '--name', 'Cli', '--role', 'admin', '--password-stdin'], 'a password from a pipe\n');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created account \d+: cli@example.org, admin/);
    const listed = await userCli(['list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/cli@example.org\s+admin\s+enabled/);
  });

  it("says which port is wrong when HUB_DB_PORT is taken by something that is not the hub's database", async () => {
    const net = await import('node:net');
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((done) => blocker.once('listening', done));
    const port = (blocker.address() as import('node:net').AddressInfo).port;
    const run = await userCli(['list'], '', { DATABASE_URL: '', HUB_DB_PORT: String(port) });
    blocker.close();
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `user: Port ${port} (HUB_DB_PORT) is in use, but not by the hub's embedded PostgreSQL: set HUB_DB_PORT to the hub's port, or DATABASE_URL.`,
    );
  });
});
