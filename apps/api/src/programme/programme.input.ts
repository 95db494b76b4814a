import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIdOf } from '../common/argument.error.js';

@InputType({ description: 'Narrows programmes; every condition given must hold.' })
export class ProgrammeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only programmes of these services.' })
  @ArrayMaxSize(500, { message: 'serviceIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'serviceIds must hold ids this API issued' })
  serviceIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True for programmes still open, false for closed ones; leave out for both.' })
  open?: boolean | null;
}

@InputType({ description: 'Narrows venues; every condition given must hold.' })
export class VenueFilter {
  @Field(() => [String], { nullable: true, description: 'Only venues in these wards, by ward code.' })
  @ArrayMaxSize(100, { message: 'wardCodes may list at most 100 wards' })
  wardCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only venues where these programmes run.' })
  @ArrayMaxSize(500, { message: 'programmeIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'programmeIds must hold ids this API issued' })
  programmeIds?: string[] | null;
}
