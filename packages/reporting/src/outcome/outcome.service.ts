// Outcome headlines (DOMAIN.md §2): paired measurements only, with dropout visible.
import type { InstrumentCode } from '@hub/analytics';
import {
  discloseCount, discloseProportion, discloseSummary, resolvePolicy, type DisclosurePolicy,
} from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { pairedMeanChangeFromSummary, relativeChangeFromSummary } from '../statistics/summary.statistics.js';
import { loadOutcomeSummary, type OutcomeSummaryRow } from './outcome.queries.js';
import { OUTCOME_INSTRUMENTS, outcomeRule, type OutcomeRule } from './outcome.rules.js';
import type {
  MeanChangeFigure, OutcomeHeadline, OutcomeSummary, ProportionFigure, RelativeChangeFigure,
} from './outcome.types.js';

const PAIRING =
  'A pair is one referral measured at baseline and again later on the same instrument: at the end of the programme, or, without an end measurement, at the latest follow-up.';

export async function outcomeSummary(
  runner: SqlRunner,
  filter: ReportFilter = {},
  policy?: DisclosurePolicy,
): Promise<OutcomeSummary> {
  const resolved = resolveFilter(filter);
  const disclosure = resolvePolicy(policy);
  const rules = OUTCOME_INSTRUMENTS.map(outcomeRule);
  const rows = new Map((await loadOutcomeSummary(runner, resolved)).map((row) => [row.code, row]));
  const headlines = rules
    .filter((rule) => (rows.get(rule.code)?.starters ?? 0) > 0)
    .map((rule) => headline(rule, rows.get(rule.code) as OutcomeSummaryRow, disclosure));
  return { headlines, pairing: PAIRING };
}

function headline(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy): OutcomeHeadline {
  return {
    instrument: rule.code as InstrumentCode,
    name: rule.name,
    scale: rule.scale,
    starters: discloseCount(row.starters, policy),
    completers: discloseCount(row.completers, policy),
    pairs: discloseCount(row.pairs, policy),
    improved: {
      kind: 'percentImproved',
      definition: `Share of ${rule.name} pairs whose ${rule.scale} ${rule.higherIsBetter ? 'rose' : 'fell'} between baseline and the later measurement.`,
      ...discloseProportion(row.improved, row.pairs, policy, 'no pairs'),
    },
    meaningfullyImproved: rule.meaningful === null ? null : {
      kind: 'percentMeaningfullyImproved',
      definition: `Share of ${rule.name} pairs where the ${rule.meaningful.definition}${rule.code === 'swemwbs' ? ' (metric points)' : ''}.`,
      ...discloseProportion(row.meaningful, row.meaningful_n, policy, 'no pairs'),
    },
    meanChange: meanChangeFigure(rule, row, policy),
    relativeChange: rule.relativeChangeOfTotals ? relativeChangeFigure(rule, row, policy) : null,
    achievingThreshold: thresholdFigure(rule, row, policy),
  };
}

function meanChangeFigure(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy): MeanChangeFigure {
  const change = pairedMeanChangeFromSummary({
    n: row.pairs, meanBefore: row.mean_before, meanAfter: row.mean_after, meanChange: row.mean_change, sdChange: row.sd_change,
  });
  const shown = discloseSummary(row.pairs, change?.meanChange ?? null, policy, 'no pairs');
  const visible = shown.value !== null && change !== null;
  return {
    kind: 'meanChange',
    definition: `Mean ${rule.scale} at baseline and at the later measurement over ${rule.name} pairs, and the mean change (later − baseline) with a 95% paired-t interval.`,
    numerator: null,
    denominator: discloseCount(row.pairs, policy).value,
    meanBefore: visible ? change.meanBefore : null,
    meanAfter: visible ? change.meanAfter : null,
    meanChange: visible ? change.meanChange : null,
    lower: visible ? change.lower : null,
    upper: visible ? change.upper : null,
    reason: shown.reason ?? (visible && change.lower === null ? 'one pair: no interval' : null),
  };
}

// The change is a ratio of two sums over people, published like a mean: withheld below 8 pairs,
// exact otherwise, with the sums rounded as counts.
function relativeChangeFigure(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy): RelativeChangeFigure {
  const change = relativeChangeFromSummary({
    n: row.pairs, totalBefore: row.total_before ?? 0, totalAfter: row.total_after ?? 0,
    varianceBefore: row.var_before, varianceAfter: row.var_after, covariance: row.covariance, nonNegative: row.non_negative,
  });
  const emptyReason = row.pairs === 0 ? 'no pairs' : 'the baseline total is zero';
  const shown = discloseSummary(row.pairs, change.relativeChange, policy, emptyReason);
  const roundTotal = (total: number | null) => (total === null ? null : discloseCount(Math.round(total), policy).value);
  return {
    kind: 'relativeChangeOfTotals',
    definition: `Relative change in the group total of ${rule.scale} over ${rule.name} pairs: Σlater ÷ Σbaseline − 1, with a 95% Fieller interval.`,
    numerator: roundTotal(row.total_after),
    denominator: roundTotal(row.total_before),
    pairs: discloseCount(row.pairs, policy).value,
    estimate: shown.value,
    lower: shown.value === null ? null : change.lower,
    upper: shown.value === null ? null : change.upper,
    reason: shown.reason ?? (change.lower === null ? 'no interval: too few pairs or a baseline mean too close to zero' : null),
  };
}

function thresholdFigure(rule: OutcomeRule, row: OutcomeSummaryRow, policy: DisclosurePolicy): ProportionFigure | null {
  if (rule.threshold === null) return null;
  return {
    kind: 'percentAchieving',
    definition: `Share of ${rule.name} pairs at ${rule.threshold.label} at the later measurement.`,
    ...discloseProportion(row.achieving, row.pairs, policy, 'no pairs'),
  };
}
