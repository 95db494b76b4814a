import { createRequire } from 'node:module';

/** graphql-js as type-graphql loads it (CommonJS); see common/scalars.ts for why. */
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * A file the HTTP layer received in a multipart request (http/multipart.body.ts) and wrote to a
 * temporary file, deleted once the response is sent. Only that layer makes one, so a JSON
 * request can never point an operation at a file on the server.
 */
export class UploadedFile {
  constructor(
    /** The temporary file, named after the sender's file (its extension says CSV or XLSX). */
    readonly path: string,
    /** The sender's file name, cleaned of folders and unusual characters. */
    readonly fileName: string,
    readonly bytes: number,
  ) {}
}

const NOT_AN_UPLOAD =
  'Upload: send the file in a multipart/form-data request (the GraphQL multipart request spec: fields "operations", "map", then the file), not as JSON.';

export const Upload = new graphql.GraphQLScalarType<UploadedFile, never>({
  name: 'Upload',
  description:
    'A file sent with the operation in a multipart/form-data request, as the GraphQL multipart request spec describes (https://github.com/jaydenseric/graphql-multipart-request-spec). Input only.',
  parseValue(value) {
    if (value instanceof UploadedFile) return value;
    throw new graphql.GraphQLError(NOT_AN_UPLOAD, { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral() {
    throw new graphql.GraphQLError(NOT_AN_UPLOAD, { extensions: { code: 'BAD_USER_INPUT' } });
  },
  serialize() {
    throw new graphql.GraphQLError('Upload is an input type: no field returns one.');
  },
});
