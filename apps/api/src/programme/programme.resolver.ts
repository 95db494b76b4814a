import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import type { HubContext } from '../context/hub.context.js';
import { Organisation } from '../organisation/organisation.type.js';
import { Ward } from '../reference/code-list.type.js';
import { ProgrammeFilter, VenueFilter } from './programme.input.js';
import { Programme, Service, Venue } from './programme.type.js';

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => [Service], { description: 'Every service, by name.' })
  services(@Ctx() ctx: HubContext): Promise<Service[]> {
    return ctx.services.programmes.services();
  }

  @Query(() => Service, { nullable: true, description: 'One service by id; null when there is none.' })
  service(@Arg('id', () => ID, { description: 'The service id.' }) id: string, @Ctx() ctx: HubContext): Promise<Service | null> {
    return ctx.services.programmes.service(parseId(id, 'id'));
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that runs the service.' })
  provider(@Root() service: Service, @Ctx() ctx: HubContext): Promise<Organisation> {
    return ctx.services.organisations.requiredOrganisation(service.providerId);
  }

  @FieldResolver(() => [Programme], { description: 'The programmes the service runs, by name.' })
  programmes(@Root() service: Service, @Ctx() ctx: HubContext): Promise<Programme[]> {
    return ctx.services.programmes.programmesOfService(service.id);
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Every programme, by name, optionally narrowed by a filter.' })
  programmes(
    @Arg('filter', () => ProgrammeFilter, { nullable: true, description: 'Which programmes to return.' }) filter: ProgrammeFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<Programme[]> {
    return ctx.services.programmes.programmes(filter ?? {});
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by id; null when there is none.' })
  programme(@Arg('id', () => ID, { description: 'The programme id.' }) id: string, @Ctx() ctx: HubContext): Promise<Programme | null> {
    return ctx.services.programmes.programme(parseId(id, 'id'));
  }

  @FieldResolver(() => Service, { description: 'The service the programme belongs to.' })
  service(@Root() programme: Programme, @Ctx() ctx: HubContext): Promise<Service> {
    return ctx.services.programmes.requiredService(programme.serviceId);
  }

  @FieldResolver(() => [Venue], { description: "The venues where the programme's sessions are held." })
  venues(@Root() programme: Programme, @Ctx() ctx: HubContext): Promise<Venue[]> {
    return ctx.services.programmes.venuesOfProgramme(programme.id);
  }
}

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => [Venue], { description: 'Every venue, by name, optionally narrowed by a filter.' })
  venues(
    @Arg('filter', () => VenueFilter, { nullable: true, description: 'Which venues to return.' }) filter: VenueFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<Venue[]> {
    return ctx.services.programmes.venues(filter ?? {});
  }

  @Query(() => Venue, { nullable: true, description: 'One venue by id; null when there is none.' })
  venue(@Arg('id', () => ID, { description: 'The venue id.' }) id: string, @Ctx() ctx: HubContext): Promise<Venue | null> {
    return ctx.services.programmes.venue(parseId(id, 'id'));
  }

  @FieldResolver(() => Ward, { description: 'The ward the venue is in.' })
  ward(@Root() venue: Venue, @Ctx() ctx: HubContext): Promise<Ward> {
    return ctx.services.reference.requiredWard(venue.wardCode);
  }

  @FieldResolver(() => [Programme], { description: 'The programmes that hold sessions here.' })
  programmes(@Root() venue: Venue, @Ctx() ctx: HubContext): Promise<Programme[]> {
    return ctx.services.programmes.programmesAtVenue(venue.id);
  }
}
