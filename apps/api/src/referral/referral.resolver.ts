import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import { selects } from '../common/selection.js';
import type { HubContext } from '../context/hub.context.js';
import { OutcomeMeasurement } from '../outcome/outcome.type.js';
import { OutreachEvent } from '../outreach/outreach.type.js';
import { Person } from '../person/person.type.js';
import { Programme } from '../programme/programme.type.js';
import { ReferralSource } from '../reference/code-list.type.js';
import { Attendance } from './attendance.type.js';
import { ReferralFilter } from './referral.input.js';
import { MonthlyReferralCount, ProgrammeReferralCount, Referral, ReferralConnection, ReferralStatusEvent } from './referral.type.js';

const FILTER_DESCRIPTION = 'Which referrals to count or return; leave out for all.';

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralConnection, { description: 'Referrals, a page at a time, in id order (the order they were recorded).' })
  referrals(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: ReferralFilter | null,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReferralConnection> {
    const joins = { person: selects(info, ['edges', 'node', 'person']), programme: selects(info, ['edges', 'node', 'programme']) };
    return ctx.services.referrals.referrals(filter, toPageRequest(page), joins);
  }

  @Query(() => Referral, { nullable: true, description: 'One referral by id; null when there is none.' })
  referral(
    @Arg('id', () => ID, { description: 'The referral id.' }) id: string,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral | null> {
    return ctx.services.referrals.referral(parseId(id, 'id', 'bigint'), { statusHistory: selects(info, ['statusHistory']) });
  }

  @Query(() => [MonthlyReferralCount], {
    description:
      'Referrals received in each calendar month, oldest first, with months that had none shown as 0. Counts are disclosure-controlled (docs/methods.md, "Disclosure control"): 1 to 7 withheld, others rounded to the nearest 5.',
  })
  referralsPerMonth(
    @Arg('filter', () => ReferralFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: ReferralFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<MonthlyReferralCount[]> {
    return ctx.services.referralCounts.perMonth(filter);
  }

  @Query(() => [ProgrammeReferralCount], {
    description:
      'Referrals to each programme, largest published count first, withheld counts last, ties by programme id; programmes with no matching referral are left out. Counts are disclosure-controlled (docs/methods.md, "Disclosure control"): 1 to 7 withheld, others rounded to the nearest 5.',
  })
  referralsByProgramme(
    @Arg('filter', () => ReferralFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter: ReferralFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<ProgrammeReferralCount[]> {
    return ctx.services.referralCounts.byProgramme(filter);
  }

  @FieldResolver(() => Person, { description: 'The person referred.' })
  person(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<Person> {
    return ctx.services.people.requiredPerson(referral.personId);
  }

  @FieldResolver(() => Programme, { description: 'The programme the person was referred to.' })
  programme(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<Programme> {
    return ctx.services.programmes.requiredProgramme(referral.programmeId);
  }

  @FieldResolver(() => ReferralSource, { description: 'Who sent the referral.' })
  source(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<ReferralSource> {
    return ctx.services.reference.referralSource(referral.sourceCode);
  }

  @FieldResolver(() => OutreachEvent, { nullable: true, description: 'The outreach event the referral is attributed to; null for most referrals.' })
  outreachEvent(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<OutreachEvent | null> {
    return referral.outreachEventId ? ctx.services.outreach.event(referral.outreachEventId) : Promise.resolve(null);
  }

  @FieldResolver(() => [ReferralStatusEvent], { description: 'Every step the referral has reached, in order, with its date.' })
  statusHistory(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<ReferralStatusEvent[]> {
    return ctx.services.referrals.statusHistory(referral.id);
  }

  @FieldResolver(() => [Attendance], { description: 'The programme sessions offered to the person, in date order, and whether they came.' })
  attendance(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<Attendance[]> {
    return ctx.services.attendance.attendanceOfReferral(referral.id);
  }

  @FieldResolver(() => [OutcomeMeasurement], { description: 'The outcome measurements taken for this referral, by instrument then timepoint.' })
  outcomes(@Root() referral: Referral, @Ctx() ctx: HubContext): Promise<OutcomeMeasurement[]> {
    return ctx.services.outcomes.outcomesOfReferral(referral.id);
  }
}

@Resolver(() => ProgrammeReferralCount)
export class ProgrammeReferralCountResolver {
  @FieldResolver(() => Programme, { description: 'The programme counted.' })
  programme(@Root() count: ProgrammeReferralCount, @Ctx() ctx: HubContext): Promise<Programme> {
    return ctx.services.programmes.requiredProgramme(count.programmeId);
  }
}
