import { Field, Int, ObjectType } from 'type-graphql';
import { Proportion, TOTALS_NOTE_DESCRIPTION } from '../common/figure.type.js';
import { FunnelEnding, FunnelStage } from './referral-funnel.enums.js';

const COUNT = 'Referrals, rounded to 5; null when withheld (1 to 7).';

@ObjectType({ description: 'One stage of the referral funnel, against the stage before it.' })
export class ReferralFunnelStage {
  @Field(() => FunnelStage, { description: 'Which stage.' })
  stage!: FunnelStage;

  @Field(() => String, { description: 'The stage as shown, e.g. "Assessed".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: COUNT })
  referrals!: number | null;

  @Field(() => String, { nullable: true, description: 'Why referrals is null; null when it is present.' })
  reason!: string | null;

  @Field(() => Proportion, { nullable: true, description: 'Referrals at this stage ÷ referrals at the previous one; null on the first stage.' })
  ofPrevious!: Proportion | null;

  @Field(() => Int, {
    nullable: true,
    description: "The previous stage's published count − this stage's; null on the first stage, or when either is withheld.",
  })
  lostFromPrevious!: number | null;
}

@ObjectType({ description: 'How many referrals left the funnel one way, or are still in it.' })
export class ReferralFunnelEnding {
  @Field(() => FunnelEnding, { description: 'Which ending.' })
  ending!: FunnelEnding;

  @Field(() => String, { description: 'The ending as shown, e.g. "Dropped out after starting".' })
  label!: string;

  @Field(() => Int, { nullable: true, description: COUNT })
  referrals!: number | null;

  @Field(() => String, { nullable: true, description: 'Why referrals is null; null when it is present.' })
  reason!: string | null;
}

@ObjectType({
  description: 'The referral funnel of the referrals in a filter, from their current status, under disclosure control (docs/methods.md, "Disclosure control").',
})
export class ReferralFunnel {
  @Field(() => String, { description: 'How referrals are counted at the stages and endings, to show beside the funnel.' })
  definition!: string;

  @Field(() => String, { nullable: true, description: TOTALS_NOTE_DESCRIPTION })
  totalsNote!: string | null;

  @Field(() => [ReferralFunnelStage], { description: 'Received, assessed, started and completed, in that order.' })
  stages!: ReferralFunnelStage[];

  @Field(() => [ReferralFunnelEnding], { description: 'Declined, did not start, dropped out and still in progress, in that order.' })
  endings!: ReferralFunnelEnding[];
}
