import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateActivity, type ActivitySlice } from './activity.generator.js';
import { generateOutreachEvents } from './outreach.generator.js';
import { Random } from './random.js';

const TABLES = ['person', 'referral', 'referral_status_event', 'attendance', 'outcome_measurement'] as const;

function generate(seed: number, referrals: number, sliceSize = 500): ActivitySlice[] {
  const outreach = generateOutreachEvents(new Random(seed).fork('outreach'));
  return [...generateActivity({ referrals, seed, pseudonymKey: 'test-key', outreach }, sliceSize)];
}

function fingerprint(slices: ActivitySlice[]): string {
  const hash = createHash('sha256');
  for (const table of TABLES) {
    hash.update(`-- ${table}\n`);
    for (const slice of slices) hash.update(slice[table].join(''));
  }
  return hash.digest('hex');
}

describe('generateActivity', () => {
  it('gives byte-identical rows for the same seed and size', () => {
    expect(fingerprint(generate(11, 1_500))).toBe(fingerprint(generate(11, 1_500)));
  });

  it('gives different rows for a different seed', () => {
    expect(fingerprint(generate(12, 1_500))).not.toBe(fingerprint(generate(11, 1_500)));
  });

  it('gives the same rows however the town is sliced', () => {
    expect(fingerprint(generate(11, 1_500, 97))).toBe(fingerprint(generate(11, 1_500, 5_000)));
  });

  it('makes exactly the referrals asked for, each with a received event', () => {
    const slices = generate(13, 2_345);
    const referrals = slices.flatMap((slice) => slice.referral);
    const received = slices.flatMap((slice) => slice.referral_status_event).filter((line) => line.split('\t')[1] === 'received');
    expect(referrals).toHaveLength(2_345);
    expect(received).toHaveLength(2_345);
    expect(slices.reduce((total, slice) => total + slice.referrals, 0)).toBe(2_345);
  });

  it('gives item answers that add up to the score', () => {
    const outcomes = generate(14, 800)
      .flatMap((slice) => slice.outcome_measurement)
      .map((line) => line.trimEnd().split('\t'));
    const withItems = outcomes.filter((fields) => fields[6] !== '\\N');
    expect(withItems.length).toBeGreaterThan(100);
    for (const fields of withItems) {
      const items = fields[6].slice(1, -1).split(',').map(Number);
      expect(items.reduce((sum, item) => sum + item, 0)).toBe(Number(fields[5]));
    }
  });
});
