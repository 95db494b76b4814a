import type { TemplateColumn } from './template.js';

/** How a row about a referral already in the hub names it: the service and the service's own identifier. */
export const REFERRAL_REFERENCE_COLUMNS: readonly TemplateColumn[] = [
  { name: 'service', type: 'code', required: true, description: "The service's code: the referral identifiers are the service's own.", example: 'ltc-team' },
  {
    name: 'referral_id',
    type: 'text',
    required: true,
    description: 'The referral as the referrals file names it; it must be imported first.',
    example: 'LTC-000123',
  },
];
