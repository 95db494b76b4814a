/** Latency figures for a repeated operation: a few warm-up calls first, then timed calls one after another. */
export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export async function time(operation: () => Promise<unknown>, runs = 40, warmups = 5): Promise<Timing> {
  for (let index = 0; index < warmups; index++) await operation();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await operation();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (fraction: number) => samples[Math.min(samples.length - 1, Math.ceil(fraction * samples.length) - 1)];
  return { runs, p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1] };
}

export const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
