import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import type { HubContext } from '../context/hub.context.js';
import { EthnicCategory, Ward } from '../reference/code-list.type.js';
import { Referral } from '../referral/referral.type.js';
import { PersonFilter } from './person.input.js';
import { Person, PersonConnection } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'Pseudonymised people who have been referred, a page at a time, in id order.' })
  people(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people to return.' }) filter: PersonFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<PersonConnection> {
    return ctx.services.people.people(filter ?? {}, toPageRequest(page));
  }

  @Query(() => Person, { nullable: true, description: 'One person by id; null when there is none.' })
  person(@Arg('id', () => ID, { description: 'The person id.' }) id: string, @Ctx() ctx: HubContext): Promise<Person | null> {
    return ctx.services.people.person(parseId(id, 'id', 'bigint'));
  }

  @FieldResolver(() => EthnicCategory, { description: "The person's ethnic category; Z when not stated, 99 when not known." })
  ethnicCategory(@Root() person: Person, @Ctx() ctx: HubContext): Promise<EthnicCategory> {
    return ctx.services.reference.ethnicCategory(person.ethnicCode);
  }

  @FieldResolver(() => Ward, { nullable: true, description: 'The ward the person lives in; null when not known or outside the town.' })
  ward(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Ward | null> {
    return person.wardCode ? ctx.services.reference.requiredWard(person.wardCode) : Promise.resolve(null);
  }

  @FieldResolver(() => [Referral], { description: 'Every referral of this person, oldest first.' })
  referrals(@Root() person: Person, @Ctx() ctx: HubContext): Promise<Referral[]> {
    return ctx.services.referrals.referralsOfPerson(person.id);
  }
}
