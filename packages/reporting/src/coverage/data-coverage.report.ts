// How recent the hub's data are (docs/methods.md, "How recent the data are"): the dates the
// records run between, when the rollups behind every figure were rebuilt, and the latest
// financial year the data cover to its end, which the dashboard opens on.
import { financialYear, financialYearRange } from '@hub/analytics';
import type { SqlRunner } from '../sql/sql.runner.js';

export interface DataCoverage {
  /** ISO dates; null when there are no referrals. */
  firstReferralOn: string | null;
  lastReferralOn: string | null;
  /** The last outcome measurement taken, of any kind; null when none. */
  lastOutcomeMeasuredOn: string | null;
  /** The start of the latest period any QI measure has a value for; null when none. */
  lastQiValueOn: string | null;
  /** When refreshRollups last finished; null when it has not run since the migration that records it. */
  rollupsRefreshedAt: Date | null;
  /** Financial years with at least one referral, newest first, written '2019/20'. */
  financialYears: string[];
  latestCompleteFinancialYear: string | null;
}

/**
 * The latest financial year whose 31 March is on or before the last referral: data to
 * 31 October 2026 make 2025/26 the latest complete year, data to 31 March 2026 make it
 * 2025/26 too. A year before the first referral is not complete, it is empty.
 */
export function latestCompleteFinancialYear(firstReferralOn: string | null, lastReferralOn: string | null): string | null {
  if (firstReferralOn === null || lastReferralOn === null) return null;
  const holdingLast = financialYear(lastReferralOn);
  const complete = financialYearRange(holdingLast).end === lastReferralOn ? holdingLast : previousYear(holdingLast);
  return financialYearRange(complete).end >= firstReferralOn ? complete : null;
}

function previousYear(label: string): string {
  const startYear = Number(label.slice(0, 4)) - 1;
  return financialYear(`${startYear}-04-01`);
}

interface CoverageRow {
  first_referral_on: string | null;
  last_referral_on: string | null;
  last_outcome_measured_on: string | null;
  last_qi_value_on: string | null;
  /** ISO, in UTC to the millisecond. */
  rollups_refreshed_at: string | null;
  financial_years: string[] | null;
}

/**
 * Whole-hub dates, not narrowed to a reader's scope: they say how recent the feed is, which is
 * the same for everyone, and reveal no record or figure. Referral dates are read from
 * referral_fact, so they describe what the figures were computed from.
 */
export async function dataCoverage(runner: SqlRunner): Promise<DataCoverage> {
  const [row] = await runner.query<CoverageRow>(`
    select
      (select to_char(min(received_on), 'YYYY-MM-DD') from referral_fact) as first_referral_on,
      (select to_char(max(received_on), 'YYYY-MM-DD') from referral_fact) as last_referral_on,
      (select to_char(max(measured_on), 'YYYY-MM-DD') from outcome_measurement) as last_outcome_measured_on,
      (select to_char(max(period_start), 'YYYY-MM-DD') from qi_measure_value) as last_qi_value_on,
      (select to_char(changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from hub_setting where key = 'rollups_refreshed') as rollups_refreshed_at,
      (select array_agg(financial_year order by financial_year desc) from (select distinct financial_year from referral_fact) years) as financial_years`);
  const first = row?.first_referral_on ?? null;
  const last = row?.last_referral_on ?? null;
  const refreshed = row?.rollups_refreshed_at ?? null;
  return {
    firstReferralOn: first,
    lastReferralOn: last,
    lastOutcomeMeasuredOn: row?.last_outcome_measured_on ?? null,
    lastQiValueOn: row?.last_qi_value_on ?? null,
    rollupsRefreshedAt: refreshed === null ? null : new Date(refreshed),
    financialYears: row?.financial_years ?? [],
    latestCompleteFinancialYear: latestCompleteFinancialYear(first, last),
  };
}
