import type { ReferralFunnel as ReportedFunnel, ReportedValue } from '@hub/reporting';
import { toProportion } from '../common/figure.mapper.js';
import type { FunnelEnding, FunnelStage } from './referral-funnel.enums.js';
import { ReferralFunnel, ReferralFunnelEnding, ReferralFunnelStage } from './referral-funnel.type.js';

const counted = (shown: ReportedValue) => ({ referrals: shown.value, reason: shown.reason });

export const toReferralFunnel = (funnel: ReportedFunnel): ReferralFunnel =>
  Object.assign(new ReferralFunnel(), {
    definition: funnel.definition,
    totalsNote: funnel.totalsNote,
    stages: funnel.stages.map((stage) =>
      Object.assign(new ReferralFunnelStage(), {
        stage: stage.stage as FunnelStage,
        label: stage.label,
        ...counted(stage.referrals),
        ofPrevious: stage.ofPrevious && toProportion(stage.ofPrevious),
        lostFromPrevious: stage.lostFromPrevious?.value ?? null,
      }),
    ),
    endings: funnel.endings.map((ending) =>
      Object.assign(new ReferralFunnelEnding(), {
        ending: ending.ending as FunnelEnding,
        label: ending.label,
        ...counted(ending.referrals),
      }),
    ),
  });
