import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { Kpi } from '../../organisation/organisation.type.js';
import { KpiReport } from './kpi-report.type.js';

@Resolver(() => KpiReport)
export class KpiReportResolver {
  @Query(() => [KpiReport], {
    description: 'Every KPI of a contract with its actual, target and RAG status for each period of the term and extension, and the actuals on an SPC chart.',
  })
  contractKpis(
    @Arg('contractCode', () => String, { description: 'The contract\'s code, e.g. "twl-2018" (see `contracts`).' }) contractCode: string,
    @Ctx() ctx: HubContext,
  ): Promise<KpiReport[]> {
    return ctx.services.analytics.kpis.contractKpis(contractCode);
  }

  @FieldResolver(() => Kpi, { description: 'The KPI reported on, with its definition, unit and direction.' })
  kpi(@Root() report: KpiReport, @Ctx() ctx: HubContext): Promise<Kpi> {
    return ctx.services.organisations.requiredKpi(report.kpiId);
  }
}
