import { Field, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../common/scalars.js';

@ObjectType({
  description:
    'How recent the hub\'s data are: the dates the records run between, when the figures were last rebuilt, and the latest complete financial year. The whole hub\'s dates, whatever the reader\'s scope (docs/methods.md, "How recent the data are").',
})
export class DataCoverage {
  @Field(() => LocalDate, { nullable: true, description: 'The first day a referral was received; null with no referrals.' })
  firstReferralOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day a referral was received: the data run to this day. Null with no referrals.' })
  lastReferralOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day an outcome measurement was taken, of any kind; null with none.' })
  lastOutcomeMeasuredOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The start of the latest period any QI measure has a value for; null with none.' })
  lastQiValueOn!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When the reporting rollups every figure is read from were last rebuilt; null when they have not been rebuilt since the hub began recording it.',
  })
  rollupsRefreshedAt!: Date | null;

  @Field(() => [String], { description: "Financial years with at least one referral, newest first, written '2019/20'." })
  financialYears!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The latest financial year whose 31 March is on or before lastReferralOn, e.g. 2025/26 for data to 31 October 2026; the dashboard opens on it. Null when no year with referrals has ended.',
  })
  latestCompleteFinancialYear!: string | null;

  @Field(() => String, { description: 'What the dates mean and how the latest complete financial year is chosen, to show beside them.' })
  definition!: string;
}
