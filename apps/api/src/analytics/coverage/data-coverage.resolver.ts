import { Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../context/hub.context.js';
import { DataCoverage } from './data-coverage.type.js';

@Resolver()
export class DataCoverageResolver {
  @Query(() => DataCoverage, {
    description: 'How recent the data are and the latest complete financial year, the default period of the dashboard. Dates only, never a figure.',
  })
  dataCoverage(@Ctx() ctx: HubContext): Promise<DataCoverage> {
    return ctx.services.analytics.coverage.dataCoverage();
  }
}
