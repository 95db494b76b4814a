// Before and after distributions of each instrument over its pairs, for histograms: the same
// pairs the headlines count, each bin's counts disclosure-controlled like any other count.
import type { InstrumentCode } from '@hub/analytics';
import { discloseCount, resolvePolicy, type DisclosurePolicy } from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { checkComparison, comparisonWords, type OutcomeComparison } from './outcome.comparison.js';
import { OUTCOME_BINS } from './outcome.bins.js';
import { loadDistribution, type DistributionRow } from './outcome-distribution.queries.js';
import { OUTCOME_INSTRUMENTS } from './outcome.rules.js';

export interface DistributionBin {
  /** Lower edge, included. */
  from: number;
  /** Upper edge, excluded except in the last bin (which also holds values above it when open-ended). */
  to: number;
  /** Pairs whose baseline value fell in the bin; null when withheld. */
  before: number | null;
  /** Pairs whose later value fell in the bin; null when withheld. */
  after: number | null;
}

export interface OutcomeDistribution {
  instrument: InstrumentCode;
  definition: string;
  bins: DistributionBin[];
}

/** Every instrument in display order, with every bin (zero where no pair fell in it). */
export async function outcomeDistributions(
  runner: SqlRunner,
  filter: ReportFilter = {},
  policy?: DisclosurePolicy,
  comparison?: OutcomeComparison,
): Promise<OutcomeDistribution[]> {
  const resolved = resolveFilter(filter);
  const checked = checkComparison(comparison);
  const disclosure = resolvePolicy(policy);
  const schemes = new Map(OUTCOME_INSTRUMENTS.map((code) => [code, OUTCOME_BINS[code]]));
  const rows = await loadDistribution(runner, resolved, schemes, 'auto', checked);
  return OUTCOME_INSTRUMENTS.map((code) => ({
    instrument: code,
    definition: definition(code, disclosure, checked),
    bins: bins(code, rows, disclosure),
  }));
}

function bins(code: InstrumentCode, rows: readonly DistributionRow[], policy: DisclosurePolicy): DistributionBin[] {
  const { edges } = OUTCOME_BINS[code];
  const count = (side: DistributionRow['side'], bin: number) => rows.find((row) => row.code === code && row.side === side && row.bin === bin)?.pairs ?? 0;
  return edges.slice(0, -1).map((from, i) => ({
    from,
    to: edges[i + 1],
    before: discloseCount(count('before', i + 1), policy).value,
    after: discloseCount(count('after', i + 1), policy).value,
  }));
}

function definition(code: InstrumentCode, policy: DisclosurePolicy, comparison: OutcomeComparison): string {
  const scale = code === 'swemwbs' ? 'metric score (Rasch table)' : 'score';
  const top = OUTCOME_BINS[code].openEnded ? ' The last bin also holds every value above it.' : '';
  const rounding = policy.suppressSmallCounts ? ' Counts of 1–7 are withheld and the rest rounded to the nearest 5.' : '';
  return `Pairs by ${scale} at baseline (before) and ${comparisonWords(comparison)} (after); each bin includes its lower edge and excludes its upper edge, except the last, which includes both.${top}${rounding}`;
}
