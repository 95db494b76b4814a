import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in its list, for fetching the next one.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more rows follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last row on this page; pass it as `after` to get the next page. Null on an empty page.',
  })
  endCursor!: string | null;
}

/** One row of a page with its cursor, before it becomes a GraphQL edge. */
export interface Edge<Node> {
  cursor: string;
  node: Node;
}

/** What every connection class holds; the total is counted only when a query asks for it. */
export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * Builds the Relay connection and edge types for one kind of node. Each list gets its own
 * named types (ReferralConnection, ReferralEdge) so the schema reads plainly.
 */
export function connectionType<Node extends object>(NodeType: ClassType<Node>, name: string, words: { one: string; many: string }) {
  const plural = words.many;
  @ObjectType(`${name}Edge`, { description: `One of the ${plural} on a page, with the cursor that marks its place.` })
  class EdgeType implements Edge<Node> {
    @Field(() => String, { description: 'An opaque marker of this row; pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => NodeType, { description: `The ${words.one} itself.` })
    node!: Node;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${plural} in a stable order, with the total that match the filter.`,
  })
  class ConnectionType implements Connection<Node> {
    @Field(() => [EdgeType], { description: `The ${plural} on this page, in order.` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to fetch the next one.' })
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: `How many ${plural} match the filter in all, across every page.` })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionType;
}

/** A page of rows as a repository returns it: one extra row was read to learn if more follow. */
export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
}

/** Reads `first + 1` rows' worth of result into a page of at most `first`. */
export function toPage<Row>(rows: Row[], first: number): Page<Row> {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

export function toConnection<Row, Node, C extends Connection<Node>>(
  ConnectionClass: ClassType<C>,
  page: Page<Row>,
  toEdge: (row: Row) => Edge<Node>,
  countTotal: () => Promise<number>,
): C {
  const edges = page.rows.map(toEdge);
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: page.hasNextPage,
    endCursor: edges.length ? edges[edges.length - 1].cursor : null,
  });
  return Object.assign(new ConnectionClass(), { edges, pageInfo, countTotal });
}
