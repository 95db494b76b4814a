import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { Instrument } from '../../reference/code-list.type.js';
import { ReferralFilter } from '../../referral/referral.input.js';
import { OutcomeGroupDimension, OutcomeTimepoint } from './outcome-analytics.enums.js';
import { GroupOutcome, HistogramBin, InstrumentOutcome, OutcomeSummary } from './outcome-analytics.type.js';

const FILTER = "Which referrals' outcomes to count; leave out for all.";
const TIMEPOINT = 'Which later score each baseline is paired with; the end of the programme unless you choose otherwise.';

@Resolver(() => InstrumentOutcome)
export class OutcomeAnalyticsResolver {
  @Query(() => OutcomeSummary, {
    description:
      'Paired outcomes (baseline and a later measurement of the same referral, at one chosen timepoint) for the referrals in the filter: the five headlines and every instrument, each with starters, completers, pairs and those lost before the timepoint.',
  })
  outcomeSummary(
    @Arg('filter', () => ReferralFilter, { nullable: true, description: FILTER }) filter: ReferralFilter | null,
    @Arg('timepoint', () => OutcomeTimepoint, { defaultValue: OutcomeTimepoint.END_OF_PROGRAMME, description: TIMEPOINT }) timepoint: OutcomeTimepoint,
    @Ctx() ctx: HubContext,
  ): Promise<OutcomeSummary> {
    return ctx.services.analytics.outcomes.summary(filter, timepoint);
  }

  @Query(() => [GroupOutcome], { description: '% improved on one instrument per group, with CIs, compared with the overall figure.' })
  outcomesByGroup(
    @Arg('instrument', () => String, { description: 'The instrument code, e.g. swemwbs (see `instruments`).' }) instrument: string,
    @Arg('dimension', () => OutcomeGroupDimension, { description: 'How to split the pairs into groups.' }) dimension: OutcomeGroupDimension,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: FILTER }) filter: ReferralFilter | null,
    @Arg('timepoint', () => OutcomeTimepoint, { defaultValue: OutcomeTimepoint.END_OF_PROGRAMME, description: TIMEPOINT }) timepoint: OutcomeTimepoint,
    @Ctx() ctx: HubContext,
  ): Promise<GroupOutcome[]> {
    return ctx.services.analytics.outcomes.byGroup(instrument, dimension, filter, timepoint);
  }

  @FieldResolver(() => Instrument, { description: 'The instrument measured.' })
  instrument(@Root() outcome: InstrumentOutcome, @Ctx() ctx: HubContext): Promise<Instrument> {
    return ctx.services.reference.requiredInstrument(outcome.instrumentCode);
  }

  @FieldResolver(() => [HistogramBin], { description: 'Before and after distributions over the pairs, bin by bin.' })
  distribution(@Root() outcome: InstrumentOutcome, @Ctx() ctx: HubContext): Promise<HistogramBin[]> {
    return ctx.services.analytics.outcomes.distribution(outcome);
  }
}
