import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../common/page.types.js';
import { Sex } from './reference.enums.js';

@ObjectType({
  description: 'The estimated number of residents in one ward, ethnic category, age band and sex for one year: the denominator for uptake gaps.',
})
export class PopulationCell {
  @Field(() => Int, { description: 'The year the estimate is for (mid-year).' })
  year!: number;

  @Field(() => Sex, { description: "The residents' sex: FEMALE or MALE." })
  sex!: Sex;

  @Field(() => Int, { description: 'The estimated number of residents in this cell.' })
  residents!: number;

  wardCode!: string;
  ethnicCode!: string;
  ageBandCode!: string;
}

export const PopulationCellConnection = connectionType(PopulationCell, 'PopulationCell', {
  one: 'population cell',
  many: 'population cells',
});
export type PopulationCellConnection = InstanceType<typeof PopulationCellConnection>;
