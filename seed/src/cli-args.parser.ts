import { MAX_REFERRALS } from './seed.service.js';

/** What `npm run seed -- …` asked for. */
export interface SeedArguments {
  referrals?: number;
  seed?: number;
  replace: boolean;
  help: boolean;
}

/** A flag the seed command cannot use; the message names the flag. */
export class CliArgumentError extends Error {
  override name = 'CliArgumentError';
}

export const USAGE = 'usage: npm run seed -- [--referrals N] [--seed S] [--replace]';

export function parseSeedArguments(argv: readonly string[]): SeedArguments {
  const parsed: SeedArguments = { replace: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? splitOnce(argv[i]) : [argv[i], undefined];
    if (flag === '--replace' || flag === '--help' || flag === '-h') {
      if (inline !== undefined) throw new CliArgumentError(`${flag} takes no value`);
      if (flag === '--replace') parsed.replace = true;
      else parsed.help = true;
    } else if (flag === '--referrals' || flag === '--seed') {
      const value = inline ?? argv[++i];
      if (flag === '--referrals') parsed.referrals = wholeNumber(flag, value, MAX_REFERRALS);
      else parsed.seed = wholeNumber(flag, value, 2 ** 32 - 1);
    } else {
      throw new CliArgumentError(`unknown flag ${flag} (${USAGE.replace('usage: ', '')})`);
    }
  }
  return parsed;
}

function splitOnce(argument: string): [string, string] {
  const at = argument.indexOf('=');
  return [argument.slice(0, at), argument.slice(at + 1)];
}

function wholeNumber(flag: string, value: string | undefined, max: number): number {
  const text = value?.replace(/[_,]/g, '');
  if (text === undefined || !/^\d+$/.test(text) || Number(text) > max) {
    const got = value === undefined ? 'nothing' : `'${value}'`;
    throw new CliArgumentError(`${flag} needs a whole number from 0 to ${max.toLocaleString('en-GB')}, got ${got}`);
  }
  return Number(text);
}
