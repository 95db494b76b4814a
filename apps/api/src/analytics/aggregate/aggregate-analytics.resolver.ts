import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { ReferralFilter } from '../../referral/referral.input.js';
import { AggregateDimension, AggregateMeasure, TimeGranularity } from './aggregate-analytics.enums.js';
import { AggregateResult } from './aggregate-analytics.type.js';

@Resolver()
export class AggregateAnalyticsResolver {
  @Query(() => AggregateResult, {
    description:
      'Counts and waits of the referrals in a filter by up to four dimensions and a time bucket, with totals; disclosure-controlled (docs/methods.md).',
  })
  aggregate(
    @Arg('measures', () => [AggregateMeasure], { description: 'What to count or summarise; at least one, none repeated.' }) measures: AggregateMeasure[],
    @Arg('dimensions', () => [AggregateDimension], { nullable: true, description: 'What to group by, at most four, none repeated; leave out for totals only.' })
    dimensions: AggregateDimension[] | null,
    @Arg('granularity', () => TimeGranularity, { nullable: true, description: 'Time buckets of the received date; leave out for no time grouping.' })
    granularity: TimeGranularity | null,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals to count; leave out for all.' }) filter: ReferralFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<AggregateResult> {
    return ctx.services.analytics.aggregate.aggregate({ measures, dimensions: dimensions ?? [], granularity, filter });
  }
}
