import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { Condition, Sex } from '../reference/reference.enums.js';

@ObjectType({
  description:
    'A pseudonymised person who has been referred. No name, address or NHS number is stored: only a keyed pseudonym and the facts needed for equity analysis.',
})
export class Person {
  @Field(() => ID, { description: "The person's id in this hub." })
  id!: string;

  @Field(() => String, { description: 'A keyed HMAC-SHA-256 of the NHS number, as 64 hex characters; the key is held outside the database.' })
  pseudonym!: string;

  @Field(() => Int, { description: 'The year of birth.' })
  birthYear!: number;

  @Field(() => Sex, { description: 'Sex as recorded.' })
  sex!: Sex;

  @Field(() => String, { nullable: true, description: 'The Lower-layer Super Output Area of residence, e.g. E01015751; null when not known.' })
  lsoaCode!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Index of Multiple Deprivation decile of the home area: 1 is the most deprived tenth of England, 10 the least; null when not known.',
  })
  deprivationDecile!: number | null;

  @Field(() => [Condition], { description: 'The long-term conditions the person lives with.' })
  conditions!: Condition[];

  ethnicCode!: string;
  wardCode!: string | null;
}

export const PersonConnection = connectionType(Person, 'Person', { one: 'person', many: 'people' });
export type PersonConnection = InstanceType<typeof PersonConnection>;
