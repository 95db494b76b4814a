import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsIdOf } from '../common/argument.error.js';
import { InvolvementLevel, QiProjectStatus } from './qi.enums.js';

@InputType({ description: 'Narrows QI projects; every condition given must hold, and a list matches any of its entries.' })
export class QiProjectFilter {
  @Field(() => [ID], { nullable: true, description: 'Only projects in these services.' })
  @ArrayMaxSize(500, { message: 'serviceIds may list at most 500 ids' })
  @IsIdOf('int', { message: 'serviceIds must hold ids this API issued' })
  serviceIds?: string[] | null;

  @Field(() => [QiProjectStatus], { nullable: true, description: 'Only projects at these stages.' })
  statuses?: QiProjectStatus[] | null;

  @Field(() => [InvolvementLevel], { nullable: true, description: 'Only projects whose involvement level today is one of these.' })
  involvementLevels?: InvolvementLevel[] | null;
}
