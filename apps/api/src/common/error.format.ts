import { unwrapResolverError } from '@apollo/server/errors';
import { BREAK, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { LIMIT_CODES, STATEMENT_TIMEOUT_CODE, statementTimeoutMs, TOKEN_LIMIT_CODE } from '../http/request.limits.js';

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
  // A save refused because the record changed since the caller read it: the message names who and when.
  'CONFLICT',
  // The API's own limits (http/query.limits.ts, http/graphql.handler.ts): each message names the limit.
  ...LIMIT_CODES,
]);

/**
 * Codes a request error raised by the hub's own checks carries, which Apollo replaces with
 * GRAPHQL_VALIDATION_FAILED when the check runs as a validation rule; they are put back.
 */
const OWN_CHECK_CODES = new Set(['BAD_USER_INPUT', ...LIMIT_CODES]);

/**
 * The parts of a GraphQLError read here. Errors are matched by shape, not `instanceof`,
 * because Apollo and this package can load different copies of graphql-js (CJS and ESM).
 */
interface RequestError {
  message?: string;
  code?: unknown;
  cause?: unknown;
  originalError?: RequestError | null;
  extensions?: Record<string, unknown>;
  nodes?: readonly ASTNode[];
  source?: { body: string };
}

const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError`. Request mistakes keep their message and gain the name of the
 * argument at fault; anything else (a database failure, a bug) is replaced by a bare
 * "Internal server error", because raw messages can carry SQL and the values in it.
 */
export function formatHubError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error) as RequestError | undefined;
  if (isStatementTimeout(original)) return statementTimedOut(formatted);
  const tokenLimit = tokenLimitOf(formatted);
  if (tokenLimit) return tokenLimit;
  const validationErrors = original?.extensions?.validationErrors;
  if (Array.isArray(validationErrors)) return describeValidation(formatted, validationErrors as ValidationError[]);
  // Apollo sets these codes only for problems with the request, never for a failure inside a resolver.
  const code = ownCheckCode(original) ?? formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return nameArgument(withCode(formatted, code), original);
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

const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL, Kind.LIST, Kind.OBJECT, Kind.VARIABLE]);

function isValueNode(node: ASTNode): boolean {
  return VALUE_KINDS.has(node.kind);
}

/** The code the hub's own check gave an error that Apollo wrapped as a validation failure. */
function ownCheckCode(error: RequestError | undefined): string | undefined {
  const code = error?.originalError?.extensions?.code;
  return typeof code === 'string' && OWN_CHECK_CODES.has(code) ? code : undefined;
}

function withCode(formatted: GraphQLFormattedError, code: string): GraphQLFormattedError {
  return formatted.extensions?.code === code ? formatted : { ...formatted, extensions: { ...formatted.extensions, code } };
}

/** PostgreSQL cancelled a statement that ran past `statement_timeout` (SQLSTATE 57014). */
function isStatementTimeout(error: RequestError | undefined, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error.code === '57014') return true;
  return isStatementTimeout(error.cause as RequestError | undefined, depth + 1) || isStatementTimeout(error.originalError ?? undefined, depth + 1);
}

function statementTimedOut(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const limit = statementTimeoutMs();
  return {
    message: `The database took longer than the statement time limit of ${limit} ms; narrow the filter or ask for fewer rows.`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: STATEMENT_TIMEOUT_CODE, limit },
  };
}

/** graphql-js's own token limit ends parsing with a syntax error; it is reported as the limit it is. */
function tokenLimitOf(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const match = /Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !match) return null;
  const limit = Number(match[1]);
  return { message: `Query has more than ${limit} tokens, the limit.`, extensions: { code: TOKEN_LIMIT_CODE, limit } };
}
