import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Sex } from './reference.enums.js';

@InputType({ description: 'Narrows population cells; every condition given must hold.' })
export class PopulationFilter {
  @Field(() => Int, { nullable: true, description: 'Only estimates for this year.' })
  @Min(2000, { message: 'year must be 2000 or later' })
  @Max(2100, { message: 'year must be 2100 or earlier' })
  year?: number | null;

  @Field(() => [String], { nullable: true, description: 'Only these wards, by ward code.' })
  @ArrayMaxSize(100, { message: 'wardCodes may list at most 100 wards' })
  wardCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these ethnic categories, by code.' })
  @ArrayMaxSize(100, { message: 'ethnicCodes may list at most 100 categories' })
  ethnicCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these age bands, by code such as "65-74".' })
  @ArrayMaxSize(100, { message: 'ageBands may list at most 100 bands' })
  ageBands?: string[] | null;

  @Field(() => [Sex], { nullable: true, description: 'Only these sexes.' })
  sexes?: Sex[] | null;
}
