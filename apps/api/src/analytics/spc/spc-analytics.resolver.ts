import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { QiMeasure } from '../../qi/qi-measure.type.js';
import { AnalysisFilter } from '../common/analysis-filter.input.js';
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
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: 'Which referrals to count; leave out for all.' }) filter: AnalysisFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<SpcChart> {
    return ctx.services.analytics.spc.serviceChart(series, filter);
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
      description: 'Rebase, ghost and rule choices of the reader; leave out for the chart as recorded.',
    })
    options: SpcOptionsInput | null,
    @Ctx() ctx: HubContext,
  ): Promise<SpcChart> {
    return ctx.services.analytics.spc.measureChart(measure.id, options);
  }
}
