// The referral funnel (docs/methods.md, "Referral funnel"): received → assessed → started →
// completed, from each referral's current status. A referral counts at every stage it has
// reached, so "started" holds those who completed or dropped out as well.
import { assertCount } from '../common/input.guard.js';

export const REFERRAL_STATUSES = ['received', 'assessed', 'started', 'completed', 'declined', 'did_not_start', 'dropped_out'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const FUNNEL_STAGES = ['received', 'assessed', 'started', 'completed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const FUNNEL_ENDINGS = ['declined', 'did_not_start', 'dropped_out', 'in_progress'] as const;
export type FunnelEnding = (typeof FUNNEL_ENDINGS)[number];

/** The statuses of the referrals that have reached each stage. */
const REACHED: Readonly<Record<FunnelStage, readonly ReferralStatus[]>> = {
  received: REFERRAL_STATUSES,
  assessed: ['assessed', 'started', 'completed', 'did_not_start', 'dropped_out'],
  started: ['started', 'completed', 'dropped_out'],
  completed: ['completed'],
};

/** Declined left before assessment, did not start after it, dropped out after starting. */
const ENDED: Readonly<Record<FunnelEnding, readonly ReferralStatus[]>> = {
  declined: ['declined'],
  did_not_start: ['did_not_start'],
  dropped_out: ['dropped_out'],
  in_progress: ['received', 'assessed', 'started'],
};

export interface ReferralFunnelCounts {
  stages: Record<FunnelStage, number>;
  endings: Record<FunnelEnding, number>;
}

/** Referrals at each stage and in each ending from referrals per status; a missing status had none. */
export function referralFunnelCounts(byStatus: Readonly<Partial<Record<ReferralStatus, number>>>): ReferralFunnelCounts {
  for (const status of REFERRAL_STATUSES) assertCount(byStatus[status] ?? 0, status);
  const count = (statuses: readonly ReferralStatus[]) => statuses.reduce((total, status) => total + (byStatus[status] ?? 0), 0);
  const tally = <Key extends string>(groups: Readonly<Record<Key, readonly ReferralStatus[]>>) =>
    Object.fromEntries(Object.entries<readonly ReferralStatus[]>(groups).map(([key, statuses]) => [key, count(statuses)])) as Record<Key, number>;
  return { stages: tally(REACHED), endings: tally(ENDED) };
}
