import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import type { HubContext } from '../context/hub.context.js';
import { AgeBand, EthnicCategory, Instrument, ReferralSource, Ward } from './code-list.type.js';
import { PopulationFilter } from './population.input.js';
import { PopulationCell, PopulationCellConnection } from './population.type.js';

@Resolver()
export class CodeListResolver {
  @Query(() => [Ward], { description: 'Every ward of the town, by name.' })
  wards(@Ctx() ctx: HubContext): Promise<Ward[]> {
    return ctx.services.reference.wards();
  }

  @Query(() => Ward, { nullable: true, description: 'One ward by its code; null when no ward has that code.' })
  ward(@Arg('code', () => String, { description: 'The ward code.' }) code: string, @Ctx() ctx: HubContext): Promise<Ward | null> {
    return ctx.services.reference.ward(code);
  }

  @Query(() => [EthnicCategory], { description: 'Every NHS ethnic category, in Data Dictionary order.' })
  ethnicCategories(@Ctx() ctx: HubContext): Promise<EthnicCategory[]> {
    return ctx.services.reference.ethnicCategories();
  }

  @Query(() => [ReferralSource], { description: 'Every referral source.' })
  referralSources(@Ctx() ctx: HubContext): Promise<ReferralSource[]> {
    return ctx.services.reference.referralSources();
  }

  @Query(() => [AgeBand], { description: 'Every age band, youngest first.' })
  ageBands(@Ctx() ctx: HubContext): Promise<AgeBand[]> {
    return ctx.services.reference.ageBands();
  }

  @Query(() => [Instrument], { description: 'Every outcome instrument.' })
  instruments(@Ctx() ctx: HubContext): Promise<Instrument[]> {
    return ctx.services.reference.instruments();
  }

  @Query(() => Instrument, { nullable: true, description: 'One outcome instrument by code; null when there is none.' })
  instrument(
    @Arg('code', () => String, { description: 'The instrument code, e.g. swemwbs.' }) code: string,
    @Ctx() ctx: HubContext,
  ): Promise<Instrument | null> {
    return ctx.services.reference.instrument(code);
  }
}

@Resolver(() => PopulationCell)
export class PopulationResolver {
  @Query(() => PopulationCellConnection, {
    description: 'Population estimates by ward, ethnic category, age band and sex, a page at a time.',
  })
  populationCells(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PopulationFilter, { nullable: true, description: 'Which cells to return.' }) filter: PopulationFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<PopulationCellConnection> {
    return ctx.services.reference.populationCells(filter ?? {}, toPageRequest(page));
  }

  @FieldResolver(() => Ward, { description: 'The ward the residents live in.' })
  ward(@Root() cell: PopulationCell, @Ctx() ctx: HubContext): Promise<Ward> {
    return ctx.services.reference.requiredWard(cell.wardCode);
  }

  @FieldResolver(() => EthnicCategory, { description: "The residents' ethnic category." })
  ethnicCategory(@Root() cell: PopulationCell, @Ctx() ctx: HubContext): Promise<EthnicCategory> {
    return ctx.services.reference.ethnicCategory(cell.ethnicCode);
  }

  @FieldResolver(() => AgeBand, { description: "The residents' age band." })
  ageBand(@Root() cell: PopulationCell, @Ctx() ctx: HubContext): Promise<AgeBand> {
    return ctx.services.reference.ageBand(cell.ageBandCode);
  }
}
