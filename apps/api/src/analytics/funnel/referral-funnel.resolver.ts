import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { ReferralFilter } from '../../referral/referral.input.js';
import { ReferralFunnel } from './referral-funnel.type.js';

@Resolver()
export class ReferralFunnelResolver {
  @Query(() => ReferralFunnel, {
    description:
      'The referral funnel: referrals received, assessed, started and completed, each stage as a share of the one before and the referrals lost between, and how the rest ended. Each count is rounded once from its own exact value (docs/methods.md, "Disclosure control").',
  })
  referralFunnel(
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals to count; leave out for all.' }) filter: ReferralFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<ReferralFunnel> {
    return ctx.services.analytics.funnel.referralFunnel(filter);
  }
}
