import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import type { HubContext } from '../context/hub.context.js';
import { Service } from '../programme/programme.type.js';
import { OrganisationKind } from './organisation.enums.js';
import { Contract, Kpi, KpiTarget, KpiValue, Organisation } from './organisation.type.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: 'Every organisation, by name, optionally only commissioners or only providers.' })
  organisations(
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' }) kind: OrganisationKind | null,
    @Ctx() ctx: HubContext,
  ): Promise<Organisation[]> {
    return ctx.services.organisations.organisations(kind ?? null);
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by id; null when there is none.' })
  organisation(@Arg('id', () => ID, { description: 'The organisation id.' }) id: string, @Ctx() ctx: HubContext): Promise<Organisation | null> {
    return ctx.services.organisations.organisation(parseId(id, 'id'));
  }

  @FieldResolver(() => [Service], { description: 'The services this organisation runs; empty for commissioners.' })
  services(@Root() organisation: Organisation, @Ctx() ctx: HubContext): Promise<Service[]> {
    return ctx.services.programmes.servicesOfProvider(organisation.id);
  }
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => [Contract], { description: 'Every contract, oldest first.' })
  contracts(@Ctx() ctx: HubContext): Promise<Contract[]> {
    return ctx.services.organisations.contracts();
  }

  @Query(() => Contract, { nullable: true, description: 'One contract by id; null when there is none.' })
  contract(@Arg('id', () => ID, { description: 'The contract id.' }) id: string, @Ctx() ctx: HubContext): Promise<Contract | null> {
    return ctx.services.organisations.contract(parseId(id, 'id'));
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that pays for the service.' })
  commissioner(@Root() contract: Contract, @Ctx() ctx: HubContext): Promise<Organisation> {
    return ctx.services.organisations.requiredOrganisation(contract.commissionerId);
  }

  @FieldResolver(() => [Organisation], { description: 'The organisations that run the service together under this contract.' })
  providers(@Root() contract: Contract, @Ctx() ctx: HubContext): Promise<Organisation[]> {
    return ctx.services.organisations.providers(contract.id);
  }

  @FieldResolver(() => [Kpi], { description: "The contract's schedule of KPIs." })
  kpis(@Root() contract: Contract, @Ctx() ctx: HubContext): Promise<Kpi[]> {
    return ctx.services.organisations.kpisOfContract(contract.id);
  }
}

@Resolver(() => Kpi)
export class KpiResolver {
  @Query(() => Kpi, { nullable: true, description: 'One KPI by id; null when there is none.' })
  kpi(@Arg('id', () => ID, { description: 'The KPI id.' }) id: string, @Ctx() ctx: HubContext): Promise<Kpi | null> {
    return ctx.services.organisations.kpi(parseId(id, 'id'));
  }

  @FieldResolver(() => Contract, { description: 'The contract whose schedule holds this KPI.' })
  contract(@Root() kpi: Kpi, @Ctx() ctx: HubContext): Promise<Contract> {
    return ctx.services.organisations.requiredContract(kpi.contractId);
  }

  @FieldResolver(() => [KpiTarget], { description: 'The target for each period, earliest first.' })
  targets(@Root() kpi: Kpi, @Ctx() ctx: HubContext): Promise<KpiTarget[]> {
    return ctx.services.organisations.targets(kpi.id);
  }

  @FieldResolver(() => [KpiValue], { description: 'Values reported by the provider, earliest first; empty for KPIs computed from records.' })
  reportedValues(@Root() kpi: Kpi, @Ctx() ctx: HubContext): Promise<KpiValue[]> {
    return ctx.services.organisations.reportedValues(kpi.id);
  }
}
