// Outcome headlines (docs/methods.md, "Outcome headlines"): paired measurements only, with dropout visible.
import { SUPPRESS_BELOW, type InstrumentCode } from '@hub/analytics';
import {
  PART_WITHHELD,
  RATIO_STEP,
  SUPPRESSED_MEAN,
  discloseCount,
  discloseProportion,
  discloseSummary,
  publishAt,
  resolvePolicy,
  type DisclosurePolicy,
  type PublishRounding,
} from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { pairedMeanChangeFromSummary, relativeChangeFromSummary } from '../statistics/summary.statistics.js';
import { loadOutcomeSummary, type OutcomeSummaryRow } from './outcome.queries.js';
import { checkComparison, comparisonWords, pairingDefinition, type OutcomeComparison } from './outcome.comparison.js';
import { OUTCOME_INSTRUMENTS, outcomeRule, type OutcomeRule } from './outcome.rules.js';
import type { MeanChangeFigure, InstrumentOutcome, OutcomeSummary, ProportionFigure, RelativeChangeFigure } from './outcome.types.js';

/** `comparison` picks the later score each baseline is paired with; see outcome.comparison.ts. */
export async function outcomeSummary(
  runner: SqlRunner,
  filter: ReportFilter = {},
  policy?: DisclosurePolicy,
  comparison?: OutcomeComparison,
): Promise<OutcomeSummary> {
  const resolved = resolveFilter(filter);
  const checked = checkComparison(comparison);
  const disclosure = resolvePolicy(policy);
  const rules = OUTCOME_INSTRUMENTS.map(outcomeRule);
  const rows = new Map((await loadOutcomeSummary(runner, resolved, 'auto', checked)).map((row) => [row.code, row]));
  const later = comparisonWords(checked);
  const instruments = rules
    .filter((rule) => (rows.get(rule.code)?.starters ?? 0) > 0)
    .map((rule) => instrumentOutcome(rule, rows.get(rule.code) as OutcomeSummaryRow, disclosure, later));
  return { comparison: checked, instruments, pairing: pairingDefinition(checked) };
}

function instrumentOutcome(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy, later: string): InstrumentOutcome {
  return {
    instrument: rule.code as InstrumentCode,
    name: rule.name,
    scale: rule.scale,
    starters: discloseCount(row.starters, policy),
    completers: discloseCount(row.completers, policy),
    pairs: discloseCount(row.pairs, policy),
    lost: discloseCount(row.lost, policy),
    improved: {
      kind: 'percentImproved',
      definition: `Share of ${rule.name} pairs whose ${rule.scale} ${rule.higherIsBetter ? 'rose' : 'fell'} between baseline and ${later}.`,
      ...discloseProportion(row.improved, row.pairs, policy, 'no pairs'),
    },
    meaningfullyImproved:
      rule.meaningful === null
        ? null
        : {
            kind: 'percentMeaningfullyImproved',
            definition: `Share of ${rule.name} pairs where the ${rule.meaningful.definition}${rule.code === 'swemwbs' ? ' (metric points)' : ''}.`,
            ...discloseProportion(row.meaningful, row.meaningful_n, policy, 'no pairs'),
          },
    meanChange: meanChangeFigure(rule, row, policy, later),
    relativeChange: rule.relativeChangeOfTotals ? relativeChangeFigure(rule, row, policy, later) : null,
    achievingThreshold: thresholdFigure(rule, row, policy, later),
  };
}

// Means before, after and of the change are each a summary of the pairs, published at the
// summary step (whole scale points) under the policy, with the interval rounded outward, so
// none can be multiplied back into an exact number of pairs.
function meanChangeFigure(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy, later: string): MeanChangeFigure {
  const change = pairedMeanChangeFromSummary({
    n: row.pairs,
    meanBefore: row.mean_before,
    meanAfter: row.mean_after,
    meanChange: row.mean_change,
    sdChange: row.sd_change,
  });
  const summary = (value: number | null | undefined, rounding?: PublishRounding) =>
    discloseSummary(row.pairs, value ?? null, policy, 'no pairs', rounding).value;
  const shown = discloseSummary(row.pairs, change?.meanChange ?? null, policy, 'no pairs');
  const visible = shown.value !== null && change !== null;
  return {
    kind: 'meanChange',
    definition: `Mean ${rule.scale} at baseline and ${later} over ${rule.name} pairs, and the mean change (later − baseline) with a 95% paired-t interval.`,
    numerator: null,
    denominator: discloseCount(row.pairs, policy).value,
    meanBefore: visible ? summary(change.meanBefore) : null,
    meanAfter: visible ? summary(change.meanAfter) : null,
    meanChange: shown.value,
    lower: visible ? summary(change.lower, 'down') : null,
    upper: visible ? summary(change.upper, 'up') : null,
    reason: shown.reason ?? (visible && change.lower === null ? 'one pair: no interval' : null),
  };
}

// Σlater ÷ Σbaseline − 1 is derived from the published totals and pairs (docs/methods.md), so it
// agrees with them and reveals nothing they do not; when a total or the pairs are withheld, so
// is the change. The Fieller interval also needs the variances, which are not published, so its
// limits are rounded outward to whole percentage points.
function relativeChangeFigure(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy, later: string): RelativeChangeFigure {
  const pairs = discloseCount(row.pairs, policy);
  const after = discloseTotal(row.total_after, policy);
  const before = discloseTotal(row.total_before, policy);
  const base = {
    kind: 'relativeChangeOfTotals' as const,
    definition: `Relative change in the group total of ${rule.scale} over ${rule.name} pairs, from baseline to ${later}: Σlater ÷ Σbaseline − 1, with a 95% Fieller interval.`,
    numerator: after.value,
    denominator: before.value,
    pairs: pairs.value,
  };
  const withheld = (reason: string) => ({ ...base, estimate: null, lower: null, upper: null, reason });
  if (row.pairs === 0) return withheld('no pairs');
  if (policy.suppressSmallCounts && row.pairs < SUPPRESS_BELOW) return withheld(SUPPRESSED_MEAN);
  if (pairs.value === null || after.value === null || before.value === null) return withheld(PART_WITHHELD);
  if (before.value === 0) return withheld('the baseline total is zero');
  const change = relativeChangeFromSummary({
    n: pairs.value,
    totalBefore: before.value,
    totalAfter: after.value,
    varianceBefore: row.var_before,
    varianceAfter: row.var_after,
    covariance: row.covariance,
    nonNegative: row.non_negative,
  });
  const limit = (value: number | null, rounding: PublishRounding) =>
    value === null || !policy.suppressSmallCounts ? value : publishAt(value, rounding, RATIO_STEP);
  return {
    ...base,
    estimate: change.relativeChange,
    lower: limit(change.lower, 'down'),
    upper: limit(change.upper, 'up'),
    reason: change.lower === null ? 'no interval: too few pairs or a baseline mean too close to zero' : null,
  };
}

/** A sum of scores published like a count: whole, then rounded and withheld as one. */
function discloseTotal(total: number | null, policy: DisclosurePolicy) {
  const exact = total ?? 0;
  return discloseCount(policy.suppressSmallCounts ? Math.round(exact) : exact, policy);
}

function thresholdFigure(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy, later: string): ProportionFigure | null {
  if (rule.threshold === null) return null;
  return {
    kind: 'percentAchieving',
    definition: `Share of ${rule.name} pairs at ${rule.threshold.label} ${later}.`,
    ...discloseProportion(row.achieving, row.pairs, policy, 'no pairs'),
  };
}
