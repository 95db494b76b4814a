import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { QiMeasure } from '../../qi/qi-measure.type.js';
import { MeasureDirection } from '../../qi/qi.enums.js';
import { AggregateMeasure } from '../aggregate/aggregate-analytics.enums.js';
import { ReferralFilter } from '../../referral/referral.input.js';
import { ServiceSeries } from './spc-analytics.enums.js';
import { SpcOptionsInput } from './spc-analytics.input.js';
import { InvolvementPoint, SpcChart } from './spc-analytics.type.js';

@Resolver()
export class ServiceSpcResolver {
  @Query(() => SpcChart, {
    description:
      'A monthly series of the service on a Making Data Count chart: every month of the period (months with no referrals count as 0), limits computed from the published values.',
  })
  serviceSpc(
    @Arg('series', () => ServiceSeries, { description: 'Which series to chart.' }) series: ServiceSeries,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: 'Which referrals to count; leave out for all.' }) filter: ReferralFilter | null,
    @Arg('options', () => SpcOptionsInput, { nullable: true, description: 'Rebase, ghost, target and rule choices of the reader.' })
    options: SpcOptionsInput | null,
    @Ctx() ctx: HubContext,
  ): Promise<SpcChart> {
    return ctx.services.analytics.spc.serviceChart(series, filter, options);
  }

  @Query(() => SpcChart, {
    description:
      'Any aggregate measure month by month for any filter, on a Making Data Count chart drawn on the published values: a count (months with no referrals count as 0), ' +
      'a wait summary, or with `per` one count as a share of another with each month\'s numerator, denominator and Wilson interval (docs/methods.md, "SPC (Making Data Count)").',
  })
  aggregateSpc(
    @Arg('measure', () => AggregateMeasure, { description: 'What to chart.' }) measure: AggregateMeasure,
    @Arg('per', () => AggregateMeasure, {
      nullable: true,
      description: 'Chart the measure as a share of this one: STARTS per REFERRALS, COMPLETIONS per REFERRALS or per STARTS; leave out for the measure itself.',
    })
    per: AggregateMeasure | null,
    @Arg('filter', () => ReferralFilter, {
      nullable: true,
      description: 'Which referrals to count; leave out for all. Months run over the received-date period, or over the data.',
    })
    filter: ReferralFilter | null,
    @Arg('direction', () => MeasureDirection, { nullable: true, description: 'Which way is improvement; NEITHER unless given.' })
    direction: MeasureDirection | null,
    @Arg('options', () => SpcOptionsInput, { nullable: true, description: 'Rebase, ghost, target and rule choices of the reader.' })
    options: SpcOptionsInput | null,
    @Ctx() ctx: HubContext,
  ): Promise<SpcChart> {
    return ctx.services.analytics.spc.aggregateChart({ measure, per, filter, direction: direction ?? MeasureDirection.NEITHER, options });
  }

  @Query(() => [InvolvementPoint], {
    description:
      'For each month from the first QI project to the end of the data, the share of active QI projects with service-user or carer involvement (Big I or little i), and each level on its own. A project still running counts as active to the end of the data.',
  })
  involvementOverTime(@Ctx() ctx: HubContext): Promise<InvolvementPoint[]> {
    return ctx.services.analytics.spc.involvement();
  }
}

@Resolver(() => QiMeasure)
export class QiMeasureSpcResolver {
  @FieldResolver(() => SpcChart, {
    description:
      'The measure on its Making Data Count chart (XmR, or T for rare events; a run chart below 13 points), with PDSA cycles and annotations on the points they fall in.',
  })
  spc(
    @Root() measure: QiMeasure,
    @Arg('options', () => SpcOptionsInput, {
      nullable: true,
      description: 'Rebase, ghost, target and rule choices of the reader; leave out for the chart as recorded.',
    })
    options: SpcOptionsInput | null,
    @Ctx() ctx: HubContext,
  ): Promise<SpcChart> {
    return ctx.services.analytics.spc.measureChart(measure.id, options);
  }
}
