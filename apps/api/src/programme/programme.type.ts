import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../common/scalars.js';

export enum VenueKind {
  COMMUNITY_CENTRE = 'community_centre',
  LEISURE_CENTRE = 'leisure_centre',
  CLINIC = 'clinic',
  PLACE_OF_WORSHIP = 'place_of_worship',
  OTHER = 'other',
}
registerEnumType(VenueKind, {
  name: 'VenueKind',
  description: 'What kind of place a venue is.',
  valuesConfig: {
    COMMUNITY_CENTRE: { description: 'A community centre.' },
    LEISURE_CENTRE: { description: 'A leisure centre or pool.' },
    CLINIC: { description: 'A clinic or health centre.' },
    PLACE_OF_WORSHIP: { description: 'A mosque, church, temple or gurdwara.' },
    OTHER: { description: 'Any other place.' },
  },
});

@ObjectType({
  description: 'A service people are referred into through the single front door, e.g. long-term-conditions exercise rehab; it runs one or more programmes.',
})
export class Service {
  @Field(() => ID, { description: "The service's id." })
  id!: string;

  @Field(() => String, { description: 'A short stable code, e.g. ltc-rehab.' })
  code!: string;

  @Field(() => String, { description: "The service's name." })
  name!: string;

  @Field(() => String, { description: 'What the service offers, in plain words; may be empty.' })
  description!: string;

  providerId!: string;
}

@ObjectType({ description: 'A programme a referral is made to, e.g. an 8-week strength-and-balance group; it belongs to one service and runs at venues.' })
export class Programme {
  @Field(() => ID, { description: "The programme's id." })
  id!: string;

  @Field(() => String, { description: 'A short stable code, e.g. strength-balance.' })
  code!: string;

  @Field(() => String, { description: "The programme's name." })
  name!: string;

  @Field(() => String, { description: 'What the programme involves; may be empty.' })
  description!: string;

  @Field(() => Int, { description: 'How many weeks the programme runs for one person, e.g. 12.' })
  durationWeeks!: number;

  @Field(() => Int, { description: 'How many sessions a week a participant is offered.' })
  sessionsPerWeek!: number;

  @Field(() => Int, { description: 'The fee per session in pence; 0 when free.' })
  feePence!: number;

  @Field(() => LocalDate, { description: 'The day the programme first took referrals.' })
  openedOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the programme closed; null while it is open.' })
  closedOn!: string | null;

  serviceId!: string;
}

@ObjectType({ description: 'A place where programme sessions are held.' })
export class Venue {
  @Field(() => ID, { description: "The venue's id." })
  id!: string;

  @Field(() => String, { description: 'A short stable code for the venue.' })
  code!: string;

  @Field(() => String, { description: "The venue's name." })
  name!: string;

  @Field(() => VenueKind, { description: 'What kind of place it is.' })
  kind!: VenueKind;

  wardCode!: string;
}
