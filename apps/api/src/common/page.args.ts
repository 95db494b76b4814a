import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** The most rows one page may hold, so one request cannot pull a whole table. */
const MAX_PAGE_SIZE = 500;
const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many rows to return, from 0 to ${MAX_PAGE_SIZE}.`,
  })
  @Min(0, { message: 'first must be 0 or more' })
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}, the largest page this API returns` })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return rows after this cursor: the endCursor of the previous page. Leave out for the first page.',
  })
  after?: string | null;
}

/** A page request after defaults, as repositories take it. */
export interface PageRequest {
  first: number;
  after: string | null;
}

export function toPageRequest(args: PageArgs): PageRequest {
  return { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after ?? null };
}
