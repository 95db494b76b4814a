// "% improved" on one instrument for each group of a dimension, against the overall figure
// (docs/methods.md, "Outcome headlines": outcomes by group use the same interval rules as uptake).
import { compareToBenchmark, type BenchmarkWord } from '@hub/analytics';
import {
  discloseCount,
  discloseProportion,
  resolvePolicy,
  type DisclosurePolicy,
  type ReportedProportion,
  type ReportedValue,
} from '../disclosure/disclosure.policy.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { checkOneOf } from '../input/input.validate.js';
import type { SqlRunner } from '../sql/sql.runner.js';
import { checkComparison, comparisonWords, type OutcomeComparison } from './outcome.comparison.js';
import { loadOutcomeGroups, OUTCOME_GROUP_DIMENSIONS, type OutcomeGroupDimension, type OutcomeGroupRow } from './outcome-group.queries.js';
import { OUTCOME_INSTRUMENTS, outcomeRule } from './outcome.rules.js';

export interface GroupOutcome {
  key: string;
  label: string;
  starters: ReportedValue;
  pairs: ReportedValue;
  improved: ReportedProportion;
  /** The group's interval against the overall estimate: better, worse or similar. */
  comparison: BenchmarkWord | null;
}

export interface OutcomesByGroup {
  instrument: string;
  dimension: OutcomeGroupDimension;
  definition: string;
  overall: ReportedProportion;
  groups: GroupOutcome[];
}

export async function outcomesByGroup(
  runner: SqlRunner,
  instrument: string,
  dimension: OutcomeGroupDimension,
  filter: ReportFilter = {},
  policy?: DisclosurePolicy,
  comparison?: OutcomeComparison,
): Promise<OutcomesByGroup> {
  const code = checkOneOf(instrument, OUTCOME_INSTRUMENTS, 'instrument');
  const checked = checkOneOf(dimension, OUTCOME_GROUP_DIMENSIONS, 'dimension');
  const later = checkComparison(comparison);
  const resolved = resolveFilter(filter);
  const disclosure = resolvePolicy(policy);
  const rows = await loadOutcomeGroups(runner, code, checked, resolved, 'auto', later);
  const total = (key: 'pairs' | 'improved') => rows.reduce((sum, row) => sum + row[key], 0);
  const overall = discloseProportion(total('improved'), total('pairs'), disclosure, 'no pairs');
  const rule = outcomeRule(code);
  return {
    instrument: code,
    dimension: checked,
    definition: `Share of ${rule.name} pairs in each group whose ${rule.scale} ${rule.higherIsBetter ? 'rose' : 'fell'} between baseline and ${comparisonWords(later)}, with a 95% Wilson interval, against the share over every group: better or worse when the whole interval lies above or below it, otherwise similar. "Not known" is its own group.`,
    overall,
    groups: rows.map((row) => groupOutcome(row, overall, disclosure)),
  };
}

function groupOutcome(row: OutcomeGroupRow, overall: ReportedProportion, policy: DisclosurePolicy): GroupOutcome {
  const improved = discloseProportion(row.improved, row.pairs, policy, 'no pairs');
  return {
    key: row.key,
    label: row.label,
    starters: discloseCount(row.starters, policy),
    pairs: discloseCount(row.pairs, policy),
    improved,
    // Improvement is always the good direction of "% improved".
    comparison: overall.estimate === null ? null : compareToBenchmark(improved, overall.estimate, 'higher'),
  };
}
