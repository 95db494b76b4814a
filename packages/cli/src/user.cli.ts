import { resolve } from 'node:path';
import { migrate, openOrm } from '@hub/db';
import { openHubDatabase } from './hub.database.js';
import { readSettings } from './hub.settings.js';
import { parseUserArguments, USAGE, type UserCommand } from './user-args.parser.js';
import { runUserCommand } from './user.commands.js';

/** `npm run user -- <command>`: account administration from the command line, audited as the system. */
const repoRoot = resolve(import.meta.dirname, '../../..');

async function main(argv: readonly string[]): Promise<number> {
  const command: UserCommand = parseUserArguments(argv);
  if (command.name === 'help') {
    console.log(USAGE);
    return 0;
  }
  const settings = readSettings(process.env, repoRoot);
  const database = await openHubDatabase(settings);
  try {
    const orm = await openOrm(database.url);
    try {
      await migrate(orm);
      await runUserCommand(orm, command, { print: (line) => console.log(line), readStdin, demoAccountsFile: settings.demoAccountsFile });
    } finally {
      await orm.close(true);
    }
  } finally {
    await database.stop();
  }
  return 0;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (it will show as you type; end with Enter, then Ctrl-D): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Every failure is one line a user can act on; a stack would only hide it.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`user: ${message.split('\n')[0]}`);
    process.exit(1);
  },
);
