import { ArrayMaxSize } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IsOnOrAfter } from '../common/date.validator.js';
import { LocalDate } from '../common/scalars.js';
import { OutreachKind } from './outreach.type.js';

@InputType({ description: 'Narrows outreach events; every condition given must hold.' })
export class OutreachEventFilter {
  @Field(() => LocalDate, { nullable: true, description: 'Only events held on or after this day.' })
  heldFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only events held on or before this day (inclusive).' })
  @IsOnOrAfter('heldFrom', { message: 'heldTo must be on or after heldFrom' })
  heldTo?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only events in these wards, by ward code.' })
  @ArrayMaxSize(100, { message: 'wardCodes may list at most 100 wards' })
  wardCodes?: string[] | null;

  @Field(() => [OutreachKind], { nullable: true, description: 'Only events of these kinds.' })
  kinds?: OutreachKind[] | null;
}
