import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { Kpi } from '../../organisation/organisation.type.js';
import { SpcOptionsInput } from '../spc/spc-analytics.input.js';
import { SpcChart } from '../spc/spc-analytics.type.js';
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

  @FieldResolver(() => SpcChart, {
    description:
      "The actuals on an XmR chart, with assurance against the latest target of a period with an actual (or the reader's target), and the reader's rebases, ghosted periods and rule lengths.",
  })
  spc(
    @Root() report: KpiReport,
    @Arg('options', () => SpcOptionsInput, {
      nullable: true,
      description: 'Rebase, ghost, target and rule choices of the reader; leave out for the chart as reported.',
    })
    options: SpcOptionsInput | null,
    @Ctx() ctx: HubContext,
  ): Promise<SpcChart> {
    return ctx.services.analytics.kpis.spcChart(report, options);
  }

  @FieldResolver(() => Kpi, { description: 'The KPI reported on, with its definition, unit and direction.' })
  kpi(@Root() report: KpiReport, @Ctx() ctx: HubContext): Promise<Kpi> {
    return ctx.services.organisations.requiredKpi(report.kpiId);
  }
}
