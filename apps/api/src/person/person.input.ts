import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Condition, Sex } from '../reference/reference.enums.js';

@InputType({ description: 'Narrows people; every condition given must hold, and a list matches any of its entries.' })
export class PersonFilter {
  @Field(() => [String], { nullable: true, description: 'Only people living in these wards, by ward code.' })
  @ArrayMaxSize(100, { message: 'wardCodes may list at most 100 wards' })
  wardCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only people in these ethnic categories, by code.' })
  @ArrayMaxSize(100, { message: 'ethnicCodes may list at most 100 categories' })
  ethnicCodes?: string[] | null;

  @Field(() => [Sex], { nullable: true, description: 'Only people of these sexes.' })
  sexes?: Sex[] | null;

  @Field(() => [Condition], { nullable: true, description: 'Only people living with at least one of these conditions.' })
  conditions?: Condition[] | null;

  @Field(() => Int, { nullable: true, description: 'Only people born in or after this year.' })
  @Min(1900, { message: 'bornFrom must be 1900 or later' })
  @Max(2100, { message: 'bornFrom must be 2100 or earlier' })
  bornFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only people born in or before this year.' })
  @Min(1900, { message: 'bornTo must be 1900 or later' })
  @Max(2100, { message: 'bornTo must be 2100 or earlier' })
  bornTo?: number | null;
}
