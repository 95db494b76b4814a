import { unwrapResolverError } from '@apollo/server/errors';
import { BREAK, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';

/** Error codes for mistakes in the request itself; their messages are safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // Access refusals: their messages name the role or scope, never data.
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * The parts of a GraphQLError read here. Errors are matched by shape, not `instanceof`,
 * because Apollo and this package can load different copies of graphql-js (CJS and ESM).
 */
interface RequestError {
  extensions?: Record<string, unknown>;
  nodes?: readonly ASTNode[];
  source?: { body: string };
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError`. Request mistakes keep their message and gain the name of the
 * argument at fault; anything else (a database failure, a bug) is replaced by a bare
 * "Internal server error", because raw messages can carry SQL and the values in it.
 */
export function formatHubError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as RequestError | undefined;
  const validationErrors = original?.extensions?.validationErrors;
  if (Array.isArray(validationErrors)) return describeValidation(formatted, validationErrors as ValidationError[]);
  // Apollo sets these codes only for problems with the request, never for a failure inside a resolver.
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return nameArgument(formatted, original);
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** class-validator's findings, flattened into one readable message that names each field. */
function describeValidation(formatted: GraphQLFormattedError, validationErrors: ValidationError[]): GraphQLFormattedError {
  const problems = flatten(validationErrors);
  const argumentName = problems[0]?.property ?? 'input';
  const message = problems.length
    ? problems.map((problem) => `Invalid argument "${problem.property}": ${problem.messages.join('; ')}.`).join(' ')
    : 'Invalid argument.';
  return { ...formatted, message, extensions: { code: 'BAD_USER_INPUT', argumentName } };
}

function flatten(errors: readonly ValidationError[], prefix = ''): { property: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const property = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ property, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], property)];
  });
}

/**
 * graphql-js reports a bad literal (an impossible date, an unknown enum value) without saying
 * which argument held it; find that argument in the document so the message can name it.
 */
function nameArgument(formatted: GraphQLFormattedError, error: RequestError | undefined): GraphQLFormattedError {
  const { extensions, ...rest } = formatted;
  const safeExtensions = { ...extensions };
  delete safeExtensions.stacktrace;
  const argumentName = typeof extensions?.argumentName === 'string' ? extensions.argumentName : argumentPathOf(error);
  if (!argumentName) return { ...rest, extensions: safeExtensions };
  const message = rest.message.includes(`"${argumentName}"`) ? rest.message : `Invalid argument "${argumentName}": ${rest.message}`;
  return { ...rest, message, extensions: { ...safeExtensions, argumentName } };
}

function argumentPathOf(error: RequestError | undefined): string | undefined {
  const node = error?.nodes?.[0];
  if (!node?.loc || !error?.source || !isValueNode(node)) return undefined;
  const { start, end } = node.loc;
  let path: string | undefined;
  try {
    visit(parse(error.source.body), {
      enter(candidate, _key, parent, _path, ancestors) {
        if (candidate.loc?.start !== start || candidate.loc.end !== end || candidate.kind !== node.kind) return undefined;
        // `ancestors` stops short of the parent, so the parent is added back here.
        const names = [...ancestors, parent ?? [], candidate].flatMap(argumentOrFieldName);
        path = names.length ? names.join('.') : undefined;
        return BREAK;
      },
    });
  } catch {
    return undefined;
  }
  return path;
}

function argumentOrFieldName(item: ASTNode | readonly ASTNode[]): string[] {
  if (Array.isArray(item)) return [];
  const node = item as ASTNode;
  return node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD ? [node.name.value] : [];
}

const VALUE_KINDS = new Set<string>([
  Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL, Kind.LIST, Kind.OBJECT, Kind.VARIABLE,
]);

function isValueNode(node: ASTNode): boolean {
  return VALUE_KINDS.has(node.kind);
}
