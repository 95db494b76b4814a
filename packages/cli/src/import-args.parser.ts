import { IMPORT_KINDS } from '@hub/import';

export const IMPORT_USAGE = `Usage: npm run import -- <kind> <file> [--as <email>]

  kind     ${IMPORT_KINDS.join(', ')} (templates: docs/import.md)
  file     a .csv (UTF-8, comma-separated) or .xlsx file
  --as     the importing account's e-mail (or set HUB_IMPORT_AS): an admin (every kind),
           a service manager for their services (referrals, outcomes, attendance), or a
           QI lead for their projects (qi-measures); population is for admins only

Uses DATABASE_URL, else the embedded database of a running npm start, else starts it.`;

export type ImportCommand = { name: 'help' } | { name: 'import'; kind: string; file: string; as: string };

class ImportArgumentError extends Error {
  override name = 'ImportArgumentError';
}

export function parseImportArguments(argv: readonly string[], env: NodeJS.ProcessEnv): ImportCommand {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { name: 'help' };
  const positional: string[] = [];
  let as = env.HUB_IMPORT_AS?.trim() || '';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--as') {
      as = argv[++i]?.trim() ?? '';
      if (!as) throw new ImportArgumentError('--as needs the e-mail of the account that imports');
    } else if (argv[i].startsWith('--')) throw new ImportArgumentError(`${argv[i]} is not an option of npm run import (see npm run import -- --help)`);
    else positional.push(argv[i]);
  }
  if (positional.length !== 2) throw new ImportArgumentError(`npm run import needs a kind and a file, in that order (see npm run import -- --help)`);
  if (!as) throw new ImportArgumentError('--as: name the account that imports (--as <email>, or set HUB_IMPORT_AS)');
  return { name: 'import', kind: positional[0], file: positional[1], as };
}
