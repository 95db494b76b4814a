// The referral funnel (docs/methods.md, "Referral funnel"): how many referrals reached each stage,
// what share of the previous stage went on, how many were lost between stages, and how they ended.
import { FUNNEL_ENDINGS, FUNNEL_STAGES, referralFunnelCounts, type FunnelEnding, type FunnelStage, type ReferralStatus } from '@hub/analytics';
import {
  PART_WITHHELD,
  discloseCount,
  discloseProportion,
  resolvePolicy,
  totalsNote,
  type DisclosurePolicy,
  type ReportedProportion,
  type ReportedValue,
} from '../disclosure/disclosure.policy.js';
import { filterConditions, whereClause } from '../filter/report-filter.sql.js';
import { resolveFilter } from '../filter/report-filter.validate.js';
import type { ReportFilter } from '../filter/report.filter.js';
import { SqlParams } from '../sql/sql.params.js';
import type { SqlRunner } from '../sql/sql.runner.js';

export interface ReferralFunnelStage {
  stage: FunnelStage;
  label: string;
  referrals: ReportedValue;
  /** This stage ÷ the previous one; null on the first stage. */
  ofPrevious: ReportedProportion | null;
  /** The previous stage − this one, of the published counts; null on the first stage. */
  lostFromPrevious: ReportedValue | null;
}

export interface ReferralFunnelEnding {
  ending: FunnelEnding;
  label: string;
  referrals: ReportedValue;
}

export interface ReferralFunnel {
  definition: string;
  /** Why the endings and completions need not add up to the referrals received; null with exact figures. */
  totalsNote: string | null;
  stages: ReferralFunnelStage[];
  endings: ReferralFunnelEnding[];
}

const STAGE_LABELS: Readonly<Record<FunnelStage, string>> = {
  received: 'Received',
  assessed: 'Assessed',
  started: 'Started',
  completed: 'Completed',
};

const ENDING_LABELS: Readonly<Record<FunnelEnding, string>> = {
  declined: 'Declined before assessment',
  did_not_start: 'Did not start after assessment',
  dropped_out: 'Dropped out after starting',
  in_progress: 'Still in progress',
};

const DEFINITION =
  'Each referral counts at every stage it has reached: assessed includes those who went on to start, started includes ' +
  'those who completed or dropped out. Declined referrals left before assessment, "did not start" after it, and ' +
  '"dropped out" after starting. Figures come from the referrals\' current status.';

export async function referralFunnel(runner: SqlRunner, filter: ReportFilter = {}, policy?: DisclosurePolicy): Promise<ReferralFunnel> {
  const resolved = resolveFilter(filter);
  const checkedPolicy = resolvePolicy(policy);
  const params = new SqlParams();
  const rows = await runner.query<{ status: ReferralStatus; referrals: number }>(
    `select f.status, count(*)::int as referrals from referral_fact f ${whereClause(filterConditions(resolved, params, 'f'))} group by 1`,
    params.values,
  );
  const { stages, endings } = referralFunnelCounts(Object.fromEntries(rows.map((row) => [row.status, row.referrals])));
  const published = FUNNEL_STAGES.map((stage) => ({ stage, exact: stages[stage], shown: discloseCount(stages[stage], checkedPolicy) }));
  return {
    definition: DEFINITION,
    totalsNote: totalsNote(checkedPolicy),
    stages: published.map(({ stage, exact, shown }, index) => {
      const previous = published[index - 1];
      return {
        stage,
        label: STAGE_LABELS[stage],
        referrals: shown,
        ofPrevious: previous ? discloseProportion(exact, previous.exact, checkedPolicy, 'none at the previous stage') : null,
        lostFromPrevious: previous ? difference(previous.shown, shown) : null,
      };
    }),
    endings: FUNNEL_ENDINGS.map((ending) => ({ ending, label: ENDING_LABELS[ending], referrals: discloseCount(endings[ending], checkedPolicy) })),
  };
}

/** A difference of published counts, withheld when either is (docs/methods.md, "Derived figures"). */
function difference(from: ReportedValue, less: ReportedValue): ReportedValue {
  return from.value === null || less.value === null ? { value: null, reason: PART_WITHHELD } : { value: from.value - less.value, reason: null };
}
