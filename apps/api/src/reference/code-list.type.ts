import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReferralSourceCode } from './reference.enums.js';

@ObjectType({ description: 'An electoral ward of the town, the smallest area most figures are shown for.' })
export class Ward {
  @Field(() => String, { description: 'The ward code, used in filters.' })
  code!: string;

  @Field(() => String, { description: 'The ward name, e.g. Biscot.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Index of Multiple Deprivation decile of the ward: 1 is the most deprived tenth of England, 10 the least.' })
  deprivationDecile!: number | null;
}

@ObjectType({ description: 'An ethnic category from the NHS Data Dictionary, e.g. J Pakistani; Z is not stated and 99 not known.' })
export class EthnicCategory {
  @Field(() => String, { description: 'The NHS Data Dictionary code: A to S, Z (not stated) or 99 (not known).' })
  code!: string;

  @Field(() => String, { description: 'The category name, e.g. Pakistani.' })
  name!: string;

  @Field(() => String, { description: 'The broad group: White, Mixed, Asian, Black, Other, Not stated or Not known.' })
  broadGroup!: string;
}

@ObjectType({ description: 'A kind of organisation or route a referral can come from.' })
export class ReferralSource {
  @Field(() => ReferralSourceCode, { description: 'The source code, used in filters.' })
  code!: ReferralSourceCode;

  @Field(() => String, { description: 'The source as shown to users, e.g. "Hospital (including A&E and falls clinic)".' })
  name!: string;
}

@ObjectType({ description: 'An age range used for population estimates and uptake comparisons, e.g. 65-74.' })
export class AgeBand {
  @Field(() => String, { description: 'The band label, e.g. "65-74" or "85+".' })
  code!: string;

  @Field(() => Int, { description: 'The youngest age in the band, in whole years.' })
  minAge!: number;

  @Field(() => Int, { nullable: true, description: 'The oldest age in the band, in whole years; null for the open top band.' })
  maxAge!: number | null;
}

@ObjectType({ description: 'A questionnaire or measure used to record outcomes, e.g. SWEMWBS for mental wellbeing.' })
export class Instrument {
  @Field(() => String, { description: 'The instrument code, e.g. swemwbs, used in filters.' })
  code!: string;

  @Field(() => String, { description: 'The instrument name.' })
  name!: string;

  @Field(() => Float, { description: 'The lowest possible score.' })
  minScore!: number;

  @Field(() => Float, { description: 'The highest possible score.' })
  maxScore!: number;

  @Field(() => Int, { nullable: true, description: 'How many questions the instrument asks; null when it records a single figure.' })
  itemCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'The lowest answer to one question; null when there are no questions.' })
  itemMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'The highest answer to one question; null when there are no questions.' })
  itemMax!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when a higher score is better, false when lower is better, null when neither.' })
  higherIsBetter!: boolean | null;
}
