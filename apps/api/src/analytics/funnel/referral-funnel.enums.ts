import { registerEnumType } from 'type-graphql';

// Values are @hub/analytics' words, so stages and endings map across unchanged.

export enum FunnelStage {
  RECEIVED = 'received',
  ASSESSED = 'assessed',
  STARTED = 'started',
  COMPLETED = 'completed',
}
registerEnumType(FunnelStage, {
  name: 'FunnelStage',
  description: 'A stage of the referral funnel; a referral counts at every stage it has reached.',
  valuesConfig: {
    RECEIVED: { description: 'Every referral.' },
    ASSESSED: { description: 'Referrals assessed, including those that went on to start or not.' },
    STARTED: { description: 'Referrals that started a programme, including those that completed or dropped out.' },
    COMPLETED: { description: 'Referrals that completed their programme.' },
  },
});

export enum FunnelEnding {
  DECLINED = 'declined',
  DID_NOT_START = 'did_not_start',
  DROPPED_OUT = 'dropped_out',
  IN_PROGRESS = 'in_progress',
}
registerEnumType(FunnelEnding, {
  name: 'FunnelEnding',
  description: 'Where referrals that did not complete left the funnel, or that they are still in it.',
  valuesConfig: {
    DECLINED: { description: 'Declined before assessment.' },
    DID_NOT_START: { description: 'Assessed but did not start.' },
    DROPPED_OUT: { description: 'Started but dropped out.' },
    IN_PROGRESS: { description: 'Still received, assessed or started, with no ending yet.' },
  },
});
