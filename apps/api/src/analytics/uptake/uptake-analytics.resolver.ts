import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { ReferralFilter } from '../../referral/referral.input.js';
import { UptakeDimension } from './uptake-analytics.enums.js';
import { Uptake } from './uptake-analytics.type.js';

@Resolver()
export class UptakeAnalyticsResolver {
  @Query(() => Uptake, {
    description:
      'Uptake gaps (docs/methods.md, "Uptake gaps"): each group\'s referral share with a Wilson CI against its population share, its referral rate per 1,000, whether it is under-represented, and its start and completion rates against the overall rates.',
  })
  uptake(
    @Arg('dimension', () => UptakeDimension, { description: 'How to split referrals and residents into groups.' }) dimension: UptakeDimension,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals to count; leave out for all.' }) filter: ReferralFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<Uptake> {
    return ctx.services.analytics.uptake.uptake(dimension, filter);
  }
}
