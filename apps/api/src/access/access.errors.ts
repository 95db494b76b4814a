import { GraphQLError } from 'graphql';

/** The caller has not signed in (or their session or token has ended). */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first: this request carries no valid session or API token.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** The caller is signed in but their role or scope does not reach what was asked. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}
