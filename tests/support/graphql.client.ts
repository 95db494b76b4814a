interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

export interface RequestOptions {
  /** A session token from `signIn` or a personal API token, sent as `Authorization: Bearer`. */
  token?: string | null;
  /** Sent as the `Cookie` header, for the dashboard's `hub_session` cookie. */
  cookie?: string;
  /** The operation name, when the document holds more than one or the audit log should show it. */
  operationName?: string;
}

/** Posts one GraphQL operation over real HTTP, as an analyst's client would; anonymous without a token. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables, ...(options.operationName ? { operationName: options.operationName } : {}) }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The `extensions.code` of each error, in order (e.g. ['FORBIDDEN']); empty when the answer has none. */
export function errorCodes(answer: GraphQLResponse<unknown>): unknown[] {
  return (answer.errors ?? []).map((error) => error.extensions?.code);
}

/** The data of an answer that must have succeeded; otherwise throws with the errors, so a test shows why. */
export function dataOf<T>(answer: GraphQLResponse<T>): T {
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors ?? 'no data')}`);
  return answer.data;
}
