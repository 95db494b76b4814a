import { GraphQLError } from 'graphql';

/** Someone else saved the record after the caller read it; saving now would overwrite their change. */
export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}
