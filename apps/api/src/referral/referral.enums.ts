import { registerEnumType } from 'type-graphql';

export enum ReferralStatus {
  RECEIVED = 'received',
  ASSESSED = 'assessed',
  STARTED = 'started',
  COMPLETED = 'completed',
  DECLINED = 'declined',
  DID_NOT_START = 'did_not_start',
  DROPPED_OUT = 'dropped_out',
}
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: "A step of a referral's path: received, assessed, started, completed; or an early end: declined, did not start, dropped out.",
  valuesConfig: {
    RECEIVED: { description: 'The service has the referral and has not yet assessed the person.' },
    ASSESSED: { description: 'The person has been assessed and not yet started.' },
    STARTED: { description: 'The person has started the programme and is taking part.' },
    COMPLETED: { description: 'The person finished the programme.' },
    DECLINED: { description: 'The person or the service declined the referral before a start.' },
    DID_NOT_START: { description: 'The person was offered a place but never started.' },
    DROPPED_OUT: { description: 'The person started but left before the end.' },
  },
});

/** The order the steps happen in, so a history on one day still reads in order. */
export const STATUS_ORDER: readonly ReferralStatus[] = Object.values(ReferralStatus);
