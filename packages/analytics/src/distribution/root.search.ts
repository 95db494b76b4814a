// Inverts a monotone increasing CDF by bracketing then bisection: slower than
// Newton but it cannot diverge, and these quantiles are computed rarely.

const MAX_STEPS = 400;

export function invertIncreasingCdf(cdf: (x: number) => number, p: number, start: number): number {
  let low = 0;
  let high = Math.max(start, 1);
  while (cdf(high) < p) {
    low = high;
    high *= 2;
  }
  for (let step = 0; step < MAX_STEPS; step++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (cdf(middle) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
