/*
 * Allowed values shared by several entities. They live outside the entity files because
 * decorators read them while the modules are still loading, and the entities import each other.
 */

/** received → assessed → started → completed, or an end as declined, did not start or dropped out. */
export const REFERRAL_STATUSES = ['received', 'assessed', 'started', 'completed', 'declined', 'did_not_start', 'dropped_out'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Long-term condition groups of docs/methods.md, "The service and its vocabulary": a person's conditions and a referral's reasons. */
export const CONDITIONS = ['cancer', 'stroke', 'mental_health', 'cardiovascular', 'neurological', 'respiratory', 'diabetes', 'msk'] as const;
export type Condition = (typeof CONDITIONS)[number];
