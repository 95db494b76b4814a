/**
 * Seeding progress on stderr: a redrawn bar when a person is watching a terminal, plain lines
 * every few seconds when the output goes to a log, where a redrawn line would be noise.
 */
export interface ProgressReporter {
  update(done: number, total: number): void;
  finish(): void;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const WIDTH = 24;
const number = (value: number): string => Math.round(value).toLocaleString('en-GB');

export function describeProgress(done: number, total: number, seconds: number): string {
  const share = total === 0 ? 1 : done / total;
  const rate = seconds > 0 ? done / seconds : 0;
  const remaining = rate > 0 ? (total - done) / rate : NaN;
  const eta = Number.isFinite(remaining) ? clock(remaining) : '--:--';
  return `${String(Math.floor(share * 100)).padStart(3)}% ${number(done)}/${number(total)} referrals · ${number(rate)}/s · ETA ${eta}`;
}

function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export function createProgressReporter(stream: ProgressStream, now: () => number = () => performance.now()): ProgressReporter {
  const started = now();
  let lastDrawn = -Infinity;
  let lastText = '';
  const elapsed = (): number => (now() - started) / 1000;
  return {
    update(done, total) {
      const interval = stream.isTTY ? 100 : 5000;
      if (done < total && done > 0 && now() - lastDrawn < interval) return;
      lastDrawn = now();
      lastText = describeProgress(done, total, elapsed());
      if (!stream.isTTY) {
        stream.write(`seed: ${lastText}\n`);
        return;
      }
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${lastText}\x1b[K`);
    },
    finish() {
      if (stream.isTTY && lastText) stream.write('\n');
      // Finishing twice (when loading ends, and again on the way out) ends the line once.
      lastText = '';
    },
  };
}
