import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { LocalDate } from '../common/scalars.js';

export enum Timepoint {
  BASELINE = 'baseline',
  END = 'end',
  FOLLOW_UP_6M = 'follow_up_6m',
  FOLLOW_UP_12M = 'follow_up_12m',
}
registerEnumType(Timepoint, {
  name: 'Timepoint',
  description: 'When in a referral an outcome was measured. Headline change compares BASELINE with a later timepoint for the same referral (a pair).',
  valuesConfig: {
    BASELINE: { description: 'At the start, before the programme.' },
    END: { description: 'At the end of the programme, e.g. after 12 weeks.' },
    FOLLOW_UP_6M: { description: 'Six months after the end.' },
    FOLLOW_UP_12M: { description: 'Twelve months after the end.' },
  },
});

@ObjectType({ description: 'One score on one instrument for one referral at one timepoint.' })
export class OutcomeMeasurement {
  @Field(() => ID, { description: "The measurement's id." })
  id!: string;

  @Field(() => Timepoint, { description: 'When in the referral the measurement was taken.' })
  timepoint!: Timepoint;

  @Field(() => LocalDate, { description: 'The day it was measured.' })
  measuredOn!: string;

  @Field(() => Float, {
    description: "The score in the instrument's own units, e.g. the SWEMWBS raw total (7-35) or minutes of activity a week.",
  })
  score!: number;

  @Field(() => [Int], {
    nullable: true,
    description: 'The answer to each question, in question order, for questionnaires; null when only the total was recorded.',
  })
  items!: number[] | null;

  referralId!: string;
  instrumentCode!: string;
}

export const OutcomeMeasurementConnection = connectionType(OutcomeMeasurement, 'OutcomeMeasurement', {
  one: 'outcome measurement',
  many: 'outcome measurements',
});
export type OutcomeMeasurementConnection = InstanceType<typeof OutcomeMeasurementConnection>;
