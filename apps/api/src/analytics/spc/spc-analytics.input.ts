import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../common/scalars.js';

@InputType({ description: 'Choices a user makes while reading an SPC chart; the marks recorded with the values always apply too.' })
export class SpcOptionsInput {
  @Field(() => [LocalDate], {
    nullable: true,
    description: 'Recalculate the limits from the periods holding these days (nothing is rebased automatically; docs/methods.md, "SPC (Making Data Count)").',
  })
  rebaseAt?: string[] | null;

  @Field(() => [LocalDate], { nullable: true, description: 'Show the points of the periods holding these days but leave them out of the calculations.' })
  ghosted?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Points in a row on one side of the mean that make a shift, 6 to 8; 6 by default (older tools use 7).' })
  @Min(6, { message: 'shiftLength must be 6 to 8' })
  @Max(8, { message: 'shiftLength must be 6 to 8' })
  shiftLength?: number | null;

  @Field(() => Int, { nullable: true, description: 'Points in a row rising or falling that make a trend, counting both ends, 6 to 8; 6 by default.' })
  @Min(6, { message: 'trendLength must be 6 to 8' })
  @Max(8, { message: 'trendLength must be 6 to 8' })
  trendLength?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Leave moving ranges ≥ 3.267 × their mean out of the limits; off by default.' })
  screenOutliers?: boolean | null;
}
