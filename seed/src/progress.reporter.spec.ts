import { describe, expect, it } from 'vitest';
import { createProgressReporter, describeProgress } from './progress.reporter.js';

describe('describeProgress', () => {
  it('shows percentage, referrals done, rate and time left', () => {
    expect(describeProgress(250_000, 1_000_000, 10)).toBe(' 25% 250,000/1,000,000 referrals · 25,000/s · ETA 0:30');
  });

  it('shows no ETA before anything is done', () => {
    expect(describeProgress(0, 1_000, 0)).toContain('ETA --:--');
  });
});

describe('createProgressReporter', () => {
  it('writes plain lines, not redraws, when stderr is not a terminal', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = createProgressReporter({ write: (text) => written.push(text), isTTY: false }, () => clock);
    progress.update(0, 100);
    clock = 1_000;
    progress.update(10, 100);
    clock = 6_000;
    progress.update(60, 100);
    progress.update(100, 100);
    progress.finish();
    expect(written).toHaveLength(3);
    expect(written.every((line) => line.startsWith('seed: ') && line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });

  it('redraws one line with a bar on a terminal and ends it with a newline', () => {
    const written: string[] = [];
    const progress = createProgressReporter({ write: (text) => written.push(text), isTTY: true }, () => 0);
    progress.update(100, 100);
    progress.finish();
    expect(written[0]).toMatch(/^\r\[#{24}\] 100%/);
    expect(written.at(-1)).toBe('\n');
  });
});
