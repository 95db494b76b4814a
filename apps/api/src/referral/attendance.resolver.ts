import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import type { HubContext } from '../context/hub.context.js';
import { Venue } from '../programme/programme.type.js';
import { AttendanceFilter } from './attendance.input.js';
import { Attendance, AttendanceConnection } from './attendance.type.js';
import { Referral } from './referral.type.js';

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Query(() => AttendanceConnection, { description: 'Programme session attendance, a page at a time, by referral then session day.' })
  attendance(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AttendanceFilter, { nullable: true, description: 'Which sessions to return.' }) filter: AttendanceFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<AttendanceConnection> {
    return ctx.services.attendance.attendance(filter ?? {}, toPageRequest(page));
  }

  @FieldResolver(() => Referral, { description: 'The referral the session was offered under.' })
  referral(@Root() session: Attendance, @Ctx() ctx: HubContext): Promise<Referral> {
    return ctx.services.referrals.requiredReferral(session.referralId);
  }

  @FieldResolver(() => Venue, { description: 'Where the session was held.' })
  venue(@Root() session: Attendance, @Ctx() ctx: HubContext): Promise<Venue> {
    return ctx.services.programmes.requiredVenue(session.venueId);
  }
}
