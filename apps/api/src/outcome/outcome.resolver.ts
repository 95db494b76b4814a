import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../common/argument.error.js';
import { PageArgs, toPageRequest } from '../common/page.args.js';
import type { HubContext } from '../context/hub.context.js';
import { Instrument } from '../reference/code-list.type.js';
import { Referral } from '../referral/referral.type.js';
import { OutcomeFilter } from './outcome.input.js';
import { OutcomeMeasurement, OutcomeMeasurementConnection } from './outcome.type.js';

@Resolver(() => OutcomeMeasurement)
export class OutcomeResolver {
  @Query(() => OutcomeMeasurementConnection, { description: 'Outcome measurements, a page at a time, in id order.' })
  outcomeMeasurements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OutcomeFilter, { nullable: true, description: 'Which measurements to return.' }) filter: OutcomeFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<OutcomeMeasurementConnection> {
    return ctx.services.outcomes.measurements(filter ?? {}, toPageRequest(page));
  }

  @Query(() => OutcomeMeasurement, { nullable: true, description: 'One outcome measurement by id; null when there is none.' })
  outcomeMeasurement(@Arg('id', () => ID, { description: 'The measurement id.' }) id: string, @Ctx() ctx: HubContext): Promise<OutcomeMeasurement | null> {
    return ctx.services.outcomes.measurement(parseId(id, 'id', 'bigint'));
  }

  @FieldResolver(() => Instrument, { description: 'The instrument the score is on.' })
  instrument(@Root() measurement: OutcomeMeasurement, @Ctx() ctx: HubContext): Promise<Instrument> {
    return ctx.services.reference.requiredInstrument(measurement.instrumentCode);
  }

  @FieldResolver(() => Referral, { description: 'The referral the measurement belongs to.' })
  referral(@Root() measurement: OutcomeMeasurement, @Ctx() ctx: HubContext): Promise<Referral> {
    return ctx.services.referrals.requiredReferral(measurement.referralId);
  }
}
