// How each computed KPI metric turns the period's counts into an actual under a disclosure
// policy. The contract KPI report asks twice: under the request's policy for what is published, and exactly
// for the RAG status, which is a contract judgement made on the exact figure (docs/methods.md).
import { discloseCount, discloseProportion, discloseSummary, type DisclosurePolicy } from '../disclosure/disclosure.policy.js';
import type { KpiMetricRow } from './contract.repository.js';

export interface KpiActual {
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: string | null;
}

interface MetricSpec {
  definition: string;
  actual(row: KpiMetricRow, policy: DisclosurePolicy): KpiActual;
}

const count =
  (pick: (row: KpiMetricRow) => number) =>
  (row: KpiMetricRow, policy: DisclosurePolicy): KpiActual => {
    const shown = discloseCount(pick(row), policy);
    return { actual: shown.value, numerator: shown.value, denominator: null, reason: shown.reason };
  };

/** Percentages, as the targets are written (70 means 70%). */
const percent =
  (top: (row: KpiMetricRow) => number, bottom: (row: KpiMetricRow) => number, empty: string) =>
  (row: KpiMetricRow, policy: DisclosurePolicy): KpiActual => {
    const shown = discloseProportion(top(row), bottom(row), policy, empty);
    return {
      actual: shown.estimate === null ? null : shown.estimate * 100,
      numerator: shown.numerator,
      denominator: shown.denominator,
      reason: shown.reason,
    };
  };

export const KPI_METRICS: Readonly<Record<string, MetricSpec>> = {
  referrals: { definition: 'Referrals received in the period.', actual: count((row) => row.referrals) },
  starts: { definition: 'Referrals that started a programme in the period.', actual: count((row) => row.starts) },
  completions: { definition: 'Referrals that completed their programme in the period.', actual: count((row) => row.completions) },
  completion_rate: {
    definition: 'Completions ÷ starters who ended in the period (completed or dropped out), as a percentage.',
    actual: percent(
      (row) => row.completions,
      (row) => row.ended_after_start,
      'no starters ended in the period',
    ),
  },
  start_rate: {
    definition: 'Of referrals received in the period, the percentage that have started a programme.',
    actual: percent(
      (row) => row.received_started,
      (row) => row.referrals,
      'no referrals in the period',
    ),
  },
  wellbeing_improved_rate: {
    definition: 'Completers ending in the period with a SWEMWBS pair whose score rose between baseline and end, as a percentage of those pairs.',
    actual: percent(
      (row) => row.wellbeing_improved,
      (row) => row.wellbeing_pairs,
      'no SWEMWBS pairs among completers',
    ),
  },
  activity_improved_rate: {
    definition: 'Completers ending in the period with a physical-activity pair whose weekly minutes rose, as a percentage of those pairs.',
    actual: percent(
      (row) => row.activity_improved,
      (row) => row.activity_pairs,
      'no activity pairs among completers',
    ),
  },
  bame_referral_share: {
    definition: 'Referrals received in the period from Black, Asian, Mixed and other ethnic groups, as a percentage of referrals with a stated ethnicity.',
    actual: percent(
      (row) => row.bame,
      (row) => row.known_ethnicity,
      'no referrals with a stated ethnicity',
    ),
  },
  median_wait_days: {
    definition: 'Median days from referral received to programme start, for starts in the period.',
    actual: (row, policy) => {
      const shown = discloseSummary(row.starts, row.median_wait, policy, 'no starts in the period');
      return { actual: shown.value, numerator: null, denominator: discloseCount(row.starts, policy).value, reason: shown.reason };
    },
  },
};

export const REPORTED_DEFINITION = 'Value reported by the provider for the period.';
