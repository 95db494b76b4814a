/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32) with the draws the
 * synthetic town needs. Nothing here touches Math.random, so a seed fixes every row.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;

  constructor(readonly seed: number) {
    let state = seed >>> 0;
    const mix = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    // sfc32 needs a few rounds before its output stops echoing the seed.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** An independent stream for one part of the town, so adding referrals leaves QI data unchanged. */
  fork(label: string): Random {
    let hash = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
    return new Random(hash >>> 0);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Marsaglia's polar method; the second value of each pair is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (this.spare !== null) {
      const value = this.spare;
      this.spare = null;
      return mean + sd * value;
    }
    let u: number, v: number, s: number;
    do {
      u = this.next() * 2 - 1;
      v = this.next() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * factor;
    return mean + sd * u * factor;
  }

  /** Log-normal given its median, which is how waits and minutes are usually described. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Knuth's product method for small means, a rounded normal for large ones. */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 40) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  binomial(trials: number, probability: number): number {
    if (trials > 100) {
      const mean = trials * probability;
      const sd = Math.sqrt(mean * (1 - probability));
      return Math.min(trials, Math.max(0, Math.round(this.normal(mean, sd))));
    }
    let successes = 0;
    for (let i = 0; i < trials; i++) if (this.next() < probability) successes++;
    return successes;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    return this.fromCumulative(cumulative(weights));
  }

  /** An index drawn from running totals made by `cumulative`: a binary search, for hot loops. */
  fromCumulative(totals: Float64Array): number {
    const target = this.next() * totals[totals.length - 1];
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (totals[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/** Running totals of weights, ready for `Random.fromCumulative`. */
export function cumulative(weights: readonly number[] | Float64Array): Float64Array {
  const totals = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    if (!(weights[i] >= 0)) throw new RangeError(`Weight ${i} is ${weights[i]}; weights must be 0 or more`);
    sum += weights[i];
    totals[i] = sum;
  }
  if (sum <= 0) throw new RangeError('At least one weight must be above 0');
  return totals;
}

const ACKLAM_A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const ACKLAM_B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const ACKLAM_C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** The standard normal quantile (Acklam's approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  if (q < 0.02425) return tail(Math.sqrt(-2 * Math.log(q)));
  if (q > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - q)));
  const s = q - 0.5;
  const r = s * s;
  return (
    ((((((ACKLAM_A[0] * r + ACKLAM_A[1]) * r + ACKLAM_A[2]) * r + ACKLAM_A[3]) * r + ACKLAM_A[4]) * r + ACKLAM_A[5]) * s) /
    (((((ACKLAM_B[0] * r + ACKLAM_B[1]) * r + ACKLAM_B[2]) * r + ACKLAM_B[3]) * r + ACKLAM_B[4]) * r + 1)
  );
}

/** Acklam's rational approximation in the tails; a function of its own, not made afresh for each of millions of calls. */
function tail(r: number): number {
  return (
    (((((ACKLAM_C[0] * r + ACKLAM_C[1]) * r + ACKLAM_C[2]) * r + ACKLAM_C[3]) * r + ACKLAM_C[4]) * r + ACKLAM_C[5]) /
    ((((ACKLAM_D[0] * r + ACKLAM_D[1]) * r + ACKLAM_D[2]) * r + ACKLAM_D[3]) * r + 1)
  );
}

/**
 * A Kronecker low-discrepancy sequence: point k has coordinates frac(offset + k·√prime). Its
 * points fill [0, 1)^d far more evenly than random ones, so a few dozen of them already
 * reproduce a target proportion closely.
 */
export class EvenSpread {
  private readonly steps: number[];
  private readonly offsets: number[];
  private index = 0;

  constructor(random: Random, dimensions: number) {
    const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    if (dimensions > primes.length) throw new RangeError(`EvenSpread supports up to ${primes.length} dimensions`);
    this.steps = primes.slice(0, dimensions).map((prime) => Math.sqrt(prime) % 1);
    this.offsets = this.steps.map(() => random.next());
  }

  /** The next point, one coordinate per dimension. */
  next(): number[] {
    this.index++;
    return this.steps.map((step, d) => (this.offsets[d] + this.index * step) % 1);
  }
}
