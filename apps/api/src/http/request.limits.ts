/**
 * The limits every request to the API is held to. The GraphQL ones are set so that every
 * dashboard query and schema example passes with room to spare (query.limits.spec.ts runs
 * them all), while the nesting attacks an audit found (contracts → kpis → contract → … at
 * depth 14, a few hundred aliases) are refused before anything runs.
 */
export interface RequestLimits {
  /** Levels of nested selections; the deepest dashboard query and schema example have 5. */
  depth: number;
  /** Aliased fields in one operation; the dashboard uses at most 2. */
  aliases: number;
  /** Directives (@include, @skip) in one operation. */
  directives: number;
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal page size; the costliest example is 14,507. */
  cost: number;
  /** Lexical tokens in the document. */
  tokens: number;
  /** Bytes of a request body. */
  bodyBytes: number;
  /** Bytes of a file uploaded for import (`HUB_IMPORT_MAX_BYTES`). */
  uploadBytes: number;
  /** Requests one caller may make in a minute, in this process. */
  ratePerMinute: number;
  /** How long one SQL statement may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
}

export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const TOO_MANY_ALIASES = 'TOO_MANY_ALIASES';
export const TOO_MANY_DIRECTIVES = 'TOO_MANY_DIRECTIVES';
export const QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY';
export const TOKEN_LIMIT_CODE = 'TOO_MANY_TOKENS';
export const RATE_LIMITED = 'RATE_LIMITED';
export const STATEMENT_TIMEOUT_CODE = 'STATEMENT_TIMEOUT';
export const BODY_TOO_LARGE = 'PAYLOAD_TOO_LARGE';

export const LIMIT_CODES = [
  QUERY_TOO_DEEP,
  TOO_MANY_ALIASES,
  TOO_MANY_DIRECTIVES,
  QUERY_TOO_COSTLY,
  TOKEN_LIMIT_CODE,
  RATE_LIMITED,
  STATEMENT_TIMEOUT_CODE,
  BODY_TOO_LARGE,
] as const;

export const DEFAULT_LIMITS: RequestLimits = Object.freeze({
  depth: 7,
  aliases: 20,
  directives: 20,
  cost: 20_000,
  tokens: 3_000,
  bodyBytes: 1024 * 1024,
  uploadBytes: 100 * 1024 * 1024,
  ratePerMinute: 600,
  statementTimeoutMs: 15_000,
});

/** The limits, with the ones an operator may tune read from the environment. */
export function requestLimits(env: NodeJS.ProcessEnv = process.env): RequestLimits {
  return {
    ...DEFAULT_LIMITS,
    ratePerMinute: positiveNumber(env.HUB_RATE_LIMIT_PER_MINUTE, DEFAULT_LIMITS.ratePerMinute),
    uploadBytes: positiveNumber(env.HUB_IMPORT_MAX_BYTES, DEFAULT_LIMITS.uploadBytes),
    statementTimeoutMs: statementTimeoutMs(env),
  };
}

/** `HUB_STATEMENT_TIMEOUT_MS`, or 15 s. */
export function statementTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveNumber(env.HUB_STATEMENT_TIMEOUT_MS, DEFAULT_LIMITS.statementTimeoutMs);
}

function positiveNumber(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}
