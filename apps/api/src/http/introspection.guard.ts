import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type { HubContext } from '../context/hub.context.js';

/** graphql-js as Apollo and type-graphql load it, so `validate` accepts their schema object. */
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * The schema is described only to signed-in callers: an anonymous `__schema` or `__type` is
 * refused. Checked per request, after the document is resolved, because Apollo caches
 * validated documents and its validation rules cannot see who is asking.
 */
export function introspectionGuardPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema }) {
          if (contextValue.viewer.account) return;
          const [refused] = graphql.validate(schema, document, [graphql.NoSchemaIntrospectionCustomRule]);
          if (!refused) return;
          throw new graphql.GraphQLError('Sign in to read the schema: introspection (__schema, __type) is only for signed-in callers.', {
            nodes: refused.nodes,
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        },
      };
    },
  };
}
