import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import type { HubContext } from '../context/hub.context.js';
import { Ward } from '../reference/code-list.type.js';
import { OutreachEventFilter } from './outreach.input.js';
import { OutreachEvent, OutreachEventConnection } from './outreach.type.js';

@Resolver(() => OutreachEvent)
export class OutreachResolver {
  @Query(() => OutreachEventConnection, { description: 'Outreach events, a page at a time, in id order.' })
  outreachEvents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OutreachEventFilter, { nullable: true, description: 'Which events to return.' }) filter: OutreachEventFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<OutreachEventConnection> {
    return ctx.services.outreach.events(filter ?? {}, toPageRequest(page));
  }

  @Query(() => OutreachEvent, { nullable: true, description: 'One outreach event by id; null when there is none.' })
  outreachEvent(@Arg('id', () => ID, { description: 'The event id.' }) id: string, @Ctx() ctx: HubContext): Promise<OutreachEvent | null> {
    return ctx.services.outreach.event(parseId(id, 'id'));
  }

  @FieldResolver(() => Ward, { nullable: true, description: 'The ward the event was held in; null when it served the whole town.' })
  ward(@Root() event: OutreachEvent, @Ctx() ctx: HubContext): Promise<Ward | null> {
    return event.wardCode ? ctx.services.reference.requiredWard(event.wardCode) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'How many referrals are attributed to this event, disclosure-controlled (docs/methods.md): rounded to the nearest 5, 0 shown, null when 1 to 7 are withheld; exact for roles that see records.',
  })
  async referralCount(@Root() event: OutreachEvent, @Ctx() ctx: HubContext): Promise<number | null> {
    return (await ctx.services.outreach.referralCount(event.id, ctx.disclosure)).value;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why referralCount is null ("suppressed: fewer than 8"); null when it is shown.' })
  async referralCountReason(@Root() event: OutreachEvent, @Ctx() ctx: HubContext): Promise<string | null> {
    return (await ctx.services.outreach.referralCount(event.id, ctx.disclosure)).reason;
  }
}
