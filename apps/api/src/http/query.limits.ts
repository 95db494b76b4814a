import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { QUERY_TOO_COSTLY, QUERY_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_DIRECTIVES, type RequestLimits } from './request.limits.js';

type Rejection = (context: ValidationContext | null, error: GraphQLError) => void;

/**
 * Reports a refusal of graphql-armor as the hub's own error, with a code and a sentence that
 * name the limit. Armor's own error says "Syntax Error" and has no code; its count is read
 * from its message, the only place armor gives it.
 */
function refuse(code: string, describe: (found: string) => string): Rejection {
  return (context, error) => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? 'more';
    context?.reportError(new GraphQLError(describe(found), { extensions: { code } }));
  };
}

/**
 * graphql-armor's depth, alias, directive and cost limits as graphql-js validation rules, so
 * they run on every operation before any resolver. (Armor's Apollo preset targets Apollo 4's
 * plugin API; the rules themselves are plain graphql-js and fit Apollo 5.)
 */
export function queryLimitRules(limits: RequestLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxDepthRule({
      ...common,
      n: limits.depth,
      flattenFragments: true,
      onReject: [refuse(QUERY_TOO_DEEP, (found) => `Query depth ${found} exceeds the limit of ${limits.depth}.`)],
    }),
    maxAliasesRule({
      ...common,
      n: limits.aliases,
      onReject: [refuse(TOO_MANY_ALIASES, (found) => `Query has ${found} aliases, more than the limit of ${limits.aliases}.`)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.directives,
      onReject: [refuse(TOO_MANY_DIRECTIVES, (found) => `Query has ${found} directives, more than the limit of ${limits.directives}.`)],
    }),
    costLimitRule({
      ...common,
      maxCost: limits.cost,
      onReject: [
        refuse(
          QUERY_TOO_COSTLY,
          (found) => `Query cost ${Math.round(Number(found))} exceeds the limit of ${limits.cost}; ask for fewer nested lists or smaller pages.`,
        ),
      ],
    }),
    noNulInStrings,
    knownOperationType,
  ] as ValidationRule[];
}

/**
 * An operation of a type the schema does not have (this API has no subscriptions). graphql-js
 * only finds that out when executing, and reports it as a failure of the server.
 */
function knownOperationType(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[node.operation];
      if (root) return;
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations; send a query or a mutation.`, { nodes: node }));
    },
  };
}

/**
 * A NUL character in a string literal: PostgreSQL cannot store or compare one, so it would
 * fail the query deep inside a resolver. Refused here, naming the argument.
 */
function noNulInStrings(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      if (holdsNul(node.value)) {
        context.reportError(
          new GraphQLError(`Invalid argument "${node.name.value}": text may not contain a NUL character (\\u0000).`, {
            nodes: node,
            extensions: { code: 'BAD_USER_INPUT', argumentName: node.name.value },
          }),
        );
      }
    },
  };
}

type LiteralNode = { kind: string; value?: unknown; values?: readonly LiteralNode[]; fields?: readonly { value: LiteralNode }[] };

function holdsNul(node: LiteralNode): boolean {
  if (node.kind === Kind.STRING) return typeof node.value === 'string' && node.value.includes('\0');
  if (node.kind === Kind.LIST) return (node.values ?? []).some(holdsNul);
  if (node.kind === Kind.OBJECT) return (node.fields ?? []).some((field) => holdsNul(field.value));
  return false;
}
