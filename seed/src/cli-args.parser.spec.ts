import { describe, expect, it } from 'vitest';
import { CliArgumentError, parseSeedArguments } from './cli-args.parser.js';

describe('parseSeedArguments', () => {
  it('reads the size, the seed and replace, with or without =', () => {
    expect(parseSeedArguments(['--referrals', '1_000_000', '--seed=7', '--replace'])).toEqual({ referrals: 1_000_000, seed: 7, replace: true, help: false });
    expect(parseSeedArguments([])).toEqual({ replace: false, help: false });
  });

  it.each([
    [['--referrals', 'many'], /--referrals needs a whole number/],
    [['--referrals'], /--referrals needs a whole number .* got nothing/],
    [['--referrals', '-5'], /--referrals/],
    [['--referrals', '9000000'], /--referrals/],
    [['--seed', '1.5'], /--seed needs a whole number/],
    [['--replace=yes'], /--replace takes no value/],
    [['--size', '10'], /unknown flag --size/],
  ])('names the bad flag in %j', (argv, message) => {
    expect(() => parseSeedArguments(argv)).toThrow(CliArgumentError);
    expect(() => parseSeedArguments(argv)).toThrow(message);
  });
});
