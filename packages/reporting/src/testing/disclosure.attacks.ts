// Attacks on published figures, for disclosure.attack.spec.ts. Each takes only what a reader
// would see and returns the hidden small counts (or exact counts) it can pin to one value. An
// attack is sound: it claims a value only when every figure it read allows no other.
import type { ReportedValue } from '../disclosure/disclosure.policy.js';

type Bounds = readonly [number, number];

/** What a count may be, given how it was published: exact, withheld (1–7), 0, or rounded to 5. */
function countBounds(shown: number | null, exact: boolean): Bounds {
  if (shown === null) return [1, 7];
  if (exact || shown === 0) return [shown, shown];
  return [Math.max(8, shown - 2), shown + 2];
}

/** The bounds of whole − Σ parts, narrowed by what the target is known to be. */
function difference(whole: Bounds, parts: readonly Bounds[], target: Bounds): Bounds {
  const lo = whole[0] - parts.reduce((sum, part) => sum + part[1], 0);
  const hi = whole[1] - parts.reduce((sum, part) => sum + part[0], 0);
  return [Math.max(lo, target[0]), Math.min(hi, target[1])];
}

const pinned = (bounds: Bounds): number | null => (bounds[0] === bounds[1] ? bounds[0] : null);

export interface Recovery {
  cell: string;
  value: number;
}

export interface Publication {
  /** Whether counts are published exactly (a role that sees records). */
  exact: boolean;
}

/**
 * Differencing: a hidden cell is a margin (a total, a wider filter, a coarser time bucket)
 * less its other cells. `hidden` are the cells to recover, which the attack never reads.
 */
export function differenceAttack(
  margin: { key: string; whole: ReportedValue; cells: ReadonlyMap<string, ReportedValue> },
  hidden: readonly string[],
  publication: Publication,
): Recovery[] {
  const whole = countBounds(margin.whole.value, publication.exact);
  return hidden.flatMap((target) => {
    const others = [...margin.cells].filter(([key]) => key !== target).map(([, shown]) => countBounds(shown.value, publication.exact));
    const value = pinned(difference(whole, others, [1, 7]));
    return value === null ? [] : [{ cell: `${margin.key}: ${target}`, value }];
  });
}

/** Whole sums S for which S / n would be published as `mean`, read at the precision it shows. */
function consistent(n: number, mean: number): boolean {
  const tolerance = Number.isInteger(mean) ? 0.5 : 1e-9;
  for (let sum = Math.floor((mean - 1) * n); sum <= Math.ceil((mean + 1) * n); sum += 1) {
    if (Math.abs(sum / n - mean) <= tolerance) return true;
  }
  return false;
}

/** Mean inversion: the only n in a rounded count's range for which mean × n is a whole sum. */
export function meanInversionAttack(cells: readonly { key: string; count: ReportedValue; mean: ReportedValue }[], publication: Publication): Recovery[] {
  return cells.flatMap(({ key, count, mean }) => {
    if (count.value === null || mean.value === null || publication.exact) return [];
    const [lo, hi] = countBounds(count.value, false);
    const fits = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((n) => consistent(n, mean.value as number));
    return fits.length === 1 ? [{ cell: key, value: fits[0] }] : [];
  });
}

/**
 * Relative-change inversion: Σafter ÷ Σbefore − 1 published beside rounded or withheld totals.
 * An estimate that the published totals themselves give carries nothing more; any other is
 * taken as the exact ratio, and the totals in range that give it are the candidates.
 */
export function relativeChangeAttack(
  figures: readonly { key: string; after: number | null; before: number | null; estimate: number | null }[],
  publication: Publication,
): Recovery[] {
  return figures.flatMap(({ key, after, before, estimate }) => {
    if (estimate === null || publication.exact) return [];
    if (after !== null && before !== null && before !== 0 && Math.abs(after / before - 1 - estimate) < 1e-12) return [];
    const [aLo, aHi] = countBounds(after, false);
    const [bLo, bHi] = countBounds(before, false);
    const fits: number[] = [];
    for (let a = aLo; a <= aHi; a += 1) {
      for (let b = Math.max(1, bLo); b <= bHi; b += 1) if (Math.abs(a / b - 1 - estimate) < 1e-9) fits.push(a);
    }
    const values = [...new Set(fits)];
    return after === null && values.length === 1 ? [{ cell: `${key}: Σafter`, value: values[0] }] : [];
  });
}

/**
 * Proportion complements: the count not in the numerator is the denominator less the numerator.
 * Also reports a false 0% or 100%: one shown where the exact complement or numerator was not 0.
 */
export function complementAttack(
  proportions: readonly { key: string; numerator: number | null; denominator: number | null; estimate: number | null }[],
  publication: Publication,
): Recovery[] {
  return proportions.flatMap(({ key, numerator, denominator }) => {
    if (numerator === null || denominator === null) return [];
    const value = pinned(difference(countBounds(denominator, publication.exact), [countBounds(numerator, publication.exact)], [1, 7]));
    return value === null ? [] : [{ cell: `${key}: complement`, value }];
  });
}
